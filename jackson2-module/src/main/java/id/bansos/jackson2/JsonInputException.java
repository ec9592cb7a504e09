package id.bansos.jackson2;

import id.bansos.core.InvalidDataException;
import id.bansos.core.Problem;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when JSON input cannot become a domain object: malformed JSON, a document over the size
 * limits, unknown fields, wrong types, impossible dates, malformed identifiers or facts the domain
 * model rejects. It lists every problem found, each with its JSON path (for example {@code
 * members[2].nik}), a stable code and a message.
 *
 * <p>The message never contains a NIK, No. KK, name or any other value from the input: only
 * paths, codes and explanations. It extends {@link IllegalArgumentException} like {@link
 * InvalidDataException}, so callers that already handle bad input keep working.
 */
public final class JsonInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  // An unmodifiable list of records: serialized with the exception (a problem is Serializable).
  private final List<Problem> problems;

  /**
   * Creates an exception for the given problems.
   *
   * @param problems every problem found; never null, never empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public JsonInputException(List<Problem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Creates an exception from the problems of a domain validation failure, nested under a JSON
   * path.
   *
   * @param path the JSON path of the object that failed; never null, empty for the root
   * @param cause the domain failure; never null
   * @return the exception
   */
  static JsonInputException from(String path, InvalidDataException cause) {
    return new JsonInputException(cause.problems().stream().map(p -> p.under(path)).toList());
  }

  private static String describe(List<Problem> problems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a JsonInputException needs at least one problem");
    }
    StringBuilder sb = new StringBuilder(64 * Math.min(problems.size(), 10));
    sb.append(problems.size() == 1 ? "1 problem in JSON input: "
        : problems.size() + " problems in JSON input: ");
    // A long list of problems is summarised: the full list is in problems().
    int shown = Math.min(problems.size(), 20);
    for (int i = 0; i < shown; i++) {
      if (i > 0) {
        sb.append("; ");
      }
      sb.append(problems.get(i));
    }
    if (shown < problems.size()) {
      sb.append("; and ").append(problems.size() - shown).append(" more");
    }
    return sb.toString();
  }

  /**
   * Every problem found, in document order.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * The codes of all problems, for assertions and logs.
   *
   * @return the codes in order
   */
  public List<String> codes() {
    return problems.stream().map(Problem::code).toList();
  }

  /**
   * The JSON paths of all problems.
   *
   * @return the paths in order
   */
  public List<String> paths() {
    return problems.stream().map(Problem::path).toList();
  }
}
