package mx.bitacora.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Which issuer ({@code bitacora.tokens.issuer}, else the configured issuer URI) and audiences
 * ({@code spring.security.oauth2.resourceserver.jwt.audiences}) a token must name; either may be
 * unset only under the dev profile (DevKeyGuard).
 */
record TokenExpectations(String issuer, List<String> audiences) {

  static final String ISSUER = "bitacora.tokens.issuer";

  TokenExpectations {
    audiences = List.copyOf(audiences);
  }

  static TokenExpectations from(Environment environment) {
    String issuer = environment.getProperty(ISSUER);
    if (!StringUtils.hasText(issuer)) {
      issuer = environment.getProperty(DevKeyGuard.JWT + "issuer-uri");
    }
    List<String> audiences =
        Binder.get(environment)
            .bind(DevKeyGuard.JWT + "audiences", Bindable.listOf(String.class))
            .orElse(List.of())
            .stream()
            .filter(StringUtils::hasText)
            .toList();
    return new TokenExpectations(StringUtils.hasText(issuer) ? issuer : null, audiences);
  }
}
