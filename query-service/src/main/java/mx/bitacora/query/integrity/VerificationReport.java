package mx.bitacora.query.integrity;

import java.time.Instant;

/**
 * What a verification found: intact through {@code verifiedThrough}, or the first discrepancy.
 * {@code sealedThrough} is the chain's end, {@code logEnd} the highest position in the event table;
 * positions between them are not sealed yet and are not judged.
 */
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
