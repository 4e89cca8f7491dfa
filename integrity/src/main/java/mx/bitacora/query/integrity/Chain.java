package mx.bitacora.query.integrity;

import java.nio.charset.StandardCharsets;

/**
 * The platform's two hash-chained logs, each with its own signed checkpoints: the event log (sealed
 * by {@link EventSealer}) and the access log of reads of case data (chained as it is written).
 */
public enum Chain {
  EVENT_LOG("integrity.checkpoint", "bitacora-checkpoint-v1"),
  ACCESS_LOG("integrity.access_checkpoint", "bitacora-access-checkpoint-v1");

  private final String checkpointTable;
  private final byte[] signatureDomain;

  Chain(String checkpointTable, String signatureDomain) {
    this.checkpointTable = checkpointTable;
    this.signatureDomain = signatureDomain.getBytes(StandardCharsets.UTF_8);
  }

  String checkpointTable() {
    return checkpointTable;
  }

  /**
   * Prefixes every signed checkpoint message, so a checkpoint of one log never passes as the
   * other's.
   */
  byte[] signatureDomain() {
    return signatureDomain.clone();
  }
}
