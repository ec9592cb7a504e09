package id.bansos.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A typed fact that criteria read from a subject: a {@link Member} of the household on the date,
 * the household itself ({@link Snapshot}), or a group of families ({@link GroupSnapshot}). The engine reads every fact through its key, so
 * "absent means unknown" is written once: a criterion that reads an absent fact is UNKNOWN, with
 * the key's name among the missing facts, unless the rest of its check decides it anyway (Kleene
 * logic, see {@link Check}).
 *
 * <p>The facts every program shares are in {@link Facts}. A regency defines its own next to its
 * program with {@link #member} or {@link #household}.
 *
 * @param <S> the subject: {@link Member} or {@link Snapshot}
 * @param <T> the value type
 */
public final class FactKey<S, T> {

  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9_]*)*");

  private final String name;
  private final Class<T> type;
  private final String needs;
  // Gives the value, or null when it is not recorded. The engine reads facts through it without
  // an Optional: behind a call site that sees many keys the JIT cannot inline the reader, so an
  // Optional it returned would be allocated at every read.
  private final Function<? super S, ? extends @Nullable T> reader;
  private final Text label;
  private final Text needsLabel;
  // The missing-fact entries a record holds when this fact is absent, by member index + 1 (0 for
  // the household), made on first use and shared by every record: most households lack the same
  // few facts. Racy but safe: an entry is immutable, equal however often it is made, and a lost
  // update only makes one again. Null until the first (and when a key reached another thread
  // without a safe hand-off, which the final fields above survive and this one need not).
  private Recorder.Missing @Nullable [] missing;
  // The facts this key records for its small values (false and true, each constant of an enum,
  // the whole numbers 0 to 150), by code: made on first use and shared by every record, which
  // then holds one entry where it would hold a name and a value. Racy but safe, as above.
  private @Nullable Fact @Nullable [] facts;
  // What read() returns for those small values, by the same code, made on first use and shared.
  private Optional<?> @Nullable [] optionals;
  // Which of its values the key keeps facts for, by its type: a Boolean, an enum, an Integer.
  private final byte keeps;

  private static final int SMALL = 151;
  private static final byte KEEPS_NONE = 0;
  private static final byte KEEPS_BOOLEAN = 1;
  private static final byte KEEPS_ENUM = 2;
  private static final byte KEEPS_INTEGER = 3;

  private FactKey(String name, String needs, Class<T> type,
      Function<? super S, ? extends @Nullable T> reader) {
    this(name, needs, type, reader, defaultLabel(name), defaultLabel(needs));
  }

  private FactKey(String name, String needs, Class<T> type,
      Function<? super S, ? extends @Nullable T> reader, Text label, Text needsLabel) {
    this.name = Objects.requireNonNull(name, "name");
    this.needs = Objects.requireNonNull(needs, "needs");
    this.type = Objects.requireNonNull(type, "type");
    this.keeps = type == Boolean.class ? KEEPS_BOOLEAN : type.isEnum() ? KEEPS_ENUM
        : type == Integer.class ? KEEPS_INTEGER : KEEPS_NONE;
    this.reader = Objects.requireNonNull(reader, "reader");
    this.label = Objects.requireNonNull(label, "label");
    this.needsLabel = Objects.requireNonNull(needsLabel, "needsLabel");
    for (String n : List.of(name, needs)) {
      if (!NAME.matcher(n).matches()) {
        throw new IllegalArgumentException(
            "a fact name is a dotted camelCase path, for example disabilities.severity: " + n);
      }
    }
  }

  /**
   * A fact about one member.
   *
   * @param name the fact's name as missing-fact lists and the JSON format spell it, for example
   *     {@code birthDate}; never null
   * @param type the value type; never null
   * @param reader reads the fact, empty when it is not recorded; never null, never returns null
   * @param <T> the value type
   * @return the key
   * @throws IllegalArgumentException when the name is not a dotted camelCase path
   */
  public static <T> FactKey<Member, T> member(String name, Class<T> type,
      Function<? super Member, Optional<T>> reader) {
    Objects.requireNonNull(reader, "reader");
    return new FactKey<>(name, name, type, s -> reader.apply(s).orElse(null));
  }

  /**
   * A fact about the household.
   *
   * @param name the fact's name, for example {@code domicile}; never null
   * @param type the value type; never null
   * @param reader reads the fact, empty when it is not recorded; never null, never returns null
   * @param <T> the value type
   * @return the key
   * @throws IllegalArgumentException when the name is not a dotted camelCase path
   */
  public static <T> FactKey<Snapshot, T> household(String name, Class<T> type,
      Function<? super Snapshot, Optional<T>> reader) {
    Objects.requireNonNull(reader, "reader");
    return new FactKey<>(name, name, type, s -> reader.apply(s).orElse(null));
  }

  /**
   * A fact about a group of families.
   *
   * @param name the fact's name, for example {@code liveNearEachOther}; never null
   * @param type the value type; never null
   * @param reader reads the fact, empty when it is not recorded; never null, never returns null
   * @param <T> the value type
   * @return the key
   * @throws IllegalArgumentException when the name is not a dotted camelCase path
   */
  public static <T> FactKey<GroupSnapshot, T> group(String name, Class<T> type,
      Function<? super GroupSnapshot, Optional<T>> reader) {
    Objects.requireNonNull(reader, "reader");
    return new FactKey<>(name, name, type, s -> reader.apply(s).orElse(null));
  }

  /**
   * A fact about one member, read by {@code reader} as a value or null: the form of the facts
   * in {@link Facts}, whose readers read the core model's fields without an {@code Optional}.
   */
  static <T> FactKey<Member, T> memberOrNull(String name, Class<T> type,
      Function<? super Member, ? extends @Nullable T> reader) {
    return new FactKey<>(name, name, type, reader);
  }

  /** A fact about the household, read as a value or null; see {@link #memberOrNull}. */
  static <T> FactKey<Snapshot, T> householdOrNull(String name, Class<T> type,
      Function<? super Snapshot, ? extends @Nullable T> reader) {
    return new FactKey<>(name, name, type, reader);
  }

  /**
   * The same fact worked out from another that the record must hold: an age read as {@code age}
   * is missing as {@code birthDate}.
   *
   * @param recorded the name of the recorded fact it is worked out from; never null
   * @return the key
   */
  public FactKey<S, T> derivedFrom(String recorded) {
    return new FactKey<>(name, recorded, type, reader, label, defaultLabel(recorded));
  }

  /**
   * The same key with the words a field worker reads for it. A key made without a label has the
   * label {@link Labels#fact} gives its name, or else the name itself in both languages.
   *
   * @param label the label in Bahasa Indonesia and English; never null
   * @return the key; a key worked out from another ({@link #derivedFrom}) keeps the label of the
   *     recorded fact for {@link #needsLabel()}
   */
  public FactKey<S, T> labelled(Text label) {
    Objects.requireNonNull(label, "label");
    return new FactKey<>(name, needs, type, reader, label,
        needs.equals(name) ? label : needsLabel);
  }

  /**
   * The fact's label.
   *
   * @return for example "status perkawinan" / "marital status"; never null
   */
  public Text label() {
    return label;
  }

  /**
   * The label of what a field worker must record when the fact is absent ({@link #needs()}).
   *
   * @return for example "tanggal lahir" / "date of birth" for an age; never null
   */
  public Text needsLabel() {
    return needsLabel;
  }

  private static Text defaultLabel(String name) {
    return Labels.fact(name).orElseGet(() -> Text.of(name, name));
  }

  /**
   * What a field worker must record when the fact is absent: the fact's own name, or the one it
   * is worked out from.
   *
   * @return for example {@code birthDate}
   */
  public String needs() {
    return needs;
  }

  /**
   * The fact's name.
   *
   * @return for example {@code birthDate}
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
   * Reads the fact from {@code subject}. For a small value (a boolean, an enum constant, a whole
   * number from 0 to 150) it returns the same {@code Optional} every time, made once per key.
   *
   * @param subject the member or household; never null
   * @return the value, empty when not recorded
   */
  public Optional<T> read(S subject) {
    T value = valueOrNull(subject);
    if (value == null) {
      return Optional.empty();
    }
    int code = smallCode(value);
    if (code < 0) {
      return Optional.of(value);
    }
    // A small value's Optional, made once per key.
    Optional<?>[] known = optionals;
    if (known != null && code < known.length && known[code] != null) {
      @SuppressWarnings("unchecked")
      Optional<T> o = (Optional<T>) known[code];
      return o;
    }
    Optional<T> made = Optional.of(value);
    Optional<?>[] grown = known == null ? new Optional<?>[code + 1]
        : Arrays.copyOf(known, Math.max(known.length, code + 1));
    grown[code] = made;
    optionals = grown;
    return made;
  }

  /**
   * Whether the fact of {@code subject} is recorded as a value equal to {@code value} ({@code
   * equals}): false when it is recorded as another value or not recorded. For code that tests
   * the facts of many members, such as finding a member by relationship: it makes no object,
   * where {@link #read} makes an {@code Optional} for a value that is not small, and the reader
   * of a key made with {@link #member}, {@link #household} or {@link #group} makes its own.
   *
   * @param subject the member, household or group; never null
   * @param value the value; never null
   * @return whether the recorded value equals {@code value}
   */
  public boolean is(S subject, T value) {
    Objects.requireNonNull(value, "value");
    return value.equals(valueOrNull(Objects.requireNonNull(subject, "subject")));
  }

  /** The fact's value, or null when it is not recorded: the engine's read, with no Optional. */
  @Nullable T valueOrNull(S subject) {
    return reader.apply(subject);
  }

  /** The entry a record holds when this fact is absent for the member of index {@code member}. */
  Recorder.Missing missing(int member) {
    Recorder.Missing[] known = missing;
    int slot = member + 1;
    if (known != null && slot < known.length) {
      Recorder.Missing m = known[slot];
      if (m != null) {
        return m;
      }
    }
    Recorder.Missing made = new Recorder.Missing(needs, member, needsLabel);
    if (slot < 64) {
      Recorder.Missing[] grown = known == null ? new Recorder.Missing[slot + 1]
          : Arrays.copyOf(known, Math.max(known.length, slot + 1));
      grown[slot] = made;
      missing = grown;
    }
    return made;
  }

  /** The fact this key records for {@code value}, kept for a small value; null for another. */
  @Nullable Fact fact(Object value) {
    int code = smallCode(value);
    if (code < 0) {
      return null;
    }
    Fact[] known = facts;
    if (known != null && code < known.length) {
      Fact f = known[code];
      if (f != null) {
        return f;
      }
    }
    Fact made = new Fact(name, value);
    Fact[] grown = known == null ? new Fact[code + 1]
        : Arrays.copyOf(known, Math.max(known.length, code + 1));
    grown[code] = made;
    facts = grown;
    return made;
  }

  /** The index of a small value among the values this key keeps facts for; -1 for another. */
  private int smallCode(Object value) {
    // The value's own class is tested too, for a reader that escaped its declared type.
    return switch (keeps) {
      case KEEPS_BOOLEAN -> value instanceof Boolean b ? (b ? 1 : 0) : -1;
      case KEEPS_ENUM -> value.getClass() == type ? ((Enum<?>) value).ordinal() : -1;
      case KEEPS_INTEGER -> value instanceof Integer i && i >= 0 && i < SMALL ? i : -1;
      default -> -1;
    };
  }

  /** Keys are equal by name, since the name is what explanations and wire formats carry. */
  @Override
  public boolean equals(Object o) {
    return o instanceof FactKey<?, ?> other && name.equals(other.name);
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
