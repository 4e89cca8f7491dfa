package mx.bitacora.query.smallcounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.platform.security.Role;
import org.junit.jupiter.api.Test;

/**
 * Small counts withheld from tables built to leak them: each table is handed, as shown, to a reader
 * who knows every line's sum and works out whatever a line leaves as its only unknown (a total
 * minus the other cells, again and again across rows, columns and levels: {@link TotalsAttack}); no
 * withheld count and no small count or sum of withheld counts may come out.
 */
class SmallCountsTest {

  @Test
  void aRowWithOneSmallCount_withholdsTheNextSmallestToo_soTheTotalMinusTheOthersGivesNothing() {
    Table table = threeAwaiting();

    SmallCounts<String> shown = table.suppressed();

    assertThat(shown.shown("AWAITING")).isEqualTo("<5");
    assertThat(shown.value("AWAITING")).isNull();
    assertThat(shown.shown("CLOSED")).isEqualTo(SmallCounts.WITHHELD);
    assertThat(shown.value("CLOSED")).isNull();
    assertThat(shown.shown("DECLINED")).isEqualTo("12");
    assertThat(shown.value("ACCEPTED")).isEqualTo(40L);
    assertThat(shown.shown("referrals")).isEqualTo("62");
    table.assertNothingSmallWorkedOut(shown);
  }

  @Test
  void theTablesLeak_whenOnlyTheSmallCountsAreWithheld() {
    Table row = threeAwaiting();
    assertThatThrownBy(() -> row.assertNothingSmallWorkedOut("AWAITING"::equals))
        .hasMessageContaining("AWAITING");

    Table grid = new Table().grid(new long[][] {{2, 30}, {9, 11}});
    assertThatThrownBy(() -> grid.assertNothingSmallWorkedOut("r0c0"::equals))
        .hasMessageContaining("r0c0");
  }

  @Test
  void zeroIsShown_andATotalBelowFive_isWithheldWithItsOnlyPart() {
    SmallCounts<String> shown =
        new Table()
            .row("referrals", Map.of("ROUTINE", 0L, "URGENT", 3L, "EMERGENCY", 0L))
            .suppressed();

    assertThat(shown.shown("ROUTINE")).isEqualTo("0");
    assertThat(shown.shown("EMERGENCY")).isEqualTo("0");
    assertThat(shown.shown("URGENT")).isEqualTo("<5");
    assertThat(shown.shown("referrals")).isEqualTo("<5");
  }

  @Test
  void twoSmallCountsAddingUpToLessThanFive_takeAThirdWithThem() {
    Table table = new Table().row("total", Map.of("a", 1L, "b", 2L, "c", 50L, "d", 60L));

    SmallCounts<String> shown = table.suppressed();

    assertThat(List.of(shown.shown("a"), shown.shown("b"), shown.shown("c"), shown.shown("d")))
        .containsExactly("<5", "<5", SmallCounts.WITHHELD, "60");
    table.assertNothingSmallWorkedOut(shown);
  }

  @Test
  void aTwoWayTable_withholdsAComplementInTheRowAndInTheColumn_andTheirCrossing() {
    // Three agencies (rows) by three states (columns), with row, column and grand totals. Each of
    // the small counts could be worked out from its row's total or its column's.
    long[][] cells = {
      {2, 30, 14},
      {9, 11, 25},
      {16, 1, 40},
    };
    Table table = new Table().grid(cells);

    SmallCounts<String> shown = table.suppressed();

    assertThat(shown.shown("r0c0")).isEqualTo("<5");
    assertThat(shown.shown("r2c1")).isEqualTo("<5");
    assertThat(table.withheld(shown)).hasSizeGreaterThanOrEqualTo(4);
    assertThat(shown.shown("all")).isEqualTo("148");
    table.assertNothingSmallWorkedOut(shown);
  }

  @Test
  void aComplementChosenInAColumn_isCoveredInItsOwnRow_untilNoLineLeaksAgain() {
    // The only small count is in the corner; every complement it draws sits in a line of its own
    // that needs one more, across the whole table.
    long[][] cells = {
      {1, 5, 5, 5},
      {5, 6, 7, 8},
      {5, 7, 9, 11},
    };
    Table table = new Table().grid(cells);

    SmallCounts<String> shown = table.suppressed();

    assertThat(shown.shown("r0c0")).isEqualTo("<5");
    table.assertNothingSmallWorkedOut(shown);
  }

  @Test
  void levels_agenciesInStates_statesInTheNetwork_leakNothingTogether() {
    // Two states with two agencies each; the network's figure is the states', each state's its
    // agencies'. An agency's 3 complemented by an agency of the other state would come back from
    // its own state's figure.
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("qroo/dif", 3L);
    counts.put("qroo/fge", 20L);
    counts.put("yuc/dif", 8L);
    counts.put("yuc/ong", 9L);
    counts.put("qroo", 23L);
    counts.put("yuc", 17L);
    counts.put("network", 40L);
    Table table = new Table();
    counts.forEach(table::cell);
    table.line("qroo", List.of("qroo/dif", "qroo/fge"));
    table.line("yuc", List.of("yuc/dif", "yuc/ong"));
    table.line("network", List.of("qroo", "yuc"));

    SmallCounts<String> shown = table.suppressed();

    assertThat(shown.shown("qroo/dif")).isEqualTo("<5");
    assertThat(shown.shown("qroo/fge")).isEqualTo(SmallCounts.WITHHELD);
    assertThat(shown.shown("qroo")).isEqualTo("23");
    assertThat(shown.shown("yuc/dif")).isEqualTo("8");
    table.assertNothingSmallWorkedOut(shown);
  }

  @Test
  void aFixedFigureIsNeverWithheld_aDerivedOneOnlyAsAComplement_aZeroOnlyAsALastResort() {
    // A shelter for 6 with 2 places taken: the free places (6 − 2) would give them back.
    assertThat(shelter(6, 2)).containsExactly("6", "<5", SmallCounts.WITHHELD);
    // A shelter for 3, full: nothing but the 0 free places is left to withhold with its 3.
    assertThat(shelter(3, 3)).containsExactly("3", "<5", SmallCounts.WITHHELD);
    // An empty shelter for 3: its 3 free places are no small count of anyone.
    assertThat(shelter(3, 0)).containsExactly("3", "0", "3");
  }

  /** A shelter's capacity, places taken and free places, as shown. */
  private static List<String> shelter(long capacity, long taken) {
    SmallCounts<String> shown =
        new SmallCounts<String>()
            .fixed("capacity", capacity)
            .count("taken", taken)
            .derived("free", Math.max(capacity - taken, 0))
            .line("capacity", List.of("taken", "free"));
    return List.of(shown.shown("capacity"), shown.shown("taken"), shown.shown("free"));
  }

  @Test
  void onlyAComplianceReviewerWhoIsNoAuditor_hasSmallCountsWithheld() {
    AgencyId segob = new AgencyId("segob");
    assertThat(SmallCounts.withheldFrom(actor(segob, Role.COMPLIANCE_REVIEWER))).isTrue();
    assertThat(
            SmallCounts.withheldFrom(
                actor(segob, Role.COMPLIANCE_REVIEWER, Role.COMMISSION_AUDITOR)))
        .isFalse();
    assertThat(SmallCounts.withheldFrom(actor(segob, Role.COMMISSION_AUDITOR))).isFalse();
    assertThat(SmallCounts.withheldFrom(actor(segob, Role.AGENCY_STAFF))).isFalse();
  }

  /** 62 referrals, 3 of them awaiting an answer: 62 less the others gives the 3 back. */
  private static Table threeAwaiting() {
    return new Table()
        .row("referrals", Map.of("AWAITING", 3L, "ACCEPTED", 40L, "DECLINED", 12L, "CLOSED", 7L));
  }

  private static Actor actor(AgencyId agency, Role... roles) {
    return new Actor("someone", agency, java.util.Set.of(roles));
  }

  /** Counts and the lines a reader knows sum up, to suppress and then to attack. */
  private static final class Table {
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final List<Map.Entry<String, List<String>>> lines = new ArrayList<>();

    Table cell(String key, long value) {
      counts.put(key, value);
      return this;
    }

    Table line(String total, List<String> parts) {
      lines.add(Map.entry(total, parts));
      return this;
    }

    /** {@code total} the sum of {@code parts}, all cells. */
    Table row(String total, Map<String, Long> parts) {
      List<String> keys = parts.keySet().stream().sorted().toList();
      keys.forEach(key -> cell(key, parts.get(key)));
      cell(total, parts.values().stream().mapToLong(Long::longValue).sum());
      return line(total, keys);
    }

    /** Cells {@code r<i>c<j>}, row totals {@code r<i>}, column totals {@code c<j>}, {@code all}. */
    Table grid(long[][] cells) {
      Map<String, List<String>> partsOf = new LinkedHashMap<>();
      for (int i = 0; i < cells.length; i++) {
        for (int j = 0; j < cells[i].length; j++) {
          String cell = "r" + i + "c" + j;
          cell(cell, cells[i][j]);
          partsOf.computeIfAbsent("r" + i, total -> new ArrayList<>()).add(cell);
          partsOf.computeIfAbsent("c" + j, total -> new ArrayList<>()).add(cell);
        }
      }
      partsOf.forEach(
          (total, parts) ->
              cell(total, parts.stream().mapToLong(counts::get).sum()).line(total, parts));
      long all =
          partsOf.keySet().stream().filter(t -> t.startsWith("r")).mapToLong(counts::get).sum();
      cell("all", all);
      line("all", partsOf.keySet().stream().filter(t -> t.startsWith("r")).toList());
      return line("all", partsOf.keySet().stream().filter(t -> t.startsWith("c")).toList());
    }

    SmallCounts<String> suppressed() {
      SmallCounts<String> suppressed = new SmallCounts<>();
      counts.forEach(suppressed::count);
      lines.forEach(line -> suppressed.line(line.getKey(), line.getValue()));
      return suppressed;
    }

    List<String> withheld(SmallCounts<String> shown) {
      return counts.keySet().stream().filter(shown::withheld).toList();
    }

    void assertNothingSmallWorkedOut(SmallCounts<String> shown) {
      assertNothingSmallWorkedOut(shown::withheld);
    }

    /** {@link TotalsAttack} on this table, shown with {@code withheld} withheld. */
    void assertNothingSmallWorkedOut(Predicate<String> withheld) {
      TotalsAttack attack = new TotalsAttack();
      counts.forEach((key, count) -> attack.cell(key, count, withheld.test(key)));
      lines.forEach(line -> attack.line(line.getKey(), line.getValue()));
      attack.assertNothingSmallWorkedOut();
    }
  }
}
