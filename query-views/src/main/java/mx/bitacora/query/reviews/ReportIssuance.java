package mx.bitacora.query.reviews;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A report issued of a review, as its issuance event recorded it. */
public record ReportIssuance(
    long issuedPosition,
    UUID reviewId,
    long asOfPosition,
    LocalDate statusesOn,
    String format,
    String language,
    String sha256,
    String contentSha256,
    Instant issuedAt,
    String issuedBy,
    String issuerAgency) {}
