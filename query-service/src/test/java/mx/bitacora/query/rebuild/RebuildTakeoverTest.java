package mx.bitacora.query.rebuild;

import static mx.bitacora.query.testing.NetworkFacts.byAdmin;
import static mx.bitacora.query.testing.NetworkFacts.byStaffOf;
import static mx.bitacora.query.testing.NetworkFacts.issued;
import static mx.bitacora.query.testing.NetworkFacts.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import mx.bitacora.events.agency.AgencyLevel;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.Urgency;
import mx.bitacora.query.testing.LateCommits;
import mx.bitacora.query.testing.NetworkEventLog;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.QueryApi;
import mx.bitacora.query.testing.QueryServiceTest;
import mx.bitacora.query.tracking.ProcessingGroups;
import mx.bitacora.query.tracking.Projections;
import mx.bitacora.testsupport.DevTokens;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A rebuild taken over while its segments stand at different positions: one has applied an event
 * (here, passed it as not its own), the other, whose event it is, has not. The serving processor
 * goes on from each segment's token, so it must split the log into segments exactly as the rebuild
 * did, or the event falls between them and is lost for good. The audit trail splits by event, not
 * by aggregate: an event whose id and aggregate land in different segments shows it.
 *
 * <p>The interleaving is forced: the test holds the {@link Rebuilds} monitor, which a takeover
 * takes, until one segment has passed the event while the other is held on a row of the rebuild's
 * table at the event's position; the held segment's statement is then cancelled as the rebuild
 * stops, so it stops short of the event.
 */
@OwnContext
class RebuildTakeoverTest extends QueryServiceTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String GROUP = ProcessingGroups.AUDIT_TRAIL;
  private static final AgencyId DIF_BJ = new AgencyId("dif-benito-juarez");
  private static final AgencyId FISCALIA = new AgencyId("fiscalia-quintana-roo");

  @LocalServerPort int port;
  @Autowired EventStore eventStore;
  @Autowired JdbcTemplate jdbc;
  @Autowired Rebuilds rebuilds;
  @Autowired Projections projections;
  @Autowired org.axonframework.config.Configuration axon;

  @Autowired
  @Qualifier("eventSerializer")
  Serializer eventSerializer;

  @Autowired
  @Qualifier("serializer")
  Serializer serializer;

  private final String auditor = DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR");

  @Test
  void anEventOneSegmentPassedAndTheOtherHadNotApplied_isInTheTakenOverAuditTrail()
      throws Exception {
    NetworkEventLog log = new NetworkEventLog(eventStore);
    log.append(
        registered(DIF_BJ, "DIF Benito Juárez", "DIF BJ", AgencyLevel.MUNICIPAL, "Q. Roo"),
        byAdmin());
    String lateId = UUID.randomUUID().toString();
    ReferralId referral = referralInAnotherSegmentThan(lateId);
    try (Connection late = newConnection();
        Connection holder = newConnection()) {
      late.setAutoCommit(false);
      holder.setAutoCommit(false);
      long position =
          LateCommits.appendWithoutCommitting(
              late,
              eventSerializer,
              "Referral",
              referral.toString(),
              lateId,
              issued(referral, FISCALIA, DIF_BJ, Urgency.ROUTINE),
              byStaffOf(FISCALIA));
      String onTimeId =
          log.append(
              issued(new ReferralId(UUID.randomUUID()), FISCALIA, DIF_BJ, Urgency.ROUTINE),
              byStaffOf(FISCALIA));

      synchronized (rebuilds) { // a takeover waits for this monitor
        rebuilds.start(GROUP);
        awaitTakeoverWaiting(); // every segment caught up, the late event a gap in each
        holdRebuildRowAt(holder, position);
        late.commit();
        awaitSomeoneWaitingOn(holder); // the segment whose event it is, applying it
        await().atMost(WAIT).until(() -> someRebuildSegmentHasSeen(position));
      }
      await().atMost(WAIT).until(() -> state().equals("TAKING_OVER"));
      cancelStatementsWaitingOn(holder); // the held segment stops short of the event
      await().atMost(WAIT).until(() -> state().equals("DONE"));
      holder.rollback();

      QueryApi api = new QueryApi(port);
      await().atMost(WAIT).until(() -> eventIds(api).contains(onTimeId));
      assertThat(eventIds(api)).contains(lateId);
      long head =
          jdbc.queryForObject(
              "SELECT max(global_index) FROM event_store.domain_event_entry", Long.class);
      assertThat(trail(api, "notOlderThan=" + head)).isEqualTo(trail(api, "asOfPosition=" + head));
    }
  }

  @Test
  void everyGroup_isRebuiltWithTheSequencingItIsServedWith() {
    assertThat(projections.groups())
        .containsExactlyInAnyOrder(
            ProcessingGroups.SHELTER_DELIVERIES,
            ProcessingGroups.REFERRALS,
            ProcessingGroups.AUDIT_TRAIL,
            ProcessingGroups.AGENCIES,
            ProcessingGroups.TRAINING,
            ProcessingGroups.ENROLMENTS,
            ProcessingGroups.PROJECTS,
            ProcessingGroups.SHELTERS,
            ProcessingGroups.BREAK_GLASS_REVIEWS,
            ProcessingGroups.INBOX,
            ProcessingGroups.COMMITMENTS,
            ProcessingGroups.REVIEWS);
    for (String group : projections.groups()) {
      Class<?> rebuiltWith = axon.eventProcessingConfiguration().sequencingPolicy(group).getClass();
      TrackingEventProcessor serving =
          axon.eventProcessingConfiguration()
              .eventProcessor(group, TrackingEventProcessor.class)
              .orElseThrow();
      assertThat(policiesOf(serving.eventHandlerInvoker()))
          .as(group)
          .isNotEmpty()
          .allMatch(rebuiltWith::equals);
    }
    assertThat(axon.eventProcessingConfiguration().sequencingPolicy(GROUP).getClass())
        .isNotEqualTo(SequentialPerAggregatePolicy.class);
  }

  private static List<Class<?>> policiesOf(EventHandlerInvoker invoker) {
    if (invoker instanceof MultiEventHandlerInvoker multi) {
      return multi.delegates().stream().flatMap(delegate -> policiesOf(delegate).stream()).toList();
    }
    return List.of(((SimpleEventHandlerInvoker) invoker).getSequencingPolicy().getClass());
  }

  /** A referral whose id falls in the other of two segments than {@code eventId} does. */
  private static ReferralId referralInAnotherSegmentThan(String eventId) {
    while (true) {
      ReferralId referral = new ReferralId(UUID.randomUUID());
      if ((referral.toString().hashCode() & 1) != (eventId.hashCode() & 1)) {
        return referral;
      }
    }
  }

  private void awaitTakeoverWaiting() {
    // Other cached application contexts of the test JVM may have takeover threads of their own;
    // only this context's can be blocked on the monitor the test holds.
    await()
        .atMost(WAIT)
        .until(
            () ->
                Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(
                        thread ->
                            thread.getName().equals("rebuild-takeover")
                                && thread.getState() == Thread.State.BLOCKED));
  }

  /** An uncommitted row at {@code position} of the rebuild's table: its writer waits for it. */
  private static void holdRebuildRowAt(Connection holder, long position) throws SQLException {
    try (PreparedStatement insert =
        holder.prepareStatement(
            "INSERT INTO rebuild.audit_trail (position, event_id, event_type, aggregate_type,"
                + " sequence_number, recorded_at, actor_roles, agencies)"
                + " VALUES (?, 'held', 'Held', 'Held', 0, now(), '{}', '{}')")) {
      insert.setLong(1, position);
      insert.executeUpdate();
    }
  }

  private void awaitSomeoneWaitingOn(Connection holder) {
    await().atMost(WAIT).until(() -> blockedBy(holder, "count(*)") > 0);
  }

  private void cancelStatementsWaitingOn(Connection holder) throws SQLException {
    assertThat(blockedBy(holder, "count(pg_cancel_backend(pid))")).isPositive();
  }

  private long blockedBy(Connection holder, String what) throws SQLException {
    try (Connection observer = newConnection();
        Statement query = observer.createStatement();
        ResultSet blocked =
            query.executeQuery(
                "SELECT "
                    + what
                    + " FROM pg_stat_activity WHERE "
                    + pid(holder)
                    + " = ANY (pg_blocking_pids(pid))")) {
      blocked.next();
      return blocked.getLong(1);
    }
  }

  private static int pid(Connection connection) throws SQLException {
    try (Statement query = connection.createStatement();
        ResultSet pid = query.executeQuery("SELECT pg_backend_pid()")) {
      pid.next();
      return pid.getInt(1);
    }
  }

  /** Whether a segment of the rebuild has committed past {@code position}, not leaving it a gap. */
  private boolean someRebuildSegmentHasSeen(long position) {
    List<TrackingToken> tokens =
        jdbc.query(
            "SELECT token, token_type FROM read_model.token_entry WHERE processor_name = ?",
            (row, index) ->
                row.getBytes("token") == null
                    ? null
                    : serializer.<byte[], TrackingToken>deserialize(
                        new SimpleSerializedObject<>(
                            row.getBytes("token"),
                            byte[].class,
                            row.getString("token_type"),
                            null)),
            Rebuild.processorName(GROUP));
    return tokens.stream()
        .map(token -> token == null ? null : WrappedToken.unwrapLowerBound(token))
        .anyMatch(
            token ->
                token instanceof GapAwareTrackingToken gapAware
                    && gapAware.getIndex() >= position
                    && !gapAware.getGaps().contains(position));
  }

  private String state() {
    return rebuilds.progress(GROUP).orElseThrow().state().name();
  }

  private List<String> eventIds(QueryApi api) {
    List<String> ids = new ArrayList<>();
    trail(api, "").get("events").forEach(entry -> ids.add(entry.get("eventId").asText()));
    return ids;
  }

  private JsonNode trail(QueryApi api, String query) {
    String path = "/audit-trail?limit=500" + (query.isEmpty() ? "" : "&" + query);
    QueryApi.Answer answer = api.get(path, auditor);
    assertThat(answer.status()).as(path).isEqualTo(200);
    return answer.body();
  }
}
