package mx.bitacora.query.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import mx.bitacora.query.integrity.Discrepancy.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tampering done directly in the tables, as a database superuser could, on a sealed log: each kind
 * is detected and located at the position where it was done. Every test gets its own database.
 *
 * <p>The history: positions 1–3 events, 4 a rolled-back append (sealed as empty), 5–12 events,
 * sealed in three rounds so that checkpoints (every four positions) fall at several positions.
 */
class EventLogTamperingTest {

  private SealedEventLog log;
  private List<Checkpoint> keptByAnAgency;

  @BeforeEach
  void recordAndSealAHistory() {
    log = SealedEventLog.create("tampering");
    EventSealer sealer = log.sealer(SealedEventLog.EVERY_FOUR_POSITIONS);
    log.append(3);
    log.appendAndRollBack();
    log.append(2);
    log.sealThrough(sealer, 6);
    log.append(4);
    log.sealThrough(sealer, 10);
    log.append(2);
    log.sealThrough(sealer, 12);
    keptByAnAgency = log.checkpoints();
  }

  @Test
  void theUntouchedLog_verifiesIntact_throughItsLastPosition() throws SQLException {
    VerificationReport report = log.verify(keptByAnAgency);

    assertThat(report.intact()).isTrue();
    assertThat(report.discrepancy()).isNull();
    assertThat(report.verifiedThrough()).isEqualTo(12);
    assertThat(report.sealedThrough()).isEqualTo(12);
    assertThat(report.logEnd()).isEqualTo(12);
    assertThat(report.unsealedEvents()).isZero();
    assertThat(report.checkpointsVerified()).isEqualTo(keptByAnAgency.size()).isGreaterThan(1);
    assertThat(report.keptCheckpointsVerified()).isEqualTo(keptByAnAgency.size());
  }

  @Test
  void theRolledBackAppend_isSealedAsAPositionHoldingNoEvent() {
    assertThat(
            log.jdbc.queryForObject(
                "SELECT event_identifier IS NULL FROM integrity.event_seal WHERE position = 4",
                Boolean.class))
        .isTrue();
    assertThat(log.jdbc.queryForObject("SELECT count(*) FROM integrity.event_seal", Long.class))
        .isEqualTo(12);
  }

  @Test
  void changingOneByteOfAPayload_isDetectedAtItsPosition() throws SQLException {
    log.tamper(
        "UPDATE event_store.domain_event_entry"
            + " SET payload = set_byte(payload, 3, get_byte(payload, 3) # 1) WHERE global_index = 5");

    assertDiscrepancy(log.verify(), 5, Kind.EVENT_ALTERED);
  }

  @Test
  void changingMetadata_isDetectedAtItsPosition() throws SQLException {
    log.tamper(
        "UPDATE event_store.domain_event_entry SET meta_data = convert_to("
            + "replace(convert_from(meta_data, 'UTF8'), 'unodc-mexico', 'segob'), 'UTF8')"
            + " WHERE global_index = 7");

    assertDiscrepancy(log.verify(), 7, Kind.EVENT_ALTERED);
  }

  @Test
  void changingTheRecordTime_isDetectedAtItsPosition() throws SQLException {
    log.tamper(
        "UPDATE event_store.domain_event_entry SET time_stamp = '2022-10-21T12:00:00Z'"
            + " WHERE global_index = 9");

    assertDiscrepancy(log.verify(), 9, Kind.EVENT_ALTERED);
  }

  @Test
  void deletingAnEvent_isDetectedAtItsPosition() throws SQLException {
    log.tamper("DELETE FROM event_store.domain_event_entry WHERE global_index = 3");

    assertDiscrepancy(log.verify(), 3, Kind.EVENT_MISSING);
  }

  @Test
  void swappingTwoEventsPositions_isDetectedAtTheFirstOfThem() throws SQLException {
    log.tamper(
        "UPDATE event_store.domain_event_entry SET global_index = -1 WHERE global_index = 2");
    log.tamper("UPDATE event_store.domain_event_entry SET global_index = 2 WHERE global_index = 9");
    log.tamper(
        "UPDATE event_store.domain_event_entry SET global_index = 9 WHERE global_index = -1");

    assertDiscrepancy(log.verify(), 2, Kind.EVENT_REPLACED);
  }

  @Test
  void insertingAForgedEvent_whereNoEventWasSealed_isDetectedAtThatPosition() throws SQLException {
    log.tamper(
        "INSERT INTO event_store.domain_event_entry (global_index, event_identifier, meta_data,"
            + " payload, payload_type, time_stamp, aggregate_identifier, sequence_number, type)"
            + " VALUES (4, 'forged', NULL, '\\x7b7d', 'mx.bitacora.events.delivery.DeliveryVoidedEvent',"
            + " '2022-10-22T00:00:00Z', 'forged-delivery', 0, 'Delivery')");

    assertDiscrepancy(log.verify(), 4, Kind.EVENT_INSERTED);
  }

  @Test
  void deletingASeal_isDetectedAtItsPosition() throws SQLException {
    long unsignedPosition = positionWithoutCheckpoint();
    log.tamper("DELETE FROM integrity.event_seal WHERE position = ?", unsignedPosition);

    assertDiscrepancy(log.verify(), unsignedPosition, Kind.SEAL_MISSING);
  }

  @Test
  void deletingTheLastEvents_butNotTheirSeals_isDetectedAtTheFirstOfThem() throws SQLException {
    log.tamper("DELETE FROM event_store.domain_event_entry WHERE global_index > 10");

    assertDiscrepancy(log.verify(), 11, Kind.EVENT_MISSING);
  }

  @Test
  void truncatingTheTail_withItsSealsAndCheckpoints_isProvedByACheckpointKeptBeforeIt()
      throws SQLException {
    long truncatedAfter = keptByAnAgency.get(0).position();
    log.tamper("DELETE FROM event_store.domain_event_entry WHERE global_index > ?", truncatedAfter);
    log.tamper("DELETE FROM integrity.checkpoint WHERE position > ?", truncatedAfter);
    log.tamper("DELETE FROM integrity.event_seal WHERE position > ?", truncatedAfter);

    // What is left is consistent in itself: only a checkpoint kept outside proves the loss.
    assertThat(log.verify().intact()).isTrue();
    VerificationReport report = log.verify(keptByAnAgency);
    assertDiscrepancy(report, keptByAnAgency.get(1).position(), Kind.LOG_TRUNCATED);
    assertThat(report.sealedThrough()).isEqualTo(truncatedAfter);
  }

  @Test
  void rewritingTheLog_andRecomputingEverySeal_isDetectedByTheSignedCheckpoints()
      throws SQLException {
    log.tamper(
        "UPDATE event_store.domain_event_entry"
            + " SET payload = convert_to(replace(convert_from(payload, 'UTF8'), '50', '5'), 'UTF8')"
            + " WHERE global_index = 2");
    recomputeEverySealWithoutTheSigningKey();

    VerificationReport report = log.verify();

    long firstCheckpoint = keptByAnAgency.get(0).position();
    assertDiscrepancy(report, firstCheckpoint, Kind.CHECKPOINT_MISMATCH);
    assertThat(report.discrepancy().lastMatchingCheckpoint()).isNull();
  }

  @Test
  void rewritingTheLog_andDeletingTheCheckpoints_isDetectedByTheCheckpointsAnAgencyKept()
      throws SQLException {
    Checkpoint first = keptByAnAgency.get(0);
    Checkpoint last = keptByAnAgency.get(keptByAnAgency.size() - 1);
    long rewritten = last.position() - 1;
    assertThat(rewritten).isGreaterThan(first.position()).isNotEqualTo(4);
    log.tamper(
        "UPDATE event_store.domain_event_entry SET time_stamp = '2022-10-21T12:00:00Z'"
            + " WHERE global_index = ?",
        rewritten);
    log.tamper("DELETE FROM integrity.checkpoint");
    recomputeEverySealWithoutTheSigningKey();

    assertThat(log.verify().intact()).isTrue();
    VerificationReport report = log.verify(keptByAnAgency);
    assertDiscrepancy(report, last.position(), Kind.CHECKPOINT_MISMATCH);
    assertThat(report.discrepancy().lastMatchingCheckpoint()).isEqualTo(first.position());
  }

  @Test
  void aCheckpointSignedWithAnotherKey_isNotGenuine() throws SQLException {
    SigningKey forger = SigningKey.fromSeed(SealedEventLog.randomSeed());
    Seal head = new SealTable(log.jdbc).head();
    log.tamper("DELETE FROM integrity.checkpoint WHERE position = ?", head.position());
    new CheckpointTable(log.jdbc, Chain.EVENT_LOG)
        .append(
            forger.sign(
                Chain.EVENT_LOG, head.position(), head.chainHash(), java.time.Instant.now()));

    assertDiscrepancy(log.verify(), head.position(), Kind.CHECKPOINT_NOT_GENUINE);
    assertThat(
            log.verifier()
                .isGenuine(
                    forger.sign(
                        Chain.EVENT_LOG,
                        head.position(),
                        head.chainHash(),
                        java.time.Instant.now())))
        .isFalse();
  }

  private void recomputeEverySealWithoutTheSigningKey() {
    byte[] previous = ChainHash.GENESIS;
    for (long position = 1; position <= 12; position++) {
      List<StoredEvent> stored =
          log.jdbc.query(
              "SELECT "
                  + StoredEvents.COLUMNS
                  + " FROM "
                  + StoredEvents.TABLE
                  + " WHERE global_index = ?",
              (row, n) -> StoredEvents.read(row),
              position);
      previous =
          stored.isEmpty()
              ? ChainHash.ofGap(previous, position)
              : ChainHash.ofEvent(previous, stored.get(0));
      log.tamper(
          "UPDATE integrity.event_seal SET chain_hash = ? WHERE position = ?", previous, position);
    }
  }

  private long positionWithoutCheckpoint() {
    return log.jdbc.queryForObject(
        "SELECT min(position) FROM integrity.event_seal s WHERE position > 1 AND NOT EXISTS"
            + " (SELECT 1 FROM integrity.checkpoint c WHERE c.position = s.position)",
        Long.class);
  }

  private static void assertDiscrepancy(VerificationReport report, long position, Kind kind) {
    assertThat(report.intact()).as("intact").isFalse();
    assertThat(report.discrepancy().kind()).isEqualTo(kind);
    assertThat(report.discrepancy().position()).as("position").isEqualTo(position);
    assertThat(report.verifiedThrough()).isLessThan(position);
  }
}
