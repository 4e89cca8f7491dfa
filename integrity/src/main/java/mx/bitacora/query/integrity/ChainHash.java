package mx.bitacora.query.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain's link: SHA-256 over the previous link and one position of the log, either the
 * event stored there (every column, as stored) or the fact that the position holds none. Each field
 * is length-prefixed, so no two different rows encode alike.
 */
final class ChainHash {

  /** The link before position 1. */
  static final byte[] GENESIS = new byte[32];

  private static final byte[] EVENT_DOMAIN =
      "bitacora-seal-v1:event".getBytes(StandardCharsets.UTF_8);
  private static final byte[] GAP_DOMAIN = "bitacora-seal-v1:gap".getBytes(StandardCharsets.UTF_8);

  private ChainHash() {}

  static byte[] ofEvent(byte[] previous, StoredEvent event) {
    MessageDigest digest = sha256();
    field(digest, EVENT_DOMAIN);
    field(digest, previous);
    field(digest, longBytes(event.position()));
    field(digest, utf8(event.eventIdentifier()));
    field(digest, utf8(event.aggregateIdentifier()));
    field(digest, longBytes(event.sequenceNumber()));
    field(digest, utf8(event.aggregateType()));
    field(digest, utf8(event.payloadType()));
    field(digest, utf8(event.payloadRevision()));
    field(digest, event.payload());
    field(digest, event.metaData());
    field(digest, utf8(event.timestamp()));
    return digest.digest();
  }

  /** The link for a position whose sequence value was never committed (a rolled-back append). */
  static byte[] ofGap(byte[] previous, long position) {
    MessageDigest digest = sha256();
    field(digest, GAP_DOMAIN);
    field(digest, previous);
    field(digest, longBytes(position));
    return digest.digest();
  }

  static boolean same(byte[] a, byte[] b) {
    return MessageDigest.isEqual(a, b);
  }

  static String hex(byte[] hash) {
    return HexFormat.of().formatHex(hash);
  }

  static byte[] fromHex(String hex) {
    byte[] hash = HexFormat.of().parseHex(hex);
    if (hash.length != GENESIS.length) {
      throw new IllegalArgumentException("a chain hash is 32 bytes");
    }
    return hash;
  }

  // A null column is length -1, an empty one length 0: they must not hash alike.
  private static void field(MessageDigest digest, byte[] value) {
    digest.update(ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
    if (value != null) {
      digest.update(value);
    }
  }

  private static byte[] utf8(String value) {
    return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] longBytes(long value) {
    return ByteBuffer.allocate(8).putLong(value).array();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
