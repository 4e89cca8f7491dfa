package mx.bitacora.query.commission;

import java.time.Instant;
import java.util.List;

/**
 * The commission overview: the figures per group, and the same figures for the whole network, of
 * what happened (business time) from {@code from} (inclusive) to {@code to} (exclusive), either
 * null when open.
 */
public record CommissionOverview(
    OverviewGrouping groupBy,
    Instant from,
    Instant to,
    List<OverviewGroup> groups,
    OverviewFigures network) {}
