package mx.bitacora.command.review;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import mx.bitacora.command.project.ProjectDirectory;
import mx.bitacora.command.project.RegisteredProject;
import mx.bitacora.command.shelter.RegisteredShelter;
import mx.bitacora.command.shelter.ShelterDirectory;
import mx.bitacora.events.commitment.CommitmentId;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.review.Evidence;
import mx.bitacora.events.review.FindingAcceptedEvent;
import mx.bitacora.events.review.FindingAnsweredEvent;
import mx.bitacora.events.review.FindingEscalatedEvent;
import mx.bitacora.events.review.FindingId;
import mx.bitacora.events.review.FindingRecordedEvent;
import mx.bitacora.events.review.FindingReopenedEvent;
import mx.bitacora.events.review.ReviewConcludedEvent;
import mx.bitacora.events.review.ReviewCriterion;
import mx.bitacora.events.review.ReviewId;
import mx.bitacora.events.review.ReviewOpenedEvent;
import mx.bitacora.events.review.ReviewScope;
import mx.bitacora.platform.problem.RejectedException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One compliance review. Reviewers open it over a scope (agencies, optionally a project and a
 * shelter, a business-time period) and criteria, record findings citing evidence that exists and
 * lies in that scope, accept or reopen the answers, and conclude it. Each finding goes to one
 * agency, which alone answers it (any other agency is told it does not exist); unanswered by its
 * due date, the finding is escalated to the commission. A concluded review takes nothing more.
 */
@Aggregate
class Review {

  /** Keeps a review's stream apart from any other aggregate given the same client UUID. */
  private static final String STREAM_PREFIX = "review:";

  @AggregateIdentifier private String streamId;
  private ReviewId reviewId;
  private ReviewScope scope;
  private Set<String> criteria;
  private final Map<FindingId, Finding> findings = new HashMap<>();
  private boolean concluded;

  /**
   * Where a finding stands: whom it concerns, its answer's stage, and since which event (sequence
   * number) it has awaited its current answer.
   */
  private record Finding(AgencyId concernedAgency, FindingStage stage, long awaitingSince) {

    Finding in(FindingStage next) {
      return new Finding(concernedAgency, next, awaitingSince);
    }
  }

  private enum FindingStage {
    AWAITING_RESPONSE,
    ANSWERED,
    ACCEPTED
  }

  Review() {
    // for Axon: rebuilt from its events
  }

  static String streamIdOf(ReviewId reviewId) {
    return STREAM_PREFIX + reviewId;
  }

  @CommandHandler
  Review(
      OpenReviewCommand command,
      ProjectDirectory projects,
      ShelterDirectory shelters,
      Clock clock) {
    if (command.to().isBefore(command.from())) {
      throw new RejectedException(
          ReviewProblem.REVIEW_PERIOD_ENDS_BEFORE_START, command.to(), command.from());
    }
    ensureCriteriaDistinct(command);
    Set<AgencyId> agencies = new LinkedHashSet<>(command.agencies());
    if (command.projectId() != null) {
      RegisteredProject project =
          projects
              .find(command.projectId())
              .orElseThrow(
                  () ->
                      new RejectedException(
                          ReviewProblem.REVIEW_PROJECT_NOT_REGISTERED, command.projectId()));
      agencies.add(project.implementerAgency());
      agencies.add(project.funderAgency());
    }
    if (command.shelterId() != null) {
      RegisteredShelter shelter =
          shelters
              .find(command.shelterId())
              .orElseThrow(
                  () ->
                      new RejectedException(
                          ReviewProblem.REVIEW_SHELTER_NOT_REGISTERED, command.shelterId()));
      agencies.add(shelter.operatingAgency());
    }
    if (agencies.isEmpty()) {
      throw new RejectedException(ReviewProblem.REVIEW_SCOPE_WITHOUT_AGENCY);
    }
    apply(
        new ReviewOpenedEvent(
            command.reviewId(),
            command.title().strip(),
            new ReviewScope(
                agencies.stream().toList(),
                command.projectId(),
                command.shelterId(),
                command.from(),
                command.to()),
            command.criteria().stream()
                .map(c -> new ReviewCriterion(c.code().strip(), c.description().strip()))
                .toList(),
            dayOf(command.openedOn(), clock)));
  }

  @CommandHandler
  void handle(
      RecordFindingCommand command,
      ReviewEvidence evidence,
      DeadlineManager deadlines,
      Clock clock) {
    ensureNotConcluded();
    if (findings.containsKey(command.findingId())) {
      throw new RejectedException(ReviewProblem.FINDING_ALREADY_RECORDED, command.findingId());
    }
    if (!criteria.contains(command.criterion().strip())) {
      throw new RejectedException(ReviewProblem.CRITERION_NOT_IN_REVIEW);
    }
    if (!scope.agencies().contains(command.concernedAgency())) {
      throw new RejectedException(
          ReviewProblem.FINDING_AGENCY_NOT_IN_SCOPE, command.concernedAgency());
    }
    LocalDate recordedOn = dayOf(command.recordedOn(), clock);
    ensureNotDueBefore(command.responseDueOn(), recordedOn);
    ensureCitedAndInScope(command.evidence(), evidence);
    apply(
        new FindingRecordedEvent(
            reviewId,
            command.findingId(),
            command.criterion().strip(),
            command.severity(),
            command.concernedAgency(),
            command.statement().strip(),
            stripped(command.recommendation()),
            command.evidence(),
            recordedOn,
            command.responseDueOn()));
    scheduleResponseDeadline(command.findingId(), command.responseDueOn(), deadlines, clock);
  }

  @CommandHandler
  void handle(AnswerFindingCommand command, Clock clock) {
    Finding finding = findingOf(command.findingId(), command.actingAgency());
    ensureNotConcluded();
    if (finding.stage() != FindingStage.AWAITING_RESPONSE) {
      throw new RejectedException(ReviewProblem.FINDING_NOT_AWAITING_RESPONSE, command.findingId());
    }
    LocalDate answeredOn = dayOf(command.answeredOn(), clock);
    ensureNotDueBefore(command.correctiveActionDueOn(), answeredOn);
    apply(
        new FindingAnsweredEvent(
            reviewId,
            command.findingId(),
            command.actingAgency(),
            command.response().strip(),
            command.correctiveAction().strip(),
            command.correctiveActionDueOn(),
            answeredOn));
  }

  @CommandHandler
  void handle(AcceptFindingCommand command, Clock clock) {
    Finding finding = answeredFinding(command.findingId());
    apply(
        new FindingAcceptedEvent(
            reviewId,
            command.findingId(),
            finding.concernedAgency(),
            dayOf(command.acceptedOn(), clock)));
  }

  @CommandHandler
  void handle(ReopenFindingCommand command, DeadlineManager deadlines, Clock clock) {
    Finding finding = answeredFinding(command.findingId());
    LocalDate reopenedOn = dayOf(command.reopenedOn(), clock);
    ensureNotDueBefore(command.responseDueOn(), reopenedOn);
    apply(
        new FindingReopenedEvent(
            reviewId,
            command.findingId(),
            finding.concernedAgency(),
            command.reason().strip(),
            command.responseDueOn(),
            reopenedOn));
    scheduleResponseDeadline(command.findingId(), command.responseDueOn(), deadlines, clock);
  }

  @CommandHandler
  void handle(ConcludeReviewCommand command, Clock clock) {
    ensureNotConcluded();
    apply(
        new ReviewConcludedEvent(
            reviewId, command.conclusion().strip(), dayOf(command.concludedOn(), clock)));
  }

  /**
   * The day the answer was due has ended. Recorded only if the finding still awaits the answer this
   * deadline was scheduled for and the review is open: an answer does not cancel its deadline, so
   * the deadline of a finding answered meanwhile comes due and changes nothing.
   */
  @DeadlineHandler(deadlineName = FindingResponseDeadline.NAME)
  void on(FindingResponseDeadline deadline, @Timestamp Instant dueDayEndedAt) {
    Finding finding = findings.get(deadline.findingId());
    if (!concluded
        && finding != null
        && finding.stage() == FindingStage.AWAITING_RESPONSE
        && finding.awaitingSince() == deadline.awaitingSince()) {
      apply(
          new FindingEscalatedEvent(
              reviewId,
              deadline.findingId(),
              finding.concernedAgency(),
              deadline.responseDueOn(),
              dueDayEndedAt));
    }
  }

  /** Schedules the escalation for the end of {@code dueOn}, in the network's time zone. */
  private void scheduleResponseDeadline(
      FindingId findingId, LocalDate dueOn, DeadlineManager deadlines, Clock clock) {
    Instant endOfDueDay = dueOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    deadlines.schedule(
        endOfDueDay,
        FindingResponseDeadline.NAME,
        new FindingResponseDeadline(
            reviewId, findingId, dueOn, findings.get(findingId).awaitingSince()));
  }

  /** The day a step was taken as its actor states it (business time), else the network's today. */
  private static LocalDate dayOf(LocalDate stated, Clock clock) {
    return stated != null ? stated : LocalDate.now(clock);
  }

  private static void ensureCriteriaDistinct(OpenReviewCommand command) {
    Set<String> codes = new HashSet<>();
    for (ReviewCriterion criterion : command.criteria()) {
      if (!codes.add(criterion.code().strip())) {
        throw new RejectedException(ReviewProblem.REVIEW_CRITERIA_REPEATED);
      }
    }
  }

  /** Every cited commitment and event exists and lies in the review's scope. */
  private void ensureCitedAndInScope(Evidence cited, ReviewEvidence evidence) {
    if (cited == null || cited.citesNothing()) {
      throw new RejectedException(ReviewProblem.FINDING_WITHOUT_EVIDENCE);
    }
    for (CommitmentId commitment : cited.commitments()) {
      EvidenceReach reach =
          evidence
              .commitment(commitment)
              .orElseThrow(
                  () -> new RejectedException(ReviewProblem.EVIDENCE_NOT_FOUND, commitment));
      ensureInScope(reach, commitment);
    }
    for (long position : cited.eventPositions()) {
      EvidenceReach reach =
          evidence
              .event(position)
              .orElseThrow(() -> new RejectedException(ReviewProblem.EVIDENCE_NOT_FOUND, position));
      ensureInScope(reach, position);
    }
  }

  private void ensureInScope(EvidenceReach reach, Object cited) {
    if (!reach.liesIn(scope)) {
      throw new RejectedException(ReviewProblem.EVIDENCE_OUT_OF_SCOPE, cited);
    }
  }

  private static void ensureNotDueBefore(LocalDate dueOn, LocalDate stepDay) {
    if (dueOn.isBefore(stepDay)) {
      throw new RejectedException(ReviewProblem.FINDING_DUE_IN_THE_PAST, dueOn, stepDay);
    }
  }

  private void ensureNotConcluded() {
    if (concluded) {
      throw new RejectedException(ReviewProblem.REVIEW_CONCLUDED, reviewId);
    }
  }

  /**
   * The finding, if it concerns {@code actingAgency}; to any other agency neither the finding nor
   * the review exists.
   */
  private Finding findingOf(FindingId findingId, AgencyId actingAgency) {
    Finding finding = findings.get(findingId);
    if (findings.values().stream().noneMatch(f -> f.concernedAgency().equals(actingAgency))) {
      throw new RejectedException(ReviewProblem.REVIEW_NOT_FOUND, reviewId);
    }
    if (finding == null || !finding.concernedAgency().equals(actingAgency)) {
      throw new RejectedException(ReviewProblem.FINDING_NOT_FOUND, findingId);
    }
    return finding;
  }

  /** A finding of this review whose answer awaits the reviewer's decision. */
  private Finding answeredFinding(FindingId findingId) {
    ensureNotConcluded();
    Finding finding = findings.get(findingId);
    if (finding == null) {
      throw new RejectedException(ReviewProblem.FINDING_NOT_FOUND, findingId);
    }
    if (finding.stage() != FindingStage.ANSWERED) {
      throw new RejectedException(ReviewProblem.FINDING_NOT_ANSWERED, findingId);
    }
    return finding;
  }

  private static String stripped(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  @EventSourcingHandler
  void on(ReviewOpenedEvent event) {
    streamId = streamIdOf(event.reviewId());
    reviewId = event.reviewId();
    scope = event.scope();
    criteria = new HashSet<>();
    event.criteria().forEach(criterion -> criteria.add(criterion.code()));
  }

  @EventSourcingHandler
  void on(FindingRecordedEvent event, @SequenceNumber long sequence) {
    findings.put(
        event.findingId(),
        new Finding(event.concernedAgency(), FindingStage.AWAITING_RESPONSE, sequence));
  }

  @EventSourcingHandler
  void on(FindingAnsweredEvent event) {
    findings.computeIfPresent(event.findingId(), (id, f) -> f.in(FindingStage.ANSWERED));
  }

  @EventSourcingHandler
  void on(FindingAcceptedEvent event) {
    findings.computeIfPresent(event.findingId(), (id, f) -> f.in(FindingStage.ACCEPTED));
  }

  @EventSourcingHandler
  void on(FindingReopenedEvent event, @SequenceNumber long sequence) {
    findings.computeIfPresent(
        event.findingId(),
        (id, f) -> new Finding(f.concernedAgency(), FindingStage.AWAITING_RESPONSE, sequence));
  }

  @EventSourcingHandler
  void on(ReviewConcludedEvent event) {
    concluded = true;
  }
}
