package id.bansos.rules;

import id.bansos.core.household.Household;
import id.bansos.core.household.Person;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.internal.Recorded;
import id.bansos.core.region.RegionCode;
import id.bansos.core.region.RegionLevel;
import id.bansos.core.region.RegionRegistry;
import id.bansos.core.registry.RegistryStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
  // Read or worked out on first use by the first program that needs them, then shared: the core
  // model makes a new Optional on every read of a recorded fact.
  private @Nullable Optional<RegionCode> domicile;
  private @Nullable Optional<RegistryStatus> registry;
  private @Nullable Optional<RegionCode> regency;
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
      if ((age.isPresent() || Recorded.birthDate(p) == null) && p.isAliveOn(date)) {
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
      niks[i] = found[i].nik();
    }
    this.members = new ArrayView<>(found, n);
    this.niks = niks;
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
   * The village (desa/kelurahan) of domicile as recorded, read once per assessment.
   *
   * @return the village code, empty when not recorded
   */
  public Optional<RegionCode> domicile() {
    Optional<RegionCode> v = domicile;
    if (v == null) {
      v = household.domicile();
      domicile = v;
    }
    return v;
  }

  /**
   * The family's status in the national register as recorded, read once per assessment.
   *
   * @return the status, empty when the register was not checked
   */
  public Optional<RegistryStatus> registry() {
    Optional<RegistryStatus> v = registry;
    if (v == null) {
      v = household.registry();
      registry = v;
    }
    return v;
  }

  /**
   * The kabupaten/kota of the domicile, worked out once per assessment.
   *
   * @return the regency code, empty when the domicile is not recorded
   */
  public Optional<RegionCode> domicileRegency() {
    Optional<RegionCode> v = regency;
    if (v == null) {
      Optional<RegionCode> village = domicile();
      v = village.isEmpty() ? Optional.empty() : Regencies.of(village.get());
      regency = v;
    }
    return v;
  }

  /**
   * Whether the domicile is a village code the Kemendagri registry of Jawa Timur knows, or one
   * outside Jawa Timur (which the registry does not list); worked out once per assessment.
   *
   * @return false when the domicile is not recorded or is an unknown Jawa Timur code
   */
  public boolean domicileKnown() {
    if (villageKnown == 0) {
      Optional<RegionCode> village = domicile();
      boolean known = village.isPresent() && (!village.get().isWithin(JAWA_TIMUR)
          || RegionRegistry.jawaTimur().contains(village.get()));
      villageKnown = known ? (byte) 1 : (byte) 2;
    }
    return villageKnown == 1;
  }

  /**
   * The regency codes of Jawa Timur, by the two digits after the province's, each made at the
   * first domicile within it: cutting it from the village code makes a string and a code for
   * every assessment. Racy but safe: an entry is immutable and equal however often it is made.
   */
  private static final class Regencies {
    @SuppressWarnings("unchecked")
    private static final Optional<RegionCode>[] BY_DIGITS =
        (Optional<RegionCode>[]) new Optional<?>[100];

    static Optional<RegionCode> of(RegionCode village) {
      String d = village.digits();
      if (d.length() > 4 && d.charAt(0) == '3' && d.charAt(1) == '5') {
        int at = (d.charAt(2) - '0') * 10 + d.charAt(3) - '0';
        Optional<RegionCode> known = BY_DIGITS[at];
        if (known == null) {
          known = Optional.of(village.at(RegionLevel.REGENCY));
          BY_DIGITS[at] = known;
        }
        return known;
      }
      return Optional.of(village.at(RegionLevel.REGENCY));
    }
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
