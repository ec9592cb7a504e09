package id.bansos.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.Household;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterKey;
import id.bansos.rules.param.ParameterValue;
import id.bansos.rules.program.JawaTimur;
import id.bansos.rules.program.pkhplus.PkhPlus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a determination says about the confidence of the rules it rests on. */
class DeterminationConfidenceTest {

  private static final Engine ENGINE = Engine.of(JawaTimur.catalog());
  /** Turns 70 on 1 Jun 2025. */
  private static final LocalDate ELDER_BIRTH = LocalDate.of(1955, 6, 1);

  private static Determination pkhPlus(Household h, LocalDate date) {
    return ENGINE.assess(h, date).determination(PkhPlus.CODE).orElseThrow();
  }

  private static List<String> keys(Determination d) {
    return d.uncertainValues().stream().map(v -> v.key().name()).toList();
  }

  @Test
  void anEligiblePkhPlusFamilyRestsOnTheDisputedAgeAndTheInferredOnePerFamily() {
    Determination d = pkhPlus(Households.elderlyPkhFamily(ELDER_BIRTH).build(),
        LocalDate.of(2025, 7, 1));

    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    // The family-wide exclusion of officials and BUMN/BUMD staff is stated from Sep 2025 only.
    assertThat(keys(d)).containsExactly("PKH_PLUS.MIN_AGE", "COMMON.EXCLUDED_OCCUPATIONS",
        "PKH_PLUS.MAX_BENEFICIARIES");
    assertThat(d.uncertainValues()).extracting(ParameterValue::confidence)
        .containsExactly(Confidence.DISPUTED, Confidence.INFERRED, Confidence.INFERRED);
    assertThat(d.weakestConfidence()).isEqualTo(Confidence.DISPUTED);
  }

  @Test
  void theAwardsValuesCountOnlyForAnEligibleDetermination() {
    Household h = Households.elderlyPkhFamily(ELDER_BIRTH).build();

    Determination dayBefore = pkhPlus(h, LocalDate.of(2025, 5, 31));
    Determination birthday = pkhPlus(h, LocalDate.of(2025, 6, 1));

    assertThat(dayBefore.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(keys(dayBefore)).containsExactly("PKH_PLUS.MIN_AGE", "COMMON.EXCLUDED_OCCUPATIONS");
    assertThat(birthday.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(keys(birthday)).containsExactly("PKH_PLUS.MIN_AGE", "COMMON.EXCLUDED_OCCUPATIONS",
        "PKH_PLUS.MAX_BENEFICIARIES");
  }

  @Test
  void theDisputedTwentyTwentyAmountCountsUntilItsLastDay() {
    Household h = Households.elderlyPkhFamily(LocalDate.of(1940, 1, 1)).build();

    Determination lastOf2020 = pkhPlus(h, LocalDate.of(2020, 12, 31));
    Determination firstOf2021 = pkhPlus(h, LocalDate.of(2021, 1, 1));

    assertThat(keys(lastOf2020)).contains("PKH_PLUS.BENEFIT", "PKH_PLUS.COVERED_REGIONS");
    assertThat(keys(firstOf2021)).doesNotContain("PKH_PLUS.BENEFIT");
  }

  @Test
  void theInForceValueCounts() {
    Household h = Households.elderlyPkhFamily(LocalDate.of(1940, 1, 1)).build();

    Determination ldp2021 = ENGINE.assess(h, LocalDate.of(2021, 12, 31))
        .determination("LDP_COVID_ORPHAN").orElseThrow();
    Determination ldp2022 = ENGINE.assess(h, LocalDate.of(2022, 1, 1))
        .determination("LDP_COVID_ORPHAN").orElseThrow();

    assertThat(ldp2021.uncertainValues().get(0).key().name())
        .isEqualTo("LDP_COVID_ORPHAN.IN_FORCE");
    assertThat(ldp2021.uncertainValues().get(0).confidence()).isEqualTo(Confidence.DISPUTED);
    assertThat(ldp2022.uncertainValues().get(0).key().name())
        .isEqualTo("LDP_COVID_ORPHAN.IN_FORCE");
    assertThat(ldp2022.uncertainValues().get(0).confidence()).isEqualTo(Confidence.ASSUMED);
    assertThat(ldp2022.weakestConfidence()).isEqualTo(Confidence.ASSUMED);
  }

  @Test
  void aDeterminationOnConfirmedRulesOnlySaysSo() {
    Determination d = Engine.of(confirmedOnly()).assess(Households.elderlyPkhFamily(ELDER_BIRTH)
        .build(), LocalDate.of(2025, 7, 1)).determination("CONFIRMED_TEST").orElseThrow();

    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(d.uncertainValues()).isEmpty();
    assertThat(d.weakestConfidence()).isEqualTo(Confidence.CONFIRMED);
  }

  @Test
  void renderSaysItInOneLinePerDetermination() {
    Assessment a = ENGINE.assess(Households.elderlyPkhFamily(ELDER_BIRTH).build(),
        LocalDate.of(2025, 7, 1));

    String en = a.render(Language.EN);
    String id = a.render(Language.ID);

    assertThat(en).contains("  This answer rests on 3 unconfirmed rules: PKH_PLUS.MIN_AGE"
        + " (disputed); COMMON.EXCLUDED_OCCUPATIONS (inferred); PKH_PLUS.MAX_BENEFICIARIES"
        + " (inferred).\n");
    assertThat(id).contains("  Keputusan ini bersandar pada 3 aturan yang belum dikonfirmasi:"
        + " PKH_PLUS.MIN_AGE (diperselisihkan); COMMON.EXCLUDED_OCCUPATIONS (disimpulkan);"
        + " PKH_PLUS.MAX_BENEFICIARIES (disimpulkan).\n");
    assertThat(en.lines().filter(l -> l.startsWith("  This answer rests on")
        || l.startsWith("  Every rule this answer rests on"))).hasSize(a.determinations().size());
  }

  @Test
  void renderNamesASharedConfidenceOnce() {
    Determination d = Engine.of(confirmedOnly()).assess(Households.elderlyPkhFamily(ELDER_BIRTH)
        .build(), LocalDate.of(2025, 7, 1)).determination("CONFIRMED_TEST").orElseThrow();
    Assessment one = new Assessment(Households.KK, LocalDate.of(2025, 7, 1), List.of(d),
        List.of(), List.of(), CatalogStamp.of(confirmedOnly()));
    Catalog inferred = confirmedOnly().derive("inferred").override(new ParameterValue<>(MIN_AGE,
        70, LocalDate.of(2019, 1, 1), java.util.Optional.empty(), Confidence.INFERRED,
        List.of(id.bansos.rules.param.Source.of("test", "")), "")).build();
    Assessment two = Engine.of(inferred).assess(Households.elderlyPkhFamily(ELDER_BIRTH).build(),
        LocalDate.of(2025, 7, 1));

    assertThat(one.render(Language.EN))
        .contains("  Every rule this answer rests on is confirmed by a source.\n");
    assertThat(one.render(Language.ID))
        .contains("  Semua aturan yang menjadi dasar keputusan ini dikonfirmasi sumber.\n");
    assertThat(two.render(Language.EN))
        .contains("  This answer rests on 1 inferred rule: CONFIRMED_TEST.MIN_AGE.\n");
    assertThat(two.render(Language.ID))
        .contains(
            "  Keputusan ini bersandar pada 1 aturan yang disimpulkan: CONFIRMED_TEST.MIN_AGE.\n");
  }

  @Test
  void aBenefitsValueAloneMakesAnEligibleDeterminationUncertain() {
    Catalog assumed = confirmedOnly().derive("assumed benefit")
        .override(value(BENEFIT, schedule(300_000), Confidence.ASSUMED)).build();

    Determination d = Engine.of(assumed).assess(Households.elderlyPkhFamily(ELDER_BIRTH).build(),
        LocalDate.of(2025, 7, 1)).determination("CONFIRMED_TEST").orElseThrow();

    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(keys(d)).containsExactly("CONFIRMED_TEST.BENEFIT");
    assertThat(d.weakestConfidence()).isEqualTo(Confidence.ASSUMED);
  }

  @Test
  void anAwardsValueAloneMakesAnEligibleDeterminationUncertain() {
    Catalog inferred = confirmedOnly().derive("inferred award")
        .override(value(MAX_BENEFICIARIES, 1, Confidence.INFERRED)).build();

    Determination d = Engine.of(inferred).assess(Households.elderlyPkhFamily(ELDER_BIRTH).build(),
        LocalDate.of(2025, 7, 1)).determination("CONFIRMED_TEST").orElseThrow();

    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(keys(d)).containsExactly("CONFIRMED_TEST.MAX_BENEFICIARIES");
    assertThat(d.weakestConfidence()).isEqualTo(Confidence.INFERRED);
  }

  private static <T> ParameterValue<T> value(ParameterKey<T> key, T value, Confidence c) {
    return new ParameterValue<>(key, value, LocalDate.of(2019, 1, 1), java.util.Optional.empty(),
        c, List.of(id.bansos.rules.param.Source.of("test", "")), "");
  }

  private static BenefitSchedule schedule(long rupiah) {
    return BenefitSchedule.paid(Text.of("Uji", "Test"), BenefitForm.CASH,
        id.bansos.core.money.Rupiah.of(rupiah), PaymentFrequency.ONCE, 1,
        java.util.Optional.empty(), Funder.APBD_PROVINSI);
  }

  private static final ParameterKey<Boolean> IN_FORCE =
      ParameterKey.required("CONFIRMED_TEST.IN_FORCE", Boolean.class);
  private static final ParameterKey<Integer> MIN_AGE =
      ParameterKey.required("CONFIRMED_TEST.MIN_AGE", Integer.class);
  private static final ParameterKey<BenefitSchedule> BENEFIT =
      ParameterKey.required("CONFIRMED_TEST.BENEFIT", BenefitSchedule.class);
  private static final ParameterKey<Integer> MAX_BENEFICIARIES =
      ParameterKey.required("CONFIRMED_TEST.MAX_BENEFICIARIES", Integer.class);

  /**
   * A catalog of one program whose every value is confirmed: a member aged 65 or more; the
   * household is paid a benefit when the award's one value allows a beneficiary.
   */
  private static Catalog confirmedOnly() {
    ProgramInfo info = new ProgramInfo("CONFIRMED_TEST", Text.of("Uji", "Test"),
        Text.of("Uji", "Test"), BeneficiaryUnit.HOUSEHOLD, "test", IN_FORCE);
    Program.Builder b = Program.builder(info).parameters(List.of(
        Parameter.builder(IN_FORCE, "in force").from(LocalDate.of(2019, 1, 1)).value(true)
            .source("test", "").add().build(),
        Parameter.builder(MIN_AGE, "age").from(LocalDate.of(2019, 1, 1)).value(65)
            .source("test", "").add().build(),
        Parameter.builder(BENEFIT, "benefit").from(LocalDate.of(2019, 1, 1))
            .value(schedule(300_000)).source("test", "").add().build(),
        Parameter.builder(MAX_BENEFICIARIES, "beneficiaries").from(LocalDate.of(2019, 1, 1))
            .value(1).source("test", "").add().build()));
    Param<Integer> min = b.param(MIN_AGE);
    Param<BenefitSchedule> benefit = b.param(BENEFIT);
    Param<Integer> max = b.param(MAX_BENEFICIARIES);
    Criterion age = new Criterion("CONFIRMED_TEST.AGE", Text.of("Usia", "Age"), "test",
        Text.of("Usia {age}.", "Aged {age}."), Text.of("Usia {age}.", "Aged {age}."),
        Text.of("?", "?"));
    Criterion any = new Criterion("CONFIRMED_TEST.ANY", Text.of("Ada", "Any"), "test",
        Text.of("Ada.", "Yes."), Text.of("Tidak.", "No."), Text.of("?", "?"));
    Program p = b.member(age, Check.fact(Facts.AGE, (a, r) -> a >= r.value(min)), min)
        .qualifying(any).award((h, q, r, g) -> {
          if (r.value(max) > 0) {
            g.household().benefit(benefit);
          }
        }, max).build();
    return Catalog.of("test", List.of(p));
  }
}
