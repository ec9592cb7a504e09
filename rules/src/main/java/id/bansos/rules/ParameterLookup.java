package id.bansos.rules;

import id.bansos.rules.param.ParameterKey;
import id.bansos.rules.param.ParameterValue;
import java.time.LocalDate;
import java.util.Optional;

/** Finds the value of a parameter in force on a date. */
@FunctionalInterface
public interface ParameterLookup {

  /**
   * The value of {@code key} in force on {@code date}.
   *
   * @param key the parameter; never null
   * @param date the date; never null
   * @param <T> the value type
   * @return the value, or empty when none holds then (or the parameter is unknown)
   */
  <T> Optional<ParameterValue<T>> at(ParameterKey<T> key, LocalDate date);
}
