package mx.bitacora.command.delivery;

import static mx.bitacora.command.delivery.DeliveryTestData.DIF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import mx.bitacora.command.CommandServiceTest;
import mx.bitacora.events.common.Official;
import mx.bitacora.events.delivery.DeliveryDispatchedEvent;
import mx.bitacora.events.delivery.DeliveryFactCorrectedEvent;
import mx.bitacora.events.delivery.DeliveryFactKind;
import mx.bitacora.events.delivery.DeliveryFactVoidedEvent;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.delivery.DeliveryPlannedEvent;
import mx.bitacora.events.delivery.DeliveryReceiptAcknowledgedEvent;
import mx.bitacora.events.referral.ReferralAcceptedEvent;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralStepKind;
import mx.bitacora.events.referral.ReferralStepVoidedEvent;
import mx.bitacora.events.training.AttendanceRecordedEvent;
import mx.bitacora.events.training.TrainingCompletedEvent;
import mx.bitacora.events.training.TrainingFactCorrectedEvent;
import mx.bitacora.events.training.TrainingFactKind;
import mx.bitacora.events.training.TrainingFactVoidedEvent;
import mx.bitacora.events.training.TrainingSessionId;
import mx.bitacora.testsupport.DevTokens;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Events stored in earlier shapes (a receipt whose {@code receivedBy} was only a title, before
 * revisions; corrections and voidings that did not name their original's kind, revision 1) are read
 * in their current shape, both by readers of the log and by the aggregate.
 */
@CommandServiceTest
class EventUpcastingTest {

  @Autowired private JdbcTemplate jdbc;
  @Autowired private ObjectMapper json;
  @Autowired private EventStore eventStore;
  @Autowired private TestRestTemplate http;
  @Autowired private DataSource dataSource;

  @Test
  void aReceiptStoredWithATitleOnly_readsAsAnOfficialOfTheActingAgency() throws Exception {
    DeliveryId id = new DeliveryId(UUID.randomUUID());
    DeliveryPlannedEvent planned = DeliveryTestData.planned();
    store(
        id,
        0,
        DeliveryPlannedEvent.class,
        "1",
        json.writeValueAsString(withId(planned, id)),
        "unodc-mexico");
    store(
        id,
        1,
        DeliveryDispatchedEvent.class,
        "1",
        "{\"deliveryId\":\"" + id + "\",\"dispatchedOn\":\"2022-10-21\"}",
        "unodc-mexico");
    store(
        id,
        2,
        DeliveryReceiptAcknowledgedEvent.class,
        null,
        "{\"deliveryId\":\""
            + id
            + "\",\"receivedBy\":\"Responsable del CAT\","
            + "\"receivedOn\":\"2022-10-21\",\"discrepancies\":[]}",
        "dif-benito-juarez");

    List<? extends DomainEventMessage<?>> events =
        eventStore.readEvents(id.toString()).asStream().toList();

    assertThat(events.get(2).getPayload())
        .isEqualTo(
            new DeliveryReceiptAcknowledgedEvent(
                id, new Official("Responsable del CAT", DIF), planned.occurredOn(), List.of()));
    assertThat(events.get(2).getPayloadType()).isEqualTo(DeliveryReceiptAcknowledgedEvent.class);
  }

  @Test
  void theAggregate_loadsEventsStoredInTheEarlierShape() throws Exception {
    DeliveryId id = new DeliveryId(UUID.randomUUID());
    store(
        id,
        0,
        DeliveryPlannedEvent.class,
        "1",
        json.writeValueAsString(withId(DeliveryTestData.planned(), id)),
        "unodc-mexico");
    store(
        id,
        1,
        DeliveryDispatchedEvent.class,
        "1",
        "{\"deliveryId\":\"" + id + "\",\"dispatchedOn\":\"2022-10-21\"}",
        "unodc-mexico");
    store(
        id,
        2,
        DeliveryReceiptAcknowledgedEvent.class,
        null,
        "{\"deliveryId\":\""
            + id
            + "\",\"receivedBy\":\"Responsable del CAT\","
            + "\"receivedOn\":\"2022-10-21\",\"discrepancies\":[]}",
        "dif-benito-juarez");
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(DevTokens.mint("dif-1", "dif-benito-juarez", "AGENCY_STAFF"));
    headers.setContentType(MediaType.APPLICATION_JSON);

    var answer =
        http.exchange(
            "/deliveries/" + id + "/receipt",
            HttpMethod.POST,
            new HttpEntity<>("{\"receivedByTitle\":\"x\",\"receivedOn\":\"2022-10-22\"}", headers),
            String.class);

    assertThat(answer.getStatusCode().value()).isEqualTo(409);
    assertThat(answer.getBody()).contains("DELIVERY_ALREADY_RECEIVED");
  }

  @Test
  void correctionsAndVoidingsStoredWithoutTheirKind_readWithTheKindOfTheirOriginal()
      throws Exception {
    DeliveryId id = new DeliveryId(UUID.randomUUID());
    storeOldDelivery(id);
    TrainingSessionId session = new TrainingSessionId(UUID.randomUUID());
    String staff = "\"trainingSessionId\":\"" + session + "\",\"staffId\":\"dif-bj-0042\"";
    String original = "\"original\":{\"eventId\":\"x\",\"sequenceNumber\":";
    store(session, 0, AttendanceRecordedEvent.class, "1", "{" + staff + "}", "unodc-mexico");
    store(
        session,
        1,
        TrainingCompletedEvent.class,
        "1",
        "{" + staff + ",\"hoursCompleted\":8,\"certificateReference\":\"C-1\"}",
        "unodc-mexico");
    store(
        session,
        2,
        TrainingFactVoidedEvent.class,
        "1",
        "{" + staff + "," + original + "0},\"reason\":\"duplicada\"}",
        "unodc-mexico");
    store(
        session,
        3,
        TrainingFactCorrectedEvent.class,
        "1",
        "{"
            + staff
            + ","
            + original
            + "1},\"reason\":\"horas\",\"hoursCompleted\":6,"
            + "\"certificateReference\":\"C-1\"}",
        "unodc-mexico");
    ReferralId referral = new ReferralId(UUID.randomUUID());
    store(
        referral,
        0,
        ReferralAcceptedEvent.class,
        "1",
        "{\"referralId\":\"" + referral + "\"}",
        "dif-benito-juarez");
    store(
        referral,
        1,
        ReferralStepVoidedEvent.class,
        "1",
        "{\"referralId\":\"" + referral + "\"," + original + "0},\"reason\":\"error\"}",
        "dif-benito-juarez");
    fillLegacyVoidedFactKinds();

    List<Object> delivery = payloads(id);
    List<Object> training = payloads(session);
    List<Object> referralSteps = payloads(referral);

    assertThat(((DeliveryFactCorrectedEvent) delivery.get(2)).originalKind())
        .isEqualTo(DeliveryFactKind.DISPATCH);
    assertThat(((DeliveryFactCorrectedEvent) delivery.get(4)).originalKind())
        .isEqualTo(DeliveryFactKind.RECEIPT);
    assertThat(((DeliveryFactVoidedEvent) delivery.get(5)).originalKind())
        .isEqualTo(DeliveryFactKind.RECEIPT);
    assertThat(((TrainingFactVoidedEvent) training.get(2)).originalKind())
        .isEqualTo(TrainingFactKind.ATTENDANCE);
    assertThat(((TrainingFactCorrectedEvent) training.get(3)).originalKind())
        .isEqualTo(TrainingFactKind.COMPLETION);
    assertThat(((ReferralStepVoidedEvent) referralSteps.get(1)).originalKind())
        .isEqualTo(ReferralStepKind.ACCEPTANCE);
  }

  @Test
  void theAggregate_undoesWhatAVoidingStoredWithoutItsKindVoided() throws Exception {
    DeliveryId id = new DeliveryId(UUID.randomUUID());
    storeOldDelivery(id);
    fillLegacyVoidedFactKinds();
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(DevTokens.mint("dif-1", "dif-benito-juarez", "AGENCY_STAFF"));
    headers.setContentType(MediaType.APPLICATION_JSON);

    var answer =
        http.exchange(
            "/deliveries/" + id + "/receipt",
            HttpMethod.POST,
            new HttpEntity<>("{\"receivedByTitle\":\"x\",\"receivedOn\":\"2022-10-23\"}", headers),
            String.class);

    // The stored receipt was voided: the delivery takes a receipt again.
    assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isTrue();
  }

  /**
   * A delivery in revision-1 shapes: planned, dispatched, the dispatch corrected, received, the
   * receipt corrected and then voided.
   */
  private void storeOldDelivery(DeliveryId id) throws Exception {
    String deliveryId = "\"deliveryId\":\"" + id + "\"";
    String original = "\"original\":{\"eventId\":\"x\",\"sequenceNumber\":";
    store(
        id,
        0,
        DeliveryPlannedEvent.class,
        "1",
        json.writeValueAsString(withId(DeliveryTestData.planned(), id)),
        "unodc-mexico");
    store(
        id,
        1,
        DeliveryDispatchedEvent.class,
        "1",
        "{" + deliveryId + ",\"dispatchedOn\":\"2022-10-20\"}",
        "unodc-mexico");
    store(
        id,
        2,
        DeliveryFactCorrectedEvent.class,
        "1",
        "{"
            + deliveryId
            + ","
            + original
            + "1},\"reason\":\"fecha\","
            + "\"businessDate\":\"2022-10-21\",\"items\":null,\"discrepancies\":null}",
        "unodc-mexico");
    store(
        id,
        3,
        DeliveryReceiptAcknowledgedEvent.class,
        "1",
        "{"
            + deliveryId
            + ",\"receivedBy\":{\"title\":\"CAT\",\"agency\":\"dif-benito-juarez\"},"
            + "\"receivedOn\":\"2022-10-21\",\"discrepancies\":[]}",
        "dif-benito-juarez");
    store(
        id,
        4,
        DeliveryFactCorrectedEvent.class,
        "1",
        "{"
            + deliveryId
            + ","
            + original
            + "3},\"reason\":\"fecha\","
            + "\"businessDate\":\"2022-10-22\",\"discrepancies\":[]}",
        "dif-benito-juarez");
    store(
        id,
        5,
        DeliveryFactVoidedEvent.class,
        "1",
        "{" + deliveryId + "," + original + "3},\"reason\":\"no era\"}",
        "dif-benito-juarez");
  }

  /** What migration V10 did at deployment, for the old-shape events this test stored since. */
  private void fillLegacyVoidedFactKinds() {
    new ResourceDatabasePopulator(
            new ClassPathResource("db/migration/event_store/V10__legacy_voided_fact_kinds.sql"))
        .execute(dataSource);
  }

  private List<Object> payloads(Object aggregateId) {
    return eventStore
        .readEvents(aggregateId.toString())
        .asStream()
        .map(event -> (Object) event.getPayload())
        .toList();
  }

  private static DeliveryPlannedEvent withId(DeliveryPlannedEvent event, DeliveryId id) {
    return new DeliveryPlannedEvent(
        id,
        event.projectId(),
        event.fundingAgency(),
        event.deliveringAgencies(),
        event.receivingShelter(),
        event.receivingAgency(),
        event.occurredOn(),
        event.items(),
        event.witnesses());
  }

  private void store(
      Object id, long sequence, Class<?> type, String revision, String payload, String agency)
      throws Exception {
    byte[] metadata =
        json.writeValueAsString(Map.of("actor", "legacy-user", "actorAgency", agency))
            .getBytes(StandardCharsets.UTF_8);
    jdbc.update(
        "insert into event_store.domain_event_entry (event_identifier, aggregate_identifier,"
            + " sequence_number, type, time_stamp, payload_type, payload_revision, payload,"
            + " meta_data) values (?, ?, ?, 'Delivery', ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(),
        id.toString(),
        sequence,
        Instant.now().toString(),
        type.getName(),
        revision,
        payload.getBytes(StandardCharsets.UTF_8),
        metadata);
  }
}
