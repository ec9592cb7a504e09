package id.bansos.examples.regency;

import id.bansos.core.household.AidProgram;
import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutablePerson;
import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import id.bansos.core.region.RegionCode;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.Assessment;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import id.bansos.rules.Render;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A regency's catalog at work: three families of Kabupaten Sidoarjo built in code, assessed as of
 * {@link #AS_OF} by {@link SidoarjoLansiaLahan#catalog()} (the provincial programs and the
 * made-up local top-up), each decision printed in Bahasa Indonesia. Run it with
 * {@code ./mvnw -q -pl examples -am compile exec:java
 * -Dexec.mainClass=id.bansos.examples.regency.RegencyExample}.
 *
 * <p>The families are invented; their village codes are real, and every NIK agrees with its
 * holder's birth date, sex and kecamatan. They differ in the new fact, {@code landOwnedM2}:
 * recorded and small, not recorded, recorded and large.
 */
public final class RegencyExample {

  /** The date of the assessments: fixed, so the output never depends on the clock. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 7, 1);

  /** Desa Tarik, Kecamatan Tarik, Kabupaten Sidoarjo. */
  static final RegionCode TARIK = RegionCode.parse("35.15.01.2004");
  /** Desa Prambon, Kecamatan Prambon, Kabupaten Sidoarjo. */
  static final RegionCode PRAMBON = RegionCode.parse("35.15.02.2001");
  /** Desa Keper, Kecamatan Krembung, Kabupaten Sidoarjo. */
  static final RegionCode KEPER = RegionCode.parse("35.15.03.2002");

  private static final LocalDate REGISTER_READ = LocalDate.of(2026, 3, 2);

  private RegencyExample() {}

  /**
   * Prints the three assessments to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Assesses the three families with the Sidoarjo catalog and prints each decision in Bahasa
   * Indonesia.
   *
   * @param out where to print; never null
   */
  public static void run(PrintStream out) {
    Engine engine = Engine.of(SidoarjoLansiaLahan.catalog());
    List<String> titles = List.of(
        "Nenek 73 tahun, tanah 350 m2 / grandmother aged 73, 350 m2 of land",
        "Pasangan lansia, luas tanah belum tercatat / elderly couple, land not recorded",
        "Kakek 76 tahun, tanah 1.200 m2 / grandfather aged 76, 1,200 m2 of land");
    List<Household> households = households();
    for (int i = 0; i < households.size(); i++) {
      Assessment a = engine.assess(households.get(i), AS_OF);
      out.printf(Locale.ROOT, "=== %d. %s ===%n%n", i + 1, titles.get(i));
      out.println(Render.text(a, households.get(i), Language.ID));
    }
  }

  /**
   * The three families, all in Kabupaten Sidoarjo.
   *
   * @return a PKH family in Desa Tarik with a grandmother aged 73 and 350 m2 of land; an elderly
   *     couple in Desa Prambon whose land is not recorded; a family in Desa Keper with a
   *     grandfather aged 76 and 1,200 m2 of land
   */
  public static List<Household> households() {
    return List.of(smallPlot(), landNotRecorded(), largePlot());
  }

  private static Household smallPlot() {
    return Household.builder()
        .kkNumber(KkNumber.parse("3515011807100004"))
        .domicile(TARIK)
        .registry(RegistryStatus.dtsen(Desil.of(2), REGISTER_READ))
        .putAid(AidProgram.PKH, true)
        .putExtensions(SidoarjoLansiaLahan.LAND_OWNED_M2, 350L)
        .addMembers(person("351501", LocalDate.of(1976, 4, 2), Sex.MALE, 3, Relationship.HEAD,
            MaritalStatus.MARRIED, Occupation.FARMER).build())
        .addMembers(person("351501", LocalDate.of(1980, 9, 15), Sex.FEMALE, 4,
            Relationship.SPOUSE, MaritalStatus.MARRIED, Occupation.HOMEMAKER).build())
        .addMembers(person("351501", LocalDate.of(1953, 3, 8), Sex.FEMALE, 2,
            Relationship.PARENT, MaritalStatus.WIDOWED, Occupation.NOT_WORKING).build())
        .build();
  }

  private static Household landNotRecorded() {
    // The field worker has not yet asked about land: the local program says so.
    return Household.builder()
        .kkNumber(KkNumber.parse("3515022003090001"))
        .domicile(PRAMBON)
        .registry(RegistryStatus.dtsen(Desil.of(3), REGISTER_READ))
        .putAid(AidProgram.PKH, false)
        .addMembers(person("351502", LocalDate.of(1958, 11, 20), Sex.MALE, 1, Relationship.HEAD,
            MaritalStatus.MARRIED, Occupation.LABOURER).build())
        .addMembers(person("351502", LocalDate.of(1961, 1, 5), Sex.FEMALE, 2,
            Relationship.SPOUSE, MaritalStatus.MARRIED, Occupation.HOMEMAKER).build())
        .build();
  }

  private static Household largePlot() {
    return Household.builder()
        .kkNumber(KkNumber.parse("3515030511120008"))
        .domicile(KEPER)
        .registry(RegistryStatus.dtsen(Desil.of(4), REGISTER_READ))
        .putAid(AidProgram.PKH, false)
        .putExtensions(SidoarjoLansiaLahan.LAND_OWNED_M2, 1_200L)
        .addMembers(person("351503", LocalDate.of(1972, 6, 30), Sex.MALE, 5, Relationship.HEAD,
            MaritalStatus.MARRIED, Occupation.TRADER).build())
        .addMembers(person("351503", LocalDate.of(1950, 2, 11), Sex.MALE, 1,
            Relationship.PARENT, MaritalStatus.WIDOWED, Occupation.FARMER).build())
        .build();
  }

  private static ImmutablePerson.Builder person(String district, LocalDate birth, Sex sex,
      int serial, Relationship relationship, MaritalStatus marital, Occupation occupation) {
    return Person.builder().nik(nik(district, birth, sex, serial)).birthDate(birth).sex(sex)
        .relationship(relationship).maritalStatus(marital).occupation(occupation)
        .hasDisability(false);
  }

  /** A NIK first registered in {@code district} (six digits) for a person born on {@code birth}. */
  static Nik nik(String district, LocalDate birth, Sex sex, int serial) {
    int day = birth.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
    return Nik.parse(String.format(Locale.ROOT, "%s%02d%02d%02d%04d", district, day,
        birth.getMonthValue(), birth.getYear() % 100, serial));
  }
}
