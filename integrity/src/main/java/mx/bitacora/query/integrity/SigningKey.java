package mx.bitacora.query.integrity;

import com.google.crypto.tink.subtle.Ed25519Sign;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The Ed25519 key that signs checkpoints: base64 of a 32-byte seed in {@code
 * bitacora.integrity.signing-key}, a secret of the deployment, never in the database (whoever can
 * write the database must not be able to sign). Required; the published dev key only under the dev
 * profile.
 */
final class SigningKey {

  static final String PROPERTY = "bitacora.integrity.signing-key";

  /** The dev profile's seed, published in query-service-dev.yml: never for real data. */
  static final String DEV_KEY = "ZGV2LW9ubHktY2hlY2twb2ludC1zaWduaW5nLWtleSE=";

  private final Ed25519Sign sign;
  private final CheckpointVerifier verifier;

  private SigningKey(byte[] seed) throws GeneralSecurityException {
    Ed25519Sign.KeyPair pair = Ed25519Sign.KeyPair.newKeyPairFromSeed(seed);
    this.sign = new Ed25519Sign(pair.getPrivateKey());
    this.verifier = new CheckpointVerifier(pair.getPublicKey());
  }

  /** The key configured in {@code environment}; fails loudly if it is missing or unsafe. */
  static SigningKey from(Environment environment) {
    String encoded = environment.getProperty(PROPERTY);
    if (encoded == null || encoded.isBlank()) {
      throw new IllegalStateException(
          "No checkpoint signing key configured: set "
              + PROPERTY
              + " (base64 of 32 random bytes, e.g. openssl rand -base64 32)");
    }
    byte[] seed = decode(encoded.strip());
    // Compared as key material: the dev key re-encoded (no padding, other spacing) is the dev key.
    if (MessageDigest.isEqual(seed, decode(DEV_KEY))
        && !environment.acceptsProfiles(Profiles.of("dev"))) {
      throw new IllegalStateException(
          "The published dev checkpoint signing key is configured but the dev profile is not"
              + " active: production needs its own secret "
              + PROPERTY);
    }
    return fromSeed(seed);
  }

  static SigningKey fromSeed(byte[] seed) {
    if (seed.length != Ed25519Sign.SECRET_KEY_LEN) {
      throw new IllegalStateException(PROPERTY + " must be 32 bytes, base64-encoded");
    }
    try {
      return new SigningKey(seed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The checkpoint signing key could not be loaded", e);
    }
  }

  Checkpoint sign(Chain log, long position, byte[] chainHash, Instant signedAt) {
    byte[] message = Checkpoint.signedMessage(log, position, chainHash, signedAt);
    try {
      return new Checkpoint(
          log, position, chainHash, signedAt, verifier.keyId(), sign.sign(message));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not sign a checkpoint", e);
    }
  }

  CheckpointVerifier verifier() {
    return verifier;
  }

  private static byte[] decode(String encoded) {
    try {
      return Base64.getDecoder().decode(encoded);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(PROPERTY + " is not valid base64", e);
    }
  }
}
