package id.bansos.rules;

import id.bansos.core.household.Household;
import id.bansos.core.household.Person;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The household on the date of an assessment: its members that day (born by then and not yet
 * dead, in NIK order) with their ages worked out once, shared by every program of the
 * assessment. A person born after the date or dead on or before it is not a member that day: no
 * criterion counts them and none is UNKNOWN because of them.
 *
 * <p>Valid only while its assessment runs; determinations never keep it.
 */
public final class Snapshot {

  private static final Comparator<Person> BY_NIK = Comparator.comparing(Person::nik);

  private final Household household;
  private final LocalDate date;
  private final List<Member> members;

  private Snapshot(Household household, LocalDate date, Person[] present, int n) {
    this.household = household;
    this.date = date;
    Member[] members = new Member[n];
    for (int i = 0; i < n; i++) {
      members[i] = new Member(this, present[i], i, present[i].ageOn(date));
    }
    this.members = List.of(members);
  }

  /**
   * The household on {@code date}.
   *
   * @param household the household; never null
   * @param date the date; never null
   * @return the snapshot
   */
  static Snapshot of(Household household, LocalDate date) {
    List<Person> people = household.members();
    Person[] present = new Person[people.size()];
    int n = 0;
    for (int i = 0; i < people.size(); i++) {
      Person p = people.get(i);
      Optional<LocalDate> birth = p.birthDate();
      if ((birth.isEmpty() || !birth.get().isAfter(date)) && p.isAliveOn(date)) {
        present[n++] = p;
      }
    }
    Arrays.sort(present, 0, n, BY_NIK);
    return new Snapshot(household, date, present, n);
  }

  /**
   * The household as recorded, for readers of {@link FactKey}s.
   *
   * @return the household; never null
   */
  public Household household() {
    return household;
  }

  /**
   * The date of the assessment.
   *
   * @return the date; never null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * The members on the date, in NIK order.
   *
   * @return the members; never null
   */
  public List<Member> members() {
    return members;
  }

  KkNumber kkNumber() {
    return household.kkNumber();
  }

  Nik[] niks() {
    Nik[] niks = new Nik[members.size()];
    for (int i = 0; i < niks.length; i++) {
      niks[i] = members.get(i).nik();
    }
    return niks;
  }

  @Override
  public String toString() {
    return "Snapshot[" + household.kkNumber() + ", " + date + ", members=" + members.size() + "]";
  }
}
