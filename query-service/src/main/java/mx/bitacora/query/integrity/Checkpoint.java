package mx.bitacora.query.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A signed statement that the chain through {@code position} hashed to {@code chainHash} at {@code
 * signedAt}. Whoever keeps a copy can later prove that the log still extends it.
 */
record Checkpoint(
    long position, byte[] chainHash, Instant signedAt, String keyId, byte[] signature) {

  private static final byte[] DOMAIN = "bitacora-checkpoint-v1".getBytes(StandardCharsets.UTF_8);

  /**
   * The bytes the Ed25519 signature covers: a domain tag, the position, the chain hash and the
   * signing time in epoch milliseconds (documented in docs/integrity.md for agencies' own checks).
   */
  static byte[] signedMessage(long position, byte[] chainHash, Instant signedAt) {
    return ByteBuffer.allocate(DOMAIN.length + 8 + chainHash.length + 8)
        .put(DOMAIN)
        .putLong(position)
        .put(chainHash)
        .putLong(signedAt.toEpochMilli())
        .array();
  }

  byte[] signedMessage() {
    return signedMessage(position, chainHash, signedAt);
  }
}
