package id.bansos.jackson;

import id.bansos.core.Problem;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when a catalog file cannot become a catalog: malformed YAML or JSON, an unknown key, a
 * value of the wrong type, a parameter or program the base catalog does not have, overlapping
 * periods, a value without a source. It names the file and lists every problem found, each with
 * its path in the document (for example {@code parameters[ASPD.REGISTRY][0].sources}), a stable
 * code and a message. It extends {@link IllegalArgumentException}, like {@link
 * JsonInputException}.
 */
public final class CatalogFileException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String file;
  // An unmodifiable list of records: serialized with the exception (a problem is Serializable).
  private final List<Problem> problems;

  /**
   * Creates an exception for the given problems of one file.
   *
   * @param file the file's name; never null
   * @param problems every problem found; never null, never empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public CatalogFileException(String file, List<Problem> problems) {
    super(describe(file, problems));
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  private static String describe(String file, List<Problem> problems) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a CatalogFileException needs at least one problem");
    }
    StringBuilder sb = new StringBuilder(64 * Math.min(problems.size(), 10));
    sb.append(problems.size() == 1 ? "1 problem" : problems.size() + " problems")
        .append(" in catalog file ").append(file).append(": ");
    for (int i = 0; i < problems.size(); i++) {
      if (i > 0) {
        sb.append("; ");
      }
      sb.append(problems.get(i));
    }
    return sb.toString();
  }

  /**
   * The file's name.
   *
   * @return the name given to the reader
   */
  public String file() {
    return file;
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
   * The codes of all problems.
   *
   * @return the codes in order
   */
  public List<String> codes() {
    return problems.stream().map(Problem::code).toList();
  }

  /**
   * The paths of all problems.
   *
   * @return the paths in order
   */
  public List<String> paths() {
    return problems.stream().map(Problem::path).toList();
  }
}
