package mx.bitacora.command.delivery;

import static mx.bitacora.command.delivery.DeliveryTestData.DIF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.bitacora.command.CommandServiceTest;
import mx.bitacora.events.common.Official;
import mx.bitacora.events.delivery.DeliveryDispatchedEvent;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.delivery.DeliveryPlannedEvent;
import mx.bitacora.events.delivery.DeliveryReceiptAcknowledgedEvent;
import mx.bitacora.testsupport.DevTokens;
import mx.bitacora.testsupport.FreshDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An event stored in an earlier shape (a receipt whose {@code receivedBy} was only a title, before
 * revisions) is read in its current shape, both by readers of the log and by the aggregate.
 */
@CommandServiceTest
class EventUpcastingTest {

  private static final FreshDatabase DATABASE = FreshDatabase.create("upcasting");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", DATABASE::jdbcUrl);
    registry.add("spring.datasource.username", DATABASE::username);
    registry.add("spring.datasource.password", DATABASE::password);
  }

  @Autowired private JdbcTemplate jdbc;
  @Autowired private ObjectMapper json;
  @Autowired private EventStore eventStore;
  @Autowired private TestRestTemplate http;

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
      DeliveryId id, long sequence, Class<?> type, String revision, String payload, String agency)
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
