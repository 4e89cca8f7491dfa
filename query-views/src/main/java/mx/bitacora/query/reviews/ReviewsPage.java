package mx.bitacora.query.reviews;

import java.util.List;

/** One page of the reviews the caller may see, newest first, with the filters echoed. */
public record ReviewsPage(
    ReviewStatus status,
    String agency,
    List<ReviewSummary> reviews,
    int page,
    int size,
    long totalElements,
    int totalPages) {}
