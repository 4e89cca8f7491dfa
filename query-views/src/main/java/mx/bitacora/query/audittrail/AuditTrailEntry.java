package mx.bitacora.query.audittrail;

import java.time.Instant;
import java.util.List;
import mx.bitacora.query.deadletters.DeadLetterResolution;

/**
 * One event of the audit trail: its position in the event log, identity and type, its aggregate,
 * when it happened ({@code businessTime}, ISO-8601, null if the event has none) and when it was
 * recorded, who recorded it for which agency, roles and request, every agency involved, the fact it
 * corrects or voids ({@code corrects}, an event id) and the later events correcting or voiding it
 * ({@code correctedBy}); for an event that could not be read, only its envelope and {@code
 * unreadable} (null otherwise). Never a case reference or any other victim datum.
 */
public record AuditTrailEntry(
    long position,
    String eventId,
    String eventType,
    String aggregateType,
    String aggregateId,
    long sequenceNumber,
    String businessTime,
    Instant recordedAt,
    String actor,
    String actorAgency,
    List<String> actorRoles,
    String requestId,
    String correlationId,
    List<String> agencies,
    String corrects,
    List<String> correctedBy,
    Unreadable unreadable) {

  /**
   * Why an event in the log has no facts here: the class of the error met reading it, and, if an
   * administrator set it aside for good, their resolution.
   */
  public record Unreadable(String cause, DeadLetterResolution resolution) {}

  /** This entry with {@code unreadable} in place of its own. */
  AuditTrailEntry withUnreadable(Unreadable replaced) {
    return new AuditTrailEntry(
        position,
        eventId,
        eventType,
        aggregateType,
        aggregateId,
        sequenceNumber,
        businessTime,
        recordedAt,
        actor,
        actorAgency,
        actorRoles,
        requestId,
        correlationId,
        agencies,
        corrects,
        correctedBy,
        replaced);
  }

  public AuditTrailEntry {
    actorRoles = List.copyOf(actorRoles);
    agencies = List.copyOf(agencies);
    correctedBy = List.copyOf(correctedBy);
  }
}
