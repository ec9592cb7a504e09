package id.bansos.rules;

import id.bansos.core.household.Household;
import id.bansos.core.household.Person;
import id.bansos.core.identity.Nik;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What every program of one assessment would otherwise work out again for itself: the members
 * sorted by NIK, each member's {@code Optional<Nik>} (carried by every person-level result) and
 * age on the date, and the prefix of its missing-fact strings. Made once per assessment by the
 * engine and handed to each program's {@link Evaluation}; confined to the assessing thread.
 *
 * <p>Members are matched by identity: the values cached are for the very {@code Person} and
 * {@code Nik} instances of the household, and any other instance is simply computed afresh.
 */
final class AssessmentContext {

  private static final Comparator<Person> BY_NIK = Comparator.comparing(Person::nik);

  private final LocalDate date;
  private final Person[] sorted;
  private final List<Person> membersByNik;
  private final Optional<Nik>[] niks;
  private final Optional<Integer>[] ages;
  private final String[] missingPrefixes;

  @SuppressWarnings({"unchecked", "rawtypes"}) // generic arrays, filled lazily per member
  AssessmentContext(Household household, LocalDate date) {
    this.date = date;
    this.sorted = household.members().toArray(new Person[0]);
    Arrays.sort(sorted, BY_NIK);
    this.membersByNik = List.of(sorted);
    this.niks = new Optional[sorted.length];
    this.ages = new Optional[sorted.length];
    this.missingPrefixes = new String[sorted.length];
  }

  List<Person> membersByNik() {
    return membersByNik;
  }

  private int indexOf(Person p) {
    for (int i = 0; i < sorted.length; i++) {
      if (sorted[i] == p) {
        return i;
      }
    }
    return -1;
  }

  private int indexOf(Nik nik) {
    for (int i = 0; i < sorted.length; i++) {
      if (sorted[i].nik() == nik) {
        return i;
      }
    }
    return -1;
  }

  Optional<Nik> member(Nik nik) {
    int i = indexOf(nik);
    if (i < 0) {
      return Optional.of(nik);
    }
    Optional<Nik> o = niks[i];
    if (o == null) {
      o = Optional.of(nik);
      niks[i] = o;
    }
    return o;
  }

  Optional<Integer> ageOn(Person p, LocalDate on) {
    int i = on.equals(date) ? indexOf(p) : -1;
    if (i < 0) {
      return p.ageOn(on);
    }
    Optional<Integer> age = ages[i];
    if (age == null) {
      age = p.ageOn(on);
      ages[i] = age;
    }
    return age;
  }

  /** {@code "member 3526********01: "}, the masked NIK as {@link Nik#toString()} gives it. */
  String missingPrefix(Nik nik) {
    int i = indexOf(nik);
    if (i < 0) {
      return "member " + nik + ": ";
    }
    String prefix = missingPrefixes[i];
    if (prefix == null) {
      prefix = "member " + nik + ": ";
      missingPrefixes[i] = prefix;
    }
    return prefix;
  }
}
