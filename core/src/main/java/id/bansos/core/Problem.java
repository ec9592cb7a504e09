package id.bansos.core;

import java.io.Serializable;
import java.util.Objects;

/**
 * One problem found in input data: where it is, a stable code, and a message that never contains
 * the personal data itself.
 *
 * @param path the field path of the problem, for example {@code members[2].nik}; never null, may
 *     be empty for the object as a whole
 * @param code a stable upper-case code, for example {@code NIK_BAD_MONTH}; never null
 * @param message a human-readable English explanation that does not echo NIK, No. KK or names;
 *     never null
 */
public record Problem(String path, String code, String message) implements Serializable {

  /** Checks that no component is null. */
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Returns a copy of this problem whose path is nested under {@code prefix}.
   *
   * @param prefix the path of the enclosing object, for example {@code members[2]}; never null
   * @return the nested problem
   */
  public Problem under(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (prefix.isEmpty()) {
      return this;
    }
    if (path.isEmpty()) {
      return new Problem(prefix, code, message);
    }
    String separator = path.startsWith("[") ? "" : ".";
    return new Problem(prefix + separator + path, code, message);
  }

  @Override
  public String toString() {
    return (path.isEmpty() ? "<root>" : path) + ": " + code + " (" + message + ")";
  }
}
