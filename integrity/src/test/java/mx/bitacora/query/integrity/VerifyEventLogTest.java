package mx.bitacora.query.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operators' command-line verifier, run as {@code dev/verify-log} runs it: exit 0 and INTACT on
 * an untouched log, 1 and the discrepancy's kind and position on a tampered one (also a truncation
 * proved by a checkpoint file kept from the API), 2 when it cannot verify.
 */
class VerifyEventLogTest {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  @TempDir Path directory;
  private SealedEventLog log;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void sealAHistory() {
    log = SealedEventLog.create("verifycli");
    EventSealer sealer = log.sealer(SealedEventLog.EVERY_FOUR_POSITIONS);
    log.append(3);
    log.sealThrough(sealer, 3);
    log.append(5);
    log.sealThrough(sealer, 8);
  }

  @Test
  void anUntouchedLog_exits0_andSaysIntactThroughItsEnd() {
    assertThat(run()).isEqualTo(VerifyEventLog.INTACT);
    assertThat(output()).contains("INTACT through position 8").contains("\"intact\" : true");
  }

  @Test
  void aChangedPayload_exits1_namingTheKindAndPosition() {
    log.tamper(
        "UPDATE event_store.domain_event_entry SET payload = payload || '\\x20'::bytea"
            + " WHERE global_index = 5");

    assertThat(run()).isEqualTo(VerifyEventLog.TAMPERED);
    assertThat(output()).contains("TAMPERED: EVENT_ALTERED at position 5");
  }

  @Test
  void aTruncatedTail_isProvedByACheckpointFileKeptFromTheApi() throws IOException {
    Path kept = keep(log.checkpoints());
    log.tamper("DELETE FROM event_store.domain_event_entry WHERE global_index > 3");
    log.tamper("DELETE FROM integrity.checkpoint WHERE position > 3");
    log.tamper("DELETE FROM integrity.event_seal WHERE position > 3");

    assertThat(run()).isEqualTo(VerifyEventLog.INTACT);
    assertThat(run("--checkpoints", kept.toString())).isEqualTo(VerifyEventLog.TAMPERED);
    assertThat(output()).contains("TAMPERED: LOG_TRUNCATED at position 8");
  }

  @Test
  void aKeptCheckpointSignedWithAnotherKey_cannotServeAsProof() throws IOException {
    SigningKey forger = SigningKey.fromSeed(SealedEventLog.randomSeed());
    Path forged =
        keep(
            List.of(
                forger.sign(
                    Chain.EVENT_LOG,
                    8,
                    new SealTable(log.jdbc).head().chainHash(),
                    java.time.Instant.now())));

    assertThat(run("--checkpoints", forged.toString())).isEqualTo(VerifyEventLog.CANNOT_VERIFY);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("not signed by this key");
  }

  @Test
  void withoutAPublicKey_orADatabase_itCannotVerify() {
    assertThat(
            VerifyEventLog.run(
                new String[] {"--jdbc-url", log.database.jdbcUrl()}, print(out), print(err)))
        .isEqualTo(VerifyEventLog.CANNOT_VERIFY);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: verify-log");
    assertThat(
            VerifyEventLog.run(
                new String[] {
                  "--public-key",
                  log.signingKey.verifier().publicKeyBase64(),
                  "--jdbc-url",
                  "jdbc:postgresql://127.0.0.1:5432/no_such_database_here"
                },
                print(out),
                print(err)))
        .isEqualTo(VerifyEventLog.CANNOT_VERIFY);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Cannot read the log");
  }

  private int run(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--public-key", log.signingKey.verifier().publicKeyBase64(),
                "--jdbc-url", log.database.jdbcUrl(),
                "--user", log.database.username(),
                "--password", log.database.password()));
    args.addAll(List.of(extra));
    return VerifyEventLog.run(args.toArray(String[]::new), print(out), print(err));
  }

  private Path keep(List<Checkpoint> checkpoints) throws IOException {
    Path file = Files.createTempFile(directory, "checkpoints", ".json");
    JSON.writeValue(
        file.toFile(),
        Map.of("checkpoints", checkpoints.stream().map(PublishedCheckpoint::of).toList()));
    return file;
  }

  private String output() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private static PrintStream print(ByteArrayOutputStream buffer) {
    return new PrintStream(buffer, true, StandardCharsets.UTF_8);
  }
}
