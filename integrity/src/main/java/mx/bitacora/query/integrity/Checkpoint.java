package mx.bitacora.query.integrity;

import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * A signed statement that the chain of {@code log} through {@code position} hashed to {@code
 * chainHash} at {@code signedAt}. Whoever keeps a copy can later prove that the log still extends
 * it.
 */
record Checkpoint(
    Chain log, long position, byte[] chainHash, Instant signedAt, String keyId, byte[] signature) {

  /**
   * The bytes the Ed25519 signature covers: the log's domain tag, the position, the chain hash and
   * the signing time in epoch milliseconds (documented in docs/integrity.md for agencies' own
   * checks).
   */
  static byte[] signedMessage(Chain log, long position, byte[] chainHash, Instant signedAt) {
    byte[] domain = log.signatureDomain();
    return ByteBuffer.allocate(domain.length + 8 + chainHash.length + 8)
        .put(domain)
        .putLong(position)
        .put(chainHash)
        .putLong(signedAt.toEpochMilli())
        .array();
  }

  byte[] signedMessage() {
    return signedMessage(log, position, chainHash, signedAt);
  }
}
