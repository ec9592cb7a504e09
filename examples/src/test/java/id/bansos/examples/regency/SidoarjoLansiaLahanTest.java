package id.bansos.examples.regency;

import static id.bansos.testkit.BansosAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.core.InvalidDataException;
import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutableHousehold;
import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Sex;
import id.bansos.core.money.Rupiah;
import id.bansos.core.region.RegionCode;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.Assessment;
import id.bansos.rules.Catalog;
import id.bansos.rules.Determination;
import id.bansos.rules.Engine;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The example local program's boundaries, on both sides. */
class SidoarjoLansiaLahanTest {

  private static final String CODE = SidoarjoLansiaLahan.CODE;
  private static final Catalog CATALOG = SidoarjoLansiaLahan.catalog();
  private static final Engine ENGINE = Engine.of(CATALOG);
  private static final LocalDate DATE = LocalDate.of(2026, 7, 1);
  /** Desa Tarik, Kabupaten Sidoarjo. */
  private static final RegionCode SIDOARJO = RegionCode.parse("35.15.01.2004");
  /** Desa Sembilangan, Kabupaten Bangkalan. */
  private static final RegionCode BANGKALAN = RegionCode.parse("35.26.01.2008");

  /** A head aged 45 and a parent born on {@code elderBirth}, in {@code village}. */
  private static ImmutableHousehold.Builder family(RegionCode village, LocalDate elderBirth) {
    String district = village.toString().replace(".", "").substring(0, 6);
    LocalDate headBirth = LocalDate.of(1981, 5, 4);
    return Household.builder()
        .kkNumber(KkNumber.parse(district + "0101200001"))
        .domicile(village)
        .registry(RegistryStatus.dtsen(Desil.of(2), LocalDate.of(2026, 3, 2)))
        .addMembers(Person.builder()
            .nik(RegencyExample.nik(district, headBirth, Sex.MALE, 1)).birthDate(headBirth)
            .sex(Sex.MALE).relationship(Relationship.HEAD).maritalStatus(MaritalStatus.MARRIED)
            .occupation(Occupation.FARMER).build())
        .addMembers(Person.builder()
            .nik(RegencyExample.nik(district, elderBirth, Sex.FEMALE, 2)).birthDate(elderBirth)
            .sex(Sex.FEMALE).relationship(Relationship.PARENT)
            .maritalStatus(MaritalStatus.WIDOWED).occupation(Occupation.NOT_WORKING).build());
  }

  private static Household withLand(long m2) {
    return family(SIDOARJO, LocalDate.of(1950, 1, 1))
        .putExtensions(SidoarjoLansiaLahan.LAND_OWNED_M2, m2).build();
  }

  private static Determination decide(Household h, LocalDate date) {
    Assessment a = ENGINE.assess(h, date);
    return a.determination(CODE).orElseThrow();
  }

  static Stream<Arguments> land() {
    return Stream.of(
        Arguments.of(0L, true),
        Arguments.of(499L, true),
        Arguments.of(500L, false),
        Arguments.of(1_200L, false));
  }

  @ParameterizedTest(name = "{0} m2 -> eligible {1}")
  @MethodSource("land")
  void landBelowTheBoundQualifiesAndTheBoundItselfDoesNot(long m2, boolean eligible) {
    // given
    Household h = withLand(m2);

    // when
    Determination d = decide(h, DATE);

    // then
    if (eligible) {
      assertThat(d).isEligible().hasPassedReason(CODE + ".LAND_BELOW")
          .hasYearlyTotal(Rupiah.of(1_200_000));
    } else {
      assertThat(d).isNotEligible().hasFailedReason(CODE + ".LAND_BELOW").hasNoBeneficiaries();
    }
    // and the reason shows the land recorded and cites the bound it was held against
    id.bansos.rules.CriterionResult land = d.result(CODE + ".LAND_BELOW").orElseThrow();
    assertThat(land.facts()).contains(id.bansos.rules.Fact.of("landOwnedM2", m2));
    assertThat(land.parameters()).extracting(v -> (Object) v.key())
        .containsExactly(SidoarjoLansiaLahan.MAX_LAND_M2);
  }

  @Test
  void landNotRecordedIsUndeterminedAndNamesTheFact() {
    // given
    Household h = family(SIDOARJO, LocalDate.of(1950, 1, 1)).build();

    // when
    Determination d = decide(h, DATE);

    // then
    assertThat(d).isUndetermined().hasUnknownReason(CODE + ".LAND_BELOW")
        .isMissingFact("landOwnedM2");
    assertThat(d.missingFacts()).extracting(Object::toString).containsExactly("landOwnedM2");
  }

  @Test
  void aFamilyOutsideTheKabupatenIsNotEligible() {
    // given
    Household h = family(BANGKALAN, LocalDate.of(1950, 1, 1))
        .putExtensions(SidoarjoLansiaLahan.LAND_OWNED_M2, 100L).build();

    // when
    Determination d = decide(h, DATE);

    // then
    assertThat(d).isNotEligible().hasFailedReason(CODE + ".COVERED_REGION")
        .hasPassedReason(CODE + ".LAND_BELOW");
  }

  @Test
  void aFamilyOutsideTheKabupatenIsNotEligibleEvenWithoutTheNewFact() {
    // given
    Household h = family(BANGKALAN, LocalDate.of(1950, 1, 1)).build();

    // when
    Determination d = decide(h, DATE);

    // then
    assertThat(d).isNotEligible().hasFailedReason(CODE + ".COVERED_REGION");
    assertThat(d.missingFacts()).isEmpty();
  }

  @Test
  void aMemberTurningSixtyOnTheDateQualifies() {
    // given
    Household h = family(SIDOARJO, DATE.minusYears(60))
        .putExtensions(SidoarjoLansiaLahan.LAND_OWNED_M2, 300L).build();

    // when
    Determination d = decide(h, DATE);

    // then
    assertThat(d).isEligible().hasPassedReason(CODE + ".AGE_AT_LEAST");
  }

  @Test
  void aMemberTurningSixtyTheNextDayDoesNotYet() {
    // given
    Household h = family(SIDOARJO, DATE.minusYears(60).plusDays(1))
        .putExtensions(SidoarjoLansiaLahan.LAND_OWNED_M2, 300L).build();

    // when
    Determination d = decide(h, DATE);

    // then
    assertThat(d).isNotEligible().hasFailedReason(CODE + ".QUALIFYING_MEMBER");
  }

  @Test
  void theProgramIsInForceFromItsFirstDayOnly() {
    assertThat(CATALOG.inForce(SidoarjoLansiaLahan.START))
        .contains(SidoarjoLansiaLahan.program());
    assertThat(CATALOG.inForce(SidoarjoLansiaLahan.START.minusDays(1)))
        .doesNotContain(SidoarjoLansiaLahan.program());
  }

  @Test
  void theLandIsAWholeNumberOfTypeLong() {
    // given an Integer where the key says Long
    ImmutableHousehold.Builder b = family(SIDOARJO, LocalDate.of(1950, 1, 1))
        .putExtensions(SidoarjoLansiaLahan.LAND_OWNED_M2, 350);

    // then the household is refused, naming the fact
    assertThatThrownBy(b::build).isInstanceOfSatisfying(InvalidDataException.class,
        e -> assertThat(e.problems()).anySatisfy(p -> {
          assertThat(p.path()).isEqualTo("extensions.landOwnedM2");
          assertThat(p.code()).isEqualTo("EXTENSION_TYPE");
        }));
  }

  /**
   * The program declared anew, through its private {@code declare()}, is the shared one. A
   * program is declared once, while its class initialises, before mutation testing swaps in a
   * mutated class; declaring it again is what lets the pit profile see a mutation of the
   * declaring code, such as the parameters' timelines (docs/testing.md).
   */
  @Test
  void declaredAnewItIsTheSharedProgram() throws ReflectiveOperationException {
    java.lang.reflect.Method declare = SidoarjoLansiaLahan.class.getDeclaredMethod("declare");
    declare.setAccessible(true);
    id.bansos.rules.Program fresh = (id.bansos.rules.Program) declare.invoke(null);
    id.bansos.rules.Program shared = SidoarjoLansiaLahan.program();

    assertThat(fresh.criteria()).isEqualTo(shared.criteria());
    assertThat(id.bansos.rules.report.CatalogReport.markdown(Catalog.of("fresh",
        java.util.List.of(fresh)))).isEqualTo(id.bansos.rules.report.CatalogReport.markdown(
            Catalog.of("fresh", java.util.List.of(shared))));
  }
}
