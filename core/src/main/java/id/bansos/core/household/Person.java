package id.bansos.core.household;

import id.bansos.core.Problems;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import id.bansos.core.internal.DomainStyle;
import id.bansos.core.money.Rupiah;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member of a household, with every fact a program rule may read.
 *
 * <p>Only the NIK is required. Every other fact is optional because field data is often
 * incomplete, and an absent fact means <em>unknown</em>, never "no": a rule that needs it answers
 * "cannot decide" and names the fact. Build one with {@link #builder()}:
 *
 * <pre>{@code
 * Person grandmother = Person.builder()
 *     .nik(Nik.parse("3526014107500001"))
 *     .birthDate(LocalDate.of(1950, 7, 1))
 *     .sex(Sex.FEMALE)
 *     .relationship(Relationship.PARENT)
 *     .build();
 * }</pre>
 *
 * <p>Building fails with {@link id.bansos.core.InvalidDataException} listing every impossible
 * fact (a death date before the birth date, a disability list while "has disability" is false, a
 * negative income...). {@link #toString()} shows neither the full NIK nor the name.
 */
@Value.Immutable
@DomainStyle
public abstract class Person {

  Person() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static ImmutablePerson.Builder builder() {
    return ImmutablePerson.builder();
  }

  /**
   * The Nomor Induk Kependudukan; required, unique within a household.
   *
   * @return the NIK
   */
  public abstract Nik nik();

  /**
   * The name as on the KK. Personal data: never logged, never in {@code toString}.
   *
   * @return the name, if recorded
   */
  public abstract Optional<String> name();

  /**
   * Date of birth.
   *
   * @return the date, if known
   */
  public abstract Optional<LocalDate> birthDate();

  /**
   * Date of death, for a member who died but is still on the card.
   *
   * @return the date, if the person died
   */
  public abstract Optional<LocalDate> deathDate();

  /**
   * Sex.
   *
   * @return the sex, if recorded
   */
  public abstract Optional<Sex> sex();

  /**
   * Relationship to the head of the family (SHDK on the KK).
   *
   * @return the relationship, if recorded
   */
  public abstract Optional<Relationship> relationship();

  /**
   * Marital status.
   *
   * @return the status, if recorded
   */
  public abstract Optional<MaritalStatus> maritalStatus();

  /**
   * Whether a married woman has been left by her husband indefinitely (ditinggal suami).
   *
   * @return the fact, if recorded
   */
  public abstract Optional<Boolean> abandonedBySpouse();

  /**
   * Whether this person is the family's main breadwinner (pencari nafkah utama).
   *
   * @return the fact, if recorded
   */
  public abstract Optional<Boolean> mainBreadwinner();

  /**
   * Whether the person has any disability. Absent with an empty {@link #disabilities()} means
   * unknown; a non-empty list implies yes.
   *
   * @return the fact, if recorded
   */
  public abstract Optional<Boolean> hasDisability();

  /**
   * The person's disabilities, each with kind, severity and daily-living facts.
   *
   * @return the list, empty when none is recorded
   */
  public abstract List<Disability> disabilities();

  /**
   * Whether the person is chronically ill and unable to work.
   *
   * @return the fact, if recorded
   */
  public abstract Optional<Boolean> chronicallyIll();

  /**
   * Current school enrolment.
   *
   * @return the level, if recorded
   */
  public abstract Optional<SchoolLevel> schoolLevel();

  /**
   * Occupation.
   *
   * @return the occupation, if recorded
   */
  public abstract Optional<Occupation> occupation();

  /**
   * A loss of work income (lay-off, unpaid furlough, wage cut), or explicitly none.
   *
   * @return the shock, if recorded
   */
  public abstract Optional<LabourShock> labourShock();

  /**
   * When the labour shock happened.
   *
   * @return the date, if recorded; only with a shock other than NONE
   */
  public abstract Optional<LocalDate> labourShockDate();

  /**
   * Monthly income.
   *
   * @return the income, if recorded
   */
  public abstract Optional<Rupiah> monthlyIncome();

  /**
   * Whether the father is alive and, if not, when and how he died.
   *
   * @return the status, if recorded
   */
  public abstract Optional<ParentStatus> father();

  /**
   * Whether the mother is alive and, if not, when and how she died.
   *
   * @return the status, if recorded
   */
  public abstract Optional<ParentStatus> mother();

  /**
   * Facts the core model does not name, by key (see {@link ExtensionKey}); an absent key is
   * unknown.
   *
   * @return the extension facts; never null
   */
  public abstract Map<ExtensionKey<?>, Object> extensions();

  /**
   * The value of an extension fact.
   *
   * @param key the fact; never null
   * @param <T> its type
   * @return the value, empty when not recorded
   */
  public final <T> Optional<T> extension(ExtensionKey<T> key) {
    Object value = extensions().get(Objects.requireNonNull(key, "key"));
    return value == null ? Optional.empty() : Optional.of(key.type().cast(value));
  }

  /**
   * Age in completed years on {@code date}. A person born on 29 February turns a year older on
   * 1 March in a non-leap year ({@link Period} semantics).
   *
   * @param date the date of the assessment; never null
   * @return the age, or empty when the birth date is unknown or after {@code date}
   */
  public final Optional<Integer> ageOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    LocalDate birth = (LocalDate) BIRTH_DATE.get((ImmutablePerson) this);
    if (birth == null || birth.isAfter(date)) {
      return Optional.empty();
    }
    // Period.between(birth, date).getYears(), without building a Period.
    int years = (int) ChronoUnit.YEARS.between(birth, date);
    return years < AGES.length ? AGES[years] : Optional.of(years);
  }

  // The ages most people have, made once: ageOn is asked for every member of every assessment.
  private static final Optional<Integer>[] AGES = ages(151);

  @SuppressWarnings("unchecked")
  private static Optional<Integer>[] ages(int count) {
    Optional<Integer>[] out = (Optional<Integer>[]) new Optional<?>[count];
    for (int years = 0; years < count; years++) {
      out[years] = Optional.of(years);
    }
    return out;
  }

  // The dates as the generated class holds them (every Person is an ImmutablePerson, whose
  // constructor alone can call this class's): birthDate() and deathDate() make a new Optional
  // at every read, and ageOn and isAliveOn are asked for every member of every assessment.
  // id.bansos.core.internal.Recorded reads the same fields for the engine; this class cannot use
  // it, since Recorded depends on this package and the packages must not depend on each other.
  private static final VarHandle BIRTH_DATE = date("birthDate");
  private static final VarHandle DEATH_DATE = date("deathDate");

  private static VarHandle date(String field) {
    try {
      return MethodHandles.privateLookupIn(ImmutablePerson.class, MethodHandles.lookup())
          .findVarHandle(ImmutablePerson.class, field, LocalDate.class);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the generated ImmutablePerson has no field " + field, e);
    }
  }

  /**
   * Whether the person is alive on {@code date} as far as the record says (no death date on or
   * before it).
   *
   * @param date the date; never null
   * @return false when a death date on or before {@code date} is recorded
   */
  public final boolean isAliveOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    LocalDate death = (LocalDate) DEATH_DATE.get((ImmutablePerson) this);
    return death == null || death.isAfter(date);
  }

  /**
   * Whether any recorded disability is severe. Absent severities count as not severe here; rules
   * that must tell "unknown" from "no" read {@link #disabilities()} themselves.
   *
   * @return true when a disability with severity SEVERE is recorded
   */
  public final boolean hasSevereDisabilityRecorded() {
    for (Disability d : disabilities()) {
      if (d.severity().orElse(null) == DisabilitySeverity.SEVERE) {
        return true;
      }
    }
    return false;
  }

  @Value.Check
  final void check() {
    Problems problems = new Problems();
    if (birthDate().isPresent() && deathDate().isPresent()
        && deathDate().get().isBefore(birthDate().get())) {
      problems.add("deathDate", "PERSON_DEATH_BEFORE_BIRTH", "the death date is before the birth date");
    }
    if (hasDisability().equals(Optional.of(false)) && !disabilities().isEmpty()) {
      problems.add("disabilities", "PERSON_DISABILITY_CONTRADICTION",
          "disabilities are listed while hasDisability is false");
    }
    if (labourShockDate().isPresent()
        && labourShock().orElse(LabourShock.NONE) == LabourShock.NONE) {
      problems.add("labourShockDate", "PERSON_SHOCK_DATE_WITHOUT_SHOCK",
          "a labour-shock date is given without a lay-off, furlough or wage cut");
    }
    if (name().isPresent() && name().get().isBlank()) {
      problems.add("name", "PERSON_NAME_BLANK", "the name is blank; leave it out when unknown");
    }
    for (Map.Entry<ExtensionKey<?>, Object> e : extensions().entrySet()) {
      if (!e.getKey().accepts(e.getValue())) {
        problems.add("extensions." + e.getKey().name(), "EXTENSION_TYPE",
            "expects " + e.getKey().expected());
      }
    }
    problems.throwIfAny();
  }

  /**
   * A summary without personal data: the masked NIK and the relationship.
   *
   * @return for example {@code Person{nik=3526**********01, relationship=PARENT}}
   */
  @Override
  public String toString() {
    return "Person{nik=" + nik() + relationship().map(r -> ", relationship=" + r).orElse("") + "}";
  }
}
