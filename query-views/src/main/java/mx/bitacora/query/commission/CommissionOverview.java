package mx.bitacora.query.commission;

import java.util.List;

/** The commission overview: the figures per group, and the same figures for the whole network. */
public record CommissionOverview(
    OverviewGrouping groupBy, List<OverviewGroup> groups, OverviewFigures network) {}
