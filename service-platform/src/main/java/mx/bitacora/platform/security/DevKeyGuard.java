package mx.bitacora.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Refuses to start when no token verification is configured; and, outside the {@code dev} profile,
 * when the verification key is the published dev key (compared as key material, however it is
 * encoded) or when tokens' issuer and audience are not both configured.
 */
@Component
class DevKeyGuard implements InitializingBean {

  static final String DEV_PUBLIC_KEY = "classpath:dev-keys/dev-jwt-public.pem";
  static final String JWT = "spring.security.oauth2.resourceserver.jwt.";

  private final Environment environment;

  DevKeyGuard(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void afterPropertiesSet() throws IOException {
    String keyLocation = environment.getProperty(JWT + "public-key-location");
    boolean hasIssuerUri = StringUtils.hasText(environment.getProperty(JWT + "issuer-uri"));
    boolean hasJwkSet = StringUtils.hasText(environment.getProperty(JWT + "jwk-set-uri"));
    if (!StringUtils.hasText(keyLocation) && !hasIssuerUri && !hasJwkSet) {
      throw new IllegalStateException(
          "No token verification configured: set "
              + JWT
              + "issuer-uri or "
              + JWT
              + "jwk-set-uri (or run with the dev profile)");
    }
    if (environment.acceptsProfiles(Profiles.of("dev"))) {
      return;
    }
    if (StringUtils.hasText(keyLocation) && isDevKey(keyLocation)) {
      throw new IllegalStateException(
          "The published dev JWT key is configured but the dev profile is not active: "
              + "production must verify tokens from a real issuer");
    }
    TokenExpectations expected = TokenExpectations.from(environment);
    if (expected.issuer() == null || expected.audiences().isEmpty()) {
      throw new IllegalStateException(
          "Tokens' issuer and audience must be checked outside the dev profile: set "
              + TokenExpectations.ISSUER
              + " (or "
              + JWT
              + "issuer-uri) and "
              + JWT
              + "audiences");
    }
  }

  /** Whether the PEM at {@code location} holds the dev key's modulus, in whatever encoding. */
  private static boolean isDevKey(String location) throws IOException {
    DefaultResourceLoader loader = new DefaultResourceLoader();
    Resource dev = loader.getResource(DEV_PUBLIC_KEY);
    if (!dev.exists()) {
      throw new IllegalStateException(DEV_PUBLIC_KEY + " is missing from the build");
    }
    Resource configured = loader.getResource(location);
    if (!configured.exists()) {
      return false; // Spring's own key loading refuses the missing key
    }
    return modulusOf(read(configured)).equals(modulusOf(read(dev)));
  }

  /**
   * The RSA modulus of a PEM public key, decoded as Spring Boot decodes it (MIME base64, which
   * skips line breaks and other characters outside the alphabet), so any text Boot accepts as a key
   * is compared by what it is, not how it is written.
   */
  static BigInteger modulusOf(String pem) {
    String body = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "");
    try {
      byte[] der = Base64.getMimeDecoder().decode(body);
      RSAPublicKey key =
          (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
      return key.getModulus();
    } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
      throw new IllegalStateException(
          JWT + "public-key-location does not hold a readable RSA public key", e);
    }
  }

  private static String read(Resource resource) throws IOException {
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
