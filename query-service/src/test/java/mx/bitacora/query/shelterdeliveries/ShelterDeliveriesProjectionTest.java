package mx.bitacora.query.shelterdeliveries;

import static mx.bitacora.query.shelterdeliveries.TestDeliveries.acknowledgedTwoKitsShort;
import static mx.bitacora.query.shelterdeliveries.TestDeliveries.byShelterStaff;
import static mx.bitacora.query.shelterdeliveries.TestDeliveries.byUnodcStaff;
import static mx.bitacora.query.shelterdeliveries.TestDeliveries.dispatched;
import static mx.bitacora.query.shelterdeliveries.TestDeliveries.newDelivery;
import static mx.bitacora.query.shelterdeliveries.TestDeliveries.newShelter;
import static mx.bitacora.query.shelterdeliveries.TestDeliveries.planned;
import static mx.bitacora.query.shelterdeliveries.TestDeliveries.plannedWithImpossibleQuantity;
import static mx.bitacora.query.shelterdeliveries.TestDeliveries.voided;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import mx.bitacora.events.common.CorrectedFact;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryFactCorrectedEvent;
import mx.bitacora.events.delivery.DeliveryFactKind;
import mx.bitacora.events.delivery.DeliveryFactVoidedEvent;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.delivery.ItemDiscrepancy;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.ProjectionReplay;
import mx.bitacora.query.testing.QueryApi;
import mx.bitacora.query.testing.QueryServiceTest;
import mx.bitacora.query.tracking.ProcessingGroups;
import mx.bitacora.testsupport.DevTokens;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shelter-deliveries projection end to end: events appended to the event store, tailed by the
 * pooled processor into PostgreSQL, read back through the REST API.
 */
@OwnContext
class ShelterDeliveriesProjectionTest extends QueryServiceTest {

  @LocalServerPort int port;
  @Autowired EventStore eventStore;
  @Autowired EventProcessingConfiguration processing;
  @Autowired TokenStore tokenStore;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  private QueryApi api;
  private DeliveryEventLog log;
  private final String auditor = DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR");

  @BeforeEach
  void connect() {
    api = new QueryApi(port);
    log = new DeliveryEventLog(eventStore);
  }

  @Test
  void shelterList_showsAcknowledgedQuantities_withTheDiscrepancyOnItsLine() {
    ShelterId shelter = newShelter();
    DeliveryId delivery = newDelivery();
    log.append(planned(delivery, shelter), byUnodcStaff("req-plan-0001"));
    log.append(dispatched(delivery), byUnodcStaff("req-dispatch-0001"));
    log.append(acknowledgedTwoKitsShort(delivery), byShelterStaff("req-ack-0001"));

    JsonNode listed = awaitListed(shelter, delivery, "ACKNOWLEDGED");

    assertThat(listed.get("receivingAgency").asText()).isEqualTo("dif-benito-juarez");
    assertThat(listed.get("fundingAgency").asText()).isEqualTo("inl");
    assertThat(listed.get("deliveringAgencies").get(0).asText()).isEqualTo("unodc-mexico");
    assertThat(listed.get("occurredOn").asText()).isEqualTo("2022-10-21");
    assertThat(listed.get("receivedOn").asText()).isEqualTo("2022-10-21");
    JsonNode items = listed.get("items");
    assertThat(items).hasSize(3);
    assertThat(quantities(items, "plannedQuantity")).containsExactly(20.0, 50.0, 20.0);
    assertThat(quantities(items, "acknowledgedQuantity")).containsExactly(20.0, 48.0, 20.0);
    assertThat(items.get(1).get("discrepancyNote").asText()).isEqualTo("Dos kits llegaron dañados");
    assertThat(items.get(0).get("discrepancyNote").isNull()).isTrue();
  }

  @Test
  void detail_showsTheFullHistoryInOrder_withWhoRecordedEachFactAndForWhichRequest() {
    ShelterId shelter = newShelter();
    DeliveryId delivery = newDelivery();
    Instant before = Instant.now();
    log.append(planned(delivery, shelter), byUnodcStaff("req-plan-0002"));
    log.append(dispatched(delivery), byUnodcStaff("req-dispatch-0002"));
    log.append(acknowledgedTwoKitsShort(delivery), byShelterStaff("req-ack-0002"));
    log.append(voided(delivery), byUnodcStaff("req-void-0002"));

    JsonNode detail = awaitDetail(delivery, 4);

    assertThat(detail.get("status").asText()).isEqualTo("VOIDED");
    assertThat(detail.get("voidReason").asText()).isEqualTo("Registrada dos veces por error");
    assertThat(detail.get("receivedBy").get("title").asText()).isEqualTo("Directora del CAT");
    assertThat(detail.get("witnesses")).hasSize(2);
    assertThat(detail.get("items").get(1).get("acknowledgedQuantity").asDouble()).isEqualTo(48.0);
    JsonNode history = detail.get("history");
    assertThat(texts(history, "type"))
        .containsExactly(
            "DeliveryPlannedEvent",
            "DeliveryDispatchedEvent",
            "DeliveryReceiptAcknowledgedEvent",
            "DeliveryVoidedEvent");
    assertThat(texts(history, "sequenceNumber")).containsExactly("0", "1", "2", "3");
    assertThat(texts(history, "requestId"))
        .containsExactly("req-plan-0002", "req-dispatch-0002", "req-ack-0002", "req-void-0002");
    assertThat(texts(history, "actor"))
        .containsExactly("unodc-staff-1", "unodc-staff-1", "dif-staff-7", "unodc-staff-1");
    assertThat(texts(history, "actorAgency"))
        .containsExactly("unodc-mexico", "unodc-mexico", "dif-benito-juarez", "unodc-mexico");
    assertThat(history.get(0).get("actorRoles").get(0).asText()).isEqualTo("AGENCY_STAFF");
    assertThat(history.get(0).get("correlationId").asText()).isEqualTo("corr-req-plan-0002");
    assertThat(history.get(2).get("summary").get("discrepancies").get(0).get("line").asInt())
        .isEqualTo(2);
    assertThat(history.get(3).get("summary").get("reason").asText())
        .isEqualTo("Registrada dos veces por error");
    List<Long> positions = new ArrayList<>();
    history.forEach(entry -> positions.add(entry.get("globalPosition").asLong()));
    assertThat(positions).isSorted().doesNotHaveDuplicates();
    Instant recordedAt = Instant.parse(history.get(0).get("recordedAt").asText());
    assertThat(recordedAt).isAfterOrEqualTo(before.minusSeconds(1));
    assertThat(LocalDate.parse(detail.get("occurredOn").asText()))
        .isEqualTo(TestDeliveries.OCTOBER_21_2022);
  }

  @Test
  void aReceiptCorrection_changesTheAcknowledgedQuantities_andTheHistoryListsItAndAVoidedFact() {
    ShelterId shelter = newShelter();
    DeliveryId delivery = newDelivery();
    log.append(planned(delivery, shelter), byUnodcStaff("req-plan-0020"));
    log.append(dispatched(delivery), byUnodcStaff("req-dispatch-0020"));
    log.append(acknowledgedTwoKitsShort(delivery), byShelterStaff("req-ack-0020"));
    CorrectedFact receipt = new CorrectedFact(UUID.randomUUID().toString(), 2);
    log.append(
        new DeliveryFactCorrectedEvent(
            delivery,
            receipt,
            DeliveryFactKind.RECEIPT,
            "Eran tres kits dañados",
            TestDeliveries.OCTOBER_21_2022.plusDays(1),
            null,
            List.of(new ItemDiscrepancy(2, new BigDecimal("47"), "Tres kits dañados"))),
        byShelterStaff("req-correct-0020"));

    JsonNode detail = awaitDetail(delivery, 4);

    assertThat(detail.get("status").asText()).isEqualTo("ACKNOWLEDGED");
    assertThat(detail.get("receivedOn").asText()).isEqualTo("2022-10-22");
    assertThat(quantities(detail.get("items"), "acknowledgedQuantity"))
        .containsExactly(20.0, 47.0, 20.0);
    assertThat(detail.get("items").get(1).get("discrepancyNote").asText())
        .isEqualTo("Tres kits dañados");
    JsonNode correction = detail.get("history").get(3);
    assertThat(correction.get("type").asText()).isEqualTo("DeliveryFactCorrectedEvent");
    assertThat(correction.get("summary").get("original").get("sequenceNumber").asLong())
        .isEqualTo(2);
    assertThat(correction.get("summary").get("reason").asText())
        .isEqualTo("Eran tres kits dañados");
    assertThat(correction.get("actorAgency").asText()).isEqualTo("dif-benito-juarez");

    log.append(
        new DeliveryFactVoidedEvent(
            delivery, receipt, DeliveryFactKind.RECEIPT, "Recepción registrada por error"),
        byShelterStaff("req-void-fact-0020"));

    JsonNode afterVoiding = awaitDetail(delivery, 5);
    assertThat(afterVoiding.get("status").asText()).isEqualTo("DISPATCHED");
    assertThat(afterVoiding.get("items").get(1).get("acknowledgedQuantity").isNull()).isTrue();
    assertThat(texts(afterVoiding.get("history"), "type"))
        .containsExactly(
            "DeliveryPlannedEvent",
            "DeliveryDispatchedEvent",
            "DeliveryReceiptAcknowledgedEvent",
            "DeliveryFactCorrectedEvent",
            "DeliveryFactVoidedEvent");
    assertThat(afterVoiding.get("history").get(4).get("summary").get("originalKind").asText())
        .isEqualTo("RECEIPT");
  }

  @Test
  void aVoidedDispatch_isUndoneFromTheKindTheVoidingNames_withoutReadingTheHistoryBack() {
    ShelterId shelter = newShelter();
    DeliveryId delivery = newDelivery();
    log.append(planned(delivery, shelter), byUnodcStaff("req-plan-0021"));
    log.append(dispatched(delivery), byUnodcStaff("req-dispatch-0021"));
    awaitDetail(delivery, 2);
    // The dispatch's history row no longer says what it was: only the voiding can say what it
    // voids.
    jdbc.update(
        "UPDATE read_model.delivery_history SET event_type = 'unknown'"
            + " WHERE delivery_id = ? AND sequence_number = 1",
        delivery.value());

    log.append(
        new DeliveryFactVoidedEvent(
            delivery,
            new CorrectedFact(UUID.randomUUID().toString(), 1),
            DeliveryFactKind.DISPATCH,
            "Aún no salía"),
        byUnodcStaff("req-void-fact-0021"));

    JsonNode detail = awaitDetail(delivery, 3);
    assertThat(detail.get("status").asText()).isEqualTo("PLANNED");
    assertThat(detail.get("dispatchedOn").isNull()).isTrue();
    assertThat(detail.get("history").get(2).get("summary").get("originalKind").asText())
        .isEqualTo("DISPATCH");
  }

  @Test
  void shelterList_isNewestBusinessDateFirst_pagedAndFilteredByStatus() {
    ShelterId shelter = newShelter();
    DeliveryId older = newDelivery();
    DeliveryId newer = newDelivery();
    DeliveryId newest = newDelivery();
    log.append(planned(older, shelter, LocalDate.of(2022, 9, 1)), byUnodcStaff("req-plan-0003"));
    log.append(planned(newer, shelter, LocalDate.of(2022, 10, 1)), byUnodcStaff("req-plan-0004"));
    log.append(planned(newest, shelter, LocalDate.of(2022, 11, 1)), byUnodcStaff("req-plan-0005"));
    log.append(dispatched(newer), byUnodcStaff("req-dispatch-0005"));
    awaitListed(shelter, newer, "DISPATCHED");
    awaitListed(shelter, older, "PLANNED");
    awaitListed(shelter, newest, "PLANNED");

    JsonNode firstPage = api.get(deliveriesOf(shelter) + "?page=0&size=2", auditor).body();
    JsonNode secondPage = api.get(deliveriesOf(shelter) + "?page=1&size=2", auditor).body();
    JsonNode dispatchedOnly = api.get(deliveriesOf(shelter) + "?status=DISPATCHED", auditor).body();

    assertThat(texts(firstPage.get("deliveries"), "deliveryId"))
        .containsExactly(newest.toString(), newer.toString());
    assertThat(texts(secondPage.get("deliveries"), "deliveryId")).containsExactly(older.toString());
    assertThat(firstPage.get("totalElements").asLong()).isEqualTo(3);
    assertThat(firstPage.get("totalPages").asInt()).isEqualTo(2);
    assertThat(firstPage.get("page").asInt()).isZero();
    assertThat(firstPage.get("size").asInt()).isEqualTo(2);
    assertThat(texts(dispatchedOnly.get("deliveries"), "deliveryId"))
        .containsExactly(newer.toString());
    assertThat(dispatchedOnly.get("status").asText()).isEqualTo("DISPATCHED");
    assertThat(dispatchedOnly.get("totalElements").asLong()).isEqualTo(1);
  }

  @Test
  void replayingTheWholeEventLog_restoresWhatWasLost_andDoublesNothing() {
    ShelterId shelter = newShelter();
    DeliveryId delivery = newDelivery();
    log.append(planned(delivery, shelter), byUnodcStaff("req-plan-0006"));
    log.append(dispatched(delivery), byUnodcStaff("req-dispatch-0006"));
    log.append(acknowledgedTwoKitsShort(delivery), byShelterStaff("req-ack-0006"));
    awaitDetail(delivery, 3);
    Integer historyRowsBefore =
        jdbc.queryForObject("SELECT count(*) FROM read_model.delivery_history", Integer.class);
    // Lose one history row, so that seeing it again proves the replay really ran.
    jdbc.update(
        "DELETE FROM read_model.delivery_history WHERE delivery_id = ? AND sequence_number = 1",
        delivery.value());

    DeliveryId marker = replayFromTheStart();

    JsonNode detail = awaitDetail(delivery, 3);
    assertThat(texts(detail.get("history"), "sequenceNumber")).containsExactly("0", "1", "2");
    assertThat(detail.get("status").asText()).isEqualTo("ACKNOWLEDGED");
    assertThat(quantities(detail.get("items"), "acknowledgedQuantity"))
        .containsExactly(20.0, 48.0, 20.0);
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM read_model.delivery_history WHERE delivery_id <> ?",
                Integer.class,
                marker.value()))
        .isEqualTo(historyRowsBefore);
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM read_model.shelter_delivery_item WHERE delivery_id = ?",
                Integer.class,
                delivery.value()))
        .isEqualTo(3);
    JsonNode list = api.get(deliveriesOf(shelter), auditor).body();
    assertThat(list.get("totalElements").asLong()).isEqualTo(1);
  }

  @Test
  void anEventTheDatabaseRefuses_isDeadLettered_andLaterDeliveriesStillAppear() {
    ShelterId shelter = newShelter();
    DeliveryId poisoned = newDelivery();
    DeliveryId healthy = newDelivery();
    log.append(plannedWithImpossibleQuantity(poisoned, shelter), byUnodcStaff("req-plan-0007"));
    log.append(dispatched(poisoned), byUnodcStaff("req-dispatch-0007"));
    log.append(planned(healthy, shelter), byUnodcStaff("req-plan-0008"));

    awaitListed(shelter, healthy, "PLANNED");
    await()
        .atMost(LAG)
        .untilAsserted(() -> assertThat(deadLetterCount(poisoned.toString())).isEqualTo(2));
    assertThat(api.get("/deliveries/" + poisoned, auditor).status()).isEqualTo(404);
    assertThat(api.get(deliveriesOf(shelter), auditor).body().get("totalElements").asLong())
        .isEqualTo(1);
  }

  @Test
  void anEventThatCannotBeRead_isDeadLettered_andLaterDeliveriesStillAppear() {
    ShelterId shelter = newShelter();
    String unreadable = UUID.randomUUID().toString();
    DeliveryId healthy = newDelivery();
    jdbc.update(
        """
        INSERT INTO event_store.domain_event_entry (
            event_identifier, meta_data, payload, payload_type, time_stamp,
            aggregate_identifier, sequence_number, type)
        VALUES (?, ?, ?, ?, ?, ?, 0, 'Delivery')
        """,
        UUID.randomUUID().toString(),
        "{}".getBytes(),
        ("{\"deliveryId\":\"" + unreadable + "\",\"receivingShelter\":\"NO ES UN SLUG\"}")
            .getBytes(),
        "mx.bitacora.events.delivery.DeliveryPlannedEvent",
        Instant.now().toString(),
        unreadable);
    log.append(planned(healthy, shelter), byUnodcStaff("req-plan-0009"));

    awaitListed(shelter, healthy, "PLANNED");
    await().atMost(LAG).untilAsserted(() -> assertThat(deadLetterCount(unreadable)).isEqualTo(1));
  }

  @Value("${axon.eventhandling.processors.shelter-deliveries.initial-segment-count}")
  private int configuredSegments;

  @Test
  void processorTokens_areKeptInTheReadModelSchema() {
    DeliveryId delivery = newDelivery();
    log.append(planned(delivery, newShelter()), byUnodcStaff("req-plan-0010"));
    awaitDetail(delivery, 1);

    assertThat(tokenStore.fetchSegments(ProcessingGroups.SHELTER_DELIVERIES))
        .hasSize(configuredSegments);
    assertThat(
            jdbc.queryForList(
                "SELECT DISTINCT token_type FROM read_model.token_entry"
                    + " WHERE processor_name = ? AND token IS NOT NULL",
                String.class,
                ProcessingGroups.SHELTER_DELIVERIES))
        .containsExactly("org.axonframework.eventhandling.GapAwareTrackingToken");
  }

  @Test
  void tokenUpdates_andProjectionWrites_commitOrRollBackTogether() {
    UUID delivery = UUID.randomUUID();

    new TransactionTemplate(transactions)
        .executeWithoutResult(
            transaction -> {
              tokenStore.initializeTokenSegments("atomicity-probe", 1);
              jdbc.update(
                  """
                  INSERT INTO read_model.shelter_delivery (
                      delivery_id, receiving_shelter, receiving_agency, funding_agency,
                      delivering_agencies, involved_agencies, occurred_on, status, witnesses,
                      planned_at, updated_at, last_sequence)
                  VALUES (?, 'cat-probe', 'inl', 'inl', '{}', '{inl}', DATE '2022-10-21',
                          'PLANNED', '[]', now(), now(), 0)
                  """,
                  delivery);
              transaction.setRollbackOnly();
            });

    assertThat(tokenStore.fetchSegments("atomicity-probe")).isEmpty();
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM read_model.shelter_delivery WHERE delivery_id = ?",
                Integer.class,
                delivery))
        .isZero();
  }

  /** Replays every event from the first, and returns the delivery recorded to end the replay. */
  private DeliveryId replayFromTheStart() {
    DeliveryId marker = newDelivery();
    ProjectionReplay.replayFromTheStart(
        processing,
        tokenStore,
        ProcessingGroups.SHELTER_DELIVERIES,
        () -> log.append(planned(marker, newShelter()), byUnodcStaff("req-after-reset")),
        LAG);
    return marker;
  }

  private JsonNode awaitListed(ShelterId shelter, DeliveryId delivery, String status) {
    List<JsonNode> found = new ArrayList<>();
    await()
        .atMost(LAG)
        .untilAsserted(
            () -> {
              found.clear();
              api.get(deliveriesOf(shelter) + "?size=100", auditor)
                  .body()
                  .get("deliveries")
                  .forEach(
                      listed -> {
                        if (listed.get("deliveryId").asText().equals(delivery.toString())) {
                          found.add(listed);
                        }
                      });
              assertThat(found).hasSize(1);
              assertThat(found.get(0).get("status").asText()).isEqualTo(status);
            });
    return found.get(0);
  }

  private JsonNode awaitDetail(DeliveryId delivery, int historyEntries) {
    JsonNode[] detail = new JsonNode[1];
    await()
        .atMost(LAG)
        .untilAsserted(
            () -> {
              QueryApi.Answer answer = api.get("/deliveries/" + delivery, auditor);
              assertThat(answer.status()).isEqualTo(200);
              assertThat(answer.body().get("history")).hasSize(historyEntries);
              detail[0] = answer.body();
            });
    return detail[0];
  }

  private Integer deadLetterCount(String sequenceIdentifier) {
    return ProjectionReplay.deadLetterCount(
        jdbc, ProcessingGroups.SHELTER_DELIVERIES, sequenceIdentifier);
  }

  private static String deliveriesOf(ShelterId shelter) {
    return "/shelters/" + shelter + "/deliveries";
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(element -> values.add(element.get(field).asText()));
    return values;
  }

  private static List<Double> quantities(JsonNode items, String field) {
    List<Double> values = new ArrayList<>();
    items.forEach(item -> values.add(item.get(field).asDouble()));
    return values;
  }
}
