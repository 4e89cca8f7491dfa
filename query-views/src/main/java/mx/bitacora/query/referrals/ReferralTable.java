package mx.bitacora.query.referrals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import mx.bitacora.events.cases.CaseErasedEvent;
import mx.bitacora.events.referral.CaseNoteAddedEvent;
import mx.bitacora.events.referral.ConsentNarrowedEvent;
import mx.bitacora.events.referral.ConsentWithdrawnEvent;
import mx.bitacora.events.referral.ReferralAcceptedEvent;
import mx.bitacora.events.referral.ReferralClosedEvent;
import mx.bitacora.events.referral.ReferralDeclinedEvent;
import mx.bitacora.events.referral.ReferralEscalatedEvent;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.events.referral.ReferralStepVoidedEvent;
import mx.bitacora.events.referral.ReferralWithdrawnEvent;
import mx.bitacora.events.referral.VictimDetailsAmendedEvent;
import mx.bitacora.query.tracking.RecordedEvent;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes each referral's current state, and the erased cases. Every write is idempotent: the issue
 * inserts or leaves an existing row alone, later events apply only if the row has not yet seen an
 * event at or after their sequence number, and an erasure is recorded once, so a replay never
 * changes anything. Victim details are never written.
 */
@Repository
class ReferralTable {

  private final NamedParameterJdbcTemplate jdbc;

  ReferralTable(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void recordIssued(ReferralIssuedEvent issued, RecordedEvent recorded) {
    jdbc.update(
        """
        INSERT INTO referral (
            referral_id, case_reference, issuing_agency, receiving_agency, receiving_shelter,
            service, urgency, consent_given_on, consent_scope, consent_expires_on, onward_from,
            case_agency, state, issued_at, stated_issued_at, updated_at, last_sequence,
            receiving_shelter_full)
        VALUES (
            :referralId, :caseReference, :issuingAgency, :receivingAgency, :receivingShelter,
            :service, :urgency, :consentGivenOn, :consentScope, :consentExpiresOn, :onwardFrom,
            :caseAgency, 'AWAITING_ANSWER', :recordedAt, :statedIssuedAt, :recordedAt, :sequence,
            :receivingShelterFull)
        ON CONFLICT (referral_id) DO NOTHING
        """,
        applying(issued.referralId(), recorded)
            .addValue("caseReference", issued.caseReference().value())
            .addValue("issuingAgency", issued.issuingAgency().value())
            .addValue("receivingAgency", issued.receivingAgency().value())
            .addValue(
                "receivingShelter",
                issued.receivingShelter() == null ? null : issued.receivingShelter().value())
            .addValue("service", issued.service().name())
            .addValue("urgency", issued.urgency().name())
            .addValue("consentGivenOn", issued.consent().givenOn())
            .addValue("consentScope", issued.consent().scope().name())
            .addValue("consentExpiresOn", issued.consent().expiresOn())
            .addValue(
                "onwardFrom", issued.onwardFrom() == null ? null : issued.onwardFrom().value())
            .addValue("caseAgency", issued.caseAgency().value())
            .addValue("statedIssuedAt", utc(issued.issuedAt()))
            .addValue("receivingShelterFull", issued.receivingShelterFull()));
  }

  void recordConsentNarrowed(ConsentNarrowedEvent narrowed, RecordedEvent recorded) {
    apply(
        narrowed.referralId(),
        "consent_given_on = :givenOn, consent_scope = :scope, consent_expires_on = :expiresOn",
        recorded,
        new MapSqlParameterSource("givenOn", narrowed.consent().givenOn())
            .addValue("scope", narrowed.consent().scope().name())
            .addValue("expiresOn", narrowed.consent().expiresOn()));
  }

  void recordDetailsAmended(VictimDetailsAmendedEvent amended, RecordedEvent recorded) {
    apply(amended.referralId(), "details_amendments = details_amendments + 1", recorded);
  }

  void recordCaseNoteAdded(CaseNoteAddedEvent noted, RecordedEvent recorded) {
    apply(noted.referralId(), "case_notes = case_notes + 1", recorded);
  }

  void recordConsentWithdrawn(ConsentWithdrawnEvent withdrawn, RecordedEvent recorded) {
    apply(
        withdrawn.referralId(),
        "consent_withdrawn_on = :withdrawnOn",
        recorded,
        new MapSqlParameterSource("withdrawnOn", withdrawn.withdrawnOn()));
  }

  void recordAccepted(ReferralAcceptedEvent accepted, RecordedEvent recorded) {
    apply(
        accepted.referralId(),
        "state = 'ACCEPTED', answered_at = :recordedAt, stated_answered_at = :statedAnsweredAt",
        recorded,
        new MapSqlParameterSource("statedAnsweredAt", utc(accepted.answeredAt())));
  }

  void recordDeclined(ReferralDeclinedEvent declined, RecordedEvent recorded) {
    apply(
        declined.referralId(),
        "state = 'DECLINED', decline_reason = :reason, answered_at = :recordedAt,"
            + " stated_answered_at = :statedAnsweredAt",
        recorded,
        new MapSqlParameterSource("reason", declined.reason().name())
            .addValue("statedAnsweredAt", utc(declined.answeredAt())));
  }

  void recordWithdrawn(ReferralWithdrawnEvent withdrawn, RecordedEvent recorded) {
    apply(withdrawn.referralId(), "state = 'WITHDRAWN'", recorded);
  }

  void recordClosed(ReferralClosedEvent closed, RecordedEvent recorded) {
    apply(
        closed.referralId(),
        "state = 'CLOSED', closure_outcome = :outcome, closure_reason = :reason",
        recorded,
        new MapSqlParameterSource("outcome", closed.outcome().name())
            .addValue("reason", closed.reason().name()));
  }

  /** Escalation is a notice, not a state; the first time the limit ran out is the one kept. */
  void recordEscalated(ReferralEscalatedEvent escalated, RecordedEvent recorded) {
    apply(
        escalated.referralId(),
        "escalated_at = coalesce(escalated_at, :escalatedAt)",
        recorded,
        new MapSqlParameterSource(
            "escalatedAt", OffsetDateTime.ofInstant(escalated.escalatedAt(), ZoneOffset.UTC)));
  }

  /**
   * A voided acceptance, decline or withdrawal returns the referral to awaiting an answer; the
   * voided step stays in the history. The event's {@code originalKind} says which was voided.
   */
  void recordStepVoided(ReferralStepVoidedEvent voided, RecordedEvent recorded) {
    String reset =
        switch (voided.originalKind()) {
          case ACCEPTANCE ->
              "state = 'AWAITING_ANSWER', answered_at = NULL, stated_answered_at = NULL";
          case DECLINE ->
              "state = 'AWAITING_ANSWER', answered_at = NULL, stated_answered_at = NULL,"
                  + " decline_reason = NULL";
          case WITHDRAWAL -> "state = 'AWAITING_ANSWER'";
        };
    apply(voided.referralId(), reset, recorded);
  }

  void recordCaseErased(CaseErasedEvent erased, RecordedEvent recorded) {
    jdbc.update(
        """
        INSERT INTO referral_case_erasure
            (case_reference, issuing_agency, erased_at, global_position)
        VALUES (:caseReference, :issuingAgency, :recordedAt, :globalPosition)
        ON CONFLICT (case_reference, (coalesce(issuing_agency, ''))) DO NOTHING
        """,
        new MapSqlParameterSource("caseReference", erased.caseReference().value())
            // null for an erasure from before cases were scoped to their issuing agency
            .addValue(
                "issuingAgency",
                erased.issuingAgency() == null ? null : erased.issuingAgency().value())
            .addValue("recordedAt", OffsetDateTime.ofInstant(recorded.recordedAt(), ZoneOffset.UTC))
            .addValue("globalPosition", recorded.globalPosition()));
  }

  private void apply(ReferralId referralId, String assignments, RecordedEvent recorded) {
    apply(referralId, assignments, recorded, new MapSqlParameterSource());
  }

  /** Applies {@code assignments} unless the row has already seen this event or a later one. */
  private void apply(
      ReferralId referralId,
      String assignments,
      RecordedEvent recorded,
      MapSqlParameterSource values) {
    jdbc.update(
        """
        UPDATE referral
        SET %s, updated_at = :recordedAt, last_sequence = :sequence
        WHERE referral_id = :referralId AND last_sequence < :sequence
        """
            .formatted(assignments),
        applying(referralId, recorded).addValues(values.getValues()));
  }

  private static MapSqlParameterSource applying(ReferralId referralId, RecordedEvent recorded) {
    return new MapSqlParameterSource("referralId", referralId.value())
        .addValue("recordedAt", OffsetDateTime.ofInstant(recorded.recordedAt(), ZoneOffset.UTC))
        .addValue("sequence", recorded.sequenceNumber());
  }

  /** A stated business time as PostgreSQL binds it; null when not stated. */
  private static OffsetDateTime utc(java.time.Instant time) {
    return time == null ? null : OffsetDateTime.ofInstant(time, ZoneOffset.UTC);
  }
}
