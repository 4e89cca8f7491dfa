package mx.bitacora.command.referral;

import static mx.bitacora.command.referral.ReferralTestData.CASE;
import static mx.bitacora.command.referral.ReferralTestData.CAT_CANCUN;
import static mx.bitacora.command.referral.ReferralTestData.DIF;
import static mx.bitacora.command.referral.ReferralTestData.FISCALIA;
import static mx.bitacora.command.referral.ReferralTestData.LIMITS;
import static mx.bitacora.command.referral.ReferralTestData.REFERRAL;
import static mx.bitacora.command.referral.ReferralTestData.SEALED;
import static mx.bitacora.command.referral.ReferralTestData.SHELTERS;
import static mx.bitacora.command.referral.ReferralTestData.UNODC;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.CaseNoteAddedEvent;
import mx.bitacora.events.referral.CasePurpose;
import mx.bitacora.events.referral.CaseReference;
import mx.bitacora.events.referral.ClosureReason;
import mx.bitacora.events.referral.Consent;
import mx.bitacora.events.referral.ConsentNarrowedEvent;
import mx.bitacora.events.referral.ConsentScope;
import mx.bitacora.events.referral.ConsentWithdrawnEvent;
import mx.bitacora.events.referral.DeclineReason;
import mx.bitacora.events.referral.EncryptedDetails;
import mx.bitacora.events.referral.ReferralAcceptedEvent;
import mx.bitacora.events.referral.ReferralClosedEvent;
import mx.bitacora.events.referral.ReferralDeclinedEvent;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.events.referral.ReferralOutcome;
import mx.bitacora.events.referral.ServiceRequested;
import mx.bitacora.events.referral.Urgency;
import mx.bitacora.events.referral.VictimDetailsAmendedEvent;
import mx.bitacora.platform.problem.RejectedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Who may read a referral's sealed details and case notes, for which purpose, while its consent
 * holds (narrowed, withdrawn, expired), in which state; who may amend the details and add notes.
 * Decided by the aggregate on a fixed "today".
 */
class ReferralSealedDataTest {

  private static final LocalDate TODAY = LocalDate.of(2022, 11, 15);
  private static final Consent FOLLOW_UP_UNTIL_2023 =
      new Consent(
          LocalDate.of(2022, 10, 20),
          ConsentScope.SERVICE_AND_FOLLOW_UP,
          LocalDate.of(2023, 10, 20));

  private static final UUID NOTE_ID = UUID.fromString("5e1d2c3b-0000-4000-8000-000000000001");
  private static final EncryptedDetails NOTE = new EncryptedDetails(CASE, "Tm90YSBzZWxsYWRh");

  private AggregateTestFixture<Referral> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Referral.class);
    fixture.registerInjectableResource(LIMITS);
    fixture.registerInjectableResource(SHELTERS);
    fixture.registerInjectableResource(
        Clock.fixed(
            TODAY.atTime(12, 0).atZone(ZoneId.of("America/Mexico_City")).toInstant(),
            ZoneId.of("America/Mexico_City")));
  }

  @Test
  void theReceiver_readsForWhatTheConsentCovers_andNothingElse() {
    assertReleased(given(), DIF, CasePurpose.INTAKE);
    assertReleased(given(), DIF, CasePurpose.FOLLOW_UP);
    assertRefused(
        given(),
        DIF,
        CasePurpose.LEGAL_PROCEEDINGS,
        ReferralProblem.PURPOSE_NOT_COVERED_BY_CONSENT);
  }

  @ParameterizedTest
  @EnumSource(CasePurpose.class)
  void theIssuer_readsForAnyPurpose_evenAfterWithdrawingConsent(CasePurpose purpose) {
    assertReleased(given(new ConsentWithdrawnEvent(REFERRAL, TODAY)), FISCALIA, purpose);
  }

  @Test
  void anotherAgency_isToldTheReferralDoesNotExist_unlessBreakingGlass() {
    assertRefused(given(), UNODC, CasePurpose.CARE, ReferralProblem.REFERRAL_NOT_FOUND);
    fixture
        .given(issued(FOLLOW_UP_UNTIL_2023))
        .when(
            new ReleaseDetailsCommand(
                REFERRAL, UNODC, CasePurpose.CARE, true, SealedPart.VICTIM_DETAILS))
        .expectSuccessfulHandlerExecution()
        .expectResultMessagePayloadMatching(
            Matchers.matches(release -> ((DetailsRelease) release).granted()));
  }

  @Test
  void aWithdrawnConsent_refusesTheReceiver() {
    assertRefused(
        given(new ConsentWithdrawnEvent(REFERRAL, TODAY)),
        DIF,
        CasePurpose.INTAKE,
        ReferralProblem.CONSENT_WITHDRAWN);
  }

  @Test
  void aConsentPastItsLastDay_refusesTheReceiver_onItsLastDayItHolds() {
    Consent endedYesterday =
        new Consent(
            LocalDate.of(2022, 10, 20), ConsentScope.SERVICE_AND_FOLLOW_UP, TODAY.minusDays(1));
    Consent endsToday =
        new Consent(LocalDate.of(2022, 10, 20), ConsentScope.SERVICE_AND_FOLLOW_UP, TODAY);
    assertRefused(
        fixture.given(issued(endedYesterday)),
        DIF,
        CasePurpose.CARE,
        ReferralProblem.CONSENT_EXPIRED);
    assertReleased(fixture.given(issued(endsToday)), DIF, CasePurpose.CARE);
  }

  @Test
  void theCaseConsent_asAnOnwardReferralsReadAsksIt_holds_orSaysWhyNot() {
    Consent endedYesterday =
        new Consent(
            LocalDate.of(2022, 10, 20), ConsentScope.SERVICE_AND_FOLLOW_UP, TODAY.minusDays(1));
    assertThat(caseConsent(given())).isEqualTo(new CaseConsent(null, null));
    assertThat(caseConsent(given(new ConsentWithdrawnEvent(REFERRAL, TODAY))).refusal())
        .isEqualTo(ReferralProblem.CONSENT_WITHDRAWN);
    assertThat(caseConsent(fixture.given(issued(endedYesterday))).refusal())
        .isEqualTo(ReferralProblem.CONSENT_EXPIRED);
  }

  @Test
  void anOnwardReferralsRelease_namesTheReferralItContinues() {
    ReferralIssuedEvent first = issued(FOLLOW_UP_UNTIL_2023);
    ReferralId earlier = new ReferralId(java.util.UUID.randomUUID());
    ReferralIssuedEvent onward =
        new ReferralIssuedEvent(
            first.referralId(),
            first.caseReference(),
            DIF,
            UNODC,
            null,
            first.service(),
            first.urgency(),
            first.consent(),
            first.victimDetails(),
            earlier,
            FISCALIA,
            null,
            null);

    assertThat(release(fixture.given(onward), UNODC, CasePurpose.CARE).onwardFrom())
        .isEqualTo(earlier);
    assertThat(caseConsent(fixture.given(onward)).onwardFrom()).isEqualTo(earlier);
    assertThat(release(given(), DIF, CasePurpose.CARE).onwardFrom()).isNull();
  }

  private static CaseConsent caseConsent(TestExecutor<Referral> given) {
    ResultValidator<Referral> result = given.when(new CheckCaseConsentCommand(REFERRAL));
    result.expectSuccessfulHandlerExecution().expectNoEvents();
    CaseConsent[] captured = new CaseConsent[1];
    result.expectResultMessagePayloadMatching(
        Matchers.matches(
            payload -> {
              captured[0] = (CaseConsent) payload;
              return true;
            }));
    return captured[0];
  }

  @Test
  void aNarrowedConsent_isWhatHolds() {
    Consent serviceOnly = new Consent(TODAY, ConsentScope.REQUESTED_SERVICE_ONLY, null);
    assertRefused(
        given(new ConsentNarrowedEvent(REFERRAL, serviceOnly)),
        DIF,
        CasePurpose.FOLLOW_UP,
        ReferralProblem.PURPOSE_NOT_COVERED_BY_CONSENT);
  }

  @Test
  void aDeclinedReferral_isClosedToTheReceiver_aClosedOneOnlyForFollowUp() {
    assertRefused(
        given(new ReferralDeclinedEvent(REFERRAL, DeclineReason.NO_CAPACITY)),
        DIF,
        CasePurpose.INTAKE,
        ReferralProblem.REFERRAL_NOT_OPEN_TO_RECEIVER);
    Object[] closed = {
      new ReferralAcceptedEvent(REFERRAL),
      new ReferralClosedEvent(REFERRAL, ReferralOutcome.SUCCESSFUL, ClosureReason.SERVICE_PROVIDED)
    };
    assertRefused(
        given(closed), DIF, CasePurpose.CARE, ReferralProblem.REFERRAL_NOT_OPEN_TO_RECEIVER);
    assertReleased(given(closed), DIF, CasePurpose.FOLLOW_UP);
  }

  @Test
  void theIssuer_narrowsTheConsent_butNeverWidensIt() {
    Consent serviceOnly = new Consent(TODAY, ConsentScope.REQUESTED_SERVICE_ONLY, null);
    fixture
        .given(issued(new Consent(TODAY.minusDays(5), ConsentScope.SERVICE_AND_FOLLOW_UP, null)))
        .when(new NarrowConsentCommand(REFERRAL, FISCALIA, serviceOnly))
        .expectEvents(new ConsentNarrowedEvent(REFERRAL, serviceOnly));

    Consent wider = new Consent(TODAY, ConsentScope.SERVICE_FOLLOW_UP_AND_PROCEEDINGS, null);
    fixture
        .given(issued(FOLLOW_UP_UNTIL_2023))
        .when(new NarrowConsentCommand(REFERRAL, FISCALIA, wider))
        .expectNoEvents()
        .expectException(RejectedException.class)
        .expectExceptionMessage(ReferralProblem.CONSENT_NOT_NARROWER.name());
    Consent endlessSameScope = new Consent(TODAY, ConsentScope.SERVICE_AND_FOLLOW_UP, null);
    fixture
        .given(issued(FOLLOW_UP_UNTIL_2023))
        .when(new NarrowConsentCommand(REFERRAL, FISCALIA, endlessSameScope))
        .expectException(RejectedException.class)
        .expectExceptionMessage(ReferralProblem.CONSENT_NOT_NARROWER.name());
  }

  @Test
  void onlyTheIssuer_changesTheConsent_andAWithdrawalIsFinal() {
    fixture
        .given(issued(FOLLOW_UP_UNTIL_2023))
        .when(new WithdrawConsentCommand(REFERRAL, DIF, TODAY))
        .expectException(RejectedException.class)
        .expectExceptionMessage(ReferralProblem.NOT_THE_REFERRAL_ISSUER.name());
    fixture
        .given(issued(FOLLOW_UP_UNTIL_2023))
        .when(new WithdrawConsentCommand(REFERRAL, FISCALIA, TODAY))
        .expectEvents(new ConsentWithdrawnEvent(REFERRAL, TODAY));
    fixture
        .given(issued(FOLLOW_UP_UNTIL_2023), new ConsentWithdrawnEvent(REFERRAL, TODAY))
        .when(
            new NarrowConsentCommand(
                REFERRAL, FISCALIA, new Consent(TODAY, ConsentScope.REQUESTED_SERVICE_ONLY)))
        .expectException(RejectedException.class)
        .expectExceptionMessage(ReferralProblem.CONSENT_ALREADY_WITHDRAWN.name());
  }

  @Test
  void theIssuer_amendsTheDetails_oncePerAmendment_andReadersGetTheNewVersion() {
    UUID amendment = UUID.randomUUID();
    EncryptedDetails amended = new EncryptedDetails(CASE, "BQYHCAkKCwwNDg8QERITFA==");
    fixture
        .given(issued(FOLLOW_UP_UNTIL_2023))
        .when(new AmendVictimDetailsCommand(REFERRAL, FISCALIA, amendment, amended))
        .expectEvents(new VictimDetailsAmendedEvent(REFERRAL, amendment, amended));
    assertRejected(
        given(new VictimDetailsAmendedEvent(REFERRAL, amendment, amended)),
        new AmendVictimDetailsCommand(REFERRAL, FISCALIA, amendment, amended),
        ReferralProblem.AMENDMENT_ALREADY_RECORDED);
    assertRejected(
        given(),
        new AmendVictimDetailsCommand(REFERRAL, DIF, UUID.randomUUID(), amended),
        ReferralProblem.NOT_THE_REFERRAL_ISSUER);
    assertRejected(
        given(),
        new AmendVictimDetailsCommand(
            REFERRAL,
            FISCALIA,
            UUID.randomUUID(),
            new EncryptedDetails(new CaseReference("QROO-2022-0999"), "AQID")),
        ReferralProblem.DETAILS_OF_ANOTHER_CASE);

    DetailsRelease release =
        release(
            given(new VictimDetailsAmendedEvent(REFERRAL, amendment, amended)),
            DIF,
            CasePurpose.CARE,
            SealedPart.VICTIM_DETAILS);
    assertThat(release.sealedDetails()).isEqualTo(amended);
    assertThat(release.detailsSealedFor()).isEqualTo(SealedPart.amendment(REFERRAL, amendment));
    assertThat(release.amendments()).isEqualTo(1);
  }

  @Test
  void theReceiver_addsCaseNotes_onceItAccepted_whileTheConsentHolds() {
    UUID noteId = UUID.randomUUID();
    CaseNoteAddedEvent noted = new CaseNoteAddedEvent(REFERRAL, noteId, DIF, NOTE);
    fixture
        .given(issued(FOLLOW_UP_UNTIL_2023), new ReferralAcceptedEvent(REFERRAL))
        .when(new AddCaseNoteCommand(REFERRAL, DIF, noteId, NOTE))
        .expectEvents(noted);
    assertRejected(
        given(),
        new AddCaseNoteCommand(REFERRAL, DIF, noteId, NOTE),
        ReferralProblem.REFERRAL_NOT_ACCEPTED);
    assertRejected(
        given(new ReferralAcceptedEvent(REFERRAL)),
        new AddCaseNoteCommand(REFERRAL, FISCALIA, noteId, NOTE),
        ReferralProblem.NOT_THE_REFERRAL_RECEIVER);
    assertRejected(
        given(new ReferralAcceptedEvent(REFERRAL), new ConsentWithdrawnEvent(REFERRAL, TODAY)),
        new AddCaseNoteCommand(REFERRAL, DIF, noteId, NOTE),
        ReferralProblem.CONSENT_WITHDRAWN);
    assertRejected(
        given(new ReferralAcceptedEvent(REFERRAL), noted),
        new AddCaseNoteCommand(REFERRAL, DIF, noteId, NOTE),
        ReferralProblem.CASE_NOTE_ALREADY_RECORDED);
  }

  @Test
  void caseNotes_reachTheIssuerOnlyWithinTheConsent_unlikeItsOwnDetails() {
    Object[] noted = {
      new ReferralAcceptedEvent(REFERRAL), new CaseNoteAddedEvent(REFERRAL, NOTE_ID, DIF, NOTE)
    };
    DetailsRelease release =
        release(given(noted), FISCALIA, CasePurpose.FOLLOW_UP, SealedPart.CASE_NOTES);
    assertThat(release.refusal()).isNull();
    assertThat(release.notes())
        .singleElement()
        .satisfies(
            note -> {
              assertThat(note.noteId()).isEqualTo(NOTE_ID);
              assertThat(note.author()).isEqualTo(DIF);
              assertThat(note.note()).isEqualTo(NOTE);
            });
    assertThat(
            release(given(noted), FISCALIA, CasePurpose.LEGAL_PROCEEDINGS, SealedPart.CASE_NOTES)
                .refusal())
        .isEqualTo(ReferralProblem.PURPOSE_NOT_COVERED_BY_CONSENT);
    Object[] withdrawn = {noted[0], noted[1], new ConsentWithdrawnEvent(REFERRAL, TODAY)};
    assertThat(
            release(given(withdrawn), FISCALIA, CasePurpose.FOLLOW_UP, SealedPart.CASE_NOTES)
                .refusal())
        .isEqualTo(ReferralProblem.CONSENT_WITHDRAWN);
    assertThat(
            release(given(withdrawn), FISCALIA, CasePurpose.FOLLOW_UP, SealedPart.VICTIM_DETAILS)
                .refusal())
        .isNull();
  }

  private void assertRejected(TestExecutor<Referral> given, Object command, ReferralProblem code) {
    given
        .when(command)
        .expectNoEvents()
        .expectException(RejectedException.class)
        .expectExceptionMessage(code.name());
  }

  private TestExecutor<Referral> given(Object... after) {
    Object[] events = new Object[after.length + 1];
    events[0] = issued(FOLLOW_UP_UNTIL_2023);
    System.arraycopy(after, 0, events, 1, after.length);
    return fixture.given(events);
  }

  private static void assertReleased(
      TestExecutor<Referral> given, AgencyId reader, CasePurpose purpose) {
    DetailsRelease release = release(given, reader, purpose);
    assertThat(release.refusal()).isNull();
    assertThat(release.sealedDetails()).isEqualTo(SEALED);
    assertThat(release.parties()).containsExactly(FISCALIA, DIF);
  }

  private static void assertRefused(
      TestExecutor<Referral> given, AgencyId reader, CasePurpose purpose, ReferralProblem refusal) {
    assertThat(release(given, reader, purpose).refusal()).isEqualTo(refusal);
  }

  private static DetailsRelease release(
      TestExecutor<Referral> given, AgencyId reader, CasePurpose purpose) {
    return release(given, reader, purpose, SealedPart.VICTIM_DETAILS);
  }

  private static DetailsRelease release(
      TestExecutor<Referral> given, AgencyId reader, CasePurpose purpose, SealedPart part) {
    ResultValidator<Referral> result =
        given.when(new ReleaseDetailsCommand(REFERRAL, reader, purpose, false, part));
    result.expectSuccessfulHandlerExecution().expectNoEvents();
    DetailsRelease[] captured = new DetailsRelease[1];
    result.expectResultMessagePayloadMatching(
        Matchers.matches(
            payload -> {
              captured[0] = (DetailsRelease) payload;
              return true;
            }));
    return captured[0];
  }

  private static ReferralIssuedEvent issued(Consent consent) {
    return new ReferralIssuedEvent(
        REFERRAL,
        CASE,
        FISCALIA,
        DIF,
        CAT_CANCUN,
        ServiceRequested.SHELTER,
        Urgency.EMERGENCY,
        consent,
        SEALED,
        null,
        null,
        null,
        null);
  }
}
