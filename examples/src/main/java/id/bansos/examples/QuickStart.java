package id.bansos.examples;

import id.bansos.rules.program.JawaTimur;
import id.bansos.core.household.AidProgram;
import id.bansos.core.household.Disability;
import id.bansos.core.household.DisabilityKind;
import id.bansos.core.household.Household;
import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.household.SchoolLevel;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import id.bansos.core.money.Rupiah;
import id.bansos.core.region.Region;
import id.bansos.core.region.RegionCode;
import id.bansos.core.region.RegionLevel;
import id.bansos.core.region.RegionRegistry;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.Assessment;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import id.bansos.rules.Render;
import id.bansos.rules.program.pkh.NationalPkh;
import id.bansos.rules.program.pkh.PkhComponent;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The quick start: three households of Jawa Timur built in code, assessed by the provincial
 * catalog as of {@link #AS_OF}, each decision printed with its reasons in Bahasa Indonesia and
 * English ({@link Render#text}; {@link Render#html} gives each family's printable decision
 * sheet). Run it with {@code ./mvnw -q -pl examples -am compile exec:java}.
 *
 * <p>The households are invented; their village codes are real (from the bundled Kemendagri
 * list), and every NIK agrees with its holder's birth date, sex and a real kecamatan.
 */
public final class QuickStart {

  /** The date of the assessments: fixed, so the output never depends on the clock. */
  public static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);

  /** Desa Sembilangan, Kecamatan Bangkalan, Kabupaten Bangkalan. */
  static final RegionCode BANGKALAN = RegionCode.parse("35.26.01.2008");
  /** Desa Ngadirejo, Kecamatan Sukapura, Kabupaten Probolinggo. */
  static final RegionCode PROBOLINGGO = RegionCode.parse("35.13.01.2005");
  /** Kelurahan Kebraon, Kecamatan Karang Pilang, Kota Surabaya. */
  static final RegionCode SURABAYA = RegionCode.parse("35.78.01.1002");

  private static final LocalDate REGISTER_READ = LocalDate.of(2025, 4, 14);

  private QuickStart() {}

  /**
   * Prints the three assessments to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Assesses the three households and prints each decision in both languages.
   *
   * @param out where to print; never null
   */
  public static void run(PrintStream out) {
    Engine engine = Engine.of(JawaTimur.catalog());
    List<String> titles = List.of(
        "Elderly PKH family / keluarga PKH dengan lansia",
        "Child with a severe disability / anak penyandang disabilitas berat",
        "Widow heading the family / janda kepala keluarga");
    List<Household> households = households();
    for (int i = 0; i < households.size(); i++) {
      Household h = households.get(i);
      Assessment a = engine.assess(h, AS_OF);
      out.printf(Locale.ROOT, "=== %d. %s: %s ===%n%n", i + 1, titles.get(i), place(h));
      out.println("--- Bahasa Indonesia ---");
      out.println(Render.text(a, h, Language.ID));
      out.println("--- English ---");
      out.println(Render.text(a, h, Language.EN));
    }
  }

  private static String place(Household h) {
    RegionRegistry registry = RegionRegistry.jawaTimur();
    RegionCode village = h.domicile().orElseThrow();
    Region v = registry.get(village);
    Region district = registry.get(village.at(RegionLevel.DISTRICT));
    Region regency = registry.get(village.at(RegionLevel.REGENCY));
    return (v.isDesa() ? "Desa " : "Kelurahan ") + v.name() + ", Kecamatan " + district.name()
        + ", " + regency.name();
  }

  /**
   * The three households.
   *
   * @return an elderly PKH family in Kabupaten Bangkalan (grandmother aged 74), a family with a
   *     severely disabled child in Kabupaten Probolinggo, and a widow heading her family in Kota
   *     Surabaya
   */
  public static List<Household> households() {
    return List.of(elderlyPkhFamily(), disabledChildFamily(), widowFamily());
  }

  private static Household elderlyPkhFamily() {
    return Household.builder()
        .kkNumber(KkNumber.parse("3526011204150007"))
        .domicile(BANGKALAN)
        .registry(RegistryStatus.dtsen(Desil.of(2), REGISTER_READ))
        .putAid(AidProgram.PKH, true)
        .putAid(AidProgram.BPNT_SEMBAKO, true)
        .putExtensions(NationalPkh.COMPONENTS, Set.of(PkhComponent.ELDERLY, PkhComponent.SMP))
        .addMembers(adult("352601", LocalDate.of(1978, 5, 12), Sex.MALE, 1, Relationship.HEAD,
            MaritalStatus.MARRIED, Occupation.FARMER).monthlyIncome(Rupiah.of(1_400_000)).build())
        .addMembers(adult("352601", LocalDate.of(1982, 9, 3), Sex.FEMALE, 2,
            Relationship.SPOUSE, MaritalStatus.MARRIED, Occupation.HOMEMAKER).build())
        .addMembers(adult("352601", LocalDate.of(1951, 2, 14), Sex.FEMALE, 4,
            Relationship.PARENT, MaritalStatus.WIDOWED, Occupation.NOT_WORKING)
            .chronicallyIll(true).build())
        .addMembers(child("352601", LocalDate.of(2011, 8, 21), Sex.MALE, 3, SchoolLevel.SMP))
        .build();
  }

  private static Household disabledChildFamily() {
    return Household.builder()
        .kkNumber(KkNumber.parse("3513012908120011"))
        .domicile(PROBOLINGGO)
        .registry(RegistryStatus.dtsen(Desil.of(1), REGISTER_READ))
        .putAid(AidProgram.PKH, true)
        .putExtensions(NationalPkh.COMPONENTS, Set.of(PkhComponent.SEVERE_DISABILITY))
        .addMembers(adult("351301", LocalDate.of(1986, 1, 30), Sex.MALE, 4, Relationship.HEAD,
            MaritalStatus.MARRIED, Occupation.LABOURER).monthlyIncome(Rupiah.of(900_000)).build())
        .addMembers(adult("351301", LocalDate.of(1989, 11, 7), Sex.FEMALE, 2,
            Relationship.SPOUSE, MaritalStatus.MARRIED, Occupation.FARMER).build())
        .addMembers(Person.builder()
            .nik(nik("351301", LocalDate.of(2014, 4, 20), Sex.FEMALE, 1))
            .birthDate(LocalDate.of(2014, 4, 20)).sex(Sex.FEMALE)
            .relationship(Relationship.CHILD).maritalStatus(MaritalStatus.SINGLE)
            .hasDisability(true).addDisabilities(Disability.severe(DisabilityKind.MULTIPLE))
            .schoolLevel(SchoolLevel.NOT_IN_SCHOOL).build())
        .build();
  }

  private static Household widowFamily() {
    // PKH membership was not recorded: the decisions that need it say so instead of refusing.
    return Household.builder()
        .kkNumber(KkNumber.parse("3578010507090003"))
        .domicile(SURABAYA)
        .registry(RegistryStatus.dtsen(Desil.of(3), REGISTER_READ))
        .addMembers(adult("357801", LocalDate.of(1971, 10, 2), Sex.FEMALE, 6, Relationship.HEAD,
            MaritalStatus.WIDOWED, Occupation.TRADER).monthlyIncome(Rupiah.of(1_100_000)).build())
        .addMembers(child("357801", LocalDate.of(2008, 6, 9), Sex.FEMALE, 2, SchoolLevel.SMA))
        .addMembers(child("357801", LocalDate.of(2012, 12, 1), Sex.MALE, 5, SchoolLevel.SMP))
        .build();
  }

  private static id.bansos.core.household.ImmutablePerson.Builder adult(String district,
      LocalDate birth, Sex sex, int serial, Relationship relationship, MaritalStatus marital,
      Occupation occupation) {
    return Person.builder().nik(nik(district, birth, sex, serial)).birthDate(birth).sex(sex)
        .relationship(relationship).maritalStatus(marital).occupation(occupation)
        .hasDisability(false);
  }

  private static Person child(String district, LocalDate birth, Sex sex, int serial,
      SchoolLevel school) {
    return Person.builder().nik(nik(district, birth, sex, serial)).birthDate(birth).sex(sex)
        .relationship(Relationship.CHILD).maritalStatus(MaritalStatus.SINGLE)
        .occupation(Occupation.STUDENT).schoolLevel(school).hasDisability(false).build();
  }

  /** A NIK first registered in {@code district} (six digits) for a person born on {@code birth}. */
  static Nik nik(String district, LocalDate birth, Sex sex, int serial) {
    int day = birth.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
    return Nik.parse(String.format(Locale.ROOT, "%s%02d%02d%02d%04d", district, day,
        birth.getMonthValue(), birth.getYear() % 100, serial));
  }
}
