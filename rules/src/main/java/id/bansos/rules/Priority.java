package id.bansos.rules;

import java.util.List;
import java.util.Objects;

/**
 * How high a household ranks for a limited quota, with the reasons: families with elderly and
 * disabled members come first (the source article's stated priority): any family with an elderly
 * or a disabled member scores above any family without, whatever the deciles. Within those
 * groups the poorer desil, orphaned children and single mothers order families. The weights are
 * a catalog parameter ({@code COMMON.PRIORITY_WEIGHTS}), assumed by the library and overridable
 * by a regency as long as they keep that order (see {@link PriorityWeights}).
 *
 * @param score the sum of the reasons' points; higher ranks first
 * @param reasons why, each with its points; never null
 */
public record Priority(int score, List<Reason> reasons) {

  /** No priority reason at all. */
  public static final Priority NONE = new Priority(0, List.of());

  /**
   * Checks that the score is the sum of the points.
   *
   * @throws IllegalArgumentException when it is not
   */
  public Priority {
    reasons = List.copyOf(reasons);
    int sum = 0;
    for (Reason r : reasons) {
      sum += r.points();
    }
    if (sum != score) {
      throw new IllegalArgumentException("a priority score is the sum of its reasons' points");
    }
  }

  /**
   * One reason for priority.
   *
   * @param code a stable code: {@code DESIL}, {@code ELDERLY}, {@code DISABLED}, {@code
   *     ORPHANED_CHILD} or {@code SINGLE_MOTHER}; never null
   * @param points the points it adds
   * @param text the reason in both languages; never null
   */
  public record Reason(String code, int points, Text text) {

    /** Checks that no component is null. */
    public Reason {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(text, "text");
    }
  }
}
