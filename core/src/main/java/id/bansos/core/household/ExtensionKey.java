package id.bansos.core.household;

import id.bansos.core.money.Rupiah;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A fact that the core model does not name, defined by whoever needs it (a regency's local
 * program, say): its name, its value type and how it is written as text. A {@link Person} or a
 * {@link Household} carries extension facts by key; an absent one is unknown, like every fact.
 *
 * <pre>{@code
 * static final ExtensionKey<Integer> LAND_OWNED_M2 = ExtensionKey.ofInteger("landOwnedM2");
 * Household h = Household.builder()...putExtensions(LAND_OWNED_M2, 350).build();
 * }</pre>
 *
 * <p>Keys are equal by name: a name means one fact with one type wherever it is read. Values are
 * booleans, whole numbers, texts, dates, rupiah amounts, constants of an enum or sets of them; the
 * JSON formats write them as JSON booleans, numbers, strings and arrays of strings.
 *
 * @param <T> the value type
 */
public final class ExtensionKey<T> {

  /** How a value is written as text and in JSON. */
  public enum Kind {
    /** {@code true} or {@code false}; a JSON boolean. */
    BOOLEAN,
    /** A whole number; a JSON number. */
    INTEGER,
    /** Any text; a JSON string. */
    TEXT,
    /** An ISO date {@code yyyy-MM-dd}; a JSON string. */
    DATE,
    /** Whole rupiah; a JSON number. */
    RUPIAH,
    /** The name of an enum constant; a JSON string. */
    ENUM,
    /**
     * A set of constants of an enum; a JSON array of their names, and as text the names
     * separated by commas, in the enum's order.
     */
    ENUM_SET
  }

  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

  private final String name;
  private final Class<T> type;
  private final Kind kind;
  private final Class<?> elementType;
  private final String indonesianLabel;
  private final String englishLabel;

  private ExtensionKey(String name, Class<T> type, Kind kind) {
    this(name, type, kind, type, name, name);
  }

  private ExtensionKey(String name, Class<T> type, Kind kind, Class<?> elementType,
      String indonesianLabel, String englishLabel) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    this.kind = kind;
    this.elementType = Objects.requireNonNull(elementType, "elementType");
    this.indonesianLabel = requireLabel(indonesianLabel, "indonesianLabel");
    this.englishLabel = requireLabel(englishLabel, "englishLabel");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "an extension fact's name is camelCase, for example landOwnedM2: " + name);
    }
  }

  /**
   * A yes/no fact.
   *
   * @param name the fact's camelCase name; never null
   * @return the key
   */
  public static ExtensionKey<Boolean> ofBoolean(String name) {
    return new ExtensionKey<>(name, Boolean.class, Kind.BOOLEAN);
  }

  /**
   * A whole-number fact.
   *
   * @param name the fact's camelCase name; never null
   * @return the key
   */
  public static ExtensionKey<Long> ofInteger(String name) {
    return new ExtensionKey<>(name, Long.class, Kind.INTEGER);
  }

  /**
   * A text fact.
   *
   * @param name the fact's camelCase name; never null
   * @return the key
   */
  public static ExtensionKey<String> ofText(String name) {
    return new ExtensionKey<>(name, String.class, Kind.TEXT);
  }

  /**
   * A date fact.
   *
   * @param name the fact's camelCase name; never null
   * @return the key
   */
  public static ExtensionKey<LocalDate> ofDate(String name) {
    return new ExtensionKey<>(name, LocalDate.class, Kind.DATE);
  }

  /**
   * An amount of money.
   *
   * @param name the fact's camelCase name; never null
   * @return the key
   */
  public static ExtensionKey<Rupiah> ofRupiah(String name) {
    return new ExtensionKey<>(name, Rupiah.class, Kind.RUPIAH);
  }

  /**
   * A fact whose values are the constants of {@code type}.
   *
   * @param name the fact's camelCase name; never null
   * @param type the enum; never null
   * @param <E> the enum type
   * @return the key
   */
  public static <E extends Enum<E>> ExtensionKey<E> ofEnum(String name, Class<E> type) {
    return new ExtensionKey<>(name, type, Kind.ENUM);
  }

  /**
   * A fact whose value is a set of constants of {@code type}, for example the components of a
   * program a family is registered for. Values read by {@link #parse} are unmodifiable; a set
   * put on a builder should be too (an {@code EnumSet} copy wrapped, or {@code Set.of}).
   *
   * @param name the fact's camelCase name; never null
   * @param type the enum; never null
   * @param <E> the enum type
   * @return the key
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static <E extends Enum<E>> ExtensionKey<Set<E>> ofEnumSet(String name, Class<E> type) {
    return new ExtensionKey<>(name, (Class<Set<E>>) (Class) Set.class, Kind.ENUM_SET,
        Objects.requireNonNull(type, "type"), name, name);
  }

  /**
   * The same key with the words a field worker reads for it, in Bahasa Indonesia and English
   * (explanations, the decision sheet, the checklist of facts still needed). A key made without
   * labels is labelled with its name in both languages. Labels do not take part in equality.
   *
   * <pre>{@code
   * ExtensionKey.ofInteger("landOwnedM2").labelled("luas lahan milik (m²)", "land owned (m²)")
   * }</pre>
   *
   * @param indonesian the label in Bahasa Indonesia, lower case unless a proper name; never null
   *     or blank
   * @param english the label in English; never null or blank
   * @return the labelled key
   * @throws IllegalArgumentException when a label is blank
   */
  public ExtensionKey<T> labelled(String indonesian, String english) {
    return new ExtensionKey<>(name, type, kind, elementType, indonesian, english);
  }

  /**
   * The label in Bahasa Indonesia.
   *
   * @return for example {@code "luas lahan milik (m²)"}, or the name when none was given
   */
  public String indonesianLabel() {
    return indonesianLabel;
  }

  /**
   * The label in English.
   *
   * @return for example {@code "land owned (m²)"}, or the name when none was given
   */
  public String englishLabel() {
    return englishLabel;
  }

  private static String requireLabel(String label, String what) {
    Objects.requireNonNull(label, what);
    if (label.isBlank()) {
      throw new IllegalArgumentException(what + " is blank");
    }
    return label;
  }

  /**
   * The fact's name.
   *
   * @return for example {@code landOwnedM2}
   */
  public String name() {
    return name;
  }

  /**
   * The value type.
   *
   * @return the type
   */
  public Class<T> type() {
    return type;
  }

  /**
   * The enum whose constants are the values ({@link Kind#ENUM}) or the elements of the values
   * ({@link Kind#ENUM_SET}); for other kinds, the value type.
   *
   * @return the type
   */
  public Class<?> elementType() {
    return elementType;
  }

  /**
   * Whether {@code value} is a value of this fact: of its type and, for a set, with every
   * element a constant of its enum.
   *
   * @param value the value; may be null
   * @return true when the value fits the key
   */
  public boolean accepts(Object value) {
    if (!type.isInstance(value)) {
      return false;
    }
    if (kind == Kind.ENUM_SET) {
      for (Object e : (Set<?>) value) {
        if (!elementType.isInstance(e)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * How values are written.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Reads a value from its text form ({@link #format}).
   *
   * @param text the text; never null
   * @return the value
   * @throws IllegalArgumentException when the text is not a value of this fact; the message
   *     names the fact and the expected form, never the text itself
   */
  public T parse(String text) {
    Objects.requireNonNull(text, "text");
    try {
      Object value = switch (kind) {
        case BOOLEAN -> switch (text) {
          case "true" -> Boolean.TRUE;
          case "false" -> Boolean.FALSE;
          default -> throw new IllegalArgumentException();
        };
        case INTEGER -> Long.valueOf(text);
        case TEXT -> text;
        case DATE -> LocalDate.parse(text);
        case RUPIAH -> Rupiah.of(Long.parseLong(text));
        case ENUM -> enumConstant(text);
        case ENUM_SET -> enumSet(text);
      };
      return type.cast(value);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new IllegalArgumentException(name + " expects " + expected());
    }
  }

  private Object enumConstant(String text) {
    for (Object c : elementType.getEnumConstants()) {
      if (((Enum<?>) c).name().equals(text)) {
        return c;
      }
    }
    throw new IllegalArgumentException();
  }

  private Object enumSet(String text) {
    Set<Object> out = new LinkedHashSet<>();
    if (!text.isEmpty()) {
      for (String part : text.split(",", -1)) {
        if (!out.add(enumConstant(part))) {
          throw new IllegalArgumentException();
        }
      }
    }
    return Collections.unmodifiableSet(inEnumOrder(out));
  }

  private Set<Object> inEnumOrder(Set<?> values) {
    Set<Object> out = new LinkedHashSet<>();
    for (Object c : elementType.getEnumConstants()) {
      if (values.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  private String constantNames() {
    return Arrays.stream(elementType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList()
        .toString();
  }

  /**
   * What a value looks like, for error messages.
   *
   * @return for example {@code "true or false"}
   */
  public String expected() {
    return switch (kind) {
      case BOOLEAN -> "true or false";
      case INTEGER -> "a whole number";
      case TEXT -> "a text";
      case DATE -> "a date yyyy-MM-dd";
      case RUPIAH -> "a whole number of rupiah";
      case ENUM -> "one of " + constantNames();
      case ENUM_SET -> "a list of distinct names from " + constantNames();
    };
  }

  /**
   * The text form of a value, which {@link #parse} reads back.
   *
   * @param value the value; never null
   * @return the text
   */
  public String format(T value) {
    Objects.requireNonNull(value, "value");
    return switch (kind) {
      case RUPIAH -> Long.toString(((Rupiah) value).amount());
      case ENUM -> ((Enum<?>) value).name();
      case ENUM_SET -> inEnumOrder((Set<?>) value).stream().map(c -> ((Enum<?>) c).name())
          .collect(Collectors.joining(","));
      default -> value.toString();
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExtensionKey<?> other && name.equals(other.name);
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
