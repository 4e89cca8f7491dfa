package mx.bitacora.events.review;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A report of the review was issued: computed as of log position {@code asOfPosition} (a signed
 * checkpoint's), with statuses on {@code statusesOn}, in {@code format} (PDF, CSV, JSON) and {@code
 * language} (es, en). {@code sha256} is the hex SHA-256 of the file handed out, {@code
 * contentSha256} that of its figures (the report as JSON), which a verification recomputes.
 * Recorded by query-service, which computes reports, as an event of no aggregate.
 */
@Revision("1")
public record ReviewReportIssuedEvent(
    ReviewId reviewId,
    long asOfPosition,
    LocalDate statusesOn,
    String format,
    String language,
    String sha256,
    String contentSha256)
    implements ReviewEvent {}
