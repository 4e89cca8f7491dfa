package mx.bitacora.query.reviews;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One review as listed: its title and scope, whether it is open or concluded (when, with what
 * conclusion), when it was opened, and the counts of the findings the caller may see.
 */
public record ReviewSummary(
    UUID reviewId,
    String title,
    ReviewStatus status,
    ReviewScopeView scope,
    LocalDate openedOn,
    LocalDate concludedOn,
    String conclusion,
    FindingCounts findings) {}
