package mx.bitacora.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

/**
 * Mints JWTs signed with the dev-only key, for tests and (through {@code dev/mint-token}) people.
 */
public final class DevTokens {

  public static final String ISSUER = "bitacora-dev";

  /** The audience the services expect under the dev profile. */
  public static final String AUDIENCE = "bitacora";

  private static final PrivateKey KEY = loadKey();

  private DevTokens() {}

  /** A token for {@code user} acting for {@code agency} with the given roles, valid one hour. */
  public static String mint(String user, String agency, String... roles) {
    return mint(KEY, ISSUER, user, agency, Duration.ofHours(1), roles);
  }

  /**
   * The one way the platform's tools mint a token: an RS256 JWT for {@code user} acting for {@code
   * agency} (none if null) with {@code roles}, naming {@code issuer} and {@link #AUDIENCE}, valid
   * for {@code validity} from now, signed with {@code key}. The dev key's tokens ({@link #mint}),
   * {@code dev/mint-token}'s and the benchmarks' (their own key and issuer) all come from here.
   */
  public static String mint(
      PrivateKey key,
      String issuer,
      String user,
      String agency,
      Duration validity,
      String... roles) {
    Instant now = Instant.now();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .audience(AUDIENCE)
            .subject(user)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(validity)))
            .claim("roles", List.of(roles));
    if (agency != null) {
      claims.claim("agency", agency);
    }
    return sign(key, claims.build());
  }

  /** The dev-only private key (dev/dev-jwt-private.pem, packaged as a resource). */
  public static PrivateKey devKey() {
    return KEY;
  }

  /** A token that expired an hour ago. */
  public static String expired(String user, String agency, String... roles) {
    return sign(
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .audience(AUDIENCE)
            .subject(user)
            .claim("agency", agency)
            .claim("roles", List.of(roles))
            .issueTime(Date.from(Instant.now().minus(Duration.ofHours(2))))
            .expirationTime(Date.from(Instant.now().minus(Duration.ofHours(1))))
            .build());
  }

  /**
   * A token of a valid staff member of {@code agency} as {@link #mint} makes it, then changed by
   * {@code change}: for tests of tokens the services must refuse.
   */
  public static String altered(String agency, Consumer<JWTClaimsSet.Builder> change) {
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .audience(AUDIENCE)
            .subject("altered-token-user")
            .issueTime(new Date())
            .expirationTime(Date.from(Instant.now().plus(Duration.ofHours(1))))
            .claim("agency", agency)
            .claim("roles", List.of("AGENCY_STAFF"));
    change.accept(claims);
    return sign(claims.build());
  }

  private static String sign(JWTClaimsSet claims) {
    return sign(KEY, claims);
  }

  private static String sign(PrivateKey key, JWTClaimsSet claims) {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("could not sign dev token", e);
    }
  }

  private static PrivateKey loadKey() {
    try (InputStream in = DevTokens.class.getResourceAsStream("/dev-keys/dev-jwt-private.pem")) {
      if (in == null) {
        throw new IllegalStateException("dev-keys/dev-jwt-private.pem is not on the classpath");
      }
      return privateKey(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new IllegalStateException("could not read the dev private key", e);
    }
  }

  /** The RSA private key of a PKCS#8 PEM text. */
  public static PrivateKey privateKey(String pem) {
    try {
      String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("not an RSA private key in PKCS#8 PEM", e);
    }
  }
}
