package mx.bitacora.benchmarks.report;

/** One target of issue 6 with the figure measured for it and by how much it is met or missed. */
public record Target(
    String name, String goal, double measured, String unit, boolean met, String verdict) {

  /** Met when {@code measured >= goal}. */
  public static Target atLeast(String name, double goal, double measured, String unit) {
    boolean met = measured >= goal;
    String verdict =
        Double.isNaN(measured)
            ? "not measured"
            : met
                ? "met"
                : "missed by %.0f%% (%s of %s)"
                    .formatted(
                        100 * (goal - measured) / goal, format(measured, unit), format(goal, unit));
    return new Target(name, "≥ " + format(goal, unit), measured, unit, met, verdict);
  }

  /** Met when {@code measured <= goal}. */
  public static Target atMost(String name, double goal, double measured, String unit) {
    boolean met = measured <= goal;
    String verdict =
        Double.isNaN(measured)
            ? "not measured"
            : met
                ? "met"
                : "missed: %.1f× the limit (%s over)"
                    .formatted(measured / goal, format(measured - goal, unit));
    return new Target(name, "≤ " + format(goal, unit), measured, unit, met, verdict);
  }

  /** A target whose figure could not be taken (e.g. a view not built yet). */
  public static Target notMeasured(String name, String goal, String why) {
    return new Target(name, goal, Double.NaN, "", false, why);
  }

  static String format(double value, String unit) {
    if (Double.isNaN(value)) {
      return "—";
    }
    return switch (unit) {
      case "%" -> "%.0f%%".formatted(value * 100);
      case "events/s" -> "%,.0f events/s".formatted(value);
      default -> "%.1f %s".formatted(value, unit);
    };
  }
}
