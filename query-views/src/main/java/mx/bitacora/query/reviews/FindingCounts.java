package mx.bitacora.query.reviews;

/**
 * How many of a review's findings the caller may see, in all and by status today, and how many were
 * escalated.
 */
public record FindingCounts(
    long total,
    long awaitingResponse,
    long overdue,
    long answered,
    long accepted,
    long escalated) {}
