package mx.bitacora.query.directory;

import static mx.bitacora.query.testing.NetworkFacts.byAdmin;
import static mx.bitacora.query.testing.NetworkFacts.byStaffOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import mx.bitacora.events.agency.AgencyDeactivatedEvent;
import mx.bitacora.events.agency.AgencyKind;
import mx.bitacora.events.agency.AgencyLevel;
import mx.bitacora.events.agency.AgencyRegisteredEvent;
import mx.bitacora.events.agency.AgencyRenamedEvent;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.CorrectedFact;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.referral.CaseReference;
import mx.bitacora.events.referral.ClosureReason;
import mx.bitacora.events.referral.Consent;
import mx.bitacora.events.referral.ConsentScope;
import mx.bitacora.events.referral.DeclineReason;
import mx.bitacora.events.referral.EncryptedDetails;
import mx.bitacora.events.referral.ReferralAcceptedEvent;
import mx.bitacora.events.referral.ReferralClosedEvent;
import mx.bitacora.events.referral.ReferralDeclinedEvent;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.events.referral.ReferralOutcome;
import mx.bitacora.events.referral.ReferralStepKind;
import mx.bitacora.events.referral.ReferralStepVoidedEvent;
import mx.bitacora.events.referral.ReferralWithdrawnEvent;
import mx.bitacora.events.referral.ServiceRequested;
import mx.bitacora.events.referral.Urgency;
import mx.bitacora.events.shelter.EncryptedLocation;
import mx.bitacora.events.shelter.ShelterCapacityChangedEvent;
import mx.bitacora.events.shelter.ShelterClosedEvent;
import mx.bitacora.events.shelter.ShelterKind;
import mx.bitacora.events.shelter.ShelterRegisteredEvent;
import mx.bitacora.query.smallcounts.SmallCounts;
import mx.bitacora.query.testing.ApiTest;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.QueryApi.Answer;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The directories of agencies and shelters over a known network: five agencies (one renamed, one
 * deactivated), five shelters (a refugio with a sealed location, a CAT with referrals in every
 * state, a closed albergue, a halfway house whose operator was deactivated, an albergue whose
 * operator no agency event names). Every signed-in role reads them; a refugio shows no
 * municipality, state or location; places taken follow the referrals' acceptances, closures and
 * voidings.
 */
@OwnContext
class DirectoryApiTest extends ApiTest {

  private static final String SEALED_LOCATION = "U0VMTEFETy1ESVJFQ1RPUklPLVJFRlVHSU8=";

  private static final AgencyId DIF_BJ = new AgencyId("dif-benito-juarez");
  private static final AgencyId FISCALIA = new AgencyId("fiscalia-quintana-roo");
  private static final AgencyId DIF_MERIDA = new AgencyId("dif-merida");
  private static final AgencyId UNODC = new AgencyId("unodc-mexico");
  private static final AgencyId ONG = new AgencyId("ong-yucatan");

  private static final ShelterId REFUGIO = new ShelterId("refugio-campeche");
  private static final ShelterId CAT = new ShelterId("cat-cancun");
  private static final ShelterId ALBERGUE = new ShelterId("albergue-merida");
  private static final ShelterId CASA = new ShelterId("casa-progreso");
  private static final ShelterId CHETUMAL = new ShelterId("albergue-chetumal");
  private static final AgencyId DIF_CHETUMAL = new AgencyId("dif-chetumal");

  private final List<String> tokens =
      List.of(
          DevTokens.mint("dif-staff-1", DIF_BJ.value(), "AGENCY_STAFF"),
          DevTokens.mint("merida-staff-1", DIF_MERIDA.value(), "AGENCY_STAFF"),
          DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR"),
          DevTokens.mint("reviewer-1", "segob", "COMPLIANCE_REVIEWER"),
          DevTokens.mint("admin-1", "segob", "PLATFORM_ADMIN"));
  private final String staff = tokens.get(0);
  private final String auditor = tokens.get(2);
  private final String reviewer = tokens.get(3);

  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  void recordTheNetwork() {
    agency(
        DIF_BJ, "Sistema DIF Benito Juárez", AgencyKind.MUNICIPAL, AgencyLevel.MUNICIPAL, "Q. Roo");
    agency(FISCALIA, "Fiscalía de Quintana Roo", AgencyKind.STATE, AgencyLevel.STATE, "Q. Roo");
    agency(DIF_MERIDA, "DIF Mérida", AgencyKind.MUNICIPAL, AgencyLevel.MUNICIPAL, "Yucatán");
    agency(UNODC, "UNODC", AgencyKind.INTERNATIONAL, AgencyLevel.INTERNATIONAL, null);
    agency(ONG, "Organización Yucateca", AgencyKind.CIVIL_SOCIETY, AgencyLevel.STATE, "Yucatán");
    log.append(
        new AgencyRenamedEvent(UNODC, "Oficina de la ONU contra la Droga y el Delito", "UNODC"),
        byAdmin());
    log.append(new AgencyDeactivatedEvent(ONG, "Dejó de operar"), byAdmin());

    shelter(REFUGIO, "Refugio Esperanza", ShelterKind.REFUGIO, DIF_BJ, "Calkiní", "Campeche", 8);
    shelter(
        CAT,
        "Centro de Asistencia Temporal Cancún",
        ShelterKind.CAT,
        DIF_BJ,
        "Benito Juárez",
        "Q. Roo",
        3);
    shelter(ALBERGUE, "Albergue Mérida", ShelterKind.ALBERGUE, DIF_MERIDA, "Mérida", "Yucatán", 40);
    shelter(CASA, "Casa Progreso", ShelterKind.CASA_DE_MEDIO_CAMINO, ONG, "Progreso", "Yucatán", 6);
    // Its operator is registered in no agency event: no name, not known to be deactivated.
    shelter(
        CHETUMAL, "Albergue Chetumal", ShelterKind.ALBERGUE, DIF_CHETUMAL, "Chetumal", "Q. Roo", 2);
    log.append(new ShelterCapacityChangedEvent(CAT, 3, 4), byStaffOf(DIF_BJ));
    log.append(
        new ShelterClosedEvent(ALBERGUE, LocalDate.of(2023, 3, 1), "Cierre"),
        byStaffOf(DIF_MERIDA));

    // The CAT (capacity 4): two accepted, one accepted then closed, one accepted then voided,
    // one awaiting, one declined, one withdrawn. Two places taken. The refugio: one accepted.
    accepted(CAT);
    accepted(CAT);
    ReferralId closed = accepted(CAT);
    log.append(
        new ReferralClosedEvent(closed, ReferralOutcome.SUCCESSFUL, ClosureReason.SERVICE_PROVIDED),
        byStaffOf(DIF_BJ));
    ReferralId voided = accepted(CAT);
    log.append(
        new ReferralStepVoidedEvent(
            voided,
            new CorrectedFact(UUID.randomUUID().toString(), 1),
            ReferralStepKind.ACCEPTANCE,
            "Error"),
        byStaffOf(DIF_BJ));
    issued(CAT);
    log.append(new ReferralDeclinedEvent(issued(CAT), DeclineReason.OTHER), byStaffOf(DIF_BJ));
    log.append(new ReferralWithdrawnEvent(issued(CAT)), byStaffOf(FISCALIA));
    accepted(REFUGIO);

    long last =
        jdbc.queryForObject(
            "SELECT max(global_index) FROM event_store.domain_event_entry", Long.class);
    await()
        .atMost(LAG)
        .untilAsserted(
            () -> {
              assertThat(api.get("/shelters?notOlderThan=" + last, staff).status()).isEqualTo(200);
              assertThat(api.get("/agencies?notOlderThan=" + last, staff).status()).isEqualTo(200);
            });
  }

  @Test
  void theAgencies_areListedByName_withKindLevelStateAndWhetherActive() {
    JsonNode page = api.get("/agencies", staff).body();
    assertThat(page.get("totalElements").asLong()).isEqualTo(5);
    assertThat(ids(page, "agencies", "agencyId"))
        .containsExactly(
            DIF_MERIDA.value(), FISCALIA.value(), UNODC.value(), ONG.value(), DIF_BJ.value());
    JsonNode unodc = find(page, "agencies", "agencyId", UNODC.value());
    assertThat(unodc.get("name").asText())
        .isEqualTo("Oficina de la ONU contra la Droga y el Delito");
    assertThat(unodc.get("kind").asText()).isEqualTo("INTERNATIONAL");
    assertThat(unodc.get("level").asText()).isEqualTo("INTERNATIONAL");
    assertThat(unodc.get("state").isNull()).isTrue();
    assertThat(unodc.get("active").asBoolean()).isTrue();
    JsonNode ong = find(page, "agencies", "agencyId", ONG.value());
    assertThat(ong.get("kind").asText()).isEqualTo("CIVIL_SOCIETY");
    assertThat(ong.get("level").asText()).isEqualTo("STATE");
    assertThat(ong.get("state").asText()).isEqualTo("Yucatán");
    assertThat(ong.get("active").asBoolean()).isFalse();
  }

  @Test
  void theAgencies_areFilteredByKindLevelAndState_andPaged() {
    assertThat(ids(api.get("/agencies?kind=MUNICIPAL", staff).body(), "agencies", "agencyId"))
        .containsExactly(DIF_MERIDA.value(), DIF_BJ.value());
    assertThat(ids(api.get("/agencies?level=STATE", staff).body(), "agencies", "agencyId"))
        .containsExactly(FISCALIA.value(), ONG.value());
    JsonNode yucatan = api.get("/agencies?state=Yucat%C3%A1n&level=STATE", staff).body();
    assertThat(ids(yucatan, "agencies", "agencyId")).containsExactly(ONG.value());
    assertThat(yucatan.get("state").asText()).isEqualTo("Yucatán");
    assertThat(yucatan.get("level").asText()).isEqualTo("STATE");

    JsonNode second = api.get("/agencies?size=2&page=1", staff).body();
    assertThat(second.get("totalElements").asLong()).isEqualTo(5);
    assertThat(second.get("totalPages").asInt()).isEqualTo(3);
    assertThat(ids(second, "agencies", "agencyId")).containsExactly(UNODC.value(), ONG.value());
    assertThat(ids(api.get("/agencies?size=2&page=3", staff).body(), "agencies", "agencyId"))
        .isEmpty();
  }

  @Test
  void theShelters_showCapacityPlacesTakenAndWhetherTheyAcceptReferrals() {
    JsonNode page = api.get("/shelters", staff).body();
    assertThat(page.get("totalElements").asLong()).isEqualTo(5);
    assertThat(ids(page, "shelters", "shelterId"))
        .containsExactly(
            CHETUMAL.value(), ALBERGUE.value(), CASA.value(), CAT.value(), REFUGIO.value());

    JsonNode cat = find(page, "shelters", "shelterId", CAT.value());
    assertThat(cat.get("name").asText()).isEqualTo("Centro de Asistencia Temporal Cancún");
    assertThat(cat.get("kind").asText()).isEqualTo("CAT");
    assertThat(cat.get("operatingAgency").asText()).isEqualTo(DIF_BJ.value());
    assertThat(cat.get("operatorName").asText()).isEqualTo("Sistema DIF Benito Juárez");
    assertThat(cat.get("municipality").asText()).isEqualTo("Benito Juárez");
    assertThat(cat.get("state").asText()).isEqualTo("Q. Roo");
    assertThat(cat.get("servesMinors").asBoolean()).isTrue();
    assertThat(cat.get("capacity").asInt()).isEqualTo(4);
    assertThat(cat.get("placesTaken").asLong()).isEqualTo(2);
    assertThat(cat.get("freePlaces").asLong()).isEqualTo(2);
    assertThat(cat.get("open").asBoolean()).isTrue();
    assertThat(cat.get("acceptsReferrals").asBoolean()).isTrue();

    JsonNode albergue = find(page, "shelters", "shelterId", ALBERGUE.value());
    assertThat(albergue.get("open").asBoolean()).isFalse();
    assertThat(albergue.get("acceptsReferrals").asBoolean()).isFalse();
    assertThat(albergue.get("placesTaken").asLong()).isZero();
    assertThat(albergue.get("freePlaces").asLong()).isEqualTo(40);

    JsonNode casa = find(page, "shelters", "shelterId", CASA.value());
    assertThat(casa.get("open").asBoolean()).isTrue();
    assertThat(casa.get("acceptsReferrals").asBoolean())
        .as("its operator was deactivated")
        .isFalse();

    JsonNode chetumal = find(page, "shelters", "shelterId", CHETUMAL.value());
    assertThat(chetumal.get("operatorName").isNull()).isTrue();
    assertThat(chetumal.get("acceptsReferrals").asBoolean()).isTrue();
  }

  @Test
  void aReviewer_seesPlacesTakenBelowFiveAsSuch_andNotTheFreePlacesThatWouldGiveThemAway() {
    JsonNode audited =
        find(api.get("/shelters", auditor).body(), "shelters", "shelterId", CAT.value());
    assertThat(List.of(audited.get("placesTaken").asLong(), audited.get("freePlaces").asLong()))
        .containsExactly(2L, 2L);
    assertThat(
            List.of(
                audited.get("placesTakenShown").asText(), audited.get("freePlacesShown").asText()))
        .containsExactly("2", "2");

    // Capacity 4 less the free places would give the 2 places taken back: both are withheld.
    JsonNode page = api.get("/shelters", reviewer).body();
    JsonNode cat = find(page, "shelters", "shelterId", CAT.value());
    assertThat(cat.get("capacity").asInt()).isEqualTo(4);
    assertThat(cat.get("placesTaken").isNull()).isTrue();
    assertThat(cat.get("freePlaces").isNull()).isTrue();
    assertThat(cat.get("placesTakenShown").asText()).isEqualTo("<5");
    assertThat(cat.get("freePlacesShown").asText()).isEqualTo(SmallCounts.WITHHELD);

    // Nothing taken: nothing to withhold.
    JsonNode albergue = find(page, "shelters", "shelterId", ALBERGUE.value());
    assertThat(albergue.get("placesTaken").asLong()).isZero();
    assertThat(albergue.get("freePlacesShown").asText()).isEqualTo("40");
  }

  @Test
  void aRefugio_isListedWithoutMunicipalityStateOrLocation_andNoStateFilterFindsIt() {
    for (String token : tokens) {
      Answer answer = api.get("/shelters", token);
      assertThat(answer.status()).isEqualTo(200);
      JsonNode refugio = find(answer.body(), "shelters", "shelterId", REFUGIO.value());
      assertThat(refugio.get("kind").asText()).isEqualTo("REFUGIO");
      assertThat(refugio.get("name").asText()).isEqualTo("Refugio Esperanza");
      assertThat(refugio.get("operatorName").asText()).isEqualTo("Sistema DIF Benito Juárez");
      assertThat(refugio.get("capacity").asInt()).isEqualTo(8);
      assertThat(refugio.get("placesTakenShown").asText())
          .isEqualTo(token.equals(reviewer) ? "<5" : "1");
      assertThat(refugio.get("municipality").isNull()).isTrue();
      assertThat(refugio.get("state").isNull()).isTrue();
      assertThat(refugio.has("location")).isFalse();
      assertThat(answer.body().toString()).doesNotContain("Calkiní", "Campeche", SEALED_LOCATION);
    }
    assertThat(ids(api.get("/shelters?state=Campeche", staff).body(), "shelters", "shelterId"))
        .isEmpty();
    assertThat(ids(api.get("/shelters?kind=REFUGIO", staff).body(), "shelters", "shelterId"))
        .containsExactly(REFUGIO.value());
  }

  @Test
  void theShelters_areFilteredByKindStateAndOperator_andPaged() {
    assertThat(ids(api.get("/shelters?kind=CAT", staff).body(), "shelters", "shelterId"))
        .containsExactly(CAT.value());
    assertThat(ids(api.get("/shelters?state=Yucat%C3%A1n", staff).body(), "shelters", "shelterId"))
        .containsExactly(ALBERGUE.value(), CASA.value());
    JsonNode operated = api.get("/shelters?agency=" + DIF_BJ.value(), staff).body();
    assertThat(ids(operated, "shelters", "shelterId"))
        .containsExactly(CAT.value(), REFUGIO.value());
    assertThat(operated.get("agency").asText()).isEqualTo(DIF_BJ.value());
    assertThat(
            ids(
                api.get("/shelters?agency=" + DIF_MERIDA.value() + "&kind=CAT", staff).body(),
                "shelters",
                "shelterId"))
        .isEmpty();

    assertThat(ids(api.get("/shelters?state=Q.%20Roo", staff).body(), "shelters", "shelterId"))
        .containsExactly(CHETUMAL.value(), CAT.value());

    JsonNode second = api.get("/shelters?size=3&page=1", staff).body();
    assertThat(second.get("totalElements").asLong()).isEqualTo(5);
    assertThat(second.get("totalPages").asInt()).isEqualTo(2);
    assertThat(ids(second, "shelters", "shelterId")).containsExactly(CAT.value(), REFUGIO.value());
  }

  /** Only this test records referrals to the Chetumal albergue (capacity 2). */
  @Test
  void placesTaken_followAcceptancesAndClosures_readingOnesOwnWrites() {
    ShelterId shelter = CHETUMAL;
    AgencyId operator = DIF_CHETUMAL;
    ReferralId first = accepted(shelter);
    ReferralId second = accepted(shelter);
    accepted(shelter);
    assertThat(placesOf(shelter)).containsExactly(3L, 0L);

    log.append(
        new ReferralClosedEvent(first, ReferralOutcome.SUCCESSFUL, ClosureReason.SERVICE_PROVIDED),
        byStaffOf(operator));
    assertThat(placesOf(shelter)).containsExactly(2L, 0L);

    log.append(
        new ReferralClosedEvent(second, ReferralOutcome.NOT_SUCCESSFUL, ClosureReason.CONTACT_LOST),
        byStaffOf(operator));
    assertThat(placesOf(shelter)).containsExactly(1L, 1L);
  }

  @Test
  void unauthenticatedCallers_get401() {
    assertThat(api.get("/agencies", null).status()).isEqualTo(401);
    assertThat(api.get("/shelters", null).status()).isEqualTo(401);
  }

  @Test
  void everySignedInRole_readsBothDirectories() {
    for (String token : tokens) {
      assertThat(api.get("/agencies", token).status()).isEqualTo(200);
      assertThat(api.get("/shelters", token).status()).isEqualTo(200);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/agencies?kind=SECRETARIA",
        "/agencies?level=REGIONAL",
        "/agencies?state=",
        "/agencies?page=-1",
        "/agencies?size=0",
        "/agencies?size=101",
        "/shelters?kind=HOTEL",
        "/shelters?state=",
        "/shelters?agency=No%20Slug",
        "/shelters?size=101",
        "/shelters?level=STATE",
        "/agencies?agency=dif-merida"
      })
  void malformedOrUnknownFilters_are400Problems(String request) {
    Answer answer = api.get(request, staff, "en");
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body().get("code").asText()).isIn("INVALID_PARAMETER", "UNKNOWN_PARAMETER");
    assertThat(answer.body().get("title").asText()).isNotBlank();
  }

  @Test
  void aBadKind_is400InvalidParameter_inSpanishByDefault() {
    assertProblem(api.get("/shelters?kind=HOTEL", staff), 400, "INVALID_PARAMETER");
    assertProblem(api.get("/agencies?level=X", staff), 400, "INVALID_PARAMETER");
    assertProblem(api.get("/shelters?desconocido=1", staff), 400, "UNKNOWN_PARAMETER");
  }

  /** Places taken and free places of {@code shelter}, once read with every append applied. */
  private List<Long> placesOf(ShelterId shelter) {
    long last =
        jdbc.queryForObject(
            "SELECT max(global_index) FROM event_store.domain_event_entry", Long.class);
    JsonNode page = api.get("/shelters?agency=dif-chetumal&notOlderThan=" + last, staff).body();
    JsonNode listing = find(page, "shelters", "shelterId", shelter.value());
    return List.of(listing.get("placesTaken").asLong(), listing.get("freePlaces").asLong());
  }

  private void agency(AgencyId id, String name, AgencyKind kind, AgencyLevel level, String state) {
    log.append(new AgencyRegisteredEvent(id, name, null, kind, level, state), byAdmin());
  }

  private void shelter(
      ShelterId id,
      String name,
      ShelterKind kind,
      AgencyId operator,
      String municipality,
      String state,
      int capacity) {
    log.append(
        new ShelterRegisteredEvent(
            id,
            name,
            kind,
            operator,
            municipality,
            state,
            capacity,
            kind == ShelterKind.CAT || kind == ShelterKind.REFUGIO,
            new EncryptedLocation(SEALED_LOCATION)),
        byStaffOf(operator));
  }

  private ReferralId issued(ShelterId shelter) {
    ReferralId referral = new ReferralId(UUID.randomUUID());
    CaseReference caseReference =
        new CaseReference("QROO-2023-" + referral.toString().substring(0, 8).toUpperCase());
    AgencyId operator = shelter.equals(CHETUMAL) ? DIF_CHETUMAL : DIF_BJ;
    log.append(
        new ReferralIssuedEvent(
            referral,
            caseReference,
            FISCALIA,
            operator,
            shelter,
            ServiceRequested.SHELTER,
            Urgency.URGENT,
            new Consent(LocalDate.of(2023, 1, 10), ConsentScope.REQUESTED_SERVICE_ONLY),
            new EncryptedDetails(caseReference, "c2VsbGFkbw=="),
            null,
            null,
            null,
            null),
        byStaffOf(FISCALIA));
    return referral;
  }

  private ReferralId accepted(ShelterId shelter) {
    ReferralId referral = issued(shelter);
    log.append(new ReferralAcceptedEvent(referral), byStaffOf(DIF_BJ));
    return referral;
  }

  private static List<String> ids(JsonNode page, String list, String id) {
    List<String> ids = new ArrayList<>();
    page.get(list).forEach(entry -> ids.add(entry.get(id).asText()));
    return ids;
  }

  private static JsonNode find(JsonNode page, String list, String id, String value) {
    for (JsonNode entry : page.get(list)) {
      if (entry.get(id).asText().equals(value)) {
        return entry;
      }
    }
    throw new AssertionError(value + " not in " + page);
  }
}
