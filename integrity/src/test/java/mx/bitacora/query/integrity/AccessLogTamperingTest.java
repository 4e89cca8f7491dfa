package mx.bitacora.query.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.platform.accesslog.CaseAccess;
import mx.bitacora.platform.accesslog.CaseReached;
import mx.bitacora.platform.accesslog.JdbcCaseAccessLog;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.platform.security.Role;
import mx.bitacora.query.integrity.Discrepancy.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access log's chain against PostgreSQL: built as entries are written, gapless even with many
 * writers at once, signed by checkpoints; changing, deleting or truncating entries in the table is
 * detected and located, like the event log's tampering.
 */
class AccessLogTamperingTest {

  private static final Actor DIF_STAFF =
      new Actor("dif-staff-1", new AgencyId("dif-benito-juarez"), Set.of(Role.AGENCY_STAFF));

  private SealedEventLog database;
  private JdbcCaseAccessLog accessLog;
  private AccessLogCheckpoints checkpoints;

  @BeforeEach
  void writeSixEntries_signedEveryTwo() {
    database = SealedEventLog.create("accesslog");
    DataSourceTransactionManager transactions =
        new DataSourceTransactionManager(database.jdbc.getDataSource());
    accessLog =
        new JdbcCaseAccessLog(database.jdbc, transactions, new ObjectMapper(), Clock.systemUTC());
    checkpoints =
        new AccessLogCheckpoints(
            database.jdbc,
            new TransactionTemplate(transactions),
            database.signingKey,
            Clock.systemUTC(),
            new EventSealer.Settings(500, 2, Duration.ofHours(1)));
    for (int i = 1; i <= 6; i++) {
      accessLog.record(read("QROO-2022-014" + i));
      checkpoints.signIfDue();
    }
  }

  @Test
  void theUntouchedAccessLog_verifiesIntact_withItsCheckpoints() throws SQLException {
    VerificationReport report = verify(List.of());

    assertThat(report.intact()).isTrue();
    assertThat(report.verifiedThrough()).isEqualTo(6);
    assertThat(report.checkpointsVerified()).isEqualTo(3);
    assertThat(storedCheckpoints()).extracting(Checkpoint::position).containsExactly(1L, 3L, 5L);
  }

  @Test
  void manyWritersAtOnce_buildOneGaplessChain() throws Exception {
    CompletableFuture<?>[] writers =
        IntStream.range(0, 8)
            .mapToObj(
                writer ->
                    CompletableFuture.runAsync(
                        () ->
                            IntStream.range(0, 10)
                                .forEach(i -> accessLog.record(read("CASE-" + writer + "-" + i)))))
            .toArray(CompletableFuture[]::new);
    CompletableFuture.allOf(writers).get(60, TimeUnit.SECONDS);

    VerificationReport report = verify(List.of());
    assertThat(report.intact()).isTrue();
    assertThat(report.verifiedThrough()).isEqualTo(86);
    assertThat(
            database.jdbc.queryForObject(
                "SELECT count(DISTINCT position) FROM integrity.access_log", Long.class))
        .isEqualTo(86);
  }

  @Test
  void changingAnEntry_isDetectedAtItsPosition() throws SQLException {
    database.tamper(
        "UPDATE integrity.access_log SET entry = jsonb_set(entry, '{actor}', '\"someone-else\"')"
            + " WHERE position = 4");

    assertDiscrepancy(verify(List.of()), 4, Kind.ENTRY_ALTERED);
  }

  @Test
  void deletingAnEntry_isDetectedAtItsPosition() throws SQLException {
    database.tamper("DELETE FROM integrity.access_log WHERE position = 2");

    assertDiscrepancy(verify(List.of()), 2, Kind.ENTRY_MISSING);
  }

  @Test
  void truncatingTheTail_isProvedByACheckpointKeptBeforeIt() throws SQLException {
    List<Checkpoint> kept = storedCheckpoints();
    database.tamper("DELETE FROM integrity.access_checkpoint WHERE position > 3");
    database.tamper("DELETE FROM integrity.access_log WHERE position > 3");

    assertThat(verify(List.of()).intact()).isTrue();
    assertDiscrepancy(verify(kept), 5, Kind.LOG_TRUNCATED);
  }

  @Test
  void rewritingAnEntry_andRecomputingTheChain_isDetectedByTheSignedCheckpoints()
      throws SQLException {
    database.tamper(
        "UPDATE integrity.access_log SET entry = jsonb_set(entry, '{allowed}', 'false')"
            + " WHERE position = 2");
    byte[] previous = ChainHash.GENESIS;
    for (long position = 1; position <= 6; position++) {
      String entry =
          database.jdbc.queryForObject(
              "SELECT entry::text FROM integrity.access_log WHERE position = ?",
              String.class,
              position);
      previous = AccessLogWalk.link(previous, position, entry);
      database.tamper(
          "UPDATE integrity.access_log SET chain_hash = ? WHERE position = ?", previous, position);
    }

    VerificationReport report = verify(List.of());
    assertDiscrepancy(report, 3, Kind.CHECKPOINT_MISMATCH);
    assertThat(report.discrepancy().lastMatchingCheckpoint()).isEqualTo(1);
  }

  @Test
  void anEventLogCheckpoint_neverPassesAsTheAccessLogs() {
    Checkpoint accessCheckpoint = storedCheckpoints().get(0);
    Checkpoint relabelled =
        new Checkpoint(
            Chain.EVENT_LOG,
            accessCheckpoint.position(),
            accessCheckpoint.chainHash(),
            accessCheckpoint.signedAt(),
            accessCheckpoint.keyId(),
            accessCheckpoint.signature());

    assertThat(database.verifier().isGenuine(accessCheckpoint)).isTrue();
    assertThat(database.verifier().isGenuine(relabelled)).isFalse();
  }

  private static CaseAccess read(String caseReference) {
    return CaseAccess.allowed(
        DIF_STAFF,
        "referral-detail",
        List.of(
            new CaseReached(
                caseReference,
                new AgencyId("fiscalia-quintana-roo"),
                List.of(new AgencyId("dif-benito-juarez"), new AgencyId("fiscalia-quintana-roo")))),
        Map.of("referralId", "5e1a0c3b-7d2f-4a61-9b8e-0c2022100101"));
  }

  private List<Checkpoint> storedCheckpoints() {
    return new CheckpointTable(database.jdbc, Chain.ACCESS_LOG).after(0, 100);
  }

  private VerificationReport verify(List<Checkpoint> kept) throws SQLException {
    try (var connection = database.database.connect()) {
      return database.verifier().verify(connection, Chain.ACCESS_LOG, kept);
    }
  }

  private static void assertDiscrepancy(VerificationReport report, long position, Kind kind) {
    assertThat(report.intact()).as("intact").isFalse();
    assertThat(report.discrepancy().kind()).isEqualTo(kind);
    assertThat(report.discrepancy().position()).as("position").isEqualTo(position);
  }
}
