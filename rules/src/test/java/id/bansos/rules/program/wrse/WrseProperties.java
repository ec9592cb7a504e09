package id.bansos.rules.program.wrse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import id.bansos.core.household.GrantType;
import id.bansos.core.household.Household;
import id.bansos.core.household.LabourShock;
import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.PastGrant;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Sex;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.Catalog;
import id.bansos.rules.Determination;
import id.bansos.rules.Engine;
import id.bansos.rules.Households;
import id.bansos.rules.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class WrseProperties {

  private static final long SEED = 0x5752534531L;
  private static final int EXAMPLES = 200;
  private static final Engine ENGINE =
      Engine.of(Catalog.of("test", List.of(Wrse.program())));

  /** Occupations excluded in every period of the default exclusion parameter. */
  private static final Gen<Occupation> ALWAYS_EXCLUDED = arbitrary().pick(List.of(Occupation.ASN,
      Occupation.TNI, Occupation.POLRI, Occupation.BUMN_BUMD_EMPLOYEE, Occupation.STATE_OFFICIAL));

  private static final Gen<LocalDate> DATES = integers().between(0, 9 * 365)
      .map(d -> LocalDate.of(2018, 1, 1).plusDays(d));

  /** A woman head of family with every WRSE fact drawn, some absent. */
  private static Gen<Person> women() {
    Gen<Optional<MaritalStatus>> marital = arbitrary().enumValues(MaritalStatus.class)
        .toOptionals(80);
    Gen<Optional<Boolean>> flag = arbitrary().pick(List.of(true, false)).toOptionals(80);
    Gen<Integer> birthDays = integers().between(0, 60 * 365);
    return birthDays.zip(marital, flag, flag, (days, m, abandoned, breadwinner) -> {
      var b = Person.builder()
          .nik(Households.nik(LocalDate.of(1960, 1, 1).plusDays(days), Sex.FEMALE, 1))
          .birthDate(LocalDate.of(1960, 1, 1).plusDays(days)).sex(Sex.FEMALE)
          .relationship(Relationship.HEAD).occupation(Occupation.TRADER);
      m.ifPresent(b::maritalStatus);
      abandoned.ifPresent(b::abandonedBySpouse);
      breadwinner.ifPresent(b::mainBreadwinner);
      return b.build();
    });
  }

  /** Her family: a husband with drawn health, and a flag set for grant history and desil. */
  private static Gen<Household> families() {
    Gen<Optional<Boolean>> flag = arbitrary().pick(List.of(true, false)).toOptionals(80);
    Gen<Optional<LabourShock>> shock = arbitrary().enumValues(LabourShock.class).toOptionals(80);
    Gen<Integer> desil = integers().between(1, 10);
    return women().zip(flag, shock, desil, (woman, ill, laidOff, d) -> {
      var husband = Households.person(LocalDate.of(1975, 5, 5), Sex.MALE, Relationship.SPOUSE,
          Occupation.LABOURER, 2);
      ill.ifPresent(husband::chronicallyIll);
      laidOff.ifPresent(husband::labourShock);
      boolean checked = d % 2 == 0;
      var h = Household.builder()
          .kkNumber(KkNumber.parse("3526010101200003"))
          .addMembers(woman, husband.build())
          .domicile(Households.BANGKALAN_DESA)
          .registry(RegistryStatus.dtsen(Desil.of(d), LocalDate.of(2025, 3, 1)))
          .pastGrantsChecked(checked);
      if (d == 7) {
        h.addPastGrants(new PastGrant(GrantType.WRSE, 2020));
      }
      return h.build();
    });
  }

  @Test
  void anExcludedOccupationOnAnyMemberNeverLeavesTheFamilyEligible() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(families(), integers().between(0, 1), ALWAYS_EXCLUDED, DATES)
        .checkAssert((h, index, occupation, date) -> {
          List<Person> members = new ArrayList<>(h.members());
          members.set(index, Person.builder().from(members.get(index)).occupation(occupation)
              .build());
          Household excluded = Household.builder().from(h).members(members).build();

          Determination d = ENGINE.decide(Wrse.program(), excluded, date);

          assertThat(d.status()).isEqualTo(Status.NOT_ELIGIBLE);
          assertThat(d.beneficiaries()).isEmpty();
        });
  }

  @Test
  void addingAnExcludedMemberNeverMakesAFamilyEligible() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(families(), ALWAYS_EXCLUDED, DATES)
        .checkAssert((h, occupation, date) -> {
          Household excluded = Household.builder().from(h)
              .addMembers(Households.person(LocalDate.of(1999, 9, 9), Sex.MALE,
                  Relationship.CHILD, occupation, 3).build())
              .build();

          assertThat(ENGINE.decide(Wrse.program(), excluded, date).isEligible()).isFalse();
        });
  }
}
