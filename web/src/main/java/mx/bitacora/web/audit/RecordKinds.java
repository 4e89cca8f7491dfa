package mx.bitacora.web.audit;

import java.util.List;

/**
 * The kinds of fact and of record the audit trail's filters offer (each shown by its translated
 * name, {@code event.<type>} and {@code aggregate.<type>}); a kind missing here still shows in the
 * trail, under its own name.
 */
final class RecordKinds {

  static final List<String> EVENT_TYPES =
      List.of(
          "AgencyRegisteredEvent",
          "AgencyRenamedEvent",
          "AgencyDeactivatedEvent",
          "ShelterRegisteredEvent",
          "ShelterCapacityChangedEvent",
          "ShelterClosedEvent",
          "ProjectOpenedEvent",
          "ProjectBeneficiaryAddedEvent",
          "ProjectBeneficiaryRemovedEvent",
          "ProjectClosedEvent",
          "DeliveryPlannedEvent",
          "DeliveryDispatchedEvent",
          "DeliveryReceiptAcknowledgedEvent",
          "DeliveryVoidedEvent",
          "DeliveryFactCorrectedEvent",
          "DeliveryFactVoidedEvent",
          "TrainingSessionScheduledEvent",
          "ParticipantEnrolledEvent",
          "AttendanceRecordedEvent",
          "TrainingCompletedEvent",
          "TrainingSessionCancelledEvent",
          "TrainingFactCorrectedEvent",
          "TrainingFactVoidedEvent",
          "ReferralIssuedEvent",
          "ReferralAcceptedEvent",
          "ReferralDeclinedEvent",
          "ReferralWithdrawnEvent",
          "ReferralClosedEvent",
          "ReferralEscalatedEvent",
          "ReferralStepVoidedEvent",
          "VictimDetailsAmendedEvent",
          "CaseNoteAddedEvent",
          "ConsentNarrowedEvent",
          "ConsentWithdrawnEvent",
          "CaseErasedEvent",
          "InboxItemReadEvent",
          "CommitmentMadeEvent",
          "CommitmentRevisedEvent",
          "CommitmentWithdrawnEvent",
          "ReviewOpenedEvent",
          "FindingRecordedEvent",
          "FindingAnsweredEvent",
          "FindingAcceptedEvent",
          "FindingReopenedEvent",
          "FindingEscalatedEvent",
          "ReviewConcludedEvent",
          "ReviewReportIssuedEvent",
          "BreakGlassReadReviewedEvent");

  static final List<String> AGGREGATE_TYPES =
      List.of(
          "Agency",
          "Shelter",
          "Project",
          "Delivery",
          "TrainingSession",
          "Referral",
          "CaseErasure",
          "InboxItem",
          "Commitment",
          "Review",
          "ReviewReport",
          "BreakGlassReview");

  private RecordKinds() {}
}
