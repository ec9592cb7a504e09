package id.bansos.bench;

import id.bansos.core.household.AidProgram;
import id.bansos.core.household.Disability;
import id.bansos.core.household.DisabilityKind;
import id.bansos.core.household.DisabilitySeverity;
import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutableHousehold;
import id.bansos.core.household.ImmutablePerson;
import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.household.SchoolLevel;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import id.bansos.core.region.Region;
import id.bansos.core.region.RegionCode;
import id.bansos.core.region.RegionRegistry;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.Register;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.program.aspd.Aspd;
import id.bansos.rules.program.pkh.NationalPkh;
import id.bansos.rules.program.pkh.PkhComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A small deterministic generator of plausible Jawa Timur families for the benchmarks. Every
 * number is synthetic: NIKs and No. KK are built from a village's district code, a birth date and
 * a serial, so they parse but belong to no one, and no names are generated.
 *
 * <p>The mix aims at what a screening run meets, not at any one program: a head with a spouse and
 * children, sometimes a grandparent, some women heading the family alone, a few ASN/TNI/Polri
 * members, a few members with a disability (some severe), families across the DTSEN deciles (and
 * some not registered or not checked), PKH membership more common in the lower deciles, and a
 * little missing data (birth dates, occupations, aid) so every outcome, UNDETERMINED included,
 * is exercised. The same seed always gives the same households.
 */
public final class SampleHouseholds {

  /** The date the benchmarks assess on: DTSEN deciles apply, PKH Plus covers all 38 regencies. */
  public static final LocalDate ASSESSMENT_DATE = LocalDate.of(2025, 7, 1);

  /** The seed of the benchmark mix. */
  public static final long SEED = 0x5EED_BA45_0517L;

  /** How many households the benchmark mix holds. */
  public static final int MIX_SIZE = 1024;

  private static final Occupation[] HEAD_WORK = {
      Occupation.FARMER, Occupation.FARMER, Occupation.FARMER, Occupation.LABOURER,
      Occupation.LABOURER, Occupation.LABOURER, Occupation.TRADER, Occupation.TRADER,
      Occupation.SELF_EMPLOYED, Occupation.SELF_EMPLOYED, Occupation.FISHER,
      Occupation.PRIVATE_EMPLOYEE, Occupation.PRIVATE_EMPLOYEE, Occupation.OTHER,
      Occupation.NOT_WORKING};
  private static final Occupation[] EXCLUDED_WORK = {
      Occupation.ASN, Occupation.TNI, Occupation.POLRI, Occupation.BUMN_BUMD_EMPLOYEE,
      Occupation.VILLAGE_OFFICIAL, Occupation.CERTIFIED_TEACHER, Occupation.HEALTH_WORKER};
  private static final Occupation[] SPOUSE_WORK = {
      Occupation.HOMEMAKER, Occupation.HOMEMAKER, Occupation.HOMEMAKER, Occupation.TRADER,
      Occupation.LABOURER, Occupation.FARMER};

  private final SplittableRandom random;
  private final List<Region> villages;
  private final LocalDate date;
  private int kkSerial;

  private SampleHouseholds(long seed, LocalDate date) {
    this.random = new SplittableRandom(seed);
    this.villages = RegionRegistry.jawaTimur().villages();
    this.date = date;
  }

  /**
   * The benchmark mix: {@link #MIX_SIZE} households from {@link #SEED}.
   *
   * @return the households, in generation order
   */
  public static List<Household> mix() {
    return generate(MIX_SIZE, SEED, ASSESSMENT_DATE);
  }

  /**
   * {@code count} households from {@code seed}, with ages as of {@code date}.
   *
   * @param count how many; at least 0
   * @param seed the seed; the same seed gives the same households
   * @param date the date ages are computed for; never null
   * @return the households
   */
  public static List<Household> generate(int count, long seed, LocalDate date) {
    SampleHouseholds g = new SampleHouseholds(seed, date);
    List<Household> result = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      result.add(g.next());
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

  private Household next() {
    RegionCode village = villages.get(random.nextInt(villages.size())).code();
    kkSerial++;
    ImmutableHousehold.Builder h = Household.builder()
        .kkNumber(KkNumber.parse(String.format(Locale.ROOT, "%s%04d%06d",
            village.digits().substring(0, 6), 1000 + random.nextInt(9000), kkSerial)))
        .domicile(village);

    int desil = registry(h);
    List<Person> members = members(village);
    h.members(members);
    aid(h, desil, members);
    if (random.nextInt(100) < 5) {
      h.livesOnSmallIsland(true);
    }
    return h.build();
  }

  /** Returns the decile, 11 when not registered, 0 when not checked. */
  private int registry(ImmutableHousehold.Builder h) {
    int roll = random.nextInt(100);
    LocalDate checked = date.minusDays(random.nextInt(200));
    if (roll < 8) {
      return 0;
    }
    if (roll < 16) {
      h.registry(RegistryStatus.notRegistered(Register.DTSEN, checked));
      return 11;
    }
    // Screening lists lean poor: deciles 1-5 make up about two thirds of the families seen.
    int desil = random.nextInt(100) < 65 ? 1 + random.nextInt(5) : 6 + random.nextInt(5);
    h.registry(RegistryStatus.dtsen(Desil.of(desil), checked));
    return desil;
  }

  private void aid(ImmutableHousehold.Builder h, int desil, List<Person> members) {
    if (random.nextInt(100) < 7) {
      return; // aid not checked: every aid-dependent rule stays undetermined
    }
    int pkhChance = desil == 0 ? 25 : desil <= 3 ? 60 : desil <= 5 ? 25 : desil <= 10 ? 4 : 2;
    boolean pkh = random.nextInt(100) < pkhChance;
    h.putAid(AidProgram.PKH, pkh);
    h.putAid(AidProgram.BPNT_SEMBAKO, pkh || random.nextInt(100) < pkhChance);
    h.putAid(AidProgram.PBI_JK, pkh || random.nextInt(100) < 40);
    if (pkh) {
      Set<PkhComponent> components = EnumSet.noneOf(PkhComponent.class);
      for (Person p : members) {
        Optional<Integer> age = p.ageOn(date);
        if (age.isEmpty()) {
          continue;
        }
        if (age.get() >= 70) {
          components.add(PkhComponent.ELDERLY);
        } else if (age.get() < 6) {
          components.add(PkhComponent.EARLY_CHILDHOOD);
        } else if (p.schoolLevel().isPresent()) {
          switch (p.schoolLevel().get()) {
            case SD -> components.add(PkhComponent.SD);
            case SMP -> components.add(PkhComponent.SMP);
            case SMA -> components.add(PkhComponent.SMA);
            default -> { }
          }
        }
        if (p.hasSevereDisabilityRecorded()) {
          components.add(PkhComponent.SEVERE_DISABILITY);
        }
      }
      if (!components.isEmpty()) {
        h.putExtensions(NationalPkh.COMPONENTS, Collections.unmodifiableSet(components));
      }
    }
  }

  private List<Person> members(RegionCode village) {
    List<Person> members = new ArrayList<>(7);
    int serialBase = 1 + random.nextInt(9000);
    boolean womanHeaded = random.nextInt(100) < 14;
    int headAge = 22 + random.nextInt(52);
    Sex headSex = womanHeaded ? Sex.FEMALE : Sex.MALE;
    MaritalStatus headStatus = womanHeaded
        ? (random.nextBoolean() ? MaritalStatus.WIDOWED : MaritalStatus.DIVORCED)
        : MaritalStatus.MARRIED;
    Occupation headWork = random.nextInt(100) < 4
        ? EXCLUDED_WORK[random.nextInt(EXCLUDED_WORK.length)]
        : HEAD_WORK[random.nextInt(HEAD_WORK.length)];
    members.add(member(village, headAge, headSex, serialBase, Relationship.HEAD)
        .maritalStatus(headStatus).occupation(headWork).mainBreadwinner(true).build());

    if (!womanHeaded) {
      int age = Math.max(18, headAge - 6 + random.nextInt(9));
      members.add(member(village, age, Sex.FEMALE, serialBase + 1, Relationship.SPOUSE)
          .maritalStatus(MaritalStatus.MARRIED)
          .occupation(SPOUSE_WORK[random.nextInt(SPOUSE_WORK.length)]).build());
    }

    int children = headAge < 25 ? random.nextInt(2) : random.nextInt(5);
    int oldest = Math.max(0, Math.min(headAge - 19, 30));
    for (int c = 0; c < children; c++) {
      int age = random.nextInt(oldest + 1);
      Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
      ImmutablePerson.Builder child =
          member(village, age, sex, serialBase + 2 + c, Relationship.CHILD);
      if (age >= 18) {
        child.maritalStatus(MaritalStatus.SINGLE);
        // An adult child's occupation is sometimes not entered, which leaves exclusions open.
        if (random.nextInt(100) >= 6) {
          child.occupation(random.nextInt(3) == 0 ? Occupation.STUDENT
              : HEAD_WORK[random.nextInt(HEAD_WORK.length)]);
        }
      } else {
        child.maritalStatus(MaritalStatus.SINGLE);
        if (age >= 7) {
          child.occupation(Occupation.STUDENT)
              .schoolLevel(age <= 12 ? SchoolLevel.SD : age <= 15 ? SchoolLevel.SMP : SchoolLevel.SMA);
        }
      }
      members.add(child.build());
    }

    if (random.nextInt(100) < 28) {
      int age = Math.max(60, headAge + 18 + random.nextInt(12));
      Sex sex = random.nextInt(3) == 0 ? Sex.MALE : Sex.FEMALE;
      ImmutablePerson.Builder elder = member(village, Math.min(age, 98), sex, serialBase + 8,
          random.nextBoolean() ? Relationship.PARENT : Relationship.PARENT_IN_LAW)
          .maritalStatus(MaritalStatus.WIDOWED).occupation(Occupation.NOT_WORKING);
      if (random.nextInt(100) < 4) {
        elder.deathDate(date.minusDays(1 + random.nextInt(300)));
      }
      members.add(elder.build());
    }
    return members;
  }

  private ImmutablePerson.Builder member(RegionCode village, int age, Sex sex, int serial,
      Relationship relationship) {
    LocalDate birth = date.minusYears(age).minusDays(random.nextInt(365));
    ImmutablePerson.Builder p = Person.builder().nik(nik(village, birth, sex, serial)).sex(sex)
        .relationship(relationship);
    // Field data are incomplete: a few birth dates were never entered.
    if (random.nextInt(100) >= 3) {
      p.birthDate(birth);
    }
    disability(p);
    return p;
  }

  private void disability(ImmutablePerson.Builder p) {
    int roll = random.nextInt(1000);
    if (roll < 900) {
      p.hasDisability(false);
      return;
    }
    if (roll < 940) {
      return; // not recorded
    }
    DisabilityKind kind = DisabilityKind.values()[random.nextInt(DisabilityKind.values().length)];
    p.hasDisability(true);
    int severity = random.nextInt(10);
    if (severity < 4) {
      p.addDisabilities(new Disability(kind, Optional.of(DisabilitySeverity.MILD),
          Optional.of(false), Optional.of(true)));
    } else if (severity < 5) {
      p.addDisabilities(Disability.of(kind)); // severity not assessed yet
    } else {
      p.addDisabilities(new Disability(kind, Optional.of(DisabilitySeverity.SEVERE),
          Optional.of(random.nextInt(10) < 8), Optional.of(random.nextInt(10) < 3)));
      p.putExtensions(Aspd.NEEDS_WHEELCHAIR, kind == DisabilityKind.PHYSICAL && random.nextBoolean());
    }
  }
}
