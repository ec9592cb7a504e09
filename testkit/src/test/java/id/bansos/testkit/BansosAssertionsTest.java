package id.bansos.testkit;

import id.bansos.rules.program.JawaTimur;
import static id.bansos.testkit.BansosAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.core.household.AidProgram;
import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutableHousehold;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import id.bansos.core.money.Rupiah;
import id.bansos.core.region.RegionCode;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.Assessment;
import id.bansos.rules.Engine;
import id.bansos.rules.Funder;
import id.bansos.core.household.DeathCause;
import id.bansos.core.household.ParentStatus;
import id.bansos.core.household.SchoolLevel;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BansosAssertionsTest {

  private static final Engine ENGINE = Engine.of(JawaTimur.catalog());
  private static final LocalDate DATE = LocalDate.of(2025, 6, 1);
  private static final Nik HEAD = Nik.parse("3526011003800001");
  private static final Nik GRANDMOTHER = Nik.parse("3526014106550002");

  /** A PKH family in Bangkalan whose grandmother turns 70 on {@link #DATE}. */
  private static ImmutableHousehold.Builder family() {
    return Household.builder()
        .kkNumber(KkNumber.parse("3526010101200001"))
        .addMembers(Person.builder().nik(HEAD).name("Sutarno Wahyudi")
            .birthDate(LocalDate.of(1980, 3, 10)).sex(Sex.MALE).relationship(Relationship.HEAD)
            .occupation(Occupation.FARMER).build())
        .addMembers(Person.builder().nik(GRANDMOTHER).name("Siti Aminah")
            .birthDate(LocalDate.of(1955, 6, 1)).sex(Sex.FEMALE)
            .relationship(Relationship.PARENT).occupation(Occupation.NOT_WORKING).build())
        .domicile(RegionCode.parse("35.26.01.2008"))
        .registry(RegistryStatus.dtsen(Desil.of(2), LocalDate.of(2025, 3, 1)))
        .putAid(AidProgram.PKH, true);
  }

  private static Assessment eligible() {
    return ENGINE.assess(family().build(), DATE);
  }

  private static Assessment dayBefore() {
    return ENGINE.assess(family().build(), DATE.minusDays(1));
  }

  @Test
  void passesOnAnEligibleFamily() {
    assertThat(eligible())
        // PKH Plus Rp2,000,000 and the national PKH elderly component Rp2,400,000.
        .hasYearlyTotal(Rupiah.of(4_400_000))
        .program("PKH_PLUS").isEligible()
        .hasBeneficiary(GRANDMOTHER)
        .hasReason("PKH_PLUS.AGE_AT_LEAST")
        .hasPassedReason("PKH_PLUS.AGE_AT_LEAST")
        .hasFailedReason("PKH_PLUS.AGE_AT_LEAST")
        .hasPassedReason("PKH_PLUS.RECEIVES_PKH")
        .hasYearlyTotal(Rupiah.of(2_000_000));
  }

  @Test
  void isEligibleFailsWithTheEngineReasons() {
    assertThatThrownBy(() -> assertThat(dayBefore()).program("PKH_PLUS").isEligible())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected PKH_PLUS to be ELIGIBLE but was NOT_ELIGIBLE")
        .hasMessageContaining("[x] PKH_PLUS.QUALIFYING_MEMBER")
        .hasMessageContaining("[x] PKH_PLUS.AGE_AT_LEAST: Aged 69, under 70.")
        .hasMessageContaining("member 3526**********02");
  }

  @Test
  void failureMessagesShowNoNameAndNoFullNik() {
    assertThatThrownBy(() -> assertThat(dayBefore()).program("PKH_PLUS").hasBeneficiary(GRANDMOTHER))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to name member 3526**********02 as beneficiary but named []")
        .message()
        .doesNotContain("Siti", "Aminah", "Sutarno", GRANDMOTHER.value(), HEAD.value(),
            "3526010101200001");
  }

  @Test
  void hasReasonFailsForACodeTheEngineDidNotGive() {
    assertThatThrownBy(() -> assertThat(eligible()).program("PKH_PLUS")
        .hasFailedReason("PKH_PLUS.RECEIVES_PKH"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have reason PKH_PLUS.RECEIVES_PKH with outcome FAIL")
        .hasMessageContaining("[v] PKH_PLUS.RECEIVES_PKH: The family is recorded as receiving PKH.");
  }

  @Test
  void statusAssertionsFailOnTheOtherStatuses() {
    assertThatThrownBy(() -> assertThat(eligible()).program("PKH_PLUS").isNotEligible())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to be NOT_ELIGIBLE but was ELIGIBLE");
    assertThatThrownBy(() -> assertThat(eligible()).program("PKH_PLUS").isUndetermined())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to be UNDETERMINED but was ELIGIBLE");
  }

  @Test
  void missingFactsAreFoundAtHouseholdAndMemberLevel() {
    Assessment unknown = ENGINE.assess(family().registry(java.util.Optional.empty()).build(), DATE);

    assertThat(unknown).isMissingFact("registry")
        .program("ASPD").isUndetermined().isMissingFact("registry");
    assertThatThrownBy(() -> assertThat(eligible()).isMissingFact("registry"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected some program to be missing the fact <registry>")
        .hasMessageContaining("Assessment of KK 3526**********01");
  }

  @Test
  void yearlyTotalMismatchShowsBothAmounts() {
    assertThatThrownBy(() -> assertThat(eligible()).hasYearlyTotal(Rupiah.of(2_500_000)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(Rupiah.of(2_500_000).format())
        .hasMessageContaining(Rupiah.of(4_400_000).format());
  }

  @Test
  void theProvincialAndNationalTotalsAreCheckedApartOnEitherSideOfThe70thBirthday() {
    assertThat(eligible())
        .hasYearlyTotal(Funder.APBD_PROVINSI, Rupiah.of(2_000_000))
        .hasYearlyTotal(Funder.APBN, Rupiah.of(2_400_000))
        .program("PKH").hasYearlyTotal(Funder.APBN, Rupiah.of(2_400_000))
        .hasYearlyTotal(Funder.APBD_PROVINSI, Rupiah.ZERO);
    assertThat(dayBefore())
        .hasYearlyTotal(Funder.APBD_PROVINSI, Rupiah.ZERO)
        .hasYearlyTotal(Funder.APBN, Rupiah.ZERO);
    assertThatThrownBy(() -> assertThat(eligible())
        .hasYearlyTotal(Funder.APBD_PROVINSI, Rupiah.of(4_400_000)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("paid by APBD_PROVINSI of " + Rupiah.of(4_400_000).format())
        .hasMessageContaining("but was " + Rupiah.of(2_000_000).format());
  }

  @Test
  void aTotalThatLeavesOutAnAmountNotKnownNeverPassesAsComplete() {
    Household orphan = family().addMembers(Person.builder().nik(Nik.parse("3526015508120003"))
        .birthDate(LocalDate.of(2012, 8, 15)).sex(Sex.FEMALE).relationship(Relationship.CHILD)
        .schoolLevel(SchoolLevel.SMP).occupation(Occupation.STUDENT)
        .father(ParentStatus.living())
        .mother(ParentStatus.deceased(LocalDate.of(2021, 7, 20), DeathCause.COVID_19))
        .build()).build();
    Assessment a = ENGINE.assess(orphan, DATE);

    assertThatThrownBy(() -> assertThat(a).program("LDP_COVID_ORPHAN").hasYearlyTotal(Rupiah.ZERO))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("at least " + Rupiah.ZERO.format())
        .hasMessageContaining("[APBD_PROVINSI] is not known");
    assertThatThrownBy(() -> assertThat(a).hasYearlyTotal(Funder.APBD_PROVINSI,
        Rupiah.of(2_000_000)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("is not known");
    assertThat(a).hasYearlyTotal(Funder.APBN, Rupiah.of(3_900_000));
  }

  @Test
  void unknownProgramAndNullActualFail() {
    assertThatThrownBy(() -> assertThat(eligible()).program("NOT_A_PROGRAM"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected a determination of program NOT_A_PROGRAM")
        .hasMessageContaining("PKH_PLUS, ASPD");
    assertThatThrownBy(() -> assertThat((Assessment) null).program("PKH_PLUS"))
        .isInstanceOf(AssertionError.class);
  }
}
