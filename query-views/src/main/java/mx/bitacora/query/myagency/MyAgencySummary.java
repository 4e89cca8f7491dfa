package mx.bitacora.query.myagency;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the agency did or received in the period (of business time, {@code from}/{@code to}, and of
 * record time, {@code recordedFrom}/{@code recordedTo}): counts per kind, per kind and state, per
 * month of business time, answer times of its referrals (between the business times its agencies
 * stated, the record times otherwise), deliveries with a discrepancy, and per kind how many were
 * recorded late (more than {@code bitacora.business-time.late-after} after they happened).
 */
public record MyAgencySummary(
    String agencyId,
    String agencyName,
    Instant from,
    Instant to,
    Instant recordedFrom,
    Instant recordedTo,
    Map<ActivityKind, Long> totals,
    Map<ActivityKind, Map<String, Long>> byState,
    List<MonthCounts> byMonth,
    Map<ActivityKind, AnswerTimes> timeToAnswer,
    Map<ActivityKind, Long> deliveriesWithDiscrepancies,
    Map<ActivityKind, Long> recordedLate) {

  /** The counts per kind of one UTC month of business time, such as {@code 2022-10}. */
  public record MonthCounts(String month, Map<ActivityKind, Long> counts) {}

  /** How many referrals of a kind have a standing answer, and the median time it took. */
  public record AnswerTimes(long answered, java.time.Duration median) {}
}
