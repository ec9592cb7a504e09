package id.bansos.jackson;

import id.bansos.core.household.ExtensionKey;
import id.bansos.rules.Catalog;
import id.bansos.rules.program.JawaTimur;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The extension facts a reader accepts (see {@link ExtensionKey}). A reader rejects an extension
 * fact whose name is not registered, and reads each registered one as its key's kind. Writing
 * needs no registration: every extension fact present is written.
 *
 * <p>The readers without an {@code ExtensionFacts} argument ({@link
 * BansosJson#readHousehold(String)}, {@link BansosJson#mapper()}, {@link HouseholdReader#of(
 * java.io.Reader)}, {@link BansosModule#BansosModule()} and the module {@code ServiceLoader}
 * finds) accept {@link #provincial()}: the facts the programs of the provincial catalog read,
 * such as {@code proposedByRegentOrMayor} of JPS Provinsi 2020. A regency whose local programs
 * declare facts of their own ({@code Program.Builder.extensionFacts}) registers its catalog's
 * facts, which include the provincial ones, and passes them to {@link
 * BansosJson#readHousehold(String, ExtensionFacts)}, {@link HouseholdReader#of(java.io.Reader,
 * ExtensionFacts)} or {@link BansosModule#BansosModule(ExtensionFacts)}:
 *
 * <pre>{@code
 * static final ExtensionFacts SIDOARJO = ExtensionFacts.of(SidoarjoCatalog.catalog());
 * Household h = BansosJson.readHousehold(json, SIDOARJO);
 * }</pre>
 *
 * <p>{@link #of(ExtensionKey...)} registers exactly the facts given, and {@link #none()} none.
 *
 * <p>Immutable and thread-safe; two are equal when they register the same names with the same
 * types.
 */
public final class ExtensionFacts {

  private static final ExtensionFacts NONE = new ExtensionFacts(new TreeMap<>());

  private final Map<String, ExtensionKey<?>> byName;
  private final List<ExtensionKey<?>> keys;
  private final FieldNames names;

  private ExtensionFacts(TreeMap<String, ExtensionKey<?>> byName) {
    this.byName = Collections.unmodifiableMap(byName);
    this.keys = List.copyOf(byName.values());
    this.names = FieldNames.of(byName.keySet());
  }

  /**
   * No extension facts: a reader that rejects every one.
   *
   * @return the empty registration
   */
  public static ExtensionFacts none() {
    return NONE;
  }

  /**
   * The facts the provincial catalog's programs read, {@code
   * JawaTimur.catalog().extensionFacts()}: what the readers without an {@code ExtensionFacts}
   * argument accept.
   *
   * @return the registration
   */
  public static ExtensionFacts provincial() {
    return Provincial.FACTS;
  }

  /**
   * The facts a catalog's programs read ({@link Catalog#extensionFacts()}); for a regency's
   * derived catalog, the provincial facts and those of its local programs.
   *
   * @param catalog the catalog; never null
   * @return the registration
   */
  public static ExtensionFacts of(Catalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    return of(catalog.extensionFacts());
  }

  /**
   * Exactly the given facts.
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
   * Exactly the given facts.
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
      if (earlier != null && !sameType(earlier, key)) {
        throw new IllegalArgumentException(
            "the extension fact " + key.name() + " is registered twice with different types");
      }
    }
    return byName.isEmpty() ? NONE : new ExtensionFacts(byName);
  }

  /**
   * Whether two keys read and write the same values: the same kind and type, and for a set of
   * constants the same enum (every set of constants has the type {@code Set}).
   */
  private static boolean sameType(ExtensionKey<?> a, ExtensionKey<?> b) {
    return a.kind() == b.kind() && a.type().equals(b.type())
        && a.elementType().equals(b.elementType());
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
    return keys;
  }

  /**
   * The registered names in order: the fields of an {@code extensions} object.
   *
   * @return the names
   */
  FieldNames names() {
    return names;
  }

  /**
   * Whether {@code o} registers the same names with the same types and kinds (for a set of
   * constants, of the same enum).
   *
   * @param o any object, or null
   * @return true when equal
   */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ExtensionFacts other) || !byName.keySet().equals(other.byName.keySet())) {
      return false;
    }
    for (ExtensionKey<?> key : byName.values()) {
      ExtensionKey<?> same = other.byName.get(key.name());
      if (!sameType(same, key)) {
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

  // Made on first use: the provincial catalog is compiled only when a reader needs its facts.
  private static final class Provincial {
    static final ExtensionFacts FACTS = of(JawaTimur.catalog());
  }
}
