package id.bansos.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems found while validating an object, then throws them together.
 *
 * <p>Validation never stops at the first problem: callers add every problem they find, and
 * {@link #throwIfAny()} reports them all at once.
 */
public final class Problems {

  private final List<Problem> found = new ArrayList<>();

  /** Creates an empty collector. */
  public Problems() {}

  /**
   * Adds a problem.
   *
   * @param path field path; never null
   * @param code stable code; never null
   * @param message explanation free of personal data; never null
   * @return this collector
   */
  public Problems add(String path, String code, String message) {
    found.add(new Problem(path, code, message));
    return this;
  }

  /**
   * Adds every problem of an exception, nested under {@code prefix}.
   *
   * @param prefix path of the enclosing object; never null
   * @param e the exception whose problems to add; never null
   * @return this collector
   */
  public Problems addAll(String prefix, InvalidDataException e) {
    for (Problem p : e.problems()) {
      found.add(p.under(prefix));
    }
    return this;
  }

  /**
   * Whether nothing has been found.
   *
   * @return true when no problem was added
   */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /**
   * Throws an {@link InvalidDataException} listing everything found, if anything was.
   *
   * @throws InvalidDataException when at least one problem was added
   */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidDataException(found);
    }
  }
}
