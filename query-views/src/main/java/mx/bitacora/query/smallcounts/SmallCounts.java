package mx.bitacora.query.smallcounts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.platform.security.Role;

/**
 * Withholds the small counts of a table of counts of referrals or victims, and the counts beside
 * them that would give them away. The table is given as cells (a key and its count) and lines: a
 * total and the parts it is the sum of (a row, a column, a group among the groups summing to the
 * network's figure). A total need not be shown to be a line's: a total the reader can work out
 * another way (the referrals of a group, summed by state or by urgency alike) is a cell too, never
 * shown.
 *
 * <ul>
 *   <li>A count from 1 to 4 is withheld as {@value #BELOW_FIVE} (primary suppression); a total too.
 *       0 is shown as 0: that nothing happened identifies no one (as official statistics show it).
 *   <li>Complementary suppression: a line with a withheld count has at least two, and unless its
 *       total is among them the withheld parts add up to 5 or more, so that neither a withheld
 *       count nor the sum of the withheld ones is a small count a reader can work out (the total
 *       less the shown parts). Until it is so, the smallest count of the line still shown is
 *       withheld as well, as {@value #WITHHELD} (a count of 5 or more, or, only when nothing else
 *       is left, a 0), and the lines are gone over again until none needs more.
 *   <li>Figures that count neither referrals nor victims but take part in a line are never withheld
 *       for being small: a fixed one (a shelter's capacity) is always shown, a derived one (its
 *       free places, the capacity less the places taken) is withheld only as a complement.
 * </ul>
 *
 * @param <K> what names a cell
 */
public final class SmallCounts<K> {

  /** How a count from 1 to 4 is shown. */
  public static final String BELOW_FIVE = "<5";

  /** How a count withheld so that a small one cannot be worked out is shown. */
  public static final String WITHHELD = "withheld";

  /** The smallest count shown. */
  public static final long THRESHOLD = 5;

  private final Map<K, Long> counts = new LinkedHashMap<>();
  private final Set<K> fixed = new HashSet<>();
  private final Set<K> derived = new HashSet<>();
  private final List<Line<K>> lines = new ArrayList<>();
  private Set<K> belowFive;
  private Set<K> withheld;

  /** A count of referrals or victims named {@code key}. */
  public SmallCounts<K> count(K key, long value) {
    counts.put(key, value);
    return this;
  }

  /** A figure that is never withheld but takes part in a line (a shelter's capacity). */
  public SmallCounts<K> fixed(K key, long value) {
    counts.put(key, value);
    fixed.add(key);
    return this;
  }

  /**
   * A figure that counts neither referrals nor victims but gives one away with the others of its
   * line (a shelter's free places): withheld only as a complement, never for being small.
   */
  public SmallCounts<K> derived(K key, long value) {
    counts.put(key, value);
    derived.add(key);
    return this;
  }

  /** {@code total} is the sum of {@code parts}, all of them cells. */
  public SmallCounts<K> line(K total, List<K> parts) {
    for (K part : parts) {
      known(part);
    }
    lines.add(new Line<>(known(total), List.copyOf(parts)));
    return this;
  }

  /** Whether the count named {@code key} is withheld. */
  public boolean withheld(K key) {
    suppress();
    return withheld.contains(known(key));
  }

  /** The count named {@code key}, or null if withheld. */
  public Long value(K key) {
    return withheld(key) ? null : counts.get(key);
  }

  /**
   * The count named {@code key} as shown: its digits, {@value #BELOW_FIVE} or {@value #WITHHELD}.
   */
  public String shown(K key) {
    if (!withheld(key)) {
      return Long.toString(counts.get(key));
    }
    return belowFive.contains(key) ? BELOW_FIVE : WITHHELD;
  }

  /**
   * Whether small counts are withheld from {@code actor}: a compliance reviewer who is not also a
   * commission auditor (auditors and agency staff read the counts as they are).
   */
  public static boolean withheldFrom(Actor actor) {
    return actor.has(Role.COMPLIANCE_REVIEWER) && !actor.has(Role.COMMISSION_AUDITOR);
  }

  /** Whether {@code value}, a count of referrals or victims, is withheld on its own (1 to 4). */
  public static boolean small(long value) {
    return value > 0 && value < THRESHOLD;
  }

  private K known(K key) {
    if (!counts.containsKey(key)) {
      throw new IllegalArgumentException("no count named " + key);
    }
    return key;
  }

  private void suppress() {
    if (withheld != null) {
      return;
    }
    belowFive = new HashSet<>();
    counts.forEach(
        (key, value) -> {
          if (!fixed.contains(key) && !derived.contains(key) && small(value)) {
            belowFive.add(key);
          }
        });
    withheld = new HashSet<>(belowFive);
    boolean more = true;
    while (more) {
      more = false;
      for (Line<K> line : lines) {
        Optional<K> next =
            line.exposed(counts, withheld)
                ? line.nextToWithhold(counts, withheld, fixed)
                : Optional.empty();
        if (next.isPresent()) {
          withheld.add(next.get());
          more = true;
        }
      }
    }
  }

  /** A total and its parts. */
  private record Line<K>(K total, List<K> parts) {

    /**
     * Whether a withheld count of this line, or the sum of its withheld parts, is one a reader can
     * work out as a small count: one withheld alone, or withheld parts adding up to less than 5
     * beside a shown total.
     */
    boolean exposed(Map<K, Long> counts, Set<K> withheld) {
      List<K> hidden = members().stream().filter(withheld::contains).toList();
      if (hidden.isEmpty()) {
        return false;
      }
      if (hidden.size() == 1) {
        return true;
      }
      long hiddenParts = parts.stream().filter(withheld::contains).mapToLong(counts::get).sum();
      return !withheld.contains(total) && hiddenParts < THRESHOLD;
    }

    /** The smallest count still shown, a part before the total, a 0 only when nothing else is. */
    Optional<K> nextToWithhold(Map<K, Long> counts, Set<K> withheld, Set<K> fixed) {
      List<K> members = members();
      return members.stream()
          .filter(member -> !withheld.contains(member) && !fixed.contains(member))
          .min(
              Comparator.<K>comparingInt(member -> counts.get(member) == 0 ? 1 : 0)
                  .thenComparingLong(counts::get)
                  .thenComparingInt(member -> member.equals(total) ? 1 : 0));
    }

    private List<K> members() {
      List<K> members = new ArrayList<>(parts);
      members.add(total);
      return members;
    }
  }
}
