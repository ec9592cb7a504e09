package id.bansos.rules;

/**
 * The points each priority reason adds; the value type of {@code COMMON.PRIORITY_WEIGHTS}.
 *
 * @param perDesilStep points for each decile below 10 (desil 1 earns 9 steps)
 * @param elderly points when a member is elderly (lansia)
 * @param disabled points when a member has a disability
 * @param orphanedChild points when a child has lost a parent
 * @param singleMother points when the head of family is a widowed, divorced or abandoned woman
 */
public record PriorityWeights(int perDesilStep, int elderly, int disabled, int orphanedChild,
    int singleMother) {

  /**
   * Checks that no weight is negative.
   *
   * @throws IllegalArgumentException when one is
   */
  public PriorityWeights {
    if (perDesilStep < 0 || elderly < 0 || disabled < 0 || orphanedChild < 0 || singleMother < 0) {
      throw new IllegalArgumentException("priority weights are not negative");
    }
  }
}
