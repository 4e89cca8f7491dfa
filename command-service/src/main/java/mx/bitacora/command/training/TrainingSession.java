package mx.bitacora.command.training;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import mx.bitacora.command.correction.CorrectionProblem;
import mx.bitacora.command.correction.RecordedFacts;
import mx.bitacora.command.correction.RecordedFacts.Fact;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.training.AttendanceRecordedEvent;
import mx.bitacora.events.training.ParticipantEnrolledEvent;
import mx.bitacora.events.training.StaffId;
import mx.bitacora.events.training.TrainingCompletedEvent;
import mx.bitacora.events.training.TrainingFactCorrectedEvent;
import mx.bitacora.events.training.TrainingFactKind;
import mx.bitacora.events.training.TrainingFactVoidedEvent;
import mx.bitacora.events.training.TrainingSessionCancelledEvent;
import mx.bitacora.events.training.TrainingSessionId;
import mx.bitacora.events.training.TrainingSessionScheduledEvent;
import mx.bitacora.platform.problem.RejectedException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One training session, from scheduling to its participants' completions. The trainer agency runs
 * it; an agency may enrol its own staff. An agency neither training nor with staff enrolled is told
 * the session does not exist.
 */
@Aggregate
class TrainingSession {

  @AggregateIdentifier private TrainingSessionId trainingSessionId;
  private AgencyId trainerAgency;
  private BigDecimal hours;
  private LocalDate heldOn;
  private int capacity;
  private Map<StaffId, AgencyId> participants;
  private Set<StaffId> attended;
  private Set<StaffId> completed;
  private boolean cancelled;

  /** Attendances and completions by sequence number, so a correction or voiding can name them. */
  private final RecordedFacts<TrainingFactKind, Participation> facts = new RecordedFacts<>();

  /** Whose attendance or completion a fact is, with a completion's current (corrected) values. */
  private record Participation(
      StaffId staffId, BigDecimal hoursCompleted, String certificateReference) {}

  TrainingSession() {
    // for Axon: rebuilt from its events
  }

  @CommandHandler
  TrainingSession(ScheduleTrainingSessionCommand command) {
    ensureSchedulerIsTrainer(command.actingAgency(), command.trainerAgency());
    ensurePositiveHours(command.hours());
    ensurePositiveCapacity(command.capacity());
    apply(
        new TrainingSessionScheduledEvent(
            command.trainingSessionId(),
            command.projectId(),
            command.topic(),
            command.trainerAgency(),
            command.audience(),
            command.hours(),
            command.heldOn(),
            command.place(),
            command.capacity(),
            command.allAudiences()));
  }

  @CommandHandler
  void handle(EnrolParticipantCommand command) {
    ensureMayEnrol(command.actingAgency(), command.agency());
    ensureNotCancelled();
    ensureNotYetEnrolled(command.staffId());
    ensureSeatAvailable();
    apply(
        new ParticipantEnrolledEvent(
            trainingSessionId, command.staffId(), command.agency(), command.role()));
  }

  @CommandHandler
  void handle(RecordAttendanceCommand command) {
    ensureVisibleTo(command.actingAgency());
    ensureNotCancelled();
    ensureActsForTrainerAgency(command.actingAgency());
    ensureEnrolled(command.staffId());
    ensureAttendanceNotYetRecorded(command.staffId());
    apply(new AttendanceRecordedEvent(trainingSessionId, command.staffId()));
  }

  /** The clock is a Spring bean (a fixture resource in tests): it decides "today". */
  @CommandHandler
  void handle(RecordCompletionCommand command, Clock clock) {
    ensureVisibleTo(command.actingAgency());
    ensureNotCancelled();
    ensureActsForTrainerAgency(command.actingAgency());
    ensureEnrolled(command.staffId());
    ensureNotYetCompleted(command.staffId());
    ensureCompletedHoursWithinSession(command.hoursCompleted());
    LocalDate today = LocalDate.now(clock);
    ensureSessionHasTakenPlace(today);
    apply(
        new TrainingCompletedEvent(
            trainingSessionId,
            command.staffId(),
            command.hoursCompleted(),
            command.certificateReference(),
            today));
  }

  @CommandHandler
  void handle(CancelTrainingSessionCommand command) {
    ensureVisibleTo(command.actingAgency());
    ensureNotCancelled();
    ensureActsForTrainerAgency(command.actingAgency());
    ensureReasonGiven(command.reason());
    apply(new TrainingSessionCancelledEvent(trainingSessionId, command.reason()));
  }

  @CommandHandler
  void handle(CorrectTrainingFactCommand command) {
    ensureVisibleTo(command.actingAgency());
    ensureNotCancelled();
    ensureActsForTrainerAgency(command.actingAgency());
    ensureCorrectionReasonGiven(command.reason());
    Fact<TrainingFactKind, Participation> original = standingFact(command.originalSequenceNumber());
    ensureKind(original, TrainingFactKind.COMPLETION);
    Participation recorded = original.values();
    BigDecimal correctedHours =
        command.hoursCompleted() == null ? recorded.hoursCompleted() : command.hoursCompleted();
    String correctedCertificate =
        command.certificateReference() == null
            ? recorded.certificateReference()
            : command.certificateReference();
    ensureCompletedHoursWithinSession(correctedHours);
    ensureChangesSomething(
        correctedHours.compareTo(recorded.hoursCompleted()) == 0
            && correctedCertificate.equals(recorded.certificateReference()));
    apply(
        new TrainingFactCorrectedEvent(
            trainingSessionId,
            original.named(),
            original.kind(),
            command.reason(),
            recorded.staffId(),
            correctedHours,
            correctedCertificate));
  }

  @CommandHandler
  void handle(VoidTrainingFactCommand command) {
    ensureVisibleTo(command.actingAgency());
    ensureNotCancelled();
    ensureActsForTrainerAgency(command.actingAgency());
    ensureCorrectionReasonGiven(command.reason());
    Fact<TrainingFactKind, Participation> original = standingFact(command.originalSequenceNumber());
    apply(
        new TrainingFactVoidedEvent(
            trainingSessionId,
            original.named(),
            original.kind(),
            command.reason(),
            original.values().staffId()));
  }

  private static void ensureSchedulerIsTrainer(AgencyId actingAgency, AgencyId trainer) {
    if (!actingAgency.equals(trainer)) {
      throw new RejectedException(TrainingProblem.NOT_THE_TRAINER_AGENCY, actingAgency);
    }
  }

  private static void ensurePositiveHours(BigDecimal hours) {
    if (hours == null || hours.signum() <= 0) {
      throw new RejectedException(TrainingProblem.NON_POSITIVE_TRAINING_HOURS);
    }
  }

  private static void ensurePositiveCapacity(int capacity) {
    if (capacity <= 0) {
      throw new RejectedException(TrainingProblem.NON_POSITIVE_SESSION_CAPACITY);
    }
  }

  private static void ensureReasonGiven(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new RejectedException(TrainingProblem.CANCELLATION_WITHOUT_REASON);
    }
  }

  /** The trainer enrols anyone; any other agency only its own staff, and is otherwise not told. */
  private void ensureMayEnrol(AgencyId actingAgency, AgencyId participantAgency) {
    if (actingAgency.equals(trainerAgency) || actingAgency.equals(participantAgency)) {
      return;
    }
    ensureVisibleTo(actingAgency);
    throw new RejectedException(TrainingProblem.NOT_TRAINER_OR_OWN_STAFF, actingAgency);
  }

  private void ensureVisibleTo(AgencyId agency) {
    if (!agency.equals(trainerAgency) && !participants.containsValue(agency)) {
      throw new RejectedException(TrainingProblem.TRAINING_SESSION_NOT_FOUND, trainingSessionId);
    }
  }

  private void ensureNotCancelled() {
    if (cancelled) {
      throw new RejectedException(TrainingProblem.TRAINING_SESSION_CANCELLED, trainingSessionId);
    }
  }

  private void ensureActsForTrainerAgency(AgencyId agency) {
    if (!agency.equals(trainerAgency)) {
      throw new RejectedException(TrainingProblem.NOT_THE_TRAINER_AGENCY, agency);
    }
  }

  // Staff ids are submitted values: problems never echo them, so these rules name no argument.
  private void ensureNotYetEnrolled(StaffId staffId) {
    if (participants.containsKey(staffId)) {
      throw new RejectedException(TrainingProblem.PARTICIPANT_ALREADY_ENROLLED);
    }
  }

  private void ensureSeatAvailable() {
    if (participants.size() >= capacity) {
      throw new RejectedException(
          TrainingProblem.TRAINING_SESSION_FULL, trainingSessionId, capacity);
    }
  }

  private void ensureEnrolled(StaffId staffId) {
    if (!participants.containsKey(staffId)) {
      throw new RejectedException(TrainingProblem.PARTICIPANT_NOT_ENROLLED);
    }
  }

  private void ensureAttendanceNotYetRecorded(StaffId staffId) {
    if (attended.contains(staffId)) {
      throw new RejectedException(TrainingProblem.ATTENDANCE_ALREADY_RECORDED);
    }
  }

  private void ensureNotYetCompleted(StaffId staffId) {
    if (completed.contains(staffId)) {
      throw new RejectedException(TrainingProblem.TRAINING_ALREADY_COMPLETED);
    }
  }

  private void ensureCompletedHoursWithinSession(BigDecimal hoursCompleted) {
    if (hoursCompleted == null || hoursCompleted.signum() <= 0) {
      throw new RejectedException(TrainingProblem.NON_POSITIVE_COMPLETED_HOURS);
    }
    if (hoursCompleted.compareTo(hours) > 0) {
      throw new RejectedException(TrainingProblem.COMPLETED_HOURS_EXCEED_SESSION, hours);
    }
  }

  private static void ensureCorrectionReasonGiven(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new RejectedException(CorrectionProblem.CORRECTION_WITHOUT_REASON);
    }
  }

  private static void ensureChangesSomething(boolean unchanged) {
    if (unchanged) {
      throw new RejectedException(CorrectionProblem.CORRECTION_CHANGES_NOTHING);
    }
  }

  private static void ensureKind(
      Fact<TrainingFactKind, Participation> fact, TrainingFactKind kind) {
    if (fact.kind() != kind) {
      throw RecordedFacts.notCorrectable(fact.sequenceNumber());
    }
  }

  /**
   * The fact a correction or voiding names: an attendance or completion of this session that still
   * counts. Any other event of the session is not correctable this way.
   */
  private Fact<TrainingFactKind, Participation> standingFact(long sequenceNumber) {
    return facts.standing(sequenceNumber, AggregateLifecycle.getVersion());
  }

  private void ensureSessionHasTakenPlace(LocalDate today) {
    if (today.isBefore(heldOn)) {
      throw new RejectedException(TrainingProblem.COMPLETION_BEFORE_SESSION_DATE, heldOn);
    }
  }

  @EventSourcingHandler
  void on(TrainingSessionScheduledEvent event) {
    trainingSessionId = event.trainingSessionId();
    trainerAgency = event.trainerAgency();
    hours = event.hours();
    heldOn = event.heldOn();
    capacity = event.capacity();
    participants = new HashMap<>();
    attended = new HashSet<>();
    completed = new HashSet<>();
  }

  @EventSourcingHandler
  void on(ParticipantEnrolledEvent event) {
    participants.put(event.staffId(), event.agency());
  }

  @EventSourcingHandler
  void on(
      AttendanceRecordedEvent event,
      @SequenceNumber long sequence,
      @MessageIdentifier String eventId) {
    attended.add(event.staffId());
    facts.recorded(
        sequence,
        eventId,
        TrainingFactKind.ATTENDANCE,
        new Participation(event.staffId(), null, null));
  }

  @EventSourcingHandler
  void on(
      TrainingCompletedEvent event,
      @SequenceNumber long sequence,
      @MessageIdentifier String eventId) {
    completed.add(event.staffId());
    facts.recorded(
        sequence,
        eventId,
        TrainingFactKind.COMPLETION,
        new Participation(event.staffId(), event.hoursCompleted(), event.certificateReference()));
  }

  @EventSourcingHandler
  void on(TrainingFactCorrectedEvent event) {
    facts.corrected(
        event.original(),
        new Participation(event.staffId(), event.hoursCompleted(), event.certificateReference()));
  }

  /** A voided attendance or completion no longer counts, so it may be recorded again. */
  @EventSourcingHandler
  void on(TrainingFactVoidedEvent event) {
    facts.voided(event.original());
    switch (event.originalKind()) {
      case ATTENDANCE -> attended.remove(event.staffId());
      case COMPLETION -> completed.remove(event.staffId());
    }
  }

  @EventSourcingHandler
  void on(TrainingSessionCancelledEvent event) {
    cancelled = true;
  }
}
