package id.bansos.rules.param;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One dated value of a parameter: what it is, from when to when it holds, where it comes from and
 * how sure that is.
 *
 * @param key the parameter; never null
 * @param value the value; never null
 * @param validFrom first day the value holds; never null
 * @param validTo last day the value holds (inclusive); empty for open-ended
 * @param confidence how sure the value is; never null
 * @param sources where it comes from; never null, not empty
 * @param note a remark, for example a conflict between sources; never null, may be empty
 * @param <T> the value type
 */
public record ParameterValue<T>(
    ParameterKey<T> key,
    T value,
    LocalDate validFrom,
    Optional<LocalDate> validTo,
    Confidence confidence,
    List<Source> sources,
    String note) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException when the period is inverted, there is no source, or the
   *     value is not of the key's type
   */
  public ParameterValue {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validTo, "validTo");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(note, "note");
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException(key + ": every parameter value needs a source");
    }
    if (validTo.isPresent() && validTo.get().isBefore(validFrom)) {
      throw new IllegalArgumentException(key + ": validTo is before validFrom");
    }
    if (!key.type().isInstance(value)) {
      throw new IllegalArgumentException(key + ": value is not a " + key.type().getSimpleName());
    }
  }

  /**
   * Whether this value holds on {@code date}.
   *
   * @param date the date; never null
   * @return true when validFrom &le; date &le; validTo
   */
  public boolean holdsOn(LocalDate date) {
    return !date.isBefore(validFrom) && (validTo.isEmpty() || !date.isAfter(validTo.get()));
  }

  // Written out rather than generated (and so are Source's): the first call in a process of a
  // record's generated equals or hashCode builds method handles, tens of milliseconds, and a
  // determination's uncertain values are told apart with equals at every reading, mostly the
  // same instance (docs/performance.md §3n). A value that is itself a record still calls its own.
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof ParameterValue<?> other && key.equals(other.key)
        && value.equals(other.value) && validFrom.equals(other.validFrom)
        && validTo.equals(other.validTo) && confidence == other.confidence
        && sources.equals(other.sources) && note.equals(other.note);
  }

  @Override
  public int hashCode() {
    int h = key.hashCode();
    h = h * 31 + value.hashCode();
    h = h * 31 + validFrom.hashCode();
    h = h * 31 + validTo.hashCode();
    h = h * 31 + confidence.hashCode();
    h = h * 31 + sources.hashCode();
    return h * 31 + note.hashCode();
  }

  /**
   * The period as text: {@code 2019-01-01..2020-12-31} or {@code 2024-10-01..}.
   *
   * @return the period
   */
  public String period() {
    return validFrom + ".." + validTo.map(LocalDate::toString).orElse("");
  }
}
