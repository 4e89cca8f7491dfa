package mx.bitacora.query.reviewreports;

import java.time.Instant;
import java.util.UUID;

/**
 * What a verification of a report file found: whether it {@code verified} (all three checks held);
 * the file's SHA-256; whether that hash was recorded as issued, and if so of which review, as of
 * which position, when and in which format and language; whether the checkpoint at that position is
 * there and signed by the platform's key (its key id and chain hash); whether the figures
 * recomputed from the log as of that position still agree; and a one-line summary in the caller's
 * language. The checks that could not be made (for a file never issued) are null.
 */
public record ReportVerification(
    boolean verified,
    String sha256,
    boolean issued,
    UUID reviewId,
    Long asOfPosition,
    Long issuedPosition,
    Instant issuedAt,
    String format,
    String language,
    Boolean checkpointGenuine,
    String keyId,
    String chainHash,
    Boolean figuresAgree,
    String summary) {}
