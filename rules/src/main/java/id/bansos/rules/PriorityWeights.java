package id.bansos.rules;

/**
 * The points each priority reason adds; the value type of {@code COMMON.PRIORITY_WEIGHTS}.
 *
 * <p>The one sourced order (the source article of 19 Oct 2023, programs.md §0 and §8) is that
 * families with elderly and disabled members come first. Every value keeps it: the elderly and
 * the disabled weight each exceed {@link #mostWithoutElderlyOrDisabled()}, the most a family with
 * neither can score (nine desil steps, an orphaned child and a single mother together). So any
 * family with an elderly or a disabled member scores above any family without, whatever the
 * deciles; a poorer desil (and the other reasons) only orders families within those groups.
 *
 * @param perDesilStep points for each decile below 10 (desil 1 earns 9 steps)
 * @param elderly points when a member is elderly (lansia)
 * @param disabled points when a member has a disability
 * @param orphanedChild points when a child has lost a parent
 * @param singleMother points when the head of family is a widowed, divorced or abandoned woman
 */
public record PriorityWeights(int perDesilStep, int elderly, int disabled, int orphanedChild,
    int singleMother) {

  /** The most desil steps a family earns (desil 1). */
  static final int MAX_DESIL_STEPS = 9;

  /**
   * Checks that no weight is negative and that the weights keep the sourced order.
   *
   * @throws IllegalArgumentException when a weight is negative, when the elderly or the disabled
   *     weight is not above {@link #mostWithoutElderlyOrDisabled()}, or when a score could
   *     overflow an {@code int}
   */
  public PriorityWeights {
    if (perDesilStep < 0 || elderly < 0 || disabled < 0 || orphanedChild < 0 || singleMother < 0) {
      throw new IllegalArgumentException("priority weights are not negative");
    }
    long rest = (long) MAX_DESIL_STEPS * perDesilStep + orphanedChild + singleMother;
    if (elderly <= rest || disabled <= rest) {
      throw new IllegalArgumentException("families with elderly and disabled members come first:"
          + " the elderly (" + elderly + ") and disabled (" + disabled + ") weights must each be"
          + " above " + rest + ", the most a family with neither can score (9 desil steps of "
          + perDesilStep + " + orphaned child " + orphanedChild + " + single mother "
          + singleMother + ")");
    }
    if (rest + elderly + disabled > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("priority weights too large: a score would overflow");
    }
  }

  /**
   * The most points a family with neither an elderly nor a disabled member can score: nine desil
   * steps, an orphaned child and a single mother.
   *
   * @return the points; below both {@link #elderly()} and {@link #disabled()}
   */
  public int mostWithoutElderlyOrDisabled() {
    return MAX_DESIL_STEPS * perDesilStep + orphanedChild + singleMother;
  }
}
