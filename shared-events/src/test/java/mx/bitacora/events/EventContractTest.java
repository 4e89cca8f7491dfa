package mx.bitacora.events;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import mx.bitacora.events.accessreview.AccessReviewEvent;
import mx.bitacora.events.accessreview.BreakGlassReadReviewedEvent;
import mx.bitacora.events.agency.AgencyEvent;
import mx.bitacora.events.commitment.CommitmentEvent;
import mx.bitacora.events.commitment.CommitmentId;
import mx.bitacora.events.commitment.CommitmentMadeEvent;
import mx.bitacora.events.commitment.CommitmentRevisedEvent;
import mx.bitacora.events.commitment.CommitmentTerms;
import mx.bitacora.events.commitment.CommitmentWithdrawnEvent;
import mx.bitacora.events.commitment.DeliveryTerms;
import mx.bitacora.events.commitment.ReferralAnswerTerms;
import mx.bitacora.events.commitment.TrainingTerms;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.Official;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryEvent;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.delivery.DeliveryItem;
import mx.bitacora.events.delivery.DeliveryPlannedEvent;
import mx.bitacora.events.inbox.InboxEvent;
import mx.bitacora.events.inbox.InboxItemReadEvent;
import mx.bitacora.events.project.ProjectEvent;
import mx.bitacora.events.project.ProjectOpenedEvent;
import mx.bitacora.events.referral.CaseReference;
import mx.bitacora.events.referral.Consent;
import mx.bitacora.events.referral.ConsentNarrowedEvent;
import mx.bitacora.events.referral.ConsentScope;
import mx.bitacora.events.referral.EncryptedDetails;
import mx.bitacora.events.referral.ReferralAcceptedEvent;
import mx.bitacora.events.referral.ReferralDeclinedEvent;
import mx.bitacora.events.referral.ReferralEscalatedEvent;
import mx.bitacora.events.referral.ReferralEvent;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.events.referral.ServiceRequested;
import mx.bitacora.events.referral.Urgency;
import mx.bitacora.events.shelter.EncryptedLocation;
import mx.bitacora.events.shelter.ShelterEvent;
import mx.bitacora.events.shelter.ShelterKind;
import mx.bitacora.events.shelter.ShelterRegisteredEvent;
import mx.bitacora.events.training.TrainingAudience;
import mx.bitacora.events.training.TrainingSessionScheduledEvent;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/** The event contract stays plain: records and value types, JSON-stable, free of frameworks. */
class EventContractTest {

  private static final JavaClasses EVENTS =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("mx.bitacora.events");

  @Test
  void dependsOnNothingButTheJdkJacksonAnnotationsAndAxonRevision() {
    classes()
        .should()
        .onlyDependOnClassesThat(
            resideInAnyPackage(
                    "java..", "mx.bitacora.events..", "com.fasterxml.jackson.annotation..")
                .or(belongToAnyOf(Revision.class)))
        .check(EVENTS);
  }

  @Test
  void everyEventCarriesARevision() {
    classes()
        .that()
        .haveSimpleNameEndingWith("Event")
        .and()
        .areNotInterfaces()
        .should()
        .beAnnotatedWith(Revision.class)
        .check(EVENTS);
  }

  @Test
  void everyEventIsARecord() {
    classes()
        .that()
        .haveSimpleNameEndingWith("Event")
        .and()
        .areNotInterfaces()
        .should()
        .beRecords()
        .check(EVENTS);
  }

  @Test
  void typedIdsSerializeAsPlainValues_andRoundTrip() throws Exception {
    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    DeliveryPlannedEvent event =
        new DeliveryPlannedEvent(
            new DeliveryId(UUID.fromString("2b2ac288-c4a2-4ec9-8000-000000000001")),
            null,
            new AgencyId("inl"),
            List.of(new AgencyId("unodc-mexico")),
            new ShelterId("cat-cancun"),
            new AgencyId("dif-benito-juarez"),
            LocalDate.of(2022, 10, 21),
            List.of(new DeliveryItem(1, "Colchones", new BigDecimal("20"), "pieza")),
            List.of(new Official("Directora General", new AgencyId("dif-benito-juarez"))));

    String text = json.writeValueAsString(event);

    assertThat(text).contains("\"deliveryId\":\"2b2ac288-c4a2-4ec9-8000-000000000001\"");
    assertThat(text).contains("\"fundingAgency\":\"inl\"");
    assertThat(json.readValue(text, DeliveryPlannedEvent.class)).isEqualTo(event);
  }

  @Test
  void slugsRejectWhatCouldNotBeAnId() {
    assertThatThrownBy(() -> new AgencyId("DIF con espacios"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(AgencyId.isValid("dif-benito-juarez")).isTrue();
    assertThat(DeliveryEvent.class.getPermittedSubclasses()).hasSize(6);
  }

  @Test
  void shelterAndProjectEvents_roundTripWithPlainIdsAndEnumNames() throws Exception {
    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    ShelterRegisteredEvent shelter =
        new ShelterRegisteredEvent(
            new ShelterId("cat-cancun"),
            "CAT Cancún",
            ShelterKind.CASA_DE_MEDIO_CAMINO,
            new AgencyId("dif-benito-juarez"),
            "Benito Juárez",
            "Quintana Roo",
            24,
            true,
            new EncryptedLocation("c2VsbGFkbw=="));
    ProjectOpenedEvent project =
        new ProjectOpenedEvent(
            new ProjectId(UUID.fromString("2b2ac288-c4a2-4ec9-8000-0000000000aa")),
            "Fortalecimiento de Albergues",
            new AgencyId("inl"),
            new AgencyId("unodc-mexico"),
            new AgencyId("segob"),
            List.of(new ShelterId("cat-cancun")),
            LocalDate.of(2022, 1, 1),
            LocalDate.of(2023, 12, 31));

    String shelterText = json.writeValueAsString(shelter);
    String projectText = json.writeValueAsString(project);

    assertThat(shelterText).contains("\"kind\":\"CASA_DE_MEDIO_CAMINO\"");
    assertThat(projectText).contains("\"beneficiaryShelters\":[\"cat-cancun\"]");
    assertThat(json.readValue(shelterText, ShelterRegisteredEvent.class)).isEqualTo(shelter);
    assertThat(json.readValue(projectText, ProjectOpenedEvent.class)).isEqualTo(project);
  }

  @Test
  void aShelterRegisteredBeforeLocationsExisted_readsWithoutOne() throws Exception {
    String storedBeforeLocations =
        """
        {"shelterId":"cat-cancun","name":"CAT Cancún","kind":"CAT",
         "operatingAgency":"dif-benito-juarez","municipality":"Benito Juárez",
         "state":"Quintana Roo","capacity":24,"servesMinors":true}
        """;

    ShelterRegisteredEvent event =
        new ObjectMapper().readValue(storedBeforeLocations, ShelterRegisteredEvent.class);

    assertThat(event.location()).isNull();
    assertThat(event.capacity()).isEqualTo(24);
  }

  @Test
  void factsStoredBeforeBusinessTimes_readWithoutThem_andASessionWithItsOneAudience()
      throws Exception {
    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    String id = "\"referralId\":\"5e1a0c3b-7d2f-4a61-9b8e-0c2022100101\"";

    assertThat(json.readValue("{" + id + "}", ReferralAcceptedEvent.class).answeredAt()).isNull();
    assertThat(
            json.readValue("{" + id + ",\"reason\":\"NO_CAPACITY\"}", ReferralDeclinedEvent.class)
                .answeredAt())
        .isNull();
    ReferralAcceptedEvent stated =
        new ReferralAcceptedEvent(
            new ReferralId(java.util.UUID.fromString("5e1a0c3b-7d2f-4a61-9b8e-0c2022100101")),
            java.time.Instant.parse("2022-10-24T16:45:00Z"));
    assertThat(json.readValue(json.writeValueAsString(stated), ReferralAcceptedEvent.class))
        .isEqualTo(stated);

    TrainingSessionScheduledEvent session =
        json.readValue(
            """
            {"trainingSessionId":"7c1e0a3e-5d1b-4c1a-9000-000000000001","topic":"Trata",
             "trainerAgency":"unodc-mexico","audience":"PROSECUTORS","hours":8,
             "heldOn":"2022-10-25","place":"Cancún","capacity":30}
            """,
            TrainingSessionScheduledEvent.class);
    assertThat(session.audiences()).isNull();
    assertThat(session.allAudiences()).containsExactly(TrainingAudience.PROSECUTORS);
  }

  @Test
  void eachAggregateHasOneSealedEventFamily() {
    assertThat(AgencyEvent.class.getPermittedSubclasses()).hasSize(3);
    assertThat(ShelterEvent.class.getPermittedSubclasses()).hasSize(3);
    assertThat(ProjectEvent.class.getPermittedSubclasses()).hasSize(4);
    assertThat(ReferralEvent.class.getPermittedSubclasses()).hasSize(11);
    assertThat(AccessReviewEvent.class.getPermittedSubclasses()).hasSize(1);
    assertThat(InboxEvent.class.getPermittedSubclasses()).hasSize(1);
    assertThat(CommitmentEvent.class.getPermittedSubclasses()).hasSize(3);
    assertThat(CommitmentTerms.class.getPermittedSubclasses()).hasSize(3);
  }

  @Test
  void aCommitment_roundTripsEachKindOfTerms_withItsKind_andNamesNoCase() throws Exception {
    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    CommitmentId id = CommitmentId.of("5d0c7e1e-3a55-4b8a-9c1f-000000000001");
    List<CommitmentTerms> terms =
        List.of(
            new DeliveryTerms(
                new ShelterId("cat-cancun"),
                new AgencyId("dif-benito-juarez"),
                "Colchones",
                "pieza",
                new BigDecimal("20"),
                LocalDate.of(2026, 12, 31)),
            new TrainingTerms(
                new AgencyId("fiscalia-quintana-roo"),
                TrainingAudience.PROSECUTORS,
                12,
                LocalDate.of(2026, 12, 31)),
            new ReferralAnswerTerms(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    for (CommitmentTerms promised : terms) {
      CommitmentMadeEvent made =
          new CommitmentMadeEvent(
              id, List.of(new AgencyId("unodc-mexico")), null, promised, LocalDate.of(2026, 1, 1));
      String text = json.writeValueAsString(made);
      assertThat(json.readTree(text).get("terms").get("kind").asText())
          .isEqualTo(promised.kind().name());
      assertThat(json.readValue(text, CommitmentMadeEvent.class)).isEqualTo(made);
      CommitmentRevisedEvent revised = new CommitmentRevisedEvent(id, promised, "Nuevo convenio");
      assertThat(json.readValue(json.writeValueAsString(revised), CommitmentRevisedEvent.class))
          .isEqualTo(revised);
    }
    for (Class<?> type :
        List.of(
            CommitmentMadeEvent.class,
            CommitmentRevisedEvent.class,
            CommitmentWithdrawnEvent.class,
            DeliveryTerms.class,
            TrainingTerms.class,
            ReferralAnswerTerms.class)) {
      assertThat(type.getRecordComponents())
          .extracting(component -> (Object) component.getType())
          .as(type.getSimpleName())
          .doesNotContain((Object) CaseReference.class, EncryptedDetails.class);
    }
  }

  @Test
  void aBreakGlassReview_carriesThePositionTheFindingAndTheAgencies_noText_andRoundTrips()
      throws Exception {
    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    BreakGlassReadReviewedEvent event =
        new BreakGlassReadReviewedEvent(
            42,
            false,
            List.of(new AgencyId("fiscalia-quintana-roo"), new AgencyId("dif-benito-juarez")));

    String text = json.writeValueAsString(event);

    assertThat(text)
        .isEqualTo(
            "{\"accessPosition\":42,\"justified\":false,"
                + "\"owningAgencies\":[\"fiscalia-quintana-roo\",\"dif-benito-juarez\"]}");
    assertThat(json.readValue(text, BreakGlassReadReviewedEvent.class)).isEqualTo(event);
    assertThat(BreakGlassReadReviewedEvent.class.getRecordComponents())
        .noneMatch(component -> component.getType() == String.class);
  }

  @Test
  void anInboxReadRoundTrips_withThePlainAgencySlugAndItemId() throws Exception {
    ObjectMapper json = new ObjectMapper();
    InboxItemReadEvent read =
        new InboxItemReadEvent(
            new AgencyId("dif-benito-juarez"),
            java.util.UUID.fromString("2b2ac288-c4a2-4ec9-8000-000000000009"));

    String text = json.writeValueAsString(read);

    assertThat(text)
        .isEqualTo(
            "{\"agencyId\":\"dif-benito-juarez\","
                + "\"itemId\":\"2b2ac288-c4a2-4ec9-8000-000000000009\"}");
    assertThat(json.readValue(text, InboxItemReadEvent.class)).isEqualTo(read);
  }

  @Test
  void aConsentStoredBeforeConsentsCouldEnd_readsWithoutEnd_andNarrowingsRoundTrip()
      throws Exception {
    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    Consent stored =
        json.readValue(
            "{\"givenOn\":\"2022-10-20\",\"scope\":\"SERVICE_AND_FOLLOW_UP\"}", Consent.class);
    assertThat(stored.expiresOn()).isNull();
    assertThat(stored.holdsOn(LocalDate.of(2099, 1, 1))).isTrue();

    ConsentNarrowedEvent narrowed =
        new ConsentNarrowedEvent(
            new ReferralId(UUID.fromString("7a0c1f3e-5b1d-4c8e-9000-000000000001")),
            new Consent(
                LocalDate.of(2022, 11, 2),
                ConsentScope.REQUESTED_SERVICE_ONLY,
                LocalDate.of(2023, 1, 31)));
    String text = json.writeValueAsString(narrowed);
    assertThat(text).contains("\"expiresOn\"").doesNotContain("caseReference");
    assertThat(json.readValue(text, ConsentNarrowedEvent.class)).isEqualTo(narrowed);
    assertThat(narrowed.consent().narrows(stored)).isTrue();
    assertThat(stored.narrows(narrowed.consent())).isFalse();
  }

  @Test
  void escalation_carriesOnlyIdsUrgencyAndTimes_andRoundTrips() throws Exception {
    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    ReferralEscalatedEvent event =
        new ReferralEscalatedEvent(
            new ReferralId(UUID.fromString("2b2ac288-c4a2-4ec9-8000-000000000003")),
            new CaseReference("QROO-2022-0147"),
            Urgency.EMERGENCY,
            Duration.ofHours(12),
            Instant.parse("2022-10-21T12:00:00Z"));

    String text = json.writeValueAsString(event);

    assertThat(json.readTree(text).size()).isEqualTo(5);
    assertThat(text).contains("\"caseReference\":\"QROO-2022-0147\"", "\"urgency\":\"EMERGENCY\"");
    assertThat(json.readValue(text, ReferralEscalatedEvent.class)).isEqualTo(event);
  }

  @Test
  void referralEvents_carryThePseudonymousReference_andOnlySealedDetails() throws Exception {
    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    CaseReference caseReference = new CaseReference("QROO-2022-0147");
    ReferralIssuedEvent event =
        new ReferralIssuedEvent(
            new ReferralId(UUID.fromString("7a0c1f3e-5b1d-4c8e-9000-000000000001")),
            caseReference,
            new AgencyId("fiscalia-quintana-roo"),
            new AgencyId("dif-benito-juarez"),
            new ShelterId("cat-cancun"),
            ServiceRequested.SHELTER,
            Urgency.EMERGENCY,
            new Consent(LocalDate.of(2022, 10, 20), ConsentScope.REQUESTED_SERVICE_ONLY),
            new EncryptedDetails(caseReference, "AQIDBA=="),
            null,
            null,
            null,
            null);

    String text = json.writeValueAsString(event);

    assertThat(text).contains("\"caseReference\":\"QROO-2022-0147\"");
    assertThat(text).contains("\"victimDetails\":{\"caseReference\":\"QROO-2022-0147\"");
    assertThat(json.readValue(text, ReferralIssuedEvent.class)).isEqualTo(event);
  }

  @Test
  void aReferralIssuedBeforeShelterFullnessWasRecorded_readsWithoutIt_andTheFactRoundTrips()
      throws Exception {
    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    ReferralIssuedEvent stored =
        json.readValue(
            """
            {"referralId":"7a0c1f3e-5b1d-4c8e-9000-000000000001","caseReference":"QROO-2022-0147",
             "issuingAgency":"fiscalia-quintana-roo","receivingAgency":"dif-benito-juarez",
             "receivingShelter":"cat-cancun","service":"SHELTER","urgency":"EMERGENCY",
             "consent":{"givenOn":"2022-10-20","scope":"REQUESTED_SERVICE_ONLY"}}
            """,
            ReferralIssuedEvent.class);
    assertThat(stored.receivingShelterFull()).isNull();
    assertThat(stored.receivingShelter()).isEqualTo(new ShelterId("cat-cancun"));

    ReferralIssuedEvent full =
        new ReferralIssuedEvent(
            stored.referralId(),
            stored.caseReference(),
            stored.issuingAgency(),
            stored.receivingAgency(),
            stored.receivingShelter(),
            stored.service(),
            stored.urgency(),
            stored.consent(),
            null,
            null,
            null,
            null,
            true);
    String text = json.writeValueAsString(full);
    assertThat(text).contains("\"receivingShelterFull\":true");
    assertThat(json.readValue(text, ReferralIssuedEvent.class)).isEqualTo(full);
  }

  @Test
  void caseReferencesRejectWhatCouldBeAName_withoutEchoingIt() {
    assertThatThrownBy(() -> new CaseReference("María Pérez"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("María");
    assertThat(CaseReference.isValid("qroo-2022-0147")).isFalse();
    assertThat(CaseReference.isValid("QROO-2022-0147")).isTrue();
  }
}
