package id.bansos.rules.program;

import id.bansos.core.household.AidProgram;
import id.bansos.core.household.DeathCause;
import id.bansos.core.household.Disability;
import id.bansos.core.household.DisabilityKind;
import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutableHousehold;
import id.bansos.core.household.ImmutablePerson;
import id.bansos.core.household.LabourShock;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.ParentStatus;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.household.SchoolLevel;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Sex;
import id.bansos.core.region.RegionCode;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.Register;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.Households;
import id.bansos.rules.program.ldp.CovidOrphanSupport;
import id.bansos.rules.program.pkh.NationalPkh;
import id.bansos.rules.program.upt.UptClientProtection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Households with random but valid facts, built through the domain's own builders, for the
 * program properties. Occupations are never excluded ones, so a property can add one.
 */
public final class RandomHouseholds {

  private static final List<Optional<Occupation>> OCCUPATIONS = List.of(Optional.empty(),
      Optional.of(Occupation.PRIVATE_EMPLOYEE), Optional.of(Occupation.LABOURER),
      Optional.of(Occupation.FARMER), Optional.of(Occupation.FISHER),
      Optional.of(Occupation.TRADER), Optional.of(Occupation.HOMEMAKER),
      Optional.of(Occupation.STUDENT), Optional.of(Occupation.NOT_WORKING));
  private static final List<Optional<RegionCode>> DOMICILES = List.of(Optional.empty(),
      Optional.of(Households.BANGKALAN_DESA), Optional.of(Households.SURABAYA_KELURAHAN),
      Optional.of(RegionCode.parse("35.26.01.1001")));

  private RandomHouseholds() {}

  private static <T> T pick(RandomnessSource in, List<T> values) {
    return Generate.pick(values).generate(in);
  }

  private static <T> Optional<T> maybe(RandomnessSource in, List<T> values) {
    List<Optional<T>> options = new ArrayList<>();
    options.add(Optional.empty());
    for (T v : values) {
      options.add(Optional.of(v));
    }
    return pick(in, options);
  }

  private static ParentStatus parent(RandomnessSource in) {
    int kind = Generate.range(0, 4).generate(in);
    LocalDate died = LocalDate.of(2019, 6, 1).plusDays(Generate.range(0, 900).generate(in));
    return switch (kind) {
      case 0 -> ParentStatus.living();
      case 1 -> ParentStatus.deceased(died, DeathCause.COVID_19);
      case 2 -> ParentStatus.deceased(died, DeathCause.OTHER);
      case 3 -> ParentStatus.deceased(Optional.of(died), Optional.empty());
      default -> ParentStatus.deceased(Optional.empty(), Optional.of(DeathCause.COVID_19));
    };
  }

  private static Person person(RandomnessSource in, int serial) {
    LocalDate birth = LocalDate.of(Generate.range(1940, 2022).generate(in),
        Generate.range(1, 12).generate(in), Generate.range(1, 28).generate(in));
    Sex sex = pick(in, List.of(Sex.MALE, Sex.FEMALE));
    ImmutablePerson.Builder b = Person.builder().nik(Households.nik(birth, sex, serial))
        .birthDate(birth).sex(sex)
        .relationship(serial == 1 ? Relationship.HEAD : Relationship.CHILD)
        .occupation(pick(in, OCCUPATIONS))
        .labourShock(maybe(in, List.of(LabourShock.values())))
        .schoolLevel(maybe(in, List.of(SchoolLevel.values())));
    maybe(in, List.of(true, false))
        .ifPresent(v -> b.putExtensions(NationalPkh.PREGNANT_OR_POSTPARTUM, v));
    maybe(in, List.of(true, false))
        .ifPresent(v -> b.putExtensions(UptClientProtection.LIVES_IN_PROVINCIAL_UPT, v));
    maybe(in, List.of(true, false))
        .ifPresent(v -> b.putExtensions(CovidOrphanSupport.HAS_CAPABLE_CARER, v));
    int disability = Generate.range(0, 3).generate(in);
    if (disability == 1) {
      b.hasDisability(false);
    } else if (disability == 2) {
      b.addDisabilities(Disability.severe(DisabilityKind.PHYSICAL));
    } else if (disability == 3) {
      b.addDisabilities(Disability.of(DisabilityKind.SENSORY_VISUAL));
    }
    if (Generate.booleans().generate(in)) {
      b.father(parent(in));
    }
    if (Generate.booleans().generate(in)) {
      b.mother(parent(in));
    }
    return b.build();
  }

  /**
   * Households of one to four members with any mix of known and unknown facts.
   *
   * @return the generator
   */
  public static Gen<Household> households() {
    return in -> {
      ImmutableHousehold.Builder h = Household.builder()
          .kkNumber(KkNumber.parse("3526010101200001"));
      int members = Generate.range(1, 4).generate(in);
      for (int i = 1; i <= members; i++) {
        h.addMembers(person(in, i));
      }
      h.domicile(pick(in, DOMICILES));
      h.livesOnSmallIsland(maybe(in, List.of(true, false)));
      LocalDate checked = LocalDate.of(2020, 1, 1);
      int registry = Generate.range(0, 3).generate(in);
      if (registry == 1) {
        h.registry(RegistryStatus.dtks(checked));
      } else if (registry == 2) {
        h.registry(RegistryStatus.dtsen(Desil.of(Generate.range(1, 10).generate(in)), checked));
      } else if (registry == 3) {
        h.registry(RegistryStatus.notRegistered(Register.DTSEN, checked));
      }
      // "Not received" is weighted up so that families receiving none of six programs occur.
      for (AidProgram aid : AidProgram.values()) {
        maybe(in, List.of(true, false, false, false)).ifPresent(v -> h.putAid(aid, v));
      }
      return h.build();
    };
  }

  /**
   * {@code household} with member {@code index} (modulo the size) given {@code occupation}.
   *
   * @param household the household
   * @param index any non-negative number
   * @param occupation the new occupation
   * @return the changed household
   */
  public static Household withOccupation(Household household, int index, Occupation occupation) {
    List<Person> members = new ArrayList<>(household.members());
    int i = index % members.size();
    members.set(i, ImmutablePerson.copyOf(members.get(i)).withOccupation(occupation));
    return ImmutableHousehold.copyOf(household).withMembers(members);
  }
}
