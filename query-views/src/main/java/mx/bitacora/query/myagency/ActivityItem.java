package mx.bitacora.query.myagency;

import java.time.Duration;
import java.time.Instant;

/**
 * One thing the agency did or received: its kind, the id of the referral, delivery, session or
 * correcting event, its record time and state, and the facts that apply to its kind (null
 * otherwise). Never a case reference, a victim datum or a staff id.
 */
public record ActivityItem(
    ActivityKind kind,
    String id,
    Instant recordedAt,
    String month,
    String state,
    String counterpartAgency,
    String shelterId,
    Duration timeToAnswer,
    Integer discrepancyLines,
    String correctedEventType,
    String correctedId) {}
