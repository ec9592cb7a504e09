package id.bansos.rules;

import java.time.LocalDate;

/**
 * A group on the date of its assessment, as group-level criteria see it: the group as proposed
 * and how its member families were decided. Valid only while its assessment runs.
 */
public final class GroupSnapshot {

  /** Whether the members live near each other. */
  public static final FactKey<GroupSnapshot, Boolean> LIVE_NEAR_EACH_OTHER =
      FactKey.group("liveNearEachOther", Boolean.class, g -> g.group().liveNearEachOther());

  private final Group group;
  private final LocalDate date;
  private final int qualifying;
  private final int undetermined;

  GroupSnapshot(Group group, LocalDate date, int qualifying, int undetermined) {
    this.group = group;
    this.date = date;
    this.qualifying = qualifying;
    this.undetermined = undetermined;
  }

  /**
   * The group as proposed.
   *
   * @return the group; never null
   */
  public Group group() {
    return group;
  }

  /**
   * The date of the assessment.
   *
   * @return the date; never null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * How many families the group has.
   *
   * @return the size
   */
  public int size() {
    return group.size();
  }

  /**
   * How many member families are ELIGIBLE.
   *
   * @return the count
   */
  public int qualifying() {
    return qualifying;
  }

  /**
   * How many member families are UNDETERMINED.
   *
   * @return the count
   */
  public int undetermined() {
    return undetermined;
  }

  @Override
  public String toString() {
    return "GroupSnapshot[" + group + ", " + date + "]";
  }
}
