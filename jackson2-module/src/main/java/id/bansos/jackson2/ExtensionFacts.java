package id.bansos.jackson2;

import id.bansos.core.household.ExtensionKey;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The extension facts a reader accepts (see {@link ExtensionKey}): a regency that adds a fact for
 * its own program registers the fact's key here and passes this to {@link
 * BansosJson#readHousehold(String, ExtensionFacts)}, {@link HouseholdReader#of(java.io.Reader,
 * ExtensionFacts)} or {@link BansosModule#BansosModule(ExtensionFacts)}. A reader rejects an
 * extension fact whose name is not registered, and reads each registered one as its key's kind.
 * Writing needs no registration: every extension fact present is written.
 *
 * <pre>{@code
 * static final ExtensionKey<Long> LAND_OWNED_M2 = ExtensionKey.ofInteger("landOwnedM2");
 * static final ExtensionFacts SIDOARJO = ExtensionFacts.of(LAND_OWNED_M2, KARTU_SIDOARJO_SEHAT);
 * Household h = BansosJson.readHousehold(json, SIDOARJO);
 * }</pre>
 *
 * <p>Immutable and thread-safe; two are equal when they register the same names with the same
 * types.
 */
public final class ExtensionFacts {

  private static final ExtensionFacts NONE = new ExtensionFacts(new TreeMap<>());

  private final Map<String, ExtensionKey<?>> byName;

  private ExtensionFacts(TreeMap<String, ExtensionKey<?>> byName) {
    this.byName = Collections.unmodifiableMap(byName);
  }

  /**
   * No extension facts: what the readers without an {@code ExtensionFacts} argument accept.
   *
   * @return the empty registration
   */
  public static ExtensionFacts none() {
    return NONE;
  }

  /**
   * The given facts.
   *
   * @param keys the facts; never null, no element null
   * @return the registration
   * @throws IllegalArgumentException when two keys have one name but a different type or kind
   */
  public static ExtensionFacts of(ExtensionKey<?>... keys) {
    Objects.requireNonNull(keys, "keys");
    return of(Arrays.asList(keys));
  }

  /**
   * The given facts.
   *
   * @param keys the facts; never null, no element null
   * @return the registration
   * @throws IllegalArgumentException when two keys have one name but a different type or kind
   */
  public static ExtensionFacts of(Collection<? extends ExtensionKey<?>> keys) {
    Objects.requireNonNull(keys, "keys");
    TreeMap<String, ExtensionKey<?>> byName = new TreeMap<>();
    for (ExtensionKey<?> key : keys) {
      Objects.requireNonNull(key, "keys contains null");
      ExtensionKey<?> earlier = byName.putIfAbsent(key.name(), key);
      if (earlier != null
          && (earlier.kind() != key.kind() || !earlier.type().equals(key.type()))) {
        throw new IllegalArgumentException(
            "the extension fact " + key.name() + " is registered twice with different types");
      }
    }
    return byName.isEmpty() ? NONE : new ExtensionFacts(byName);
  }

  /**
   * The registered fact with this name.
   *
   * @param name the fact's name; never null
   * @return the key, or empty when no fact of that name is registered
   */
  public Optional<ExtensionKey<?>> key(String name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * The registered facts in name order.
   *
   * @return an unmodifiable list, empty for {@link #none()}
   */
  public List<ExtensionKey<?>> keys() {
    return List.copyOf(byName.values());
  }

  /**
   * The registered names in order, for messages.
   *
   * @return an unmodifiable sorted set view
   */
  Set<String> names() {
    return byName.keySet();
  }

  /**
   * Whether {@code o} registers the same names with the same types and kinds.
   *
   * @param o any object, or null
   * @return true when equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ExtensionFacts other) || !byName.keySet().equals(other.byName.keySet())) {
      return false;
    }
    for (ExtensionKey<?> key : byName.values()) {
      ExtensionKey<?> same = other.byName.get(key.name());
      if (same.kind() != key.kind() || !same.type().equals(key.type())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return byName.keySet().hashCode();
  }

  /**
   * The registered names.
   *
   * @return for example {@code ExtensionFacts[kartuSidoarjoSehat, landOwnedM2]}
   */
  @Override
  public String toString() {
    return "ExtensionFacts" + byName.keySet();
  }
}
