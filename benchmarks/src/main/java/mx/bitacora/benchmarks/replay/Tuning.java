package mx.bitacora.benchmarks.replay;

import java.util.ArrayList;
import java.util.List;

/**
 * The query-service settings shipped before the tuning of issue 6 (docs/benchmarks.md, Tuning), so
 * that one run measures M3 both ways on the same log and machine.
 */
public final class Tuning {

  /** Every processing group of query-service (as its ProcessingGroups lists them). */
  private static final List<String> GROUPS =
      List.of(
          "shelter-deliveries",
          "referrals",
          "audit-trail",
          "agencies",
          "training",
          "enrolments",
          "projects",
          "shelters",
          "break-glass-reviews",
          "inbox",
          "commitments",
          "reviews");

  /** Settings restoring the values of before the tuning. */
  public static final List<String> BEFORE = before();

  private Tuning() {}

  private static List<String> before() {
    List<String> settings = new ArrayList<>();
    for (String group : GROUPS) {
      settings.add("--axon.eventhandling.processors." + group + ".batch-size=20");
    }
    settings.add("--bitacora.event-store.batch-size=100");
    return List.copyOf(settings);
  }
}
