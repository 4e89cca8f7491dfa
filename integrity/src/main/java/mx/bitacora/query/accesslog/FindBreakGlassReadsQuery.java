package mx.bitacora.query.accesslog;

import java.time.Duration;
import java.time.Instant;
import mx.bitacora.events.common.AgencyId;

/**
 * Asks for break-glass reads, newest first, optionally only those of one review status; {@code
 * owningAgency}, when set, keeps only reads of that agency's cases (what its staff may see). A read
 * made before {@code now} minus {@code reviewWithin} and still unreviewed is overdue.
 */
record FindBreakGlassReadsQuery(
    BreakGlassReviewStatus status,
    AgencyId owningAgency,
    Instant now,
    Duration reviewWithin,
    int page,
    int size) {}
