package id.bansos.rules;

import id.bansos.core.household.AidProgram;
import id.bansos.core.household.Disability;
import id.bansos.core.household.DisabilityKind;
import id.bansos.core.household.DisabilitySeverity;
import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutableHousehold;
import id.bansos.core.household.ImmutablePerson;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.Sex;
import id.bansos.core.region.RegionCode;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.Register;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.program.aspd.Aspd;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of households and dates for the rules' properties, built from the
 * domain builders with every part valid by construction (distinct serials give distinct NIKs,
 * death dates follow birth dates, a disability list only when a disability is possible). Every
 * optional fact is sometimes absent, so the UNKNOWN paths are exercised as often as the others.
 *
 * <p>Why this is not the testkit's {@code BansosGen}: {@code bansos-testkit} depends on {@code
 * bansos-rules} (its knobs read the catalog's parameters), so the rules' own tests cannot depend
 * on it without a cycle, which Maven refuses whatever the scope; and the mutation runs of the
 * programs ({@code -Ppit}) mutate rules with rules' own tests only. NIKs come from the rules'
 * fixtures ({@link Households#nik}). See docs/testing.md, "Household generators".
 */
final class RuleGenerators {

  /** First date of the properties' range. */
  static final LocalDate FIRST = LocalDate.of(2019, 1, 1);
  /** Last date of the properties' range. */
  static final LocalDate LAST = LocalDate.of(2026, 12, 31);

  private static final LocalDate OLDEST_BIRTH = LocalDate.of(1925, 1, 1);
  private static final List<RegionCode> VILLAGES = List.of(Households.BANGKALAN_DESA,
      Households.SURABAYA_KELURAHAN, Households.SIDOARJO_DESA, Households.BANYUWANGI_DESA);
  private static final List<Occupation> EXCLUDED = List.of(Occupation.ASN, Occupation.TNI,
      Occupation.POLRI, Occupation.BUMN_BUMD_EMPLOYEE, Occupation.STATE_PENSIONER,
      Occupation.VILLAGE_OFFICIAL);
  private static final List<Occupation> ORDINARY = List.of(Occupation.FARMER, Occupation.LABOURER,
      Occupation.FISHER, Occupation.TRADER, Occupation.HOMEMAKER, Occupation.STUDENT,
      Occupation.NOT_WORKING, Occupation.PRIVATE_EMPLOYEE);
  private static final List<Relationship> NOT_HEAD = Arrays.stream(Relationship.values())
      .filter(r -> r != Relationship.HEAD).toList();

  private RuleGenerators() {}

  /** A household and the date it is assessed on. */
  record Scenario(Household household, LocalDate date) {
    @Override
    public String toString() {
      return household + " on " + date + " " + household.members();
    }
  }

  /** Dates from {@code from} to {@code to}, both included. */
  static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
    return Generate.range(0, (int) ChronoUnit.DAYS.between(from, to)).map(from::plusDays);
  }

  /** Dates of the properties' range, 2019-01-01 to 2026-12-31. */
  static Gen<LocalDate> dates() {
    return dates(FIRST, LAST);
  }

  /**
   * Households of one to five members, the first of them the head. One in three is a
   * "favourable" family (a PKH family in Bangkalan in desil 1-4 with known ordinary occupations,
   * an elder born 1925-1948 and a member with a severe disability), so that eligible
   * determinations are common enough for the properties to bite.
   */
  static Gen<ImmutableHousehold> households() {
    return rs -> {
      boolean favourable = between(rs, 0, 2) == 0;
      int size = between(rs, favourable ? 3 : 1, 5);
      List<Person> members = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        members.add(person(rs, i + 1, favourable));
      }
      ImmutableHousehold.Builder b = Household.builder().kkNumber(Households.KK).members(members);
      if (favourable) {
        return b.domicile(Households.BANGKALAN_DESA).putAid(AidProgram.PKH, true)
            .registry(RegistryStatus.dtsen(Desil.of(between(rs, 1, 4)), LocalDate.of(2024, 6, 1)))
            .build();
      }
      if (between(rs, 0, 9) > 0) {
        b.domicile(pick(rs, VILLAGES));
      }
      registry(rs).ifPresent(b::registry);
      int pkh = between(rs, 0, 4);
      if (pkh < 4) {
        b.putAid(AidProgram.PKH, pkh < 3);
      }
      return b.build();
    };
  }

  /** A household with a date of the properties' range. */
  static Gen<Scenario> scenarios() {
    return households().zip(dates(), Scenario::new);
  }

  /** A household with a date from {@code from} to {@code to}. */
  static Gen<Scenario> scenarios(LocalDate from, LocalDate to) {
    return households().zip(dates(from, to), Scenario::new);
  }

  private static ImmutablePerson person(RandomnessSource rs, int serial, boolean favourable) {
    boolean head = serial == 1;
    boolean elder = favourable && serial == 2;
    boolean disabled = favourable && serial == 3;
    LocalDate birth = elder ? dates(OLDEST_BIRTH, LocalDate.of(1948, 12, 31)).generate(rs)
        : disabled ? dates(LocalDate.of(1970, 1, 1), LocalDate.of(2016, 12, 31)).generate(rs)
        : dates(OLDEST_BIRTH, LAST).generate(rs);
    Sex sex = between(rs, 0, 1) == 0 ? Sex.MALE : Sex.FEMALE;
    ImmutablePerson.Builder b = Person.builder().nik(Households.nik(birth, sex, serial)).sex(sex)
        .relationship(head ? Relationship.HEAD : pick(rs, NOT_HEAD));
    if (favourable || between(rs, 0, 9) > 0) {
      b.birthDate(birth);
    }
    if (!head && !favourable && between(rs, 0, 9) == 0) {
      b.deathDate(birth.plusDays(between(rs, 0, 36_500)));
    }
    int job = favourable ? 1 : between(rs, 0, 19);
    if (job < 1) {
      b.occupation(pick(rs, EXCLUDED));
    } else if (job < 18) {
      b.occupation(pick(rs, ORDINARY));
    }
    int disability = between(rs, 0, 9);
    if (disabled) {
      b.addDisabilities(Disability.severe(pick(rs, List.of(DisabilityKind.values()))));
    } else if (disability < 4) {
      b.hasDisability(false);
    } else if (disability < 8) {
      b.addDisabilities(new Disability(pick(rs, List.of(DisabilityKind.values())),
          optional(rs, pick(rs, List.of(DisabilitySeverity.SEVERE, DisabilitySeverity.SEVERE,
              DisabilitySeverity.MODERATE))),
          optional(rs, between(rs, 0, 5) > 0), optional(rs, between(rs, 0, 5) == 0)));
    }
    if (between(rs, 0, 2) > 0) {
      b.putExtensions(Aspd.NEEDS_WHEELCHAIR, between(rs, 0, 1) == 0);
    }
    return b.build();
  }

  private static Optional<RegistryStatus> registry(RandomnessSource rs) {
    LocalDate checked = LocalDate.of(2024, 6, 1);
    return switch (between(rs, 0, 7)) {
      case 0 -> Optional.empty();
      case 1 -> Optional.of(RegistryStatus.dtks(checked));
      case 2 -> Optional.of(RegistryStatus.notRegistered(
          pick(rs, List.of(Register.DTKS, Register.DTSEN)), checked));
      default -> Optional.of(RegistryStatus.dtsen(Desil.of(between(rs, 1, 10)), checked));
    };
  }

  /** {@code value} five times in six, empty otherwise. */
  private static <T> Optional<T> optional(RandomnessSource rs, T value) {
    return between(rs, 0, 5) > 0 ? Optional.of(value) : Optional.empty();
  }

  private static int between(RandomnessSource rs, int min, int max) {
    return Generate.range(min, max).generate(rs);
  }

  private static <T> T pick(RandomnessSource rs, List<T> items) {
    return Generate.pick(items).generate(rs);
  }
}
