package id.bansos.rules;

import id.bansos.core.household.AidProgram;
import id.bansos.core.household.Disability;
import id.bansos.core.household.DisabilityKind;
import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutableHousehold;
import id.bansos.core.household.ImmutablePerson;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import id.bansos.core.region.RegionCode;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.RegistryStatus;
import java.time.LocalDate;

/** Hand-made households for the rules' example tests. */
public final class Households {

  /** A village (desa) of Kabupaten Bangkalan, covered by PKH Plus since 2019. */
  public static final RegionCode BANGKALAN_DESA = RegionCode.parse("35.26.01.2008");
  /** A kelurahan of Kota Surabaya, covered by PKH Plus from Q4 2024. */
  public static final RegionCode SURABAYA_KELURAHAN = RegionCode.parse("35.78.01.1001");
  /** A desa of Kabupaten Sidoarjo, outside the PKH Plus lists before Q4 2024. */
  public static final RegionCode SIDOARJO_DESA = RegionCode.parse("35.15.01.2001");
  /** A desa of Kabupaten Banyuwangi, outside the known PKH Plus lists before Q4 2024. */
  public static final RegionCode BANYUWANGI_DESA = RegionCode.parse("35.10.01.2001");
  /** The No. KK of the hand-made households. */
  public static final KkNumber KK = KkNumber.parse("3526010101200001");

  private Households() {}

  /** A NIK of a person born on {@code birth}, with {@code serial} to keep members apart. */
  public static Nik nik(LocalDate birth, Sex sex, int serial) {
    int day = birth.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
    return Nik.parse(String.format(java.util.Locale.ROOT, "352601%02d%02d%02d%04d", day,
        birth.getMonthValue(), birth.getYear() % 100, serial));
  }

  /** A person with the given birth date, sex, relationship and occupation. */
  public static ImmutablePerson.Builder person(LocalDate birth, Sex sex, Relationship rel,
      Occupation occupation, int serial) {
    return Person.builder().nik(nik(birth, sex, serial)).birthDate(birth).sex(sex)
        .relationship(rel).occupation(occupation);
  }

  /**
   * An elderly PKH family in Bangkalan: a head (45, farmer), his mother born on
   * {@code elderBirth}, in DTSEN desil 2, not receiving other aid.
   */
  public static ImmutableHousehold.Builder elderlyPkhFamily(LocalDate elderBirth) {
    return Household.builder()
        .kkNumber(KK)
        .addMembers(person(LocalDate.of(1980, 3, 10), Sex.MALE, Relationship.HEAD,
            Occupation.FARMER, 1).build())
        .addMembers(person(elderBirth, Sex.FEMALE, Relationship.PARENT, Occupation.NOT_WORKING, 2)
            .build())
        .domicile(BANGKALAN_DESA)
        .registry(RegistryStatus.dtsen(Desil.of(2), LocalDate.of(2025, 3, 1)))
        .putAid(AidProgram.PKH, true);
  }

  /** The head of the hand-made households: a 1980-born farmer who has no disability. */
  public static ImmutablePerson head() {
    return person(LocalDate.of(1980, 3, 10), Sex.MALE, Relationship.HEAD, Occupation.FARMER, 1)
        .hasDisability(false).build();
  }

  /** A child born on {@code birth} with a severe disability in the Kemensos sense. */
  public static ImmutablePerson.Builder severelyDisabledChild(LocalDate birth, int serial) {
    return Person.builder().nik(nik(birth, Sex.MALE, serial)).birthDate(birth).sex(Sex.MALE)
        .relationship(Relationship.CHILD).addDisabilities(Disability.severe(DisabilityKind.PHYSICAL));
  }

  /**
   * A family in Bangkalan with a head (no disability) and a child born on {@code childBirth}
   * with a severe physical disability, in DTSEN desil 2; PKH membership not recorded.
   */
  public static ImmutableHousehold.Builder disabledChildFamily(LocalDate childBirth) {
    return Household.builder()
        .kkNumber(KK)
        .addMembers(head())
        .addMembers(severelyDisabledChild(childBirth, 3).build())
        .domicile(BANGKALAN_DESA)
        .registry(RegistryStatus.dtsen(Desil.of(2), LocalDate.of(2025, 3, 1)));
  }
}
