package mx.bitacora.query.myagency;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the agency did or received in the period: counts per kind, per kind and state, per month of
 * record time, answer times of its referrals, and deliveries with a discrepancy.
 */
public record MyAgencySummary(
    String agencyId,
    String agencyName,
    Instant from,
    Instant to,
    Map<ActivityKind, Long> totals,
    Map<ActivityKind, Map<String, Long>> byState,
    List<MonthCounts> byMonth,
    Map<ActivityKind, AnswerTimes> timeToAnswer,
    Map<ActivityKind, Long> deliveriesWithDiscrepancies) {

  /** The counts per kind of one UTC month of record time, such as {@code 2022-10}. */
  public record MonthCounts(String month, Map<ActivityKind, Long> counts) {}

  /** How many referrals of a kind have a standing answer, and the median time it took. */
  public record AnswerTimes(long answered, java.time.Duration median) {}
}
