package mx.bitacora.benchmarks.environment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import mx.bitacora.testsupport.DevTokens;

/**
 * The secrets of one benchmark run, made fresh for it: an RSA key pair whose public half the
 * services trust as a production token issuer's (no dev profile, no published dev key), RS256 JWTs
 * signed with the private half, and random master and checkpoint-signing keys.
 */
public final class BenchmarkIdentity {

  /** The issuer and audience the services are told to expect (required outside dev). */
  public static final String ISSUER = "bitacora-benchmark";

  public static final String AUDIENCE = DevTokens.AUDIENCE;

  private final KeyPair keys;
  private final Path publicKeyPem;
  private final String masterKey;
  private final String signingKey;

  private BenchmarkIdentity(KeyPair keys, Path publicKeyPem) {
    this.keys = keys;
    this.publicKeyPem = publicKeyPem;
    this.masterKey = randomKey();
    this.signingKey = randomKey();
  }

  /** Generates the key pair and writes its public key as PEM into {@code directory}. */
  public static BenchmarkIdentity create(Path directory) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair keys = generator.generateKeyPair();
      Files.createDirectories(directory);
      Path pem = directory.resolve("benchmark-jwt-public.pem");
      String body =
          Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
              .encodeToString(keys.getPublic().getEncoded());
      Files.writeString(
          pem, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
      return new BenchmarkIdentity(keys, pem);
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("could not create the benchmark's keys", e);
    }
  }

  /** Where the services read the token verification key from. */
  public Path publicKeyPem() {
    return publicKeyPem;
  }

  /** command-service's master key (base64 of 32 random bytes). */
  public String masterKey() {
    return masterKey;
  }

  /** query-service's checkpoint signing key (base64 of 32 random bytes). */
  public String signingKey() {
    return signingKey;
  }

  /**
   * A JWT for {@code user} acting for {@code agency} with {@code roles}, valid for six hours,
   * minted as every token of the platform's tools is ({@link
   * DevTokens#mint(java.security.PrivateKey, String, String, String, Duration, String...)}) with
   * this run's key and issuer.
   */
  public String token(String user, String agency, String... roles) {
    return DevTokens.mint(keys.getPrivate(), ISSUER, user, agency, Duration.ofHours(6), roles);
  }

  private static String randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }
}
