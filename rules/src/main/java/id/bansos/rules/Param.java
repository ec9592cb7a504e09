package id.bansos.rules;

import id.bansos.rules.param.ParameterKey;
import java.util.Objects;

/**
 * A program's handle on one parameter, made by {@link Program.Builder#param}. When a catalog is
 * compiled, every handle's value in force is resolved once per period; a check reads it with
 * {@link Recorder#value(Param)} without any search.
 *
 * @param <T> the value type
 */
public final class Param<T> {

  private final ParameterKey<T> key;
  private final int slot;

  Param(ParameterKey<T> key, int slot) {
    this.key = Objects.requireNonNull(key, "key");
    this.slot = slot;
  }

  /**
   * The parameter's key.
   *
   * @return the key; never null
   */
  public ParameterKey<T> key() {
    return key;
  }

  int slot() {
    return slot;
  }

  @Override
  public String toString() {
    return "Param[" + key + "]";
  }
}
