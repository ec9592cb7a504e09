package id.bansos.jackson2;

import id.bansos.core.Problem;
import id.bansos.core.household.Household;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a JSON Lines stream of households: either the household read from it, or the
 * problems that kept it from being read.
 *
 * @param lineNumber the 1-based line number in the stream
 * @param household the household, when the line was valid
 * @param problems every problem found on the line, empty when it was valid; paths are within the
 *     line's document and messages never contain personal data
 */
public record HouseholdLine(long lineNumber, Optional<Household> household, List<Problem> problems) {

  /**
   * Checks that exactly one of household and problems is given.
   *
   * @throws IllegalArgumentException when both or neither are given
   */
  public HouseholdLine {
    Objects.requireNonNull(household, "household");
    problems = List.copyOf(problems);
    if (household.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException("a line has either a household or problems");
    }
  }

  static HouseholdLine ok(long lineNumber, Household household) {
    return new HouseholdLine(lineNumber, Optional.of(household), List.of());
  }

  static HouseholdLine failed(long lineNumber, List<Problem> problems) {
    return new HouseholdLine(lineNumber, Optional.empty(), problems);
  }

  /**
   * Whether the line held a valid household.
   *
   * @return true when {@link #household()} is present
   */
  public boolean isValid() {
    return household.isPresent();
  }

  /**
   * The household, or the line's problems as an exception.
   *
   * @return the household
   * @throws JsonInputException when the line was not valid; its message names the line number
   */
  public Household orThrow() {
    if (household.isPresent()) {
      return household.get();
    }
    return HouseholdJson.orThrow(household,
        problems.stream().map(p -> new Problem(p.path(), p.code(),
            "line " + lineNumber + ": " + p.message())).toList());
  }
}
