package mx.bitacora.query.integrity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * What a verification found: intact through {@code verifiedThrough}, or the first discrepancy.
 * {@code sealedThrough} is the chain's end, {@code logEnd} the highest position in the event table;
 * positions between them are not sealed yet and are not judged. Absent fields (no discrepancy, no
 * checkpoint yet) are left out of the JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationReport(
    boolean intact,
    long verifiedThrough,
    long sealedThrough,
    long logEnd,
    long unsealedEvents,
    int checkpointsVerified,
    int keptCheckpointsVerified,
    Long latestCheckpoint,
    Discrepancy discrepancy,
    Instant verifiedAt) {}
