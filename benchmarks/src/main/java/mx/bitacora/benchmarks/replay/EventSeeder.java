package mx.bitacora.benchmarks.replay;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.bitacora.benchmarks.baseline.EventRow;
import mx.bitacora.benchmarks.commands.Network;
import mx.bitacora.testsupport.FreshDatabase;

/**
 * Seeds the event table with clones of real stories (a delivery planned, dispatched and
 * acknowledged; a referral issued and accepted; a training session with its enrolments, attendance
 * and completions), each clone under fresh UUIDs (aggregate, message, correlation and trace ids,
 * consistently within the clone) and a fresh case reference, with its real sequence numbers, types,
 * revisions and metadata. The payload bytes are the ones Axon's Jackson serializer wrote for the
 * original, so they are what a real command would have stored. Clones interleave as a real log
 * does: 64 stories are open at once and each step appends the next event of one of them, picked at
 * random.
 */
public final class EventSeeder {

  /** Share of events per kind of story in the mix. */
  public static final Map<String, Double> MIX =
      new LinkedHashMap<>(Map.of("delivery", 0.40, "referral", 0.40, "training", 0.20));

  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final int OPEN_STORIES = 64;
  private static final int BATCH = 1000;

  private final FreshDatabase database;
  private final Map<String, Story> stories;
  private final Random random = new Random(6);
  private final Map<String, Long> emitted = new HashMap<>();
  private final Map<String, Long> started = new HashMap<>();
  private long cases;

  private EventSeeder(FreshDatabase database, Map<String, Story> stories) {
    this.database = database;
    this.stories = stories;
  }

  /** Reads the template stories from the events the services stored for these aggregates. */
  /** A seeder cloning the stored stories of {@code templates}. */
  public static EventSeeder fromStored(FreshDatabase database, Network.Templates templates)
      throws SQLException {
    return fromStored(
        database,
        templates.delivery().toString(),
        templates.referral().toString(),
        templates.training().toString());
  }

  public static EventSeeder fromStored(
      FreshDatabase database, String delivery, String referral, String trainingSession)
      throws SQLException {
    Map<String, Story> stories = new LinkedHashMap<>();
    try (Connection connection = database.connect()) {
      stories.put("delivery", story(connection, "delivery", delivery));
      stories.put("referral", story(connection, "referral", referral));
      stories.put("training", story(connection, "training", trainingSession));
    }
    return new EventSeeder(database, stories);
  }

  /** Events per story of each kind. */
  public Map<String, Integer> storyLengths() {
    Map<String, Integer> lengths = new LinkedHashMap<>();
    stories.forEach((kind, story) -> lengths.put(kind, story.events().size()));
    return lengths;
  }

  /** Events seeded so far per kind of story. */
  public Map<String, Long> emitted() {
    return Map.copyOf(emitted);
  }

  /** Appends {@code count} events; answers the seconds it took. */
  public double seed(long count) throws SQLException {
    long start = System.nanoTime();
    Instant clock = Instant.now().minus(Duration.ofDays(180));
    long step = Duration.ofDays(180).toMillis() / Math.max(1, count);
    List<Clone> open = new ArrayList<>();
    try (Connection connection =
            DriverManager.getConnection(
                database.jdbcUrl() + "?reWriteBatchedInserts=true",
                database.username(),
                database.password());
        PreparedStatement insert =
            connection.prepareStatement(EventRow.insertInto("event_store.domain_event_entry"))) {
      connection.setAutoCommit(false);
      for (long n = 0; n < count; n++) {
        while (open.size() < OPEN_STORIES) {
          open.add(new Clone(stories.get(nextKind())));
        }
        int pick = random.nextInt(open.size());
        Clone clone = open.get(pick);
        clock = clock.plusMillis(step);
        clone.next(clock.toString()).bind(insert);
        emitted.merge(clone.story.kind(), 1L, Long::sum);
        insert.addBatch();
        if (clone.finished()) {
          open.set(pick, open.get(open.size() - 1));
          open.remove(open.size() - 1);
        }
        if ((n + 1) % BATCH == 0) {
          insert.executeBatch();
          connection.commit();
        }
      }
      insert.executeBatch();
      connection.commit();
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /**
   * The kind whose share of the events of the stories started so far is furthest below its target
   * (a story's events count from its start, so that long open stories do not skew the mix).
   */
  private String nextKind() {
    long total = started.values().stream().mapToLong(Long::longValue).sum() + 1;
    String furthest = null;
    double deficit = Double.NEGATIVE_INFINITY;
    for (Map.Entry<String, Double> share : MIX.entrySet()) {
      double missing = share.getValue() - started.getOrDefault(share.getKey(), 0L) / (double) total;
      if (missing > deficit) {
        deficit = missing;
        furthest = share.getKey();
      }
    }
    started.merge(furthest, (long) stories.get(furthest).events().size(), Long::sum);
    return furthest;
  }

  /** One clone being appended: its next event and the ids it maps. */
  private final class Clone {
    private final Story story;
    private final Map<String, String> ids = new HashMap<>();
    private final String caseReference;
    private int next;

    Clone(Story story) {
      this.story = story;
      this.caseReference = story.caseReference() == null ? null : "SEED-%010d".formatted(++cases);
    }

    EventRow next(String timeStamp) {
      EventRow original = story.events().get(next++);
      return new EventRow(
          UUID.randomUUID().toString(),
          rewrite(original.metaData()),
          rewrite(original.payload()),
          original.payloadRevision(),
          original.payloadType(),
          timeStamp,
          map(original.aggregateIdentifier()),
          original.sequenceNumber(),
          original.type());
    }

    boolean finished() {
      return next == story.events().size();
    }

    private byte[] rewrite(byte[] json) {
      if (json == null) {
        return null;
      }
      String text = new String(json, StandardCharsets.UTF_8);
      if (caseReference != null) {
        text = text.replace(story.caseReference(), caseReference);
      }
      Matcher uuid = UUID_TEXT.matcher(text);
      StringBuilder out = new StringBuilder(text.length());
      while (uuid.find()) {
        uuid.appendReplacement(out, map(uuid.group()));
      }
      uuid.appendTail(out);
      return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String map(String original) {
      return ids.computeIfAbsent(original, any -> UUID.randomUUID().toString());
    }
  }

  private static Story story(Connection connection, String kind, String aggregate)
      throws SQLException {
    List<EventRow> events = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "select event_identifier, meta_data, payload, payload_revision, payload_type,"
                + " time_stamp, aggregate_identifier, sequence_number, type"
                + " from event_store.domain_event_entry where aggregate_identifier = ?"
                + " order by sequence_number")) {
      select.setString(1, aggregate);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          events.add(
              new EventRow(
                  rows.getString(1),
                  rows.getBytes(2),
                  rows.getBytes(3),
                  rows.getString(4),
                  rows.getString(5),
                  rows.getString(6),
                  rows.getString(7),
                  rows.getLong(8),
                  rows.getString(9)));
        }
      }
    }
    if (events.isEmpty()) {
      throw new IllegalStateException("no stored events for " + kind + " " + aggregate);
    }
    Matcher reference =
        Pattern.compile("\"caseReference\"\\s*:\\s*\"([A-Z0-9-]+)\"")
            .matcher(new String(events.get(0).payload(), StandardCharsets.UTF_8));
    return new Story(kind, events, reference.find() ? reference.group(1) : null);
  }
}
