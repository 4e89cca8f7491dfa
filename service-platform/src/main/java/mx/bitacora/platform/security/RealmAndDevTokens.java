package mx.bitacora.platform.security;

import com.nimbusds.jwt.JWTParser;
import java.io.IOException;
import java.io.InputStream;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Under the dev profile, with an identity provider's realm configured ({@code
 * bitacora.tokens.realm.issuer} and {@code .jwk-set-uri}, as {@code dev/run} sets them for its
 * Keycloak), the services accept both the realm's tokens and the dev-minted ones (tests and scripts
 * keep theirs): a token is checked by the keys of the issuer it names, and must then name that
 * issuer and the configured audience. Outside the dev profile only the configured issuer's tokens
 * are accepted (Spring Boot's decoder, {@code spring.security.oauth2.resourceserver.jwt.*}).
 */
@Configuration(proxyBeanMethods = false)
@Profile("dev")
@ConditionalOnProperty(RealmAndDevTokens.REALM + "jwk-set-uri")
class RealmAndDevTokens {

  static final String REALM = "bitacora.tokens.realm.";

  @Bean
  JwtDecoder realmAndDevTokenDecoder(Environment environment) throws IOException {
    List<String> audiences =
        Binder.get(environment)
            .bind(DevKeyGuard.JWT + "audiences", Bindable.listOf(String.class))
            .orElse(List.of());
    String realmIssuer = environment.getRequiredProperty(REALM + "issuer");
    NimbusJwtDecoder realm =
        NimbusJwtDecoder.withJwkSetUri(environment.getRequiredProperty(REALM + "jwk-set-uri"))
            .build();
    realm.setJwtValidator(validator(new TokenExpectations(realmIssuer, audiences)));
    NimbusJwtDecoder dev = NimbusJwtDecoder.withPublicKey(devKey(environment)).build();
    dev.setJwtValidator(validator(TokenExpectations.from(environment)));
    return token -> (realmIssuer.equals(issuerNamedBy(token)) ? realm : dev).decode(token);
  }

  private static DelegatingOAuth2TokenValidator<org.springframework.security.oauth2.jwt.Jwt>
      validator(TokenExpectations expected) {
    return new DelegatingOAuth2TokenValidator<>(
        JwtValidators.createDefault(), new ActorTokenValidator(expected, Clock.systemUTC()));
  }

  /** The issuer the token names, read before its signature is checked, only to pick the keys. */
  private static String issuerNamedBy(String token) {
    try {
      return JWTParser.parse(token).getJWTClaimsSet().getIssuer();
    } catch (ParseException e) {
      throw new BadJwtException("the token is not a JWT", e);
    }
  }

  private static RSAPublicKey devKey(Environment environment) throws IOException {
    String location =
        environment.getProperty(
            DevKeyGuard.JWT + "public-key-location", DevKeyGuard.DEV_PUBLIC_KEY);
    try (InputStream pem = new DefaultResourceLoader().getResource(location).getInputStream()) {
      return RsaKeyConverters.x509().convert(pem);
    }
  }
}
