package mx.bitacora.query.storabletext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.bitacora.events.agency.AgencyKind;
import mx.bitacora.events.agency.AgencyLevel;
import mx.bitacora.events.agency.AgencyRegisteredEvent;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.Official;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.delivery.DeliveryItem;
import mx.bitacora.events.delivery.DeliveryPlannedEvent;
import mx.bitacora.events.shelter.EncryptedLocation;
import mx.bitacora.events.shelter.ShelterKind;
import mx.bitacora.events.shelter.ShelterRegisteredEvent;
import mx.bitacora.query.testing.NetworkFacts;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.ProjectionTest;
import mx.bitacora.query.testing.QueryApi;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Events stored with U+0000 in their text (which PostgreSQL text and jsonb cannot hold) are
 * projected with U+FFFD in its place, into every view and history, and nothing is dead-lettered: a
 * record is never hidden from the agency it concerns.
 */
@OwnContext
class StorableTextProjectionTest extends ProjectionTest {

  private static final String NUL = "\u0000";
  private static final AgencyId DIF = new AgencyId("dif-benito-juarez");
  private static final AgencyId UNODC = new AgencyId("unodc-mexico");

  @LocalServerPort int port;

  @Test
  void aDeliveryWithNulInItsTexts_isProjected_andItsReceiverSeesIt() {
    ShelterId shelter = new ShelterId("cat-" + UUID.randomUUID().toString().substring(0, 8));
    DeliveryId delivery = new DeliveryId(UUID.randomUUID());
    log.append(
        new DeliveryPlannedEvent(
            delivery,
            null,
            UNODC,
            List.of(UNODC),
            shelter,
            DIF,
            NetworkFacts.OCTOBER_21_2022,
            List.of(
                new DeliveryItem(1, "Kit" + NUL + "de higiene", new BigDecimal("5"), "k" + NUL)),
            List.of(new Official("Directora" + NUL, DIF))),
        NetworkFacts.byStaffOf(UNODC));

    String difStaff = DevTokens.mint("dif-1", DIF.value(), "AGENCY_STAFF");
    QueryApi api = new QueryApi(port);
    JsonNode[] detail = new JsonNode[1];
    await()
        .atMost(LAG)
        .untilAsserted(
            () -> {
              QueryApi.Answer answer = api.get("/deliveries/" + delivery, difStaff);
              assertThat(answer.status()).isEqualTo(200);
              assertThat(answer.body().get("history")).hasSize(1);
              detail[0] = answer.body();
            });

    JsonNode item = detail[0].get("items").get(0);
    assertThat(item.get("description").asText()).isEqualTo("Kit\uFFFDde higiene");
    assertThat(item.get("unit").asText()).isEqualTo("k\uFFFD");
    assertThat(detail[0].get("witnesses").get(0).get("title").asText())
        .isEqualTo("Directora\uFFFD");
    assertThat(deadLetters()).isZero();
  }

  @Test
  void anAgencyAndAShelterWithNulInTheirNames_areProjected() {
    AgencyId agency = new AgencyId("agencia-" + UUID.randomUUID().toString().substring(0, 8));
    ShelterId shelter = new ShelterId("albergue-" + UUID.randomUUID().toString().substring(0, 8));
    log.append(
        new AgencyRegisteredEvent(
            agency, "DIF" + NUL, "D" + NUL, AgencyKind.FEDERAL, AgencyLevel.FEDERAL, null),
        NetworkFacts.byStaffOf(agency));
    log.append(
        new ShelterRegisteredEvent(
            shelter,
            "CAT" + NUL,
            ShelterKind.CAT,
            agency,
            "Benito" + NUL,
            "Quintana" + NUL,
            24,
            true,
            new EncryptedLocation(null)),
        NetworkFacts.byStaffOf(agency));

    await()
        .atMost(LAG)
        .untilAsserted(
            () -> {
              assertThat(rowWhere("agency", "agency_id", agency.value())).isNotNull();
              assertThat(rowWhere("shelter", "shelter_id", shelter.value())).isNotNull();
            });
    Map<String, Object> agencyRow = rowWhere("agency", "agency_id", agency.value());
    Map<String, Object> shelterRow = rowWhere("shelter", "shelter_id", shelter.value());
    assertThat(agencyRow).containsEntry("name", "DIF\uFFFD").containsEntry("acronym", "D\uFFFD");
    assertThat(shelterRow)
        .containsEntry("name", "CAT\uFFFD")
        .containsEntry("municipality", "Benito\uFFFD")
        .containsEntry("state", "Quintana\uFFFD");
    assertThat(deadLetters()).isZero();
  }

  private Integer deadLetters() {
    return jdbc.queryForObject("SELECT count(*) FROM read_model.dead_letter_entry", Integer.class);
  }
}
