package id.bansos.rules.param;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parameter and its timeline: dated, sourced values that do not overlap.
 *
 * <p>Build one with {@link #builder(ParameterKey, String)}:
 *
 * <pre>{@code
 * Parameter<Integer> minAge = Parameter.builder(MIN_AGE, "Minimum age of the elderly member")
 *     .from(LocalDate.of(2019, 1, 1)).value(70).confidence(Confidence.INFERRED)
 *     .source("Antara, Dec 2023", "https://...").add()
 *     .build();
 * }</pre>
 *
 * @param <T> the value type
 */
public final class Parameter<T> {

  private final ParameterKey<T> key;
  private final String description;
  private final List<ParameterValue<T>> timeline;
  /** One {@code Optional} per value, made once: {@link #at} runs several times per assessment. */
  private final Optional<ParameterValue<T>>[] found;

  private Parameter(ParameterKey<T> key, String description, List<ParameterValue<T>> timeline) {
    this.key = key;
    this.description = description;
    List<ParameterValue<T>> sorted = new ArrayList<>(timeline);
    sorted.sort(Comparator.comparing(ParameterValue::validFrom));
    for (int i = 1; i < sorted.size(); i++) {
      ParameterValue<T> previous = sorted.get(i - 1);
      if (previous.validTo().isEmpty()
          || !previous.validTo().get().isBefore(sorted.get(i).validFrom())) {
        throw new IllegalArgumentException(key + ": values overlap at " + sorted.get(i).validFrom());
      }
    }
    for (ParameterValue<T> v : sorted) {
      if (!v.key().equals(key)) {
        throw new IllegalArgumentException(key + ": a value of " + v.key() + " is in its timeline");
      }
    }
    this.timeline = List.copyOf(sorted);
    @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array, made once per parameter
    Optional<ParameterValue<T>>[] optionals = new Optional[sorted.size()];
    for (int i = 0; i < optionals.length; i++) {
      optionals[i] = Optional.of(sorted.get(i));
    }
    this.found = optionals;
  }

  /**
   * A parameter with the given timeline.
   *
   * @param key the key; never null
   * @param description what the parameter means, in English; never null
   * @param timeline the values; never null, may be empty
   * @param <T> the value type
   * @return the parameter
   * @throws IllegalArgumentException when values overlap or belong to another key
   */
  public static <T> Parameter<T> of(ParameterKey<T> key, String description,
      List<ParameterValue<T>> timeline) {
    return new Parameter<>(Objects.requireNonNull(key, "key"),
        Objects.requireNonNull(description, "description"), timeline);
  }

  /**
   * A builder for the timeline of {@code key}.
   *
   * @param key the key; never null
   * @param description what the parameter means; never null
   * @param <T> the value type
   * @return the builder
   */
  public static <T> Builder<T> builder(ParameterKey<T> key, String description) {
    return new Builder<>(key, description);
  }

  /**
   * The key.
   *
   * @return the key
   */
  public ParameterKey<T> key() {
    return key;
  }

  /**
   * What the parameter means.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Every value, oldest first.
   *
   * @return the timeline
   */
  public List<ParameterValue<T>> timeline() {
    return timeline;
  }

  /**
   * The value in force on {@code date}.
   *
   * @param date the date; never null
   * @return the value, or empty when none holds then
   */
  public Optional<ParameterValue<T>> at(LocalDate date) {
    for (int i = timeline.size() - 1; i >= 0; i--) {
      ParameterValue<T> v = timeline.get(i);
      if (v.holdsOn(date)) {
        return found[i];
      }
    }
    return Optional.empty();
  }

  /**
   * This parameter with {@code replacement} in force over its own period: values before it are
   * cut short at the day before, values after it (when the replacement has an end) start the day
   * after, and whatever lay inside its period is dropped. This is how a regency sets its own
   * value from a date on.
   *
   * @param replacement the new value; never null
   * @return the new parameter
   * @throws IllegalArgumentException when the replacement belongs to another key
   */
  public Parameter<T> replacedFrom(ParameterValue<T> replacement) {
    LocalDate cut = replacement.validFrom();
    Optional<LocalDate> end = replacement.validTo();
    List<ParameterValue<T>> kept = new ArrayList<>();
    for (ParameterValue<T> v : timeline) {
      if (v.validFrom().isBefore(cut)) {
        LocalDate to = v.validTo().filter(t -> t.isBefore(cut)).orElse(cut.minusDays(1));
        kept.add(withPeriod(v, v.validFrom(), Optional.of(to)));
      }
      if (end.isPresent() && (v.validTo().isEmpty() || v.validTo().get().isAfter(end.get()))) {
        LocalDate from = v.validFrom().isAfter(end.get()) ? v.validFrom() : end.get().plusDays(1);
        kept.add(withPeriod(v, from, v.validTo()));
      }
    }
    kept.add(replacement);
    return new Parameter<>(key, description, kept);
  }

  private static <T> ParameterValue<T> withPeriod(ParameterValue<T> v, LocalDate from,
      Optional<LocalDate> to) {
    return new ParameterValue<>(v.key(), v.value(), from, to, v.confidence(), v.sources(), v.note());
  }

  @Override
  public String toString() {
    return key.name() + timeline.stream().map(v -> v.period() + "=" + v.value()).toList();
  }

  /**
   * Builds a timeline value by value.
   *
   * @param <T> the value type
   */
  public static final class Builder<T> {
    private final ParameterKey<T> key;
    private final String description;
    private final List<ParameterValue<T>> values = new ArrayList<>();

    private Builder(ParameterKey<T> key, String description) {
      this.key = Objects.requireNonNull(key, "key");
      this.description = Objects.requireNonNull(description, "description");
    }

    /**
     * Starts a value holding from {@code from} on.
     *
     * @param from first day; never null
     * @return a value builder; finish it with {@link ValueBuilder#add()}
     */
    public ValueBuilder<T> from(LocalDate from) {
      return new ValueBuilder<>(this, from);
    }

    /**
     * The parameter.
     *
     * @return the parameter
     * @throws IllegalArgumentException when values overlap
     */
    public Parameter<T> build() {
      return new Parameter<>(key, description, values);
    }
  }

  /**
   * Builds one dated value.
   *
   * @param <T> the value type
   */
  public static final class ValueBuilder<T> {
    private final Builder<T> parent;
    private final LocalDate from;
    private Optional<LocalDate> to = Optional.empty();
    private T value;
    private Confidence confidence = Confidence.CONFIRMED;
    private final List<Source> sources = new ArrayList<>();
    private String note = "";

    private ValueBuilder(Builder<T> parent, LocalDate from) {
      this.parent = parent;
      this.from = Objects.requireNonNull(from, "from");
    }

    /**
     * The last day the value holds (inclusive).
     *
     * @param to the last day; never null
     * @return this
     */
    public ValueBuilder<T> to(LocalDate to) {
      this.to = Optional.of(to);
      return this;
    }

    /**
     * The value.
     *
     * @param value the value; never null
     * @return this
     */
    public ValueBuilder<T> value(T value) {
      this.value = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * How sure the value is (default CONFIRMED).
     *
     * @param confidence the confidence; never null
     * @return this
     */
    public ValueBuilder<T> confidence(Confidence confidence) {
      this.confidence = Objects.requireNonNull(confidence, "confidence");
      return this;
    }

    /**
     * Adds a source.
     *
     * @param title what it is; never null
     * @param address where; never null
     * @return this
     */
    public ValueBuilder<T> source(String title, String address) {
      sources.add(Source.of(title, address));
      return this;
    }

    /**
     * A remark, for example how sources disagree.
     *
     * @param note the remark; never null
     * @return this
     */
    public ValueBuilder<T> note(String note) {
      this.note = Objects.requireNonNull(note, "note");
      return this;
    }

    /**
     * Adds the value to the timeline.
     *
     * @return the parameter builder
     * @throws IllegalArgumentException when the value or a source is missing
     */
    public Builder<T> add() {
      if (value == null) {
        throw new IllegalArgumentException(parent.key + ": value not set");
      }
      parent.values.add(new ParameterValue<>(parent.key, value, from, to, confidence, sources, note));
      return parent;
    }
  }
}
