package mx.bitacora.query.deadletters;

import static mx.bitacora.query.testing.NetworkFacts.byStaffOf;
import static mx.bitacora.query.testing.NetworkFacts.planned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.ProjectionTest;
import mx.bitacora.query.testing.QueryApi;
import mx.bitacora.query.testing.QueryApi.Answer;
import mx.bitacora.testsupport.DevTokens;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An event that cannot be read, and one a projection cannot apply, never freeze the record: the
 * audit trail shows a row at the unreadable event's position and continues past it; the dead
 * letters are listed to administrators, retried once the cause is gone, or resolved with a reason
 * that the audit trail then shows; health reports them (issue 13).
 */
@OwnContext
class DeadLettersApiTest extends ProjectionTest {

  private static final AgencyId UNODC = new AgencyId("unodc-mexico");
  private static final AgencyId INL = new AgencyId("inl");
  private static final AgencyId DIF = new AgencyId("dif-benito-juarez");
  private static final ShelterId CAT_CANCUN = new ShelterId("cat-cancun");

  @LocalServerPort int port;

  @Autowired
  @Qualifier("eventSerializer")
  Serializer serializer;

  private final String admin = DevTokens.mint("admin-1", "segob", "PLATFORM_ADMIN");
  private final String auditor = DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR");
  private final String staff = DevTokens.mint("dif-1", "dif-benito-juarez", "AGENCY_STAFF");

  @Test
  void aPoisonEvent_leavesTheTrailReadablePastIt_andIsListedAndResolvable() throws Exception {
    QueryApi api = new QueryApi(port);
    DeliveryId before = new DeliveryId(UUID.randomUUID());
    log.append(planned(before, null, INL, UNODC, CAT_CANCUN, DIF, 5), byStaffOf(UNODC));
    long poison = appendUnreadablePlan();
    List<DeliveryId> after = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      DeliveryId delivery = new DeliveryId(UUID.randomUUID());
      log.append(planned(delivery, null, INL, UNODC, CAT_CANCUN, DIF, 5), byStaffOf(UNODC));
      after.add(delivery);
    }
    long head =
        jdbc.queryForObject(
            "SELECT max(global_index) FROM event_store.domain_event_entry", Long.class);

    await()
        .atMost(LAG)
        .until(
            () ->
                api.get("/audit-trail?after=0&limit=100", auditor).body().get("events").size()
                    == head);
    JsonNode events = api.get("/audit-trail?after=0&limit=100", auditor).body().get("events");
    JsonNode unreadable = entryAt(events, poison);
    assertThat(unreadable.path("eventType").asText()).isEqualTo("DeliveryPlannedEvent");
    assertThat(unreadable.path("sequenceNumber").asLong()).isZero();
    assertThat(unreadable.path("unreadable").path("cause").asText()).isNotBlank();
    assertThat(entryAt(events, head).path("unreadable").isNull()).isTrue();
    await().atMost(LAG).until(() -> api.get("/deliveries/" + after.get(2), staff).status() == 200);

    await()
        .atMost(LAG)
        .untilAsserted(
            () ->
                assertThat(groupsOf(api.get("/admin/dead-letters", admin).body(), poison))
                    .contains("audit-trail", "shelter-deliveries"));
    assertThat(api.get("/admin/dead-letters", auditor).status()).isEqualTo(403);
    assertThat(api.post("/admin/dead-letters/audit-trail/retry", auditor, "", "es").status())
        .isEqualTo(403);
    assertThat(
            api.post(
                    "/admin/dead-letters/audit-trail/" + eventIdAt(poison) + "/resolution",
                    staff,
                    "{\"reason\": \"no soy administradora\"}",
                    "es")
                .status())
        .isEqualTo(403);
    assertThat(api.get("/actuator/health", null).body().path("status").asText())
        .isEqualTo("DEGRADED");

    String poisonId = eventIdAt(poison);
    Answer resolved =
        api.post(
            "/admin/dead-letters/audit-trail/" + poisonId + "/resolution",
            admin,
            "{\"reason\": \"Carga de prueba con formato inválido; no contiene un hecho real.\"}",
            "es");
    assertThat(resolved.status()).as(resolved.body().toString()).isEqualTo(200);
    JsonNode afterResolution =
        entryAt(api.get("/audit-trail?after=0&limit=100", auditor).body().get("events"), poison);
    assertThat(afterResolution.path("unreadable").path("resolution").path("reason").asText())
        .startsWith("Carga de prueba");
    assertThat(afterResolution.path("unreadable").path("resolution").path("resolvedBy").asText())
        .isEqualTo("admin-1");
    assertThat(groupsOf(api.get("/admin/dead-letters", admin).body(), poison))
        .doesNotContain("audit-trail");
    assertThat(
            api.post(
                    "/admin/dead-letters/audit-trail/" + poisonId + "/resolution",
                    admin,
                    "{\"reason\": \"otra vez\"}",
                    "es")
                .status())
        .isEqualTo(404);
  }

  @Test
  void aDeadLetter_isAppliedByARetry_onceItsCauseIsGone() {
    QueryApi api = new QueryApi(port);
    DeliveryId refused = new DeliveryId(UUID.randomUUID());
    // A fault the projection cannot get past: its table refuses this one delivery.
    jdbc.execute(
        """
        CREATE FUNCTION refuse_delivery() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'refused for the test'; END $$;
        CREATE TRIGGER refuse_delivery BEFORE INSERT ON read_model.shelter_delivery
          FOR EACH ROW WHEN (NEW.delivery_id = '%s') EXECUTE FUNCTION refuse_delivery();
        """
            .formatted(refused));
    log.append(planned(refused, null, INL, UNODC, CAT_CANCUN, DIF, 5), byStaffOf(UNODC));
    DeliveryId next = new DeliveryId(UUID.randomUUID());
    log.append(planned(next, null, INL, UNODC, CAT_CANCUN, DIF, 5), byStaffOf(UNODC));
    await().atMost(LAG).until(() -> api.get("/deliveries/" + next, staff).status() == 200);
    assertThat(api.get("/deliveries/" + refused, staff).status()).isEqualTo(404);

    Answer stillFailing = api.post("/admin/dead-letters/shelter-deliveries/retry", admin, "", "es");
    assertThat(stillFailing.body().path("stillPending").asLong()).isPositive();

    jdbc.execute("DROP TRIGGER refuse_delivery ON read_model.shelter_delivery");
    Answer retried = api.post("/admin/dead-letters/shelter-deliveries/retry", admin, "", "es");

    assertThat(retried.status()).isEqualTo(200);
    assertThat(retried.body().path("applied").asInt()).isPositive();
    assertThat(api.get("/deliveries/" + refused, staff).status()).isEqualTo(200);
  }

  /** A delivery plan whose stored payload cannot be read (its id is not a UUID). */
  private long appendUnreadablePlan() {
    byte[] metaData = serializer.serialize(MetaData.from(byStaffOf(UNODC)), byte[].class).getData();
    return jdbc.queryForObject(
        """
        INSERT INTO event_store.domain_event_entry (event_identifier, meta_data, payload,
            payload_revision, payload_type, time_stamp, aggregate_identifier, sequence_number, type)
        VALUES (?, ?, ?, NULL, 'mx.bitacora.events.delivery.DeliveryPlannedEvent', ?, ?, 0,
            'Delivery')
        RETURNING global_index
        """,
        Long.class,
        UUID.randomUUID().toString(),
        metaData,
        "{\"deliveryId\": \"no-es-un-uuid\"}".getBytes(StandardCharsets.UTF_8),
        Instant.now().toString(),
        "poison-" + UUID.randomUUID());
  }

  private String eventIdAt(long position) {
    return jdbc.queryForObject(
        "SELECT event_identifier FROM event_store.domain_event_entry WHERE global_index = ?",
        String.class,
        position);
  }

  private static JsonNode entryAt(JsonNode events, long position) {
    for (JsonNode event : events) {
      if (event.path("position").asLong() == position) {
        return event;
      }
    }
    throw new AssertionError("no audit-trail entry at " + position);
  }

  private static List<String> groupsOf(JsonNode deadLetters, long position) {
    List<String> groups = new ArrayList<>();
    for (JsonNode letter : deadLetters) {
      if (letter.path("position").asLong() == position) {
        groups.add(letter.path("processingGroup").asText());
      }
    }
    return groups;
  }
}
