package id.bansos.rules.program.pkh;

import static id.bansos.rules.program.pkh.PkhComponent.EARLY_CHILDHOOD;
import static id.bansos.rules.program.pkh.PkhComponent.ELDERLY;
import static id.bansos.rules.program.pkh.PkhComponent.PREGNANT_OR_POSTPARTUM;
import static id.bansos.rules.program.pkh.PkhComponent.SD;
import static id.bansos.rules.program.pkh.PkhComponent.SEVERE_DISABILITY;
import static id.bansos.rules.program.pkh.PkhComponent.SMA;
import static id.bansos.rules.program.pkh.PkhComponent.SMP;

import id.bansos.core.household.Disability;
import id.bansos.core.household.DisabilitySeverity;
import id.bansos.core.household.SchoolLevel;
import id.bansos.core.identity.Sex;
import id.bansos.rules.Facts;
import id.bansos.rules.Member;
import id.bansos.rules.Outcome;
import id.bansos.rules.Param;
import id.bansos.rules.Recorder;
import id.bansos.rules.criteria.AgeBand;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which PKH components a member holds, by one source and among the components it allows.
 *
 * <p><b>Derived</b> (no components recorded): the member's own facts decide, with the program's
 * thresholds: pregnant or postpartum; a child in the early-childhood ages; a pupil at SD, SMP or
 * SMA within the pupil ages (a child in both age bands who is enrolled at one of them counts as
 * that pupil); elderly from {@link NationalPkh#ELDERLY_MIN_AGE}; a severe disability.
 *
 * <p><b>Recorded</b> (Kemensos's components on the household): the record already decided the
 * entitlement, but a set names neither the member nor how many hold a component, so the
 * members' facts only say who matches each recorded component's description: pregnant or
 * postpartum; a child in the early-childhood ages (unless enrolled at a recorded pupil level, which
 * they then hold instead); enrolled at the recorded SD, SMP or SMA level, whatever the age (the
 * pupil ages only spare asking older members for a school level); elderly from the statutory
 * lansia age {@link id.bansos.rules.criteria.CommonCriteria#ELDERLY_AGE}, since sources disagree
 * whether PKH's own threshold is 60 or 70 and Kemensos's record shows which it applied; a severe
 * disability. A component not recorded is held by no one.
 *
 * <p>Each component is decided once, by {@link #components}, from the facts present: a member
 * holds it, or is not known to hold it. Only when the member holds none do the parts {@link
 * #whyNotPregnant}, {@link #whyNotByAge}, {@link #whyNotPupil} and {@link #whyNotDisabled} run,
 * split by the facts they read so that each missing fact is named once: they read into the
 * record the facts that decided "none", and end the check UNKNOWN for a fact whose absence left a
 * component undecided; they never find a component. {@link ComponentSources#check()}
 * combines them.
 */
final class ComponentRules {

  /** The components in the order a member's list shows them. */
  static final List<PkhComponent> ORDER = List.of(PREGNANT_OR_POSTPARTUM, EARLY_CHILDHOOD, SD,
      SMP, SMA, ELDERLY, SEVERE_DISABILITY);
  // ORDER as an array, for the loop every member's check runs.
  private static final PkhComponent[] IN_ORDER = ORDER.toArray(new PkhComponent[0]);
  // Each component as a list of one, by ordinal: most members who hold one hold only it.
  private static final List<List<PkhComponent>> ALONE =
      Arrays.stream(PkhComponent.values()).map(List::of).toList();

  /** The parameters the tests read. */
  record Ages(Param<Integer> pkhElderly, Param<Integer> lansia, Param<AgeBand> early,
      Param<AgeBand> pupil) {}

  private final boolean recorded;
  // The allowed components, one bit per ordinal.
  private final int allowed;
  private final boolean allowsPupil;
  private final Param<Integer> elderlyAge;
  private final Param<AgeBand> early;
  private final Param<AgeBand> pupil;

  private ComponentRules(boolean recorded, Set<PkhComponent> allowed, Ages ages) {
    this.recorded = recorded;
    int mask = 0;
    for (PkhComponent c : allowed) {
      mask |= 1 << c.ordinal();
    }
    this.allowed = mask;
    this.allowsPupil = allows(SD) || allows(SMP) || allows(SMA);
    this.elderlyAge = recorded ? ages.lansia() : ages.pkhElderly();
    this.early = ages.early();
    this.pupil = ages.pupil();
  }

  /**
   * The rules by the member's own facts, every component allowed.
   *
   * @param ages the parameters
   * @return the rules
   */
  static ComponentRules derived(Ages ages) {
    return new ComponentRules(false, EnumSet.allOf(PkhComponent.class), ages);
  }

  /**
   * The rules for a household whose recorded components are {@code components}.
   *
   * @param ages the parameters
   * @param components the recorded components; not empty
   * @return the rules
   */
  static ComponentRules recorded(Ages ages, Set<PkhComponent> components) {
    return new ComponentRules(true, components, ages);
  }

  boolean isRecorded() {
    return recorded;
  }

  /**
   * The components the member is known to hold, in {@link #ORDER}; reads nothing into the record.
   *
   * @param m the member
   * @param r the parameter values
   * @return the components, unmodifiable, empty when none is known
   */
  List<PkhComponent> components(Member m, Recorder r) {
    // The member's age and school level, read once for every component.
    Integer age = m.age().orElse(null);
    SchoolLevel school = Facts.SCHOOL_LEVEL.read(m).orElse(null);
    PkhComponent first = null;
    List<PkhComponent> more = null;
    for (PkhComponent c : IN_ORDER) {
      // Not known to hold it counts as not holding it here; the parts name the missing fact.
      if (allows(c) && holds(c, m, r, age, school)) {
        if (first == null) {
          first = c;
        } else {
          if (more == null) {
            more = new ArrayList<>(3);
            more.add(first);
          }
          more.add(c);
        }
      }
    }
    return first == null ? List.of() : more == null ? ALONE.get(first.ordinal())
        : List.copyOf(more);
  }

  Outcome whyNotPregnant(Member m, Recorder r) {
    if (!allows(PREGNANT_OR_POSTPARTUM)
        || r.has(m, NationalPkh.PREGNANT_FACT)) {
      return Outcome.FAIL;
    }
    // Men and young children are not asked; an unknown sex or age is.
    if (r.find(m, Facts.SEX).orElse(Sex.FEMALE) != Sex.FEMALE) {
      return Outcome.FAIL;
    }
    Optional<Integer> age = m.age();
    if (age.isPresent() && age.get() <= r.value(early).max()) {
      return Outcome.FAIL;
    }
    return r.absent(m, NationalPkh.PREGNANT_FACT);
  }

  /**
   * Early childhood or elderly, when allowed, for a member who holds no component: the age. (A
   * child in the early-childhood ages who holds nothing is one who may be a pupil instead, and
   * whyNotPupil shows or asks for the school level.)
   */
  Outcome whyNotByAge(Member m, Recorder r) {
    if ((allows(EARLY_CHILDHOOD) || allows(ELDERLY))
        && !r.has(m, Facts.AGE)) {
      return r.absent(m, Facts.AGE);
    }
    return Outcome.FAIL;
  }

  /**
   * SD, SMP or SMA, when allowed, for a member who holds no component: the school level, asked
   * of a member in the pupil ages (derived; recorded, also of one whose age is not known); the
   * age is whyNotByAge's.
   */
  Outcome whyNotPupil(Member m, Recorder r) {
    if (!allowsPupil) {
      return Outcome.FAIL;
    }
    if (!r.has(m, Facts.SCHOOL_LEVEL)) {
      Optional<Integer> age = m.age();
      boolean schoolAge = age.isPresent() ? r.value(pupil).contains(age.get()) : recorded;
      return schoolAge ? r.absent(m, Facts.SCHOOL_LEVEL) : Outcome.FAIL;
    }
    return Outcome.FAIL;
  }

  /**
   * A severe disability, when allowed, for a member who holds no component: UNKNOWN for a
   * disability recorded without its details, or its severity, since it may be severe.
   */
  Outcome whyNotDisabled(Member m, Recorder r) {
    if (!allows(SEVERE_DISABILITY)) {
      return Outcome.FAIL;
    }
    List<Disability> listed = m.person().disabilities();
    if (listed.isEmpty()) {
      Optional<Boolean> has = r.find(m, Facts.HAS_DISABILITY);
      if (has.isEmpty()) {
        return r.absent(m, Facts.HAS_DISABILITY);
      }
      return has.get() ? r.absent(m, Facts.DISABILITIES) : Outcome.FAIL;
    }
    for (Disability d : listed) {
      if (d.severity().isEmpty()) {
        return r.absent(m, "disabilities.severity");
      }
    }
    return Outcome.FAIL;
  }

  /** Whether the member is known to hold {@code c}, by the facts present. */
  private boolean holds(PkhComponent c, Member m, Recorder r, @Nullable Integer age,
      @Nullable SchoolLevel school) {
    return switch (c) {
      case PREGNANT_OR_POSTPARTUM -> NationalPkh.PREGNANT_FACT.is(m, true);
      case EARLY_CHILDHOOD -> earlyChildhood(r, age, school);
      case SD, SMP, SMA -> pupil(c, r, age, school);
      case ELDERLY -> age != null && age >= r.value(elderlyAge);
      case SEVERE_DISABILITY -> severeDisability(m);
    };
  }

  private boolean earlyChildhood(Recorder r, @Nullable Integer age,
      @Nullable SchoolLevel school) {
    if (age == null || !r.value(early).contains(age)) {
      return false;
    }
    boolean pupilAge = r.value(pupil).contains(age);
    if (school == null) {
      // A child who may be a pupil instead is not known to be in early childhood.
      return !(pupilAge && allowsPupil);
    }
    return !holdsPupilPlace(school, pupilAge);
  }

  private boolean pupil(PkhComponent c, Recorder r, @Nullable Integer age,
      @Nullable SchoolLevel school) {
    if (school == null || pupilComponent(school) != c) {
      return false;
    }
    // Derived, the pupil ages are a condition; recorded, enrolment at the level is enough.
    return recorded || age != null && r.value(pupil).contains(age);
  }

  private static boolean severeDisability(Member m) {
    for (Disability d : m.person().disabilities()) {
      if (d.severity().orElse(null) == DisabilitySeverity.SEVERE) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code c} is one these rules allow: for recorded rules, a recorded component. */
  boolean allows(PkhComponent c) {
    return (allowed & 1 << c.ordinal()) != 0;
  }

  /** Whether an enrolment at {@code school} makes the member a pupil of an allowed component. */
  private boolean holdsPupilPlace(SchoolLevel school, boolean pupilAge) {
    PkhComponent c = pupilComponent(school);
    return c != null && allows(c) && (recorded || pupilAge);
  }

  /** The pupil component of an enrolment at {@code school}, null for other levels. */
  private static @Nullable PkhComponent pupilComponent(SchoolLevel school) {
    return switch (school) {
      case SD -> SD;
      case SMP -> SMP;
      case SMA -> SMA;
      default -> null;
    };
  }
}
