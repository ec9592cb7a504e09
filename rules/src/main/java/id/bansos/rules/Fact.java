package id.bansos.rules;

import java.util.Objects;

/**
 * A fact a criterion read, by name, with its value. Values are kept as objects (numbers, dates,
 * booleans, enums, {@code Rupiah}, {@code Desil}, {@code RegionCode}, a masked {@code Nik}) and
 * turned into text only when an explanation is asked for.
 *
 * @param name the fact's name, a field path such as {@code members[2].birthDate} or {@code age};
 *     never null
 * @param value the value; never null
 */
public record Fact(String name, Object value) {

  /** Checks that neither component is null. */
  public Fact {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  /**
   * A fact.
   *
   * @param name its name; never null
   * @param value its value; never null
   * @return the fact
   */
  public static Fact of(String name, Object value) {
    return new Fact(name, value);
  }
}
