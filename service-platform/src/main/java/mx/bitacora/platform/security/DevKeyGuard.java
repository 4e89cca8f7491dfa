package mx.bitacora.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the token verification key is the published dev key (by content, wherever
 * it was copied) outside the {@code dev} profile, or when no token verification is configured.
 */
@Component
class DevKeyGuard implements InitializingBean {

  static final String DEV_PUBLIC_KEY = "classpath:dev-keys/dev-jwt-public.pem";
  private static final String JWT = "spring.security.oauth2.resourceserver.jwt.";

  private final Environment environment;

  DevKeyGuard(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void afterPropertiesSet() throws IOException {
    String keyLocation = environment.getProperty(JWT + "public-key-location");
    boolean hasIssuer = environment.containsProperty(JWT + "issuer-uri");
    boolean hasJwkSet = environment.containsProperty(JWT + "jwk-set-uri");
    if (keyLocation == null && !hasIssuer && !hasJwkSet) {
      throw new IllegalStateException(
          "No token verification configured: set "
              + JWT
              + "issuer-uri or "
              + JWT
              + "jwk-set-uri (or run with the dev profile)");
    }
    if (keyLocation != null
        && isDevKey(keyLocation)
        && !environment.acceptsProfiles(Profiles.of("dev"))) {
      throw new IllegalStateException(
          "The published dev JWT key is configured but the dev profile is not active: "
              + "production must verify tokens from a real issuer");
    }
  }

  private static boolean isDevKey(String location) throws IOException {
    DefaultResourceLoader loader = new DefaultResourceLoader();
    return read(loader.getResource(location)).equals(read(loader.getResource(DEV_PUBLIC_KEY)));
  }

  private static String read(Resource resource) throws IOException {
    if (!resource.exists()) {
      return "";
    }
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
    }
  }
}
