package mx.bitacora.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.UUID;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.referral.CaseReference;
import mx.bitacora.events.referral.Consent;
import mx.bitacora.events.referral.ConsentScope;
import mx.bitacora.events.referral.EncryptedDetails;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.events.referral.ServiceRequested;
import mx.bitacora.events.referral.Urgency;
import mx.bitacora.events.shelter.EncryptedLocation;
import mx.bitacora.events.shelter.ShelterKind;
import mx.bitacora.events.shelter.ShelterRegisteredEvent;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** A history summary is the event's fields by Jackson, never a sealed value or a case reference. */
class HistorySummariesTest {

  private static final String SEALED_DETAILS = "Q0FOQVJJTy1WSUNUSU1BLU5PTUJSRS1ZLUVEQUQ=";
  private static final String SEALED_LOCATION = "Q0FOQVJJTy1DQUxMRS1ZLU5VTUVSTy1ERUwtUkVGVUdJTw==";
  private static final String CASE = "QROO-2022-CANARIO";

  // As Spring Boot builds the application's mapper: Java time, written as ISO text.
  private final ObjectMapper json =
      Jackson2ObjectMapperBuilder.json()
          .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();
  private final HistorySummaries summaries = new HistorySummaries(json);

  @Test
  void anIssuedReferralsSummary_namesItsPartiesAndService_butNeitherItsSealedDetailsNorItsCase() {
    ReferralId referral = new ReferralId(UUID.randomUUID());
    ReferralIssuedEvent issued =
        new ReferralIssuedEvent(
            referral,
            new CaseReference(CASE),
            new AgencyId("fiscalia-quintana-roo"),
            new AgencyId("dif-benito-juarez"),
            new ShelterId("cat-cancun"),
            ServiceRequested.SHELTER,
            Urgency.URGENT,
            new Consent(LocalDate.of(2022, 10, 20), ConsentScope.REQUESTED_SERVICE_ONLY),
            new EncryptedDetails(new CaseReference(CASE), SEALED_DETAILS),
            null,
            null,
            null,
            null);

    ObjectNode summary = summaries.of(issued, "referralId");

    assertThat(summary.get("receivingAgency").asText()).isEqualTo("dif-benito-juarez");
    assertThat(summary.get("urgency").asText()).isEqualTo("URGENT");
    assertThat(summary.get("consent").get("givenOn").asText()).isEqualTo("2022-10-20");
    assertThat(summary.has("referralId")).isFalse();
    assertThat(summary.has("caseReference")).isFalse();
    assertThat(summary.has("victimDetails")).isFalse();
    assertThat(summary.toString()).doesNotContain(SEALED_DETAILS).doesNotContain(CASE);
  }

  @Test
  void aRegisteredSheltersSummary_namesItsFacts_butNeverItsSealedLocation() {
    ShelterRegisteredEvent registered =
        new ShelterRegisteredEvent(
            new ShelterId("cat-cancun"),
            "CAT Cancún",
            ShelterKind.CAT,
            new AgencyId("dif-benito-juarez"),
            "Benito Juárez",
            "Quintana Roo",
            40,
            true,
            new EncryptedLocation(SEALED_LOCATION));

    ObjectNode summary = summaries.of(registered, "shelterId");

    assertThat(summary.get("name").asText()).isEqualTo("CAT Cancún");
    assertThat(summary.get("capacity").asInt()).isEqualTo(40);
    assertThat(summary.has("location")).isFalse();
    assertThat(summary.toString()).doesNotContain(SEALED_LOCATION);
  }
}
