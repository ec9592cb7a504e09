package id.bansos.bench;

import id.bansos.cli.SampleData;
import id.bansos.core.household.AidProgram;
import id.bansos.core.household.Disability;
import id.bansos.core.household.DisabilityKind;
import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutablePerson;
import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.household.SchoolLevel;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import id.bansos.core.region.RegionCode;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.program.aspd.Aspd;
import id.bansos.rules.program.pkh.NationalPkh;
import id.bansos.rules.program.pkh.PkhComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The households the benchmarks assess. The generated mix comes from the one seeded generator of
 * realistic households, {@link SampleData} of the command line ({@code bansos sample}): the same
 * families, spread over the 38 kabupaten/kota by population, that a data officer tries the tool
 * on, with a head, often a spouse and children, sometimes a grandchild or an elderly parent (a
 * few dead on the card), women heading families alone, a few members in an excluded occupation,
 * some with a disability (some severe), DTSEN deciles leaning poor plus unregistered and
 * unchecked families, PKH membership likelier among poor families with someone to care for, and
 * a little missing data, so that every outcome of every program, UNDETERMINED included, is met.
 * Every number is synthetic and no names are generated. The same seed always gives the same
 * households.
 *
 * <p>{@link #typical()} is one family written by hand, not generated.
 */
public final class SampleHouseholds {

  /** The date the benchmarks assess on: DTSEN deciles apply, PKH Plus covers all 38 regencies. */
  public static final LocalDate ASSESSMENT_DATE = LocalDate.of(2025, 7, 1);

  /** The seed of the benchmark mix. */
  public static final long SEED = 0x5EED_BA45_0517L;

  /** How many households the benchmark mix holds. */
  public static final int MIX_SIZE = 1024;

  private SampleHouseholds() {}

  /**
   * The benchmark mix: {@link #MIX_SIZE} households from {@link #SEED}.
   *
   * @return the households, in generation order
   */
  public static List<Household> mix() {
    return generate(MIX_SIZE, SEED, ASSESSMENT_DATE);
  }

  /**
   * {@code count} households of {@link SampleData} from {@code seed}, with ages as of {@code
   * date}: the first {@code count} households {@code bansos sample --seed SEED --date DATE}
   * writes.
   *
   * @param count how many; at least 0
   * @param seed the seed; the same seed gives the same households
   * @param date the date ages are computed for; never null
   * @return the households
   */
  public static List<Household> generate(int count, long seed, LocalDate date) {
    SampleData data = new SampleData(seed, date);
    List<Household> result = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      result.add(data.next());
    }
    return List.copyOf(result);
  }

  /**
   * One typical screening case, fixed by hand: a farming family of five in a desa of Kabupaten
   * Bangkalan, DTSEN desil 2, in PKH, with the head's 76-year-old mother and a 14-year-old son
   * with a severe physical disability. Both PKH Plus and ASPD are eligible on {@link
   * #ASSESSMENT_DATE}, so the explanation is the longest a family of this size gets.
   *
   * @return the household
   */
  public static Household typical() {
    RegionCode village = RegionCode.parse("35.26.01.2008");
    List<Person> members = List.of(
        person(village, LocalDate.of(1978, 4, 12), Sex.MALE, 1, Relationship.HEAD)
            .maritalStatus(MaritalStatus.MARRIED).occupation(Occupation.FARMER)
            .mainBreadwinner(true).hasDisability(false).build(),
        person(village, LocalDate.of(1982, 9, 3), Sex.FEMALE, 2, Relationship.SPOUSE)
            .maritalStatus(MaritalStatus.MARRIED).occupation(Occupation.HOMEMAKER)
            .hasDisability(false).build(),
        person(village, LocalDate.of(2011, 1, 25), Sex.MALE, 3, Relationship.CHILD)
            .maritalStatus(MaritalStatus.SINGLE).occupation(Occupation.STUDENT)
            .schoolLevel(SchoolLevel.SMP).hasDisability(true)
            .addDisabilities(Disability.severe(DisabilityKind.PHYSICAL))
            .putExtensions(Aspd.NEEDS_WHEELCHAIR, true).build(),
        person(village, LocalDate.of(2016, 6, 30), Sex.FEMALE, 4, Relationship.CHILD)
            .maritalStatus(MaritalStatus.SINGLE).occupation(Occupation.STUDENT)
            .schoolLevel(SchoolLevel.SD).hasDisability(false).build(),
        person(village, LocalDate.of(1948, 12, 2), Sex.FEMALE, 5, Relationship.PARENT)
            .maritalStatus(MaritalStatus.WIDOWED).occupation(Occupation.NOT_WORKING)
            .hasDisability(false).build());
    return Household.builder()
        .kkNumber(KkNumber.parse("3526011203150007"))
        .members(members)
        .domicile(village)
        .livesOnSmallIsland(false)
        .registry(RegistryStatus.dtsen(Desil.of(2), LocalDate.of(2025, 4, 1)))
        .putAid(AidProgram.PKH, true)
        .putAid(AidProgram.BPNT_SEMBAKO, true)
        .putAid(AidProgram.PBI_JK, true)
        .putExtensions(NationalPkh.COMPONENTS,
            Set.of(PkhComponent.SMP, PkhComponent.SD, PkhComponent.SEVERE_DISABILITY))
        .build();
  }

  private static ImmutablePerson.Builder person(RegionCode village, LocalDate birth, Sex sex,
      int serial, Relationship relationship) {
    return Person.builder().nik(nik(village, birth, sex, serial)).birthDate(birth).sex(sex)
        .relationship(relationship);
  }

  private static Nik nik(RegionCode village, LocalDate birth, Sex sex, int serial) {
    int day = birth.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
    return Nik.parse(String.format(Locale.ROOT, "%s%02d%02d%02d%04d",
        village.digits().substring(0, 6), day, birth.getMonthValue(), birth.getYear() % 100,
        serial));
  }
}
