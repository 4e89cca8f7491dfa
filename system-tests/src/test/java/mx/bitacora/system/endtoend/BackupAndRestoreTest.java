package mx.bitacora.system.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import mx.bitacora.testsupport.DevTokens;
import mx.bitacora.testsupport.FreshDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dev/backup} and {@code dev/restore}, run as processes as an operator runs them: a backup
 * of a platform database that both services wrote and sealed, restored into a fresh database,
 * verifies intact through the log's last position against the checkpoints and public key kept
 * beside it; the same backup with one byte of one event's payload edited restores, but fails
 * verification naming that position. Both services then start on the restored database and {@code
 * dev/rebuild-projections} rebuilds every view from the restored log.
 */
class BackupAndRestoreTest {

  private static final Path REPOSITORY_ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FISCALIA =
      DevTokens.mint("fiscalia-staff-1", "fiscalia-quintana-roo", "AGENCY_STAFF");
  private static final String DIF =
      DevTokens.mint("dif-staff-1", "dif-benito-juarez", "AGENCY_STAFF");
  private static final String ADMIN = DevTokens.mint("admin-1", "segob", "PLATFORM_ADMIN");

  @TempDir static Path directory;
  private static FreshDatabase source;
  private static Path backup;
  private static long logEnd;
  private static long eventsInSource;
  private static String referralId;

  @BeforeAll
  static void recordSealAndBackUp() throws Exception {
    source = FreshDatabase.create("backup_source");
    String publicKey;
    try (TwoServices services =
        TwoServices.start(
            source,
            "--bitacora.integrity.seal-interval=100ms",
            "--bitacora.integrity.checkpoint-every-positions=1")) {
      // Events (the network's agencies, a shelter, a referral) and a read of case data, so both
      // the event log and the access log have something sealed and checkpointed.
      DeliverySliceTest.registerCatCancun(services);
      String referral =
          SealedLogEndToEndTest.referral("QROO-2026-" + (1000 + (int) (Math.random() * 8999)));
      referralId = JSON.readTree(referral).path("referralId").asText();
      assertThat(services.post("/referrals", referral, FISCALIA).statusCode()).isEqualTo(201);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> services.query("/referrals/" + referralId, DIF).statusCode() == 200);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  number("SELECT max(position) FROM integrity.checkpoint")
                          == number("SELECT max(global_index) FROM event_store.domain_event_entry")
                      && number("SELECT max(position) FROM integrity.access_checkpoint")
                          == number("SELECT max(position) FROM integrity.access_log"));
      publicKey =
          JSON.readTree(services.query("/integrity/public-key", DIF).body())
              .path("publicKey")
              .asText();

      backup = directory.resolve("backup");
      Run backedUp =
          run(
              "dev/backup",
              "--database",
              source.name(),
              "--out",
              backup.toString(),
              "--public-key",
              publicKey);
      assertThat(backedUp.exitCode()).as(backedUp.output()).isZero();
    }
    logEnd = number("SELECT max(global_index) FROM event_store.domain_event_entry");
    eventsInSource = number("SELECT count(*) FROM event_store.domain_event_entry");
  }

  @Test
  void theBackup_keepsTheSignedCheckpointsAndPublicKeyBesideTheDump() throws IOException {
    JsonNode kept = JSON.readTree(backup.resolve("checkpoints.json").toFile()).path("checkpoints");
    List<String> logs = new ArrayList<>();
    kept.forEach(checkpoint -> logs.add(checkpoint.path("log").asText()));

    assertThat(logs).contains("EVENT_LOG", "ACCESS_LOG");
    assertThat(kept.get(logs.lastIndexOf("EVENT_LOG")).path("position").asLong()).isEqualTo(logEnd);
    assertThat(Files.readString(backup.resolve("public-key")).strip()).isNotEmpty();
    assertThat(Files.readString(backup.resolve("database.sql")))
        .contains("COPY event_store.domain_event_entry");
  }

  @Test
  void aBackupRestoredIntoAFreshDatabase_verifiesIntact_andItsViewsRebuild() throws Exception {
    FreshDatabase into = newDatabase();

    Run restore = run("dev/restore", backup.toString(), "--into", into.name());

    assertThat(restore.exitCode()).as(restore.output()).isZero();
    assertThat(restore.output())
        .contains("EVENT_LOG INTACT through position " + logEnd)
        .contains("ACCESS_LOG INTACT through position")
        .contains("intact; last verified position of the event log: " + logEnd);
    assertThat(numberIn(into, "SELECT count(*) FROM event_store.domain_event_entry"))
        .isEqualTo(eventsInSource);

    try (TwoServices services = TwoServices.startWithoutAgencies(into)) {
      Run rebuild =
          run(
              "dev/rebuild-projections",
              "--url",
              services.queryServiceUrl(),
              "--token",
              ADMIN,
              "--every",
              "0.2");

      assertThat(rebuild.exitCode()).as(rebuild.output()).isZero();
      assertThat(rebuild.output())
          .contains("referrals: rebuild started")
          .containsPattern("referrals +DONE +(\\d+)/\\1 ")
          .contains("Every projection rebuilt");
      assertThat(services.query("/referrals/" + referralId, DIF).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void anEditedBackup_failsVerification_namingTheEditedPosition() throws Exception {
    long edited =
        number(
            "SELECT global_index FROM event_store.domain_event_entry ORDER BY global_index"
                + " OFFSET (SELECT count(*) / 2 FROM event_store.domain_event_entry) LIMIT 1");
    Path copy = Files.createDirectories(directory.resolve("edited"));
    for (String file : List.of("checkpoints.json", "public-key")) {
      Files.copy(backup.resolve(file), copy.resolve(file));
    }
    String dump = Files.readString(backup.resolve("database.sql"));
    Files.writeString(copy.resolve("database.sql"), withOnePayloadByteChanged(dump, edited));
    Run restore = run("dev/restore", copy.toString(), "--into", newDatabase().name());

    assertThat(restore.exitCode()).as(restore.output()).isEqualTo(1);
    assertThat(restore.output())
        .contains("EVENT_LOG TAMPERED: EVENT_ALTERED at position " + edited)
        .contains("NOT INTACT")
        .contains("last verified position of the event log: " + (edited - 1));
  }

  /**
   * The dump with one byte of the payload of the event at {@code position} changed, in the COPY
   * block of the event table (bytea as {@code \x} and hex).
   */
  private static String withOnePayloadByteChanged(String dump, long position) {
    List<String> lines = new ArrayList<>(Arrays.asList(dump.split("\n", -1)));
    int header = 0;
    while (!lines.get(header).startsWith("COPY event_store.domain_event_entry (")) {
      header++;
    }
    String columnList = lines.get(header);
    List<String> columns =
        Arrays.asList(
            columnList.substring(columnList.indexOf('(') + 1, columnList.indexOf(')')).split(", "));
    int indexColumn = columns.indexOf("global_index");
    int payloadColumn = columns.indexOf("payload");
    for (int i = header + 1; !lines.get(i).equals("\\."); i++) {
      String[] fields = lines.get(i).split("\t", -1);
      if (fields[indexColumn].equals(Long.toString(position))) {
        String payload = fields[payloadColumn];
        assertThat(payload).startsWith("\\\\x");
        // The low hex digit of the payload's middle byte.
        int digit = 3 + (payload.length() - 3) / 4 * 2 + 1;
        char changed = payload.charAt(digit) == '0' ? '1' : '0';
        fields[payloadColumn] =
            payload.substring(0, digit) + changed + payload.substring(digit + 1);
        lines.set(i, String.join("\t", fields));
        return String.join("\n", lines);
      }
    }
    throw new AssertionError("no event at position " + position + " in the dump");
  }

  private record Run(int exitCode, String output) {}

  /** Runs a script of the repository as an operator would, against the test's PostgreSQL. */
  private static Run run(String... command) throws Exception {
    URI server = URI.create(source.jdbcUrl().substring("jdbc:".length()));
    List<String> bash = new ArrayList<>(List.of("bash"));
    bash.addAll(List.of(command));
    ProcessBuilder builder =
        new ProcessBuilder(bash).directory(REPOSITORY_ROOT.toFile()).redirectErrorStream(true);
    Map<String, String> environment = builder.environment();
    environment.put("PGHOST", server.getHost());
    environment.put("PGPORT", Integer.toString(server.getPort()));
    environment.put("PGUSER", source.username());
    environment.put("PGPASSWORD", source.password());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).as(output).isTrue();
    System.out.println("$ " + String.join(" ", command) + "\n" + output);
    return new Run(process.exitValue(), output);
  }

  /** The name of a database for dev/restore to create, dropped when the tests end. */
  private static FreshDatabase newDatabase() {
    return FreshDatabase.adopt(
        "bitacora_test_restored_" + UUID.randomUUID().toString().substring(0, 8));
  }

  private static long number(String sql) throws SQLException {
    try (Connection connection = source.connect()) {
      return number(connection, sql);
    }
  }

  private static long numberIn(FreshDatabase database, String sql) throws SQLException {
    try (Connection connection = database.connect()) {
      return number(connection, sql);
    }
  }

  private static long number(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }
}
