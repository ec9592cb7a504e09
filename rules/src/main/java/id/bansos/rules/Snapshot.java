package id.bansos.rules;

import id.bansos.core.household.Household;
import id.bansos.core.household.Person;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.region.RegionCode;
import id.bansos.core.region.RegionLevel;
import id.bansos.core.region.RegionRegistry;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The household on the date of an assessment: its members that day (born by then and not yet
 * dead, in NIK order) with their ages worked out once, shared by every program of the
 * assessment. A person born after the date or dead on or before it is not a member that day: no
 * criterion counts them and none is UNKNOWN because of them.
 *
 * <p>Valid only while its assessment runs; determinations never keep it.
 */
public final class Snapshot {

  private static final RegionCode JAWA_TIMUR = RegionCode.parse("35");

  private final Household household;
  private final LocalDate date;
  private final List<Member> members;
  private final Nik[] niks;
  // Worked out on first use by the first program that needs it, then shared.
  private RegionCode regency;
  private byte villageKnown;

  private Snapshot(Household household, LocalDate date) {
    this.household = household;
    this.date = date;
    List<Person> people = household.members();
    Member[] found = new Member[people.size()];
    int n = 0;
    for (int i = 0; i < people.size(); i++) {
      Person p = people.get(i);
      // No age: born after the date, or the birth date is not recorded.
      Optional<Integer> age = p.ageOn(date);
      if ((age.isPresent() || p.birthDate().isEmpty()) && p.isAliveOn(date)) {
        // Insertion by NIK: a card has few members, often already in order.
        int at = n;
        while (at > 0 && found[at - 1].nik().compareTo(p.nik()) > 0) {
          found[at] = found[at - 1];
          at--;
        }
        found[at] = new Member(this, p, age);
        n++;
      }
    }
    Nik[] niks = new Nik[n];
    for (int i = 0; i < n; i++) {
      found[i].placeAt(i);
      niks[i] = found[i].nik();
    }
    this.members = new MemberList(found, n);
    this.niks = niks;
  }

  /** The first {@code size} members of an array, unmodifiable: no copy. */
  private static final class MemberList extends AbstractList<Member> implements RandomAccess {
    private final Member[] members;
    private final int size;

    MemberList(Member[] members, int size) {
      this.members = members;
      this.size = size;
    }

    @Override
    public Member get(int index) {
      Objects.checkIndex(index, size);
      return members[index];
    }

    @Override
    public int size() {
      return size;
    }
  }

  /**
   * The household on {@code date}.
   *
   * @param household the household; never null
   * @param date the date; never null
   * @return the snapshot
   */
  static Snapshot of(Household household, LocalDate date) {
    return new Snapshot(household, date);
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

  /**
   * The kabupaten/kota of the domicile, worked out once per assessment.
   *
   * @return the regency code, empty when the domicile is not recorded
   */
  public Optional<RegionCode> domicileRegency() {
    if (regency == null) {
      Optional<RegionCode> village = household.domicile();
      if (village.isEmpty()) {
        return Optional.empty();
      }
      regency = village.get().at(RegionLevel.REGENCY);
    }
    return Optional.of(regency);
  }

  /**
   * Whether the domicile is a village code the Kemendagri registry of Jawa Timur knows, or one
   * outside Jawa Timur (which the registry does not list); worked out once per assessment.
   *
   * @return false when the domicile is not recorded or is an unknown Jawa Timur code
   */
  public boolean domicileKnown() {
    if (villageKnown == 0) {
      Optional<RegionCode> village = household.domicile();
      boolean known = village.isPresent() && (!village.get().isWithin(JAWA_TIMUR)
          || RegionRegistry.jawaTimur().contains(village.get()));
      villageKnown = known ? (byte) 1 : (byte) 2;
    }
    return villageKnown == 1;
  }

  KkNumber kkNumber() {
    return household.kkNumber();
  }

  /** The members' NIKs in NIK order; shared, never modified. */
  Nik[] niks() {
    return niks;
  }

  @Override
  public String toString() {
    return "Snapshot[" + household.kkNumber() + ", " + date + ", members=" + members.size() + "]";
  }
}
