package id.bansos.cli;

import id.bansos.core.Problem;
import java.util.Objects;

/**
 * A problem found in one input record, with the input line it was found on. Like {@link
 * Problem}, it never carries the personal data itself, only where it is and what is wrong.
 *
 * @param line the 1-based line number of the input (the header is line 1 in CSV)
 * @param problem the field path, stable code and explanation; never null
 */
public record RecordProblem(int line, Problem problem) {

  /** Checks that the problem is not null. */
  public RecordProblem {
    Objects.requireNonNull(problem, "problem");
  }
}
