package mx.bitacora.query.rebuild;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a rebuild of one processing group stands: its {@code state}, the log position its every
 * segment has reached against the log's head, the average rate since it started, the time it may
 * still need at that rate (null until it has a rate), how many events it left out because the
 * projection could not apply them, when it started and when its version took over (null before).
 */
public record RebuildProgress(
    String processingGroup,
    RebuildState state,
    long positionReached,
    long headPosition,
    double eventsPerSecond,
    Duration estimatedTimeLeft,
    long eventsLeftOut,
    Instant startedAt,
    Instant tookOverAt,
    String failure) {}
