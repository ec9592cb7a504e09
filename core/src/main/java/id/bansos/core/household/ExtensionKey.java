package id.bansos.core.household;

import id.bansos.core.money.Rupiah;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;

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
 * booleans, whole numbers, texts, dates, rupiah amounts or constants of an enum; the JSON formats
 * write them as JSON booleans, numbers and strings.
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
    ENUM
  }

  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

  private final String name;
  private final Class<T> type;
  private final Kind kind;

  private ExtensionKey(String name, Class<T> type, Kind kind) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    this.kind = kind;
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
      };
      return type.cast(value);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new IllegalArgumentException(name + " expects " + expected());
    }
  }

  private Object enumConstant(String text) {
    for (T c : type.getEnumConstants()) {
      if (((Enum<?>) c).name().equals(text)) {
        return c;
      }
    }
    throw new IllegalArgumentException();
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
      case ENUM -> "one of " + java.util.Arrays.stream(type.getEnumConstants())
          .map(c -> ((Enum<?>) c).name()).toList();
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
