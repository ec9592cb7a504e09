package id.bansos.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.Household;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import id.bansos.rules.criteria.CommonCriteria;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.program.JawaTimur;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a determination's equality, hash and explanation are made of, each part on its own: two
 * determinations that differ in one part of the record only are unequal, and what the record
 * holds comes out in the results read from it.
 */
class DeterminationContractTest {

  private static final LocalDate DATE = LocalDate.of(2026, 2, 1);
  private static final Engine PROVINCE = Engine.of(JawaTimur.catalog());
  private static final Engine SIDOARJO =
      Engine.of(Catalog.of("test", List.of(SidoarjoLansia.PROGRAM)));

  /** A Sidoarjo family: a head of 40 and a mother born on {@code elder}, NIK serials given. */
  private static Household sidoarjo(LocalDate elder, int headSerial, int elderSerial) {
    return Household.builder().kkNumber(Households.KK).domicile(Households.SIDOARJO_DESA)
        .addMembers(Households.person(LocalDate.of(1985, 6, 1), Sex.MALE, Relationship.HEAD,
            Occupation.FARMER, headSerial).build())
        .addMembers(Households.person(elder, Sex.FEMALE, Relationship.PARENT,
            Occupation.NOT_WORKING, elderSerial).build())
        .build();
  }

  private static Determination lansia(Household h) {
    return SIDOARJO.assess(h, DATE).determination(SidoarjoLansia.CODE).orElseThrow();
  }

  /** The parts compared before the results: equal, so that only the results tell them apart. */
  private static void sameButTheResults(Determination a, Determination b) {
    assertThat(a.programCode()).isEqualTo(b.programCode());
    assertThat(a.status()).isEqualTo(b.status());
    assertThat(a.beneficiaries()).isEqualTo(b.beneficiaries());
    assertThat(a.benefits()).isEqualTo(b.benefits());
    assertThat(a.priority()).isEqualTo(b.priority());
  }

  @Test
  void equalRecordsAreEqualWithEqualHashes() {
    Determination a = lansia(sidoarjo(LocalDate.of(1950, 1, 1), 1, 2));
    Determination b = lansia(sidoarjo(LocalDate.of(1950, 1, 1), 1, 2));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotSameAs(b);
    assertThat(a).isEqualTo(a).isNotEqualTo(null).isNotEqualTo("SIDOARJO_LANSIA");
  }

  @Test
  void aFactShownIsPartOfEquality() {
    // Both mothers qualify, at 76 and 75, under the same NIK: the same outcomes, members and
    // priority, other ages.
    Household older = sidoarjo(LocalDate.of(1950, 1, 1), 1, 2);
    Person mother = older.members().get(1);
    Household younger = Household.builder().from(older).members(List.of(older.members().get(0),
        Person.builder().from(mother).birthDate(LocalDate.of(1951, 1, 1)).build())).build();
    Determination a = lansia(older);
    Determination b = lansia(younger);

    sameButTheResults(a, b);
    assertThat(a.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(a.members()).extracting(MemberResult::status)
        .isEqualTo(b.members().stream().map(MemberResult::status).toList());
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void theMembersNiksArePartOfEquality() {
    // The same people and outcomes, but the head's NIK: only the members named differ.
    Determination a = lansia(sidoarjo(LocalDate.of(1950, 1, 1), 1, 2));
    Determination b = lansia(sidoarjo(LocalDate.of(1950, 1, 1), 3, 2));

    sameButTheResults(a, b);
    assertThat(a.criteria()).extracting(CriterionResult::outcome)
        .isEqualTo(b.criteria().stream().map(CriterionResult::outcome).toList());
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void theCriteriaArePartOfEquality() {
    // Two programs of the same code and shape whose member criterion differs only in its title:
    // the same outcomes and facts, recorded under other criteria.
    Household h = sidoarjo(LocalDate.of(1950, 1, 1), 1, 2);
    Program lansia = elderly("Lansia");
    Determination a = Engine.of(Catalog.of("a", List.of(lansia))).assess(h, DATE)
        .determination(SidoarjoLansia.CODE).orElseThrow();
    Determination b = Engine.of(Catalog.of("b", List.of(elderly("Warga lanjut usia"))))
        .assess(h, DATE).determination(SidoarjoLansia.CODE).orElseThrow();

    sameButTheResults(a, b);
    assertThat(a).isNotEqualTo(b);
    // The same program in another catalog: equal.
    assertThat(a).isEqualTo(Engine.of(Catalog.of("c", List.of(lansia))).assess(h, DATE)
        .determination(SidoarjoLansia.CODE).orElseThrow());
  }

  private static Program elderly(String title) {
    Criterion elderly = new Criterion(SidoarjoLansia.CODE + ".ELDERLY", Text.of(title, title),
        "test", Text.of("{age}", "{age}"), Text.of("{age}", "{age}"), Text.of("?", "?"));
    Criterion any = new Criterion(SidoarjoLansia.CODE + ".ANY", Text.of("x", "x"), "test",
        Text.of("x", "x"), Text.of("x", "x"), Text.of("x", "x"));
    Program.Builder b = Program.builder(SidoarjoLansia.PROGRAM.info())
        .parameters(SidoarjoLansia.PROGRAM.parameters());
    Param<BenefitSchedule> benefit = b.param(SidoarjoLansia.BENEFIT);
    return b.member(elderly, Check.fact(Facts.AGE, age -> age >= 60))
        .qualifying(any)
        .award(Award.eachQualifying(benefit))
        .build();
  }

  @Test
  void anOutcomeIsPartOfEquality() {
    // One family award, two minimum ages: at 70 the mother of 65 fails where at 60 she passes,
    // on the same facts; the grandmother of 81 qualifies either way, so status, beneficiary and
    // benefit stay the same.
    Program.Builder b = Program.builder(SidoarjoLansia.PROGRAM.info())
        .parameters(SidoarjoLansia.PROGRAM.parameters());
    Param<Integer> minAge = b.param(SidoarjoLansia.MIN_AGE);
    Program family = b.member(new Criterion(SidoarjoLansia.CODE + ".AGE", Text.of("x", "x"),
            "test", Text.of("{age}", "{age}"), Text.of("{age}", "{age}"), Text.of("?", "?")),
            CommonCriteria.ageAtLeast(minAge), minAge)
        .qualifying(new Criterion(SidoarjoLansia.CODE + ".ANY", Text.of("x", "x"), "test",
            Text.of("x", "x"), Text.of("x", "x"), Text.of("x", "x")))
        .award(Award.household(b.param(SidoarjoLansia.BENEFIT)))
        .build();
    Catalog sixty = Catalog.of("sixty", List.of(family));
    Catalog seventy = sixty.derive("seventy")
        .replace(Parameter.builder(SidoarjoLansia.MIN_AGE, "Minimum age")
            .from(SidoarjoLansia.START).value(70).source("test", "").add().build())
        .build();
    Household h = Household.builder().from(sidoarjo(LocalDate.of(1960, 6, 1), 1, 2))
        .addMembers(Households.person(LocalDate.of(1945, 1, 1), Sex.FEMALE, Relationship.OTHER,
            Occupation.NOT_WORKING, 3).build())
        .build();

    Determination a = Engine.of(sixty).assess(h, DATE).determination(SidoarjoLansia.CODE)
        .orElseThrow();
    Determination c = Engine.of(seventy).assess(h, DATE).determination(SidoarjoLansia.CODE)
        .orElseThrow();

    sameButTheResults(a, c);
    assertThat(a.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(a.members()).extracting(MemberResult::status)
        .isNotEqualTo(c.members().stream().map(MemberResult::status).toList());
    assertThat(a).isNotEqualTo(c);
  }

  @Test
  void eachResultNamesItsMemberAndAResultIsFoundByItsCode() {
    // The head (first in NIK order) fails the age criterion, the mother passes it.
    Determination d = lansia(sidoarjo(LocalDate.of(1950, 1, 1), 1, 2));
    Nik head = Households.nik(LocalDate.of(1985, 6, 1), Sex.MALE, 1);

    assertThat(d.members()).extracting(MemberResult::member).first().isEqualTo(head);
    for (MemberResult m : d.members()) {
      assertThat(m.criteria()).extracting(CriterionResult::member)
          .containsOnly(Optional.of(m.member()));
    }
    assertThat(d.criteria()).extracting(CriterionResult::member).containsOnly(Optional.empty());

    String age = SidoarjoLansia.CODE + ".AGE_AT_LEAST";
    // A person-level code: the first member's result in NIK order.
    assertThat(d.result(age)).hasValueSatisfying(r -> {
      assertThat(r.member()).contains(head);
      assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    });
    assertThat(d.result(SidoarjoLansia.CODE + ".QUALIFYING_MEMBER"))
        .hasValueSatisfying(r -> assertThat(r.member()).isEmpty());
    assertThat(d.result(SidoarjoLansia.CODE + ".NO_SUCH")).isEmpty();
  }

  @Test
  void determinationsOfDifferentHouseholdsSpreadOverHashes() {
    Set<Integer> hashes = new HashSet<>();
    for (int year = 1930; year < 1990; year += 3) {
      for (Determination d : PROVINCE.assess(
          Households.elderlyPkhFamily(LocalDate.of(year, 5, 1)).build(), DATE).determinations()) {
        hashes.add(d.hashCode());
      }
    }
    assertThat(hashes).hasSizeGreaterThan(20);
  }

  @Test
  void aQualifyingResultLeftOpenNamesWhatTheUndecidedMembersLack() {
    // The mother's birth date is not recorded: her age criterion is UNKNOWN, no one qualifies,
    // and the household's "a member qualifies" cannot be decided for want of that date.
    Person mother = Person.builder().nik(Households.nik(LocalDate.of(1950, 1, 1), Sex.FEMALE, 2))
        .sex(Sex.FEMALE).relationship(Relationship.PARENT).occupation(Occupation.NOT_WORKING)
        .build();
    Household h = Household.builder().kkNumber(Households.KK).domicile(Households.SIDOARJO_DESA)
        .addMembers(Households.person(LocalDate.of(1985, 6, 1), Sex.MALE, Relationship.HEAD,
            Occupation.FARMER, 1).build())
        .addMembers(mother)
        .build();

    Determination d = lansia(h);

    assertThat(d.status()).isEqualTo(Status.UNDETERMINED);
    CriterionResult qualifying = d.criteria().stream()
        .filter(r -> r.code().equals(SidoarjoLansia.CODE + ".QUALIFYING_MEMBER"))
        .findFirst().orElseThrow();
    assertThat(qualifying.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(qualifying.missingFacts()).extracting(MissingFact::path, MissingFact::member)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            "birthDate", Optional.of(mother.nik())));
    assertThat(d.missingFacts()).extracting(MissingFact::member)
        .containsOnly(Optional.of(mother.nik()));
  }

  @Test
  void aFactReadTwiceOnOneCheckIsShownOnceAndTwoValuesOfANameBoth() {
    Criterion twice = new Criterion("TWICE.AGE", Text.of("x", "x"), "test", Text.of("x", "x"),
        Text.of("x", "x"), Text.of("x", "x"));
    Criterion shown = new Criterion("TWICE.SHOWN", Text.of("x", "x"), "test", Text.of("x", "x"),
        Text.of("x", "x"), Text.of("x", "x"));
    Program.Builder b = Program.builder(SidoarjoLansia.PROGRAM.info())
        .parameters(SidoarjoLansia.PROGRAM.parameters());
    Program program = b
        .member(twice, Check.allOf(Check.fact(Facts.AGE, age -> age >= 60),
            Check.fact(Facts.AGE, age -> age < 200)))
        .household(shown, Check.test((s, r) -> {
          r.show("rounds", 2);
          r.show("rounds", 2);
          r.show("label", "a");
          r.show("label", "b");
          return true;
        }))
        .qualifying(new Criterion("TWICE.ANY", Text.of("x", "x"), "test", Text.of("x", "x"),
            Text.of("x", "x"), Text.of("x", "x")))
        .award(Award.eachQualifying(b.param(SidoarjoLansia.BENEFIT)))
        .build();

    Determination d = Engine.of(Catalog.of("twice", List.of(program)))
        .assess(sidoarjo(LocalDate.of(1950, 1, 1), 1, 2), DATE)
        .determination(SidoarjoLansia.CODE).orElseThrow();

    Nik mother = Households.nik(LocalDate.of(1950, 1, 1), Sex.FEMALE, 2);
    MemberResult motherResult = d.members().stream().filter(m -> m.member().equals(mother))
        .findFirst().orElseThrow();
    assertThat(motherResult.criteria().get(0).facts()).containsExactly(new Fact("age", 76));
    assertThat(d.criteria().stream().filter(r -> r.code().equals("TWICE.SHOWN")).findFirst()
        .orElseThrow().facts())
        .containsExactly(new Fact("rounds", 2), new Fact("label", "a"), new Fact("label", "b"));
  }
}
