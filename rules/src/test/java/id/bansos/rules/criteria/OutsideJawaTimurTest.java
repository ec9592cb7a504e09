package id.bansos.rules.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.Household;
import id.bansos.core.region.RegionCode;
import id.bansos.rules.Assessment;
import id.bansos.rules.CriterionResult;
import id.bansos.rules.Determination;
import id.bansos.rules.Engine;
import id.bansos.rules.Fact;
import id.bansos.rules.Households;
import id.bansos.rules.Language;
import id.bansos.rules.Outcome;
import id.bansos.rules.Status;
import id.bansos.rules.program.JawaTimur;
import id.bansos.rules.program.extremepoverty.ExtremePoverty2023;
import id.bansos.rules.program.pkh.NationalPkh;
import id.bansos.rules.program.pkhplus.PkhPlus;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A household domiciled in another province, and one just inside Jawa Timur. */
class OutsideJawaTimurTest {

  private static final Engine ENGINE = Engine.of(JawaTimur.catalog());
  /** A kelurahan of Kota Semarang, Jawa Tengah: the province next door. */
  private static final RegionCode SEMARANG = RegionCode.parse("33.74.01.1001");
  /**
   * Not decided on the province: the national PKH, the social pillars' incentives (they pay a
   * role held in Jawa Timur, not a family's residence) and KUBE (a single household is
   * UNDETERMINED until its group is assessed). UPT protection is a service record, never a
   * determination.
   */
  private static final Set<String> NOT_ON_THE_PROVINCE =
      Set.of(NationalPkh.CODE, "PILAR_SOSIAL", "KUBE");

  private static Household elderlyFamilyIn(RegionCode village) {
    return Households.elderlyPkhFamily(LocalDate.of(1940, 1, 1)).domicile(village).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2018-07-01", "2019-07-01", "2020-05-01", "2021-11-01", "2022-07-01",
      "2023-07-01", "2024-07-01", "2025-07-01", "2026-07-01"})
  void everyProvincialProgramIsNotEligibleForAHouseholdInAnotherProvince(String date) {
    Assessment a = ENGINE.assess(elderlyFamilyIn(SEMARANG), LocalDate.parse(date));

    for (Determination d : a.determinations()) {
      if (NOT_ON_THE_PROVINCE.contains(d.programCode())) {
        continue;
      }
      CriterionResult region = d.result(d.programCode() + ".COVERED_REGION").orElseThrow();
      assertThat(d.status()).as("%s on %s", d.programCode(), date)
          .isEqualTo(Status.NOT_ELIGIBLE);
      assertThat(region.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(region.message(Language.EN)).contains("outside the province of Jawa Timur");
      assertThat(region.message(Language.ID)).contains("di luar Provinsi Jawa Timur");
      assertThat(d.missingFacts()).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"35.10.01.2001", "33.74.01.1001"})
  void anIncompleteListLeavesJawaTimurUnknownButNotAnotherProvince(String village) {
    LocalDate date = LocalDate.of(2023, 7, 1);
    boolean inJawaTimur = RegionCode.parse(village).isWithin(CommonCriteria.PROVINCE);

    Assessment a = ENGINE.assess(elderlyFamilyIn(RegionCode.parse(village)), date);

    // PKH Plus 2023 (25 kabupaten, ten-plus-two known) and the 2023 extreme-poverty aid (no
    // region known) have incomplete lists.
    for (String code : new String[] {PkhPlus.CODE, ExtremePoverty2023.CODE}) {
      CriterionResult region = a.determination(code).orElseThrow()
          .result(code + ".COVERED_REGION").orElseThrow();
      assertThat(region.outcome()).as("%s in %s", code, village)
          .isEqualTo(inJawaTimur ? Outcome.UNKNOWN : Outcome.FAIL);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"35.26.01.2008", "33.74.01.1001"})
  void theNationalPkhIsDecidedTheSameInsideAndOutsideJawaTimur(String village) {
    Determination d = ENGINE.assess(elderlyFamilyIn(RegionCode.parse(village)),
        LocalDate.of(2025, 7, 1)).determination(NationalPkh.CODE).orElseThrow();

    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(d.result("PKH.COVERED_REGION")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"35.78.01.1001", "33.74.01.1001"})
  void aCompleteListNamesTheReasonForAHouseholdItDoesNotCover(String village) {
    // PKH Plus 2019: the ten kabupaten, a complete list that leaves out Kota Surabaya.
    Determination d = ENGINE.assess(elderlyFamilyIn(RegionCode.parse(village)),
        LocalDate.of(2019, 7, 1)).determination(PkhPlus.CODE).orElseThrow();

    CriterionResult region = d.result("PKH_PLUS.COVERED_REGION").orElseThrow();
    assertThat(region.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(region.facts()).extracting(Fact::name).contains("reason");
    assertThat(region.message(Language.EN)).doesNotContain("{reason}")
        .contains(village.startsWith("35") ? "is not on the list" : "outside the province");
  }
}
