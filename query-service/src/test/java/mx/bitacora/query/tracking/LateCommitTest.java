package mx.bitacora.query.tracking;

import static mx.bitacora.query.shelterdeliveries.TestDeliveries.byUnodcStaff;
import static mx.bitacora.query.shelterdeliveries.TestDeliveries.newDelivery;
import static mx.bitacora.query.shelterdeliveries.TestDeliveries.newShelter;
import static mx.bitacora.query.shelterdeliveries.TestDeliveries.planned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.query.shelterdeliveries.DeliveryEventLog;
import mx.bitacora.query.testing.LateCommits;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.QueryApi;
import mx.bitacora.query.testing.QueryServiceTest;
import mx.bitacora.testsupport.DevTokens;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Axon's gap handling with the shipped tracking processor and 20 ms fetch delay: an event whose
 * transaction commits after a later-numbered event is already projected (a deliberately slow
 * transaction) still reaches the projection; the lowered fetch delay skips nothing.
 */
@OwnContext
class LateCommitTest extends QueryServiceTest {

  @LocalServerPort int port;
  @Autowired EventStore eventStore;

  @Autowired
  @Qualifier("eventSerializer")
  Serializer serializer;

  private final String auditor = DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR");

  @Test
  void anEventCommittedAfterALaterOne_isStillProjected() throws Exception {
    QueryApi api = new QueryApi(port);
    ShelterId shelter = newShelter();
    DeliveryId late = newDelivery();
    DeliveryId onTime = newDelivery();
    try (Connection slow = newConnection()) {
      slow.setAutoCommit(false);
      LateCommits.appendWithoutCommitting(
          slow,
          serializer,
          DeliveryEventLog.AGGREGATE_TYPE,
          late.toString(),
          planned(late, shelter),
          byUnodcStaff("req-late"));
      new DeliveryEventLog(eventStore)
          .append(planned(onTime, shelter), byUnodcStaff("req-on-time"));

      await().atMost(LAG).until(() -> api.get("/deliveries/" + onTime, auditor).status() == 200);
      assertThat(api.get("/deliveries/" + late, auditor).status()).isEqualTo(404);
      slow.commit();
    }

    await().atMost(LAG).until(() -> api.get("/deliveries/" + late, auditor).status() == 200);
  }
}
