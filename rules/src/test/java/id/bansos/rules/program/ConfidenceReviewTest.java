package id.bansos.rules.program;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.region.RegionCode;
import id.bansos.rules.EngineParameters;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.ParameterKey;
import id.bansos.rules.param.ParameterValue;
import id.bansos.rules.program.aspd.Aspd;
import id.bansos.rules.program.extremepoverty.ExtremePoverty2023;
import id.bansos.rules.program.jps.JpsKelurahan2020;
import id.bansos.rules.program.kube.Kube;
import id.bansos.rules.program.ldp.CovidOrphanSupport;
import id.bansos.rules.program.pkh.NationalPkh;
import id.bansos.rules.program.pkhplus.PkhPlus;
import id.bansos.rules.program.wrse.Wrse;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The confidence of the values the review of programs.md corrected, on both sides of each date
 * where it changes: disputed where the sources disagree ([!]), inferred or assumed where a
 * CONFIRMED value claimed more than its sources state.
 */
class ConfidenceReviewTest {

  private static Arguments at(ParameterKey<?> key, String date, Confidence expected) {
    return Arguments.of(key, LocalDate.parse(date), expected);
  }

  static Stream<Arguments> reviewed() {
    return Stream.of(
        // PKH Plus 2020: Beritasatu's Rp2.5 juta against Rp2 juta everywhere else.
        // 2019's Rp2 juta is stated; its four tahap through Bank Jatim are reported from 2023.
        at(PkhPlus.BENEFIT, "2019-12-31", Confidence.INFERRED),
        at(PkhPlus.BENEFIT, "2020-01-01", Confidence.DISPUTED),
        at(PkhPlus.BENEFIT, "2020-12-31", Confidence.DISPUTED),
        at(PkhPlus.BENEFIT, "2021-01-01", Confidence.CONFIRMED),
        // Reported to 2025; carried on after it, unreported.
        at(PkhPlus.BENEFIT, "2025-12-31", Confidence.CONFIRMED),
        at(PkhPlus.BENEFIT, "2026-01-01", Confidence.ASSUMED),
        // "di atas 70" against "70 tahun ke atas".
        at(PkhPlus.MIN_AGE, "2019-01-01", Confidence.DISPUTED),
        // The LDP launch date (3 Aug vs "8/3" 2021) and its unreported continuation.
        at(CovidOrphanSupport.IN_FORCE, "2021-08-03", Confidence.DISPUTED),
        at(CovidOrphanSupport.IN_FORCE, "2021-12-31", Confidence.DISPUTED),
        at(CovidOrphanSupport.IN_FORCE, "2022-01-01", Confidence.ASSUMED),
        at(CovidOrphanSupport.FOOD_PACKAGE, "2021-12-31", Confidence.CONFIRMED),
        at(CovidOrphanSupport.FOOD_PACKAGE, "2022-01-01", Confidence.ASSUMED),
        // Putri Jawara's amount is reported on 27 Oct 2025; its start on 1 Jan 2025 is assumed.
        at(Wrse.BENEFIT, "2025-10-26", Confidence.ASSUMED),
        at(Wrse.BENEFIT, "2025-10-27", Confidence.CONFIRMED),
        at(Wrse.BENEFIT, "2025-12-31", Confidence.CONFIRMED),
        at(Wrse.BENEFIT, "2026-01-01", Confidence.ASSUMED),
        at(Wrse.IN_FORCE, "2018-12-31", Confidence.CONFIRMED),
        at(Wrse.IN_FORCE, "2019-01-01", Confidence.INFERRED),
        at(Wrse.IN_FORCE, "2021-12-31", Confidence.INFERRED),
        at(Wrse.IN_FORCE, "2022-01-01", Confidence.CONFIRMED),
        // Rp1.5 juta is stated per PM; per household is inferred.
        at(ExtremePoverty2023.BENEFIT, "2023-07-01", Confidence.INFERRED),
        // KUBE 2022: the amount is stated, the group-account channel is the national scheme's.
        at(Kube.BENEFIT, "2022-01-01", Confidence.INFERRED),
        // KUBE before 2022: no provincial source, the national scheme assumed.
        at(Kube.IN_FORCE, "2021-12-31", Confidence.ASSUMED),
        at(Kube.BENEFIT, "2021-12-31", Confidence.ASSUMED),
        at(Kube.IN_FORCE, "2023-12-31", Confidence.CONFIRMED),
        at(Kube.IN_FORCE, "2024-01-01", Confidence.INFERRED),
        // National PKH: lansia 60 vs 70, and Rp2.4 vs Rp3 juta for lansia and disability.
        at(NationalPkh.ELDERLY_MIN_AGE, "2025-01-01", Confidence.DISPUTED),
        at(NationalPkh.ELDERLY_BENEFIT, "2020-12-31", Confidence.DISPUTED),
        at(NationalPkh.ELDERLY_BENEFIT, "2021-01-01", Confidence.DISPUTED),
        at(NationalPkh.SEVERE_DISABILITY_BENEFIT, "2021-01-01", Confidence.DISPUTED),
        at(NationalPkh.SMA_BENEFIT, "2020-12-31", Confidence.INFERRED),
        at(NationalPkh.SMA_BENEFIT, "2021-01-01", Confidence.CONFIRMED),
        // No source lists the ASPD regions; the non-stacking pairs are deduced.
        at(Aspd.COVERED_REGIONS, "2025-01-01", Confidence.INFERRED),
        at(EngineParameters.NON_STACKING, "2020-06-01", Confidence.INFERRED),
        // The kelurahan rule: read from the data pattern, not the decree.
        at(JpsKelurahan2020.KELURAHAN_CODES, "2020-04-01", Confidence.INFERRED),
        // Reported to 2025; carried on after it, unreported (a second review, Dec 2026).
        at(PkhPlus.IN_FORCE, "2025-12-31", Confidence.CONFIRMED),
        at(PkhPlus.IN_FORCE, "2026-01-01", Confidence.ASSUMED),
        at(PkhPlus.COVERED_REGIONS, "2024-10-01", Confidence.CONFIRMED),
        at(PkhPlus.COVERED_REGIONS, "2025-12-31", Confidence.CONFIRMED),
        at(PkhPlus.COVERED_REGIONS, "2026-01-01", Confidence.ASSUMED),
        at(Wrse.IN_FORCE, "2025-12-31", Confidence.CONFIRMED),
        at(Wrse.IN_FORCE, "2026-01-01", Confidence.ASSUMED),
        at(NationalPkh.IN_FORCE, "2025-12-31", Confidence.CONFIRMED),
        at(NationalPkh.IN_FORCE, "2026-01-01", Confidence.ASSUMED),
        at(NationalPkh.SD_BENEFIT, "2025-12-31", Confidence.CONFIRMED),
        at(NationalPkh.SD_BENEFIT, "2026-01-01", Confidence.ASSUMED),
        at(NationalPkh.ELDERLY_BENEFIT, "2025-12-31", Confidence.DISPUTED),
        at(NationalPkh.ELDERLY_BENEFIT, "2026-01-01", Confidence.ASSUMED),
        // PKH's member rules are reported in January 2022 only; the amounts to 2025.
        at(NationalPkh.MAX_PREGNANT, "2021-01-01", Confidence.CONFIRMED),
        at(NationalPkh.MAX_PREGNANT, "2022-12-31", Confidence.CONFIRMED),
        at(NationalPkh.MAX_PREGNANT, "2023-01-01", Confidence.INFERRED),
        at(NationalPkh.MAX_PREGNANT, "2025-12-31", Confidence.INFERRED),
        at(NationalPkh.MAX_PREGNANT, "2026-01-01", Confidence.ASSUMED),
        at(NationalPkh.PUPIL_AGE, "2022-12-31", Confidence.CONFIRMED),
        at(NationalPkh.PUPIL_AGE, "2023-01-01", Confidence.INFERRED),
        at(Aspd.IN_FORCE, "2026-12-31", Confidence.CONFIRMED),
        at(Aspd.IN_FORCE, "2027-01-01", Confidence.ASSUMED),
        at(Aspd.WHEELCHAIR, "2027-01-01", Confidence.ASSUMED),
        // ASPD 2019-2021: the national ASPDB's amount and its three tahap.
        at(Aspd.CASH, "2021-12-31", Confidence.INFERRED),
        at(Aspd.CASH, "2022-01-01", Confidence.CONFIRMED));
  }

  /**
   * The values that stay CONFIRMED after 2025, the last year the domain reference's sources
   * report most programs for, each with the last year its reason covers: anything else confirmed
   * for a later year claims more than its sources state and should be ASSUMED from then on.
   */
  private static final java.util.Map<String, Integer> CONFIRMED_AFTER_2025 = java.util.Map.of(
      // Statutes, in force until amended.
      "COMMON.CHILD_AGE_LIMIT", Integer.MAX_VALUE,
      "COMMON.ELDERLY_AGE", Integer.MAX_VALUE,
      // A standing rule announced by the Minister in Sep 2025.
      "COMMON.EXCLUDED_OCCUPATIONS", Integer.MAX_VALUE,
      // Suara Surabaya, 9 Feb 2026: the 2026 quota, amount and wheelchair.
      "ASPD.IN_FORCE", 2026,
      "ASPD.CASH", 2026,
      "ASPD.WHEELCHAIR", 2026,
      // The program as launched; LDP_COVID_ORPHAN.IN_FORCE is ASSUMED from 2022.
      "LDP_COVID_ORPHAN.COVERED_REGIONS", Integer.MAX_VALUE,
      "LDP_COVID_ORPHAN.PSYCHOSOCIAL_SUPPORT", Integer.MAX_VALUE,
      // The UPTs' standing function under Permensos 16/2019.
      "UPT_PROTECTION.SERVICE", Integer.MAX_VALUE);

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(ints = {2026, 2027, 2030})
  void noValueIsConfirmedForALaterYearWithoutASourceOrAReason(int year) {
    LocalDate date = LocalDate.of(year, 6, 1);
    java.util.List<String> claimed = new java.util.ArrayList<>();
    for (var p : JawaTimur.catalog().parameters()) {
      for (ParameterValue<?> v : p.timeline()) {
        if (v.holdsOn(date) && v.confidence() == Confidence.CONFIRMED
            && CONFIRMED_AFTER_2025.getOrDefault(p.key().name(), 0) < year) {
          claimed.add(p.key().name() + " " + v.period());
        }
      }
    }

    assertThat(claimed).as("confirmed in %d without a source of that year or a listed reason",
        year).isEmpty();
  }

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @MethodSource("reviewed")
  void reviewedValuesCarryTheConfidenceTheSourcesSupport(ParameterKey<?> key, LocalDate date,
      Confidence expected) {
    Optional<? extends ParameterValue<?>> value = JawaTimur.catalog().at(key, date);

    assertThat(value).as("%s on %s", key, date).isPresent();
    assertThat(value.get().confidence()).isEqualTo(expected);
    if (expected != Confidence.CONFIRMED) {
      assertThat(value.get().note()).as("why %s is %s", key, expected).isNotBlank();
    }
  }

  @Test
  void aDisputedValueNamesTheDisagreementInItsNote() {
    for (var p : JawaTimur.catalog().parameters()) {
      for (ParameterValue<?> v : p.timeline()) {
        if (v.confidence() == Confidence.DISPUTED) {
          assertThat(v.note()).as("%s %s", p.key(), v.period())
              .containsAnyOf("disagree", " vs ");
        }
      }
    }
  }

  @Test
  void confidencesAreOrderedFromTheStrongest() {
    assertThat(Confidence.INFERRED.isWeakerThan(Confidence.CONFIRMED)).isTrue();
    assertThat(Confidence.DISPUTED.isWeakerThan(Confidence.INFERRED)).isTrue();
    assertThat(Confidence.ASSUMED.isWeakerThan(Confidence.DISPUTED)).isTrue();
    assertThat(Confidence.CONFIRMED.isWeakerThan(Confidence.CONFIRMED)).isFalse();
    assertThat(Confidence.CONFIRMED.isWeakerThan(Confidence.ASSUMED)).isFalse();
  }

  @Test
  void theLdpLaunchIsTheThirdOfAugust() {
    assertThat(JawaTimur.catalog().at(CovidOrphanSupport.IN_FORCE, LocalDate.of(2021, 8, 2)))
        .isEmpty();
  }

  @Test
  void kelurahanCodesReadTheFirstDigitOfTheVillagePart() {
    var codes = JawaTimur.catalog().at(JpsKelurahan2020.KELURAHAN_CODES,
        LocalDate.of(2020, 4, 1)).orElseThrow().value();

    assertThat(codes.isKelurahan(RegionCode.parse("35.78.01.1001"))).isTrue();
    assertThat(codes.isKelurahan(RegionCode.parse("35.79.01.2001"))).isFalse();
    assertThat(codes.isKelurahan(RegionCode.parse("35.78.01"))).isFalse();
  }
}
