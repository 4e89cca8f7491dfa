package mx.bitacora.query.integrity;

import com.google.crypto.tink.subtle.Ed25519Verify;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/** Checks checkpoint signatures against the platform's Ed25519 public key, given from outside. */
public final class CheckpointVerifier {

  private final byte[] publicKey;
  private final Ed25519Verify verify;
  private final String keyId;

  CheckpointVerifier(byte[] publicKey) {
    if (publicKey.length != Ed25519Verify.PUBLIC_KEY_LEN) {
      throw new IllegalArgumentException("an Ed25519 public key is 32 bytes");
    }
    this.publicKey = Arrays.copyOf(publicKey, publicKey.length);
    this.verify = new Ed25519Verify(this.publicKey);
    this.keyId = keyIdOf(this.publicKey);
  }

  /** A verifier for the base64 public key that {@code GET /integrity/public-key} publishes. */
  public static CheckpointVerifier forPublicKey(String base64) {
    return new CheckpointVerifier(Base64.getDecoder().decode(base64.strip()));
  }

  boolean isGenuine(Checkpoint checkpoint) {
    if (!keyId.equals(checkpoint.keyId())) {
      return false;
    }
    try {
      verify.verify(checkpoint.signature(), checkpoint.signedMessage());
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  String keyId() {
    return keyId;
  }

  String publicKeyBase64() {
    return Base64.getEncoder().encodeToString(publicKey);
  }

  /** The first 8 bytes of the key's SHA-256, in hex: names the key a checkpoint was signed with. */
  static String keyIdOf(byte[] publicKey) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey);
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
