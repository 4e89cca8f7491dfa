package mx.bitacora.query.myagency;

import java.time.Duration;
import java.time.Instant;

/**
 * One thing the agency did or received: its kind, the id of the referral, delivery, session or
 * correcting event, its record time, its business time ({@code occurredAt}: when it happened in the
 * world, the start of the UTC day for a fact dated by day; {@code businessTimeStated} false where
 * none was stated and the record time stands in), the UTC month of its business time, whether it
 * was recorded late ({@code recordedLate}: more than {@code bitacora.business-time.late-after}
 * after it happened), its state, and the facts that apply to its kind (null otherwise). Never a
 * case reference, a victim datum or a staff id.
 */
public record ActivityItem(
    ActivityKind kind,
    String id,
    Instant recordedAt,
    Instant occurredAt,
    boolean businessTimeStated,
    boolean recordedLate,
    String month,
    String state,
    String counterpartAgency,
    String shelterId,
    Duration timeToAnswer,
    Integer discrepancyLines,
    String correctedEventType,
    String correctedId) {}
