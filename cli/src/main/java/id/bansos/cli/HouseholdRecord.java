package id.bansos.cli;

import id.bansos.core.household.Household;
import id.bansos.core.identity.Nik;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One household as read from an input file: either a valid {@link Household} or the problems
 * that kept it from being built. Either way it says which input lines it came from, so that every
 * line read is accounted for.
 */
public sealed interface HouseholdRecord permits HouseholdRecord.Valid, HouseholdRecord.Invalid {

  /**
   * The first input line of the record.
   *
   * @return a 1-based line number
   */
  int firstLine();

  /**
   * The last input line of the record.
   *
   * @return a 1-based line number, at least {@link #firstLine()}
   */
  int lastLine();

  /**
   * How many data rows (people) the record was read from.
   *
   * @return at least 1
   */
  int rows();

  /**
   * A household that was built.
   *
   * @param household the household; never null
   * @param memberLines the input line of each member, in the order of {@link Household#members()}
   * @param kube the KUBE group the family is proposed in, if any
   */
  record Valid(Household household, List<Integer> memberLines, Optional<Kube> kube)
      implements HouseholdRecord {

    /**
     * A household in no group.
     *
     * @param household the household
     * @param memberLines the input line of each member
     */
    public Valid(Household household, List<Integer> memberLines) {
      this(household, memberLines, Optional.empty());
    }

    /**
     * Checks that there is one line per member.
     *
     * @throws IllegalArgumentException when the counts differ
     */
    public Valid {
      Objects.requireNonNull(household, "household");
      Objects.requireNonNull(kube, "kube");
      memberLines = List.copyOf(memberLines);
      if (memberLines.size() != household.members().size()) {
        throw new IllegalArgumentException("one input line per member is needed");
      }
    }

    @Override
    public int firstLine() {
      return memberLines.get(0);
    }

    @Override
    public int lastLine() {
      return memberLines.get(memberLines.size() - 1);
    }

    @Override
    public int rows() {
      return memberLines.size();
    }
  }

  /**
   * A record that could not be built into a household.
   *
   * @param firstLine the first input line
   * @param lastLine the last input line
   * @param rows how many data rows it had
   * @param problems every problem found; never empty
   * @param kk the No. KK cell of a table's rows, as written (never in a message), for finding the
   *     record again; empty when not known
   * @param group the {@code kube_group} cell of a table's rows, as written: the group the family
   *     is proposed in, which is then not decided without it; empty when none or not known
   */
  record Invalid(int firstLine, int lastLine, int rows, List<RecordProblem> problems, String kk,
      String group) implements HouseholdRecord {

    /**
     * A record of a table that names no group.
     *
     * @param firstLine the first input line
     * @param lastLine the last input line
     * @param rows how many data rows it had
     * @param problems every problem found; never empty
     * @param kk the No. KK cell, as written; empty when not known
     */
    public Invalid(int firstLine, int lastLine, int rows, List<RecordProblem> problems,
        String kk) {
      this(firstLine, lastLine, rows, problems, kk, "");
    }

    /**
     * A record whose No. KK is not known.
     *
     * @param firstLine the first input line
     * @param lastLine the last input line
     * @param rows how many data rows it had
     * @param problems every problem found; never empty
     */
    public Invalid(int firstLine, int lastLine, int rows, List<RecordProblem> problems) {
      this(firstLine, lastLine, rows, problems, "", "");
    }

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException when there is no problem or the line range is empty
     */
    public Invalid {
      Objects.requireNonNull(kk, "kk");
      Objects.requireNonNull(group, "group");
      problems = List.copyOf(problems);
      if (problems.isEmpty() || lastLine < firstLine || rows < 1) {
        throw new IllegalArgumentException("an invalid record has lines, rows and problems");
      }
    }

    /** Lines, rows and problems; never the No. KK nor the group. */
    @Override
    public String toString() {
      return "Invalid[firstLine=" + firstLine + ", lastLine=" + lastLine + ", rows=" + rows
          + ", problems=" + problems + "]";
    }
  }

  /**
   * The KUBE group a family is proposed in (the table's group columns).
   *
   * @param group the group's name
   * @param liveNearEachOther the group's {@code liveNearEachOther}, as given on this family's row
   * @param participant the member who takes part in the joint business
   */
  record Kube(String group, Optional<Boolean> liveNearEachOther, Nik participant) {}
}
