package mx.bitacora.query.trainingsessions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.bitacora.query.history.HistoryEntry;

/**
 * One training session: what was scheduled, whether it was cancelled (and why), its participants
 * with what stands of their attendance and completion, every fact recorded about them in the order
 * recorded, and its history. A participant's agency sees only its own participants and their facts,
 * and no history ({@code history} null); the trainer's agency and the commission see everything.
 */
public record TrainingSessionView(
    String trainingSessionId,
    String projectId,
    String topic,
    String trainerAgency,
    List<String> audiences,
    BigDecimal hours,
    LocalDate heldOn,
    String place,
    int capacity,
    boolean cancelled,
    String cancelReason,
    List<Participant> participants,
    List<Fact> facts,
    List<HistoryEntry> history) {

  /**
   * A person enrolled: the agency they were enrolled for and their role; whether an attendance of
   * theirs stands; their standing completion's hours and certificate (null when none stands).
   */
  public record Participant(
      String staffId,
      String agency,
      String role,
      boolean attended,
      BigDecimal hoursCompleted,
      String certificateReference) {}

  /**
   * An enrolment, attendance or completion, by its sequence number in the session's history (what a
   * correction or voiding names), with the values that stand and the correction and voiding that
   * name it, if any.
   */
  public record Fact(
      long sequenceNumber,
      String kind,
      String staffId,
      String agency,
      String role,
      BigDecimal hoursCompleted,
      String certificateReference,
      LocalDate recordedOn,
      Instant recordedAt,
      Long correctedBy,
      Long voidedBy) {

    boolean stands() {
      return voidedBy == null;
    }
  }
}
