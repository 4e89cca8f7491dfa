package mx.bitacora.web.commitments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One commitment as query-service lists it: who committed (for which project), what by kind, the
 * window in which facts count, the figures as shown to this person ({@code "<5"} when withheld) and
 * its status today.
 */
public record Commitment(
    UUID commitmentId,
    String kind,
    String status,
    List<String> committingAgencies,
    UUID projectId,
    String shelterId,
    String shelterAgency,
    String item,
    String unit,
    String traineeAgency,
    String audience,
    LocalDate countsFrom,
    LocalDate dueOn,
    LocalDate madeOn,
    BigDecimal promised,
    BigDecimal achieved,
    String promisedShown,
    String achievedShown,
    int revisions) {

  public Commitment {
    committingAgencies = committingAgencies == null ? List.of() : List.copyOf(committingAgencies);
  }

  /** The figure promised as the service shows it to this person. */
  public String promisedFigure() {
    return shown(promisedShown, promised);
  }

  /** The figure achieved as the service shows it to this person. */
  public String achievedFigure() {
    return shown(achievedShown, achieved);
  }

  private static String shown(String shown, BigDecimal figure) {
    if (shown != null) {
      return shown.matches("\\d+\\.\\d+")
          ? new BigDecimal(shown).stripTrailingZeros().toPlainString()
          : shown;
    }
    return figure == null ? "" : figure.stripTrailingZeros().toPlainString();
  }
}
