package mx.bitacora.query.integrity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The operators' command-line verifier ({@code dev/verify-log}): connects to the database directly,
 * without the service, re-reads the event log and its seals and the access log, and exits 0 when
 * both are intact, 1 on a discrepancy in either (printing where), 2 when it cannot verify (bad
 * arguments, a kept checkpoint that is not genuine, no database). The public key comes from the
 * operator, never from the database.
 */
public final class VerifyEventLog {

  static final int INTACT = 0;
  static final int TAMPERED = 1;
  static final int CANNOT_VERIFY = 2;

  private static final String USAGE =
      "usage: verify-log --public-key BASE64 [--jdbc-url URL] [--user NAME] [--password SECRET]"
          + " [--checkpoints FILE.json]\n"
          + "  --public-key   the platform's checkpoint key (GET /integrity/public-key), kept"
          + " outside the database\n"
          + "  --jdbc-url     default jdbc:postgresql://127.0.0.1:5432/bitacora\n"
          + "  --user         default postgres (any role that can read event_store and integrity)\n"
          + "  --password     default $PGPASSWORD, else none\n"
          + "  --checkpoints  checkpoints kept earlier (the JSON of GET /integrity/checkpoints,"
          + " an array, or one checkpoint): proves the log still extends them";

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .findAndAddModules()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private VerifyEventLog() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        err.println(USAGE);
        return CANNOT_VERIFY;
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    if (!options.containsKey("public-key")) {
      err.println(USAGE);
      return CANNOT_VERIFY;
    }
    try {
      LogVerifier verifier =
          new LogVerifier(
              CheckpointVerifier.forPublicKey(options.get("public-key")), Clock.systemUTC());
      List<Checkpoint> kept = readKept(options.get("checkpoints"));
      for (Checkpoint checkpoint : kept) {
        if (!verifier.isGenuine(checkpoint)) {
          err.printf(
              "The kept checkpoint at position %d is not signed by this key: not a proof.%n",
              checkpoint.position());
          return CANNOT_VERIFY;
        }
      }
      try (Connection connection =
          DriverManager.getConnection(
              options.getOrDefault("jdbc-url", "jdbc:postgresql://127.0.0.1:5432/bitacora"),
              options.getOrDefault("user", "postgres"),
              options.getOrDefault("password", System.getenv().getOrDefault("PGPASSWORD", "")))) {
        boolean intact = true;
        for (Chain log : Chain.values()) {
          List<Checkpoint> keptOfLog = kept.stream().filter(c -> c.log() == log).toList();
          VerificationReport report = verifier.verify(connection, log, keptOfLog);
          out.println(log + " " + JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
          out.println(log + " " + summary(report));
          intact &= report.intact();
        }
        return intact ? INTACT : TAMPERED;
      }
    } catch (IllegalArgumentException | IOException e) {
      err.println("Cannot verify: " + e.getMessage());
      err.println(USAGE);
      return CANNOT_VERIFY;
    } catch (SQLException e) {
      err.println("Cannot read the log: " + e.getMessage());
      return CANNOT_VERIFY;
    }
  }

  private static String summary(VerificationReport report) {
    if (report.intact()) {
      return String.format(
          "INTACT through position %d (%d unsealed events after it; %d stored and %d kept"
              + " checkpoints verified)",
          report.verifiedThrough(),
          report.unsealedEvents(),
          report.checkpointsVerified(),
          report.keptCheckpointsVerified());
    }
    Discrepancy found = report.discrepancy();
    return String.format(
        "TAMPERED: %s at position %d%s",
        found.kind(),
        found.position(),
        found.lastMatchingCheckpoint() == null
            ? ""
            : " (the last checkpoint that still matches is at "
                + found.lastMatchingCheckpoint()
                + ")");
  }

  private static List<Checkpoint> readKept(String file) throws IOException {
    List<Checkpoint> kept = new ArrayList<>();
    if (file == null) {
      return kept;
    }
    JsonNode root = JSON.readTree(Path.of(file).toFile());
    JsonNode list = root.has("checkpoints") ? root.get("checkpoints") : root;
    for (JsonNode node : list.isArray() ? list : List.of(list)) {
      kept.add(JSON.treeToValue(node, PublishedCheckpoint.class).toCheckpoint());
    }
    return kept;
  }
}
