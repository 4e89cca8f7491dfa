package mx.bitacora.query.tracking;

import static mx.bitacora.query.shelterdeliveries.TestDeliveries.byUnodcStaff;
import static mx.bitacora.query.shelterdeliveries.TestDeliveries.newDelivery;
import static mx.bitacora.query.shelterdeliveries.TestDeliveries.newShelter;
import static mx.bitacora.query.shelterdeliveries.TestDeliveries.planned;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.query.shelterdeliveries.DeliveryEventLog;
import mx.bitacora.query.testing.LateCommits;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.QueryApi;
import mx.bitacora.query.testing.QueryServiceTest;
import mx.bitacora.testsupport.DevTokens;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The processors read an append committed by another process (command-service) as soon as its
 * commit is announced, not at their next poll: the poll here comes only once a minute. An append
 * whose announcement is suppressed (the event table's triggers switched off for its transaction)
 * waits, and is read with the next announced one.
 */
@OwnContext
@TestPropertySource(properties = {"bitacora.event-store.fetch-delay=60s"})
class WakeOnAppendTest extends QueryServiceTest {

  private static final Duration WELL_BEFORE_THE_NEXT_POLL = Duration.ofSeconds(15);

  @LocalServerPort int port;

  @Autowired
  @Qualifier("eventSerializer")
  Serializer serializer;

  private final String auditor = DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR");

  @Test
  void anAppendCommittedElsewhere_isProjectedWhenItsCommitIsAnnounced_notAtTheNextPoll()
      throws Exception {
    QueryApi api = new QueryApi(port);
    ShelterId shelter = newShelter();

    DeliveryId first = newDelivery();
    appendElsewhere(first, shelter, true);
    await()
        .atMost(WELL_BEFORE_THE_NEXT_POLL)
        .until(() -> api.get("/deliveries/" + first, auditor).status() == 200);

    DeliveryId unannounced = newDelivery();
    appendElsewhere(unannounced, shelter, false);
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(4))
        .until(() -> api.get("/deliveries/" + unannounced, auditor).status() == 404);

    DeliveryId next = newDelivery();
    appendElsewhere(next, shelter, true);
    await()
        .atMost(WELL_BEFORE_THE_NEXT_POLL)
        .until(
            () ->
                api.get("/deliveries/" + next, auditor).status() == 200
                    && api.get("/deliveries/" + unannounced, auditor).status() == 200);
  }

  /** Appends and commits as command-service would, from a connection of its own. */
  private void appendElsewhere(DeliveryId delivery, ShelterId shelter, boolean announced)
      throws SQLException {
    try (Connection connection = newConnection()) {
      connection.setAutoCommit(false);
      if (!announced) {
        try (Statement statement = connection.createStatement()) {
          // Superuser only: no trigger fires in this transaction, so no NOTIFY is sent.
          statement.execute("SET LOCAL session_replication_role = replica");
        }
      }
      LateCommits.appendWithoutCommitting(
          connection,
          serializer,
          DeliveryEventLog.AGGREGATE_TYPE,
          delivery.toString(),
          planned(delivery, shelter),
          byUnodcStaff("req-" + delivery));
      connection.commit();
    }
  }
}
