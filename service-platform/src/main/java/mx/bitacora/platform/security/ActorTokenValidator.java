package mx.bitacora.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;

/**
 * Checks what a valid signature does not: the token expires ({@code exp} required), was not issued
 * or made valid in the future (beyond a small clock skew), and names the configured issuer and one
 * of the configured audiences. A failure is a 401 like any other invalid token.
 */
class ActorTokenValidator implements OAuth2TokenValidator<Jwt> {

  /** How far the issuer's clock may run ahead of ours. */
  static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

  private final TokenExpectations expected;
  private final Clock clock;

  ActorTokenValidator(TokenExpectations expected, Clock clock) {
    this.expected = expected;
    this.clock = clock;
  }

  @Override
  public OAuth2TokenValidatorResult validate(Jwt jwt) {
    Instant latest = clock.instant().plus(CLOCK_SKEW);
    if (jwt.getExpiresAt() == null) {
      return invalid("the token has no expiry (exp)");
    }
    if (jwt.getIssuedAt() != null && jwt.getIssuedAt().isAfter(latest)) {
      return invalid("the token was issued in the future (iat)");
    }
    if (jwt.getNotBefore() != null && jwt.getNotBefore().isAfter(latest)) {
      return invalid("the token is not valid yet (nbf)");
    }
    if (expected.issuer() != null
        && !expected.issuer().equals(jwt.getClaimAsString(JwtClaimNames.ISS))) {
      return invalid("the token is from another issuer (iss)");
    }
    List<String> audiences = jwt.getAudience();
    if (!expected.audiences().isEmpty()
        && (audiences == null || Collections.disjoint(audiences, expected.audiences()))) {
      return invalid("the token is meant for another audience (aud)");
    }
    return OAuth2TokenValidatorResult.success();
  }

  private static OAuth2TokenValidatorResult invalid(String description) {
    return OAuth2TokenValidatorResult.failure(
        new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
  }
}
