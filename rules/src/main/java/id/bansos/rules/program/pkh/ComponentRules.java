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
import id.bansos.rules.FactKey;
import id.bansos.rules.Facts;
import id.bansos.rules.Member;
import id.bansos.rules.Param;
import id.bansos.rules.Recorder;
import id.bansos.rules.criteria.AgeBand;
import java.util.ArrayList;
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
 * <p>Each component's test is exact (true, false, or not known for want of a fact). The parts
 * {@link #byPregnancy}, {@link #byAge}, {@link #bySchool} and {@link #byDisability} together are
 * their three-valued disjunction, split by the facts they read so that each missing fact is named
 * once; {@link ComponentSources#check()} combines them.
 */
final class ComponentRules {

  /** The components in the order a member's list shows them. */
  static final List<PkhComponent> ORDER = List.of(PREGNANT_OR_POSTPARTUM, EARLY_CHILDHOOD, SD,
      SMP, SMA, ELDERLY, SEVERE_DISABILITY);

  /** The parameters the tests read. */
  record Ages(Param<Integer> pkhElderly, Param<Integer> lansia, Param<AgeBand> early,
      Param<AgeBand> pupil) {}

  private final boolean recorded;
  private final Set<PkhComponent> allowed;
  private final boolean allowsPupil;
  private final Param<Integer> elderlyAge;
  private final Param<AgeBand> early;
  private final Param<AgeBand> pupil;

  private ComponentRules(boolean recorded, Set<PkhComponent> allowed, Ages ages) {
    this.recorded = recorded;
    this.allowed = EnumSet.copyOf(allowed);
    this.allowsPupil = allowed.contains(SD) || allowed.contains(SMP) || allowed.contains(SMA);
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
   * @return the components, empty when none is known
   */
  List<PkhComponent> components(Member m, Recorder r) {
    List<PkhComponent> out = List.of();
    for (PkhComponent c : ORDER) {
      // Not known to hold it counts as not holding it here; the member check names the
      // missing fact.
      if (allowed.contains(c) && holds(c, m, Read.QUIET, r)) {
        if (out.isEmpty()) {
          out = new ArrayList<>(2);
        }
        out.add(c);
      }
    }
    return out;
  }

  /** Pregnant or postpartum, when allowed. */
  boolean byPregnancy(Member m, Recorder r) {
    return allowed.contains(PREGNANT_OR_POSTPARTUM)
        && holds(PREGNANT_OR_POSTPARTUM, m, Read.RECORDED, r);
  }

  /** A severe disability, when allowed. */
  boolean byDisability(Member m, Recorder r) {
    return allowed.contains(SEVERE_DISABILITY) && holds(SEVERE_DISABILITY, m, Read.RECORDED, r);
  }

  /** Early childhood or elderly, when allowed, reading the age once. */
  boolean byAge(Member m, Recorder r) {
    if (!allowed.contains(EARLY_CHILDHOOD) && !allowed.contains(ELDERLY)) {
      return false;
    }
    int age = r.get(m, Facts.AGE);
    if (allowed.contains(ELDERLY) && age >= r.value(elderlyAge)) {
      return true;
    }
    if (!allowed.contains(EARLY_CHILDHOOD) || !r.value(early).contains(age)) {
      return false;
    }
    boolean pupilAge = r.value(pupil).contains(age);
    Optional<SchoolLevel> school = r.find(m, Facts.SCHOOL_LEVEL);
    if (school.isPresent()) {
      return !holdsPupilPlace(school.get(), pupilAge);
    }
    // Whether this child counts as a pupil instead is for bySchool to ask, once.
    return !(pupilAge && allowsPupil);
  }

  /** SD, SMP or SMA, when allowed, reading the school level once; the age is byAge's. */
  boolean bySchool(Member m, Recorder r) {
    if (!allowsPupil) {
      return false;
    }
    Optional<Integer> age = m.age();
    if (m.person().schoolLevel().isEmpty()) {
      // Derived: an unknown age is asked for by byAge first, as the age alone may decide.
      boolean schoolAge = age.isPresent() ? r.value(pupil).contains(age.get()) : recorded;
      if (!schoolAge) {
        return false;
      }
    }
    PkhComponent c = pupilComponent(r.get(m, Facts.SCHOOL_LEVEL));
    if (c == null || !allowed.contains(c)) {
      return false;
    }
    return recorded || age.isPresent() && r.value(pupil).contains(age.get());
  }

  /**
   * Whether the member holds {@code c}. Reading an absent fact that decides it ends the test:
   * {@link Read#RECORDED} ends the check UNKNOWN; {@link Read#QUIET} gives null, and the test
   * then answers false (not known to hold it).
   */
  private boolean holds(PkhComponent c, Member m, Read in, Recorder r) {
    return switch (c) {
      case PREGNANT_OR_POSTPARTUM -> pregnant(m, in, r);
      case EARLY_CHILDHOOD -> earlyChildhood(m, in, r);
      case SD, SMP, SMA -> pupil(c, m, in, r);
      case ELDERLY -> {
        Integer age = in.get(m, Facts.AGE, r);
        yield age != null && age >= r.value(elderlyAge);
      }
      case SEVERE_DISABILITY -> severeDisability(m, in, r);
    };
  }

  private boolean pregnant(Member m, Read in, Recorder r) {
    Optional<Boolean> recordedFact = in.find(m, NationalPkh.PREGNANT_FACT, r);
    if (recordedFact.isPresent()) {
      return recordedFact.get();
    }
    // Men and young children are not asked; an unknown sex or age is.
    if (in.find(m, Facts.SEX, r).orElse(Sex.FEMALE) != Sex.FEMALE) {
      return false;
    }
    Optional<Integer> age = m.age();
    if (age.isPresent() && age.get() <= r.value(early).max()) {
      return false;
    }
    return Boolean.TRUE.equals(in.get(m, NationalPkh.PREGNANT_FACT, r));
  }

  private boolean earlyChildhood(Member m, Read in, Recorder r) {
    Integer age = in.get(m, Facts.AGE, r);
    if (age == null || !r.value(early).contains(age)) {
      return false;
    }
    boolean pupilAge = r.value(pupil).contains(age);
    if (in.find(m, Facts.SCHOOL_LEVEL, r).isEmpty() && !(pupilAge && allowsPupil)) {
      return true;
    }
    SchoolLevel school = in.get(m, Facts.SCHOOL_LEVEL, r);
    return school != null && !holdsPupilPlace(school, pupilAge);
  }

  private boolean pupil(PkhComponent c, Member m, Read in, Recorder r) {
    Optional<Integer> age = in.find(m, Facts.AGE, r);
    boolean schoolAge = age.isEmpty() || r.value(pupil).contains(age.get());
    // Derived, the pupil ages are a condition; recorded, they only spare older members the
    // question.
    if (!schoolAge && (!recorded || in.find(m, Facts.SCHOOL_LEVEL, r).isEmpty())) {
      return false;
    }
    SchoolLevel school = in.get(m, Facts.SCHOOL_LEVEL, r);
    if (school == null || pupilComponent(school) != c) {
      return false;
    }
    if (recorded) {
      return true;
    }
    Integer known = in.get(m, Facts.AGE, r);
    return known != null && r.value(pupil).contains(known);
  }

  private static boolean severeDisability(Member m, Read in, Recorder r) {
    List<Disability> listed = m.person().disabilities();
    if (listed.isEmpty()) {
      Boolean any = in.get(m, Facts.HAS_DISABILITY, r);
      if (any == null || !any) {
        return false;
      }
      // A disability recorded without its details may be severe: never silently absent.
      return in.notKnown(m, "disabilities", r);
    }
    boolean severityUnknown = false;
    for (Disability d : listed) {
      Optional<DisabilitySeverity> severity = d.severity();
      if (severity.isEmpty()) {
        severityUnknown = true;
      } else if (severity.get() == DisabilitySeverity.SEVERE) {
        return true;
      }
    }
    if (severityUnknown) {
      return in.notKnown(m, "disabilities.severity", r);
    }
    return false;
  }

  /** Whether an enrolment at {@code school} makes the member a pupil of an allowed component. */
  private boolean holdsPupilPlace(SchoolLevel school, boolean pupilAge) {
    PkhComponent c = pupilComponent(school);
    return c != null && allowed.contains(c) && (recorded || pupilAge);
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

  /**
   * How a test reads facts: into the record, where an absent fact ends the check UNKNOWN, or
   * quietly, where an absent fact reads as null and the test answers "not known to hold it"
   * (false). One test serves both, so the member check and the award's list cannot disagree.
   */
  private enum Read {
    RECORDED {
      @Override
      <T> Optional<T> find(Member m, FactKey<Member, T> key, Recorder r) {
        return r.find(m, key);
      }

      @Override
      <T> T get(Member m, FactKey<Member, T> key, Recorder r) {
        return r.get(m, key);
      }

      @Override
      boolean notKnown(Member m, String fact, Recorder r) {
        throw r.unknown(m, fact);
      }
    },
    QUIET {
      @Override
      <T> Optional<T> find(Member m, FactKey<Member, T> key, Recorder r) {
        return key.read(m);
      }

      @Override
      <T> @Nullable T get(Member m, FactKey<Member, T> key, Recorder r) {
        return key.read(m).orElse(null);
      }

      @Override
      boolean notKnown(Member m, String fact, Recorder r) {
        return false;
      }
    };

    abstract <T> Optional<T> find(Member m, FactKey<Member, T> key, Recorder r);

    /** The fact's value; when absent, ends the check UNKNOWN (recorded) or gives null (quiet). */
    abstract <T> @Nullable T get(Member m, FactKey<Member, T> key, Recorder r);

    /**
     * For want of a fact that no key names: ends the check UNKNOWN (recorded), or answers
     * false, not known to hold the component (quiet).
     */
    abstract boolean notKnown(Member m, String fact, Recorder r);
  }
}
