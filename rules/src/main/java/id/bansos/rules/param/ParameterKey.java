package id.bansos.rules.param;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The typed name of a parameter, for example {@code PKH_PLUS.MIN_AGE} of type {@link Integer}.
 * Keys compare by name; the type is part of the contract of the name.
 *
 * @param <T> the type of the parameter's values
 */
public final class ParameterKey<T> {

  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*(\\.[A-Z][A-Z0-9_]*)+");

  private final String name;
  private final Class<T> type;
  private final boolean required;

  private ParameterKey(String name, Class<T> type, boolean required) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "a parameter name is dotted upper case, for example PKH_PLUS.MIN_AGE: " + name);
    }
    this.required = required;
  }

  /**
   * A required parameter: a date with no value in force makes a determination that reads it
   * UNDETERMINED.
   *
   * @param name dotted upper-case name, program code first; never null
   * @param type the value type; never null
   * @param <T> the value type
   * @return the key
   * @throws IllegalArgumentException if the name is not dotted upper case
   */
  public static <T> ParameterKey<T> required(String name, Class<T> type) {
    return new ParameterKey<>(name, type, true);
  }

  /**
   * An optional parameter: a date with no value in force means "not applicable then" (for
   * example a top-up paid only for some months).
   *
   * @param name dotted upper-case name; never null
   * @param type the value type; never null
   * @param <T> the value type
   * @return the key
   * @throws IllegalArgumentException if the name is not dotted upper case
   */
  public static <T> ParameterKey<T> optional(String name, Class<T> type) {
    return new ParameterKey<>(name, type, false);
  }

  /**
   * The dotted name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The value type.
   *
   * @return the class of values
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Whether a missing value makes a determination undetermined.
   *
   * @return true for required parameters
   */
  public boolean isRequired() {
    return required;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParameterKey<?> other && name.equals(other.name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
