package id.bansos.rules;

import id.bansos.rules.program.JawaTimur;
import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.Household;
import id.bansos.core.money.Rupiah;
import id.bansos.rules.program.pkhplus.PkhPlus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EngineTest {

  private static final Engine ENGINE = Engine.of(JawaTimur.catalog());
  private static final Household ELDER = Households.elderlyPkhFamily(LocalDate.of(1940, 1, 1))
      .build();

  @Test
  void onlyWrseIsInForceBeforeTwentyNineteen() {
    Assessment a = ENGINE.assess(ELDER, LocalDate.of(2018, 12, 31));

    assertThat(a.determination("PKH_PLUS")).isEmpty();
    assertThat(a.determinations()).extracting(Determination::programCode).containsExactly("WRSE");
    assertThat(ENGINE.assess(ELDER, LocalDate.of(2017, 12, 31)).determinations()).isEmpty();
  }

  @Test
  void everyProgramInForceAppearsInCatalogOrder() {
    LocalDate date = LocalDate.of(2025, 7, 1);

    Assessment a = ENGINE.assess(ELDER, date);

    assertThat(a.determinations()).extracting(Determination::programCode)
        .containsExactlyElementsOf(ENGINE.catalog().inForce(date).stream()
            .filter(p -> p.info().decidesEligibility()).map(p -> p.info().code()).toList())
        .containsExactly("PKH_PLUS", "ASPD", "KUBE", "WRSE", "PKH", "LDP_COVID_ORPHAN",
            "PILAR_SOSIAL");
    assertThat(ENGINE.catalog().inForce(date)).extracting(p -> p.info().code())
        .contains("UPT_PROTECTION");
    assertThat(a.kkNumber()).isEqualTo(ELDER.kkNumber());
    assertThat(a.date()).isEqualTo(date);
  }

  @Test
  void theFirstDayOfTwentyNineteenHasPkhPlus() {
    assertThat(ENGINE.assess(ELDER, LocalDate.of(2019, 1, 1)).determination("PKH_PLUS"))
        .isPresent();
  }

  @Test
  void theYearlyTotalAddsUpTheEligiblePrograms() {
    Household both = Households.elderlyPkhFamily(LocalDate.of(1940, 1, 1))
        .addMembers(Households.severelyDisabledChild(LocalDate.of(2015, 5, 5), 3).build())
        .build();

    Assessment a = ENGINE.assess(both, LocalDate.of(2025, 7, 1));

    assertThat(a.eligible()).extracting(Determination::programCode)
        .contains("PKH_PLUS", "ASPD");
    assertThat(a.determination("PKH_PLUS").orElseThrow().yearlyTotal())
        .isEqualTo(Rupiah.of(2_000_000));
    assertThat(a.determination("ASPD").orElseThrow().yearlyTotal()).isEqualTo(Rupiah.of(3_600_000));
    Rupiah sum = a.eligible().stream().map(Determination::yearlyTotal)
        .reduce(Rupiah.ZERO, Rupiah::plus);
    assertThat(a.yearlyTotal()).isEqualTo(sum);
    assertThat(a.render(Language.EN)).contains("Yearly total: " + Labels.money(sum, Language.EN));
    assertThat(a.render(Language.ID)).contains("Total per tahun: " + sum.format());
  }

  @Test
  void decidingAProgramOutsideItsPeriodNamesTheMissingParameter() {
    Determination d = ENGINE.decide(PkhPlus.program(), ELDER, LocalDate.of(2018, 12, 31));

    assertThat(d.status()).isEqualTo(Status.UNDETERMINED);
    CriterionResult r = d.result("PKH_PLUS.PARAMETER_NOT_IN_FORCE").orElseThrow();
    assertThat(r.facts()).contains(Fact.of("parameter", "PKH_PLUS.MIN_AGE"));
  }

  @Test
  void theEngineKeepsItsCatalog() {
    assertThat(ENGINE.catalog()).isSameAs(JawaTimur.catalog());
  }
}
