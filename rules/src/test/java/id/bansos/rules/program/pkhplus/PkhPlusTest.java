package id.bansos.rules.program.pkhplus;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.Household;
import id.bansos.rules.Assessment;
import id.bansos.rules.Catalog;
import id.bansos.rules.Determination;
import id.bansos.rules.Engine;
import id.bansos.rules.Households;
import id.bansos.rules.Language;
import id.bansos.rules.Status;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PkhPlusTest {

  private static final Engine ENGINE = Engine.of(Catalog.jawaTimur());

  @Test
  void elderlyMemberOnHer70thBirthdayQualifies() {
    Household h = Households.elderlyPkhFamily(LocalDate.of(1955, 6, 1)).build();

    Assessment a = ENGINE.assess(h, LocalDate.of(2025, 6, 1));
    Determination d = a.determination("PKH_PLUS").orElseThrow();

    assertThat(d.status()).as(a.render(Language.EN)).isEqualTo(Status.ELIGIBLE);
    assertThat(d.yearlyTotal().amount()).isEqualTo(2_000_000L);
  }

  @Test
  void elderlyMemberTheDayBeforeHer70thBirthdayDoesNotQualify() {
    Household h = Households.elderlyPkhFamily(LocalDate.of(1955, 6, 1)).build();

    Determination d = ENGINE.assess(h, LocalDate.of(2025, 5, 31)).determination("PKH_PLUS")
        .orElseThrow();

    assertThat(d.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(d.result("PKH_PLUS.AGE_AT_LEAST")).isPresent();
  }
}
