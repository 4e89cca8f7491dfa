package mx.bitacora.query.smallcounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reader who knows what sums what in a table of counts shown with small counts withheld, and
 * works out all they can: a line's only unknown as its total minus the other cells (or the sum of
 * its parts), over and over, across rows, columns and levels; then, in each line whose total they
 * know, the sum of its unknown parts. What they must never get: a withheld count, or a count or sum
 * from 1 to 4.
 */
public final class TotalsAttack {

  private final Map<String, Long> counts = new LinkedHashMap<>();
  private final Set<String> withheld = new HashSet<>();
  private final Set<String> unseen = new HashSet<>();
  private final List<Map.Entry<String, List<String>>> lines = new ArrayList<>();

  /** A count, its true value, and whether the reader was shown it withheld. */
  public TotalsAttack cell(String key, long count, boolean withheldFromTheReader) {
    counts.put(key, count);
    if (withheldFromTheReader) {
      withheld.add(key);
    }
    return this;
  }

  /** A count shown nowhere (a group's referrals), which the reader may work out if not small. */
  public TotalsAttack unseen(String key, long count) {
    counts.put(key, count);
    unseen.add(key);
    return this;
  }

  /** The reader knows that {@code total} is the sum of {@code parts}. */
  public TotalsAttack line(String total, List<String> parts) {
    lines.add(Map.entry(total, List.copyOf(parts)));
    return this;
  }

  /** Fails if the reader works out a withheld count or any count or sum from 1 to 4 hidden. */
  public void assertNothingSmallWorkedOut() {
    Map<String, Long> known = new HashMap<>();
    counts.forEach(
        (key, count) -> {
          if (!withheld.contains(key) && !unseen.contains(key)) {
            known.put(key, count);
          }
        });
    boolean more = true;
    while (more) {
      more = false;
      for (Map.Entry<String, List<String>> line : lines) {
        List<String> members = new ArrayList<>(line.getValue());
        members.add(line.getKey());
        List<String> unknown = members.stream().filter(m -> !known.containsKey(m)).toList();
        if (unknown.size() != 1) {
          continue;
        }
        String missing = unknown.get(0);
        long partsKnown =
            line.getValue().stream().filter(known::containsKey).mapToLong(known::get).sum();
        long count =
            missing.equals(line.getKey()) ? partsKnown : known.get(line.getKey()) - partsKnown;
        assertThat(count).as("worked out %s", missing).isEqualTo(counts.get(missing));
        assertThat(withheld).as("%s worked out from the totals", missing).doesNotContain(missing);
        assertThat(SmallCounts.small(count)).as("%s = %d worked out", missing, count).isFalse();
        known.put(missing, count);
        more = true;
      }
    }
    for (Map.Entry<String, List<String>> line : lines) {
      if (known.containsKey(line.getKey())) {
        long unknownSum =
            known.get(line.getKey())
                - line.getValue().stream().filter(known::containsKey).mapToLong(known::get).sum();
        assertThat(SmallCounts.small(unknownSum))
            .as("the hidden parts of %s add up to %d", line, unknownSum)
            .isFalse();
      }
    }
  }
}
