package id.bansos.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when input data is invalid: a malformed identifier, an unknown region code, or a person
 * or household with impossible facts. It lists every problem found, each with its field path and
 * a stable code, and its message never contains a full NIK, No. KK or name.
 *
 * <p>This is the one exception type of the whole failure family "bad input" in {@code core}.
 */
public final class InvalidDataException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  /**
   * Creates an exception for the given problems.
   *
   * @param problems every problem found; never null, never empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidDataException(List<Problem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Creates an exception for a single problem.
   *
   * @param path the field path; never null
   * @param code a stable code; never null
   * @param message an explanation free of personal data; never null
   */
  public InvalidDataException(String path, String code, String message) {
    this(List.of(new Problem(path, code, message)));
  }

  /**
   * Used by generated builders when required attributes are missing.
   *
   * @param message the builder's message (names attributes only, never values)
   */
  public InvalidDataException(String message) {
    this(missingFromBuilderMessage(message));
  }

  /** Turns "Cannot build Person, some of required attributes are not set [nik]" into problems. */
  private static List<Problem> missingFromBuilderMessage(String message) {
    int open = message.lastIndexOf('[');
    int close = message.lastIndexOf(']');
    if (open < 0 || close < open + 1) {
      return List.of(new Problem("", "MISSING_REQUIRED", message));
    }
    List<Problem> list = new ArrayList<>();
    for (String name : message.substring(open + 1, close).split(",")) {
      if (!name.isBlank()) {
        list.add(new Problem(name.strip(), "MISSING_REQUIRED", "required value is not set"));
      }
    }
    return list.isEmpty() ? List.of(new Problem("", "MISSING_REQUIRED", message)) : list;
  }

  /**
   * Used by generated builders when required attributes are missing: one problem per attribute.
   *
   * @param message the builder's message (names attributes only, never values)
   * @param missingAttributes the names of the attributes not set
   */
  public InvalidDataException(String message, String... missingAttributes) {
    this(missingProblems(message, missingAttributes));
  }

  private static List<Problem> missingProblems(String message, String... attributes) {
    if (attributes.length == 0) {
      return List.of(new Problem("", "MISSING_REQUIRED", message));
    }
    List<Problem> list = new ArrayList<>();
    for (String attribute : attributes) {
      list.add(new Problem(attribute, "MISSING_REQUIRED", "required value is not set"));
    }
    return list;
  }

  private static String describe(List<Problem> problems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidDataException needs at least one problem");
    }
    StringBuilder sb = new StringBuilder();
    sb.append(problems.size() == 1 ? "1 problem: " : problems.size() + " problems: ");
    for (int i = 0; i < problems.size(); i++) {
      if (i > 0) {
        sb.append("; ");
      }
      sb.append(problems.get(i));
    }
    return sb.toString();
  }

  /**
   * Every problem found, in the order found.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns a copy whose problem paths are nested under {@code prefix}.
   *
   * @param prefix the path of the enclosing object; never null
   * @return the re-rooted exception
   */
  public InvalidDataException under(String prefix) {
    return new InvalidDataException(problems.stream().map(p -> p.under(prefix)).toList());
  }

  /**
   * Codes of all problems, for assertions and logs.
   *
   * @return the codes in order
   */
  public List<String> codes() {
    return problems.stream().map(Problem::code).toList();
  }

  @Override
  public String toString() {
    return getClass().getName() + ": " + getMessage();
  }
}
