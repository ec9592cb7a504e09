package id.bansos.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.core.household.Household;
import id.bansos.core.money.Rupiah;
import id.bansos.rules.program.JawaTimur;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class YearlyTotalsTest {

  private static final Engine ENGINE = Engine.of(JawaTimur.catalog());

  @Test
  void everyFunderIsPresentInFunderOrderAndAMissingOneCountsZero() {
    YearlyTotals t = new YearlyTotals(Map.of(Funder.APBN, Rupiah.of(5)), Set.of());

    assertThat(t.byFunder().keySet()).containsExactly(Funder.values());
    assertThat(t.amount(Funder.APBD_PROVINSI)).isEqualTo(Rupiah.ZERO);
    assertThat(t.amount(Funder.APBN)).isEqualTo(Rupiah.of(5));
    assertThat(t.total()).isEqualTo(Rupiah.of(5));
    assertThat(t.hasUnknownAmounts()).isFalse();
    assertThat(YearlyTotals.NONE.total()).isEqualTo(Rupiah.ZERO);
  }

  @Test
  void addingKeepsFundersApartAndAnUnknownAmountOnEitherSide() {
    YearlyTotals a = new YearlyTotals(Map.of(Funder.APBD_PROVINSI, Rupiah.of(2_000_000)),
        Set.of(Funder.APBD_PROVINSI));
    YearlyTotals b = new YearlyTotals(Map.of(Funder.APBN, Rupiah.of(2_400_000),
        Funder.APBD_PROVINSI, Rupiah.of(1)), Set.of());

    YearlyTotals sum = a.plus(b);

    assertThat(sum.amount(Funder.APBD_PROVINSI)).isEqualTo(Rupiah.of(2_000_001));
    assertThat(sum.amount(Funder.APBN)).isEqualTo(Rupiah.of(2_400_000));
    assertThat(sum.unknownAmounts()).containsExactly(Funder.APBD_PROVINSI);
    assertThat(b.plus(a)).isEqualTo(sum);
    assertThat(a.plus(YearlyTotals.NONE)).isSameAs(a);
    assertThat(YearlyTotals.NONE.plus(b)).isSameAs(b);
  }

  @Test
  void equalTotalsAreEqualHoweverTheyWereGiven() {
    YearlyTotals explicit = new YearlyTotals(Map.of(Funder.APBD_PROVINSI, Rupiah.ZERO,
        Funder.APBN, Rupiah.ZERO, Funder.APBD_KABUPATEN_KOTA, Rupiah.ZERO), EnumSet.noneOf(
        Funder.class));

    assertThat(explicit).isEqualTo(YearlyTotals.NONE).hasSameHashCodeAs(YearlyTotals.NONE);
    assertThat(new YearlyTotals(Map.of(), Set.of(Funder.APBN)))
        .isNotEqualTo(YearlyTotals.NONE);
  }

  @Test
  void theComponentsAreImmutableAndNeverNull() {
    YearlyTotals t = new YearlyTotals(Map.of(), Set.of(Funder.APBN));

    assertThatThrownBy(() -> t.byFunder().put(Funder.APBN, Rupiah.ZERO))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> t.unknownAmounts().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> new YearlyTotals(null, Set.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("byFunder");
    assertThatThrownBy(() -> t.amount(null))
        .isInstanceOf(NullPointerException.class).hasMessage("funder");
  }

  /**
   * The province's budget and national money move apart at the 70th birthday: PKH Plus
   * (APBD Provinsi) and the PKH elderly component (APBN) both start that day, the ASPD of the
   * disabled child (APBD Provinsi) and his PKH component (APBN) run on both sides.
   */
  @Test
  void theDayBeforeTheElderTurns70AndOnItTheProvincialAndNationalTotalsStayApart() {
    Household h = Households.elderlyPkhFamily(LocalDate.of(1955, 7, 1))
        .addMembers(Households.severelyDisabledChild(LocalDate.of(2015, 5, 5), 3).build())
        .build();

    Assessment before = ENGINE.assess(h, LocalDate.of(2025, 6, 30));
    Assessment on = ENGINE.assess(h, LocalDate.of(2025, 7, 1));

    assertThat(before.yearlyTotal(Funder.APBD_PROVINSI)).isEqualTo(Rupiah.of(3_600_000));
    assertThat(before.yearlyTotal(Funder.APBN)).isEqualTo(Rupiah.of(2_400_000));
    assertThat(on.yearlyTotal(Funder.APBD_PROVINSI)).isEqualTo(Rupiah.of(5_600_000));
    assertThat(on.yearlyTotal(Funder.APBN)).isEqualTo(Rupiah.of(4_800_000));
    for (Assessment a : java.util.List.of(before, on)) {
      assertThat(a.yearlyTotal(Funder.APBD_KABUPATEN_KOTA)).isEqualTo(Rupiah.ZERO);
      assertThat(a.yearlyTotal()).isEqualTo(a.yearlyTotal(Funder.APBD_PROVINSI)
          .plus(a.yearlyTotal(Funder.APBN)));
      assertThat(a.yearlyTotals().hasUnknownAmounts()).isFalse();
      assertThat(a.determination("PKH").orElseThrow().yearlyTotal(Funder.APBD_PROVINSI))
          .isEqualTo(Rupiah.ZERO);
    }
  }

  @Test
  void theRenderedAssessmentShowsTheProvincialBudgetApartFromNationalMoney() {
    Household h = Households.elderlyPkhFamily(LocalDate.of(1955, 7, 1)).build();

    Assessment a = ENGINE.assess(h, LocalDate.of(2025, 7, 1));

    assertThat(a.render(Language.ID)).contains(
        "Total per tahun: Rp4.400.000\n  APBD Provinsi Jawa Timur: Rp2.000.000\n"
            + "  APBN (Kemensos): Rp2.400.000\n");
    assertThat(a.render(Language.EN)).contains(
        "Yearly total: IDR 4,400,000\n  East Java provincial budget (APBD Provinsi): IDR 2,000,000\n"
            + "  National budget (APBN, Kemensos): IDR 2,400,000\n")
        .contains("PKH Plus cash transfer: IDR 500,000 x 4 = IDR 2,000,000 a year (Bank Jatim);"
            + " funded by: East Java provincial budget (APBD Provinsi) [");
  }
}
