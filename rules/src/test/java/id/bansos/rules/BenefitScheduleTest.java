package id.bansos.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.core.money.Rupiah;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenefitScheduleTest {

  private static final Text LABEL = Text.of("Bantuan", "Aid");

  @Test
  void aPaidBenefitHasAYearlyTotalAndItsFunder() {
    BenefitSchedule s = BenefitSchedule.paid(LABEL, BenefitForm.CASH, Rupiah.of(500_000),
        PaymentFrequency.PER_TAHAP, 4, Optional.of("Bank Jatim"), Funder.APBD_PROVINSI);

    assertThat(s.yearlyTotal()).hasValue(Rupiah.of(2_000_000));
    assertThat(s.isAmountUnknown()).isFalse();
    assertThat(s.funder()).isEqualTo(Funder.APBD_PROVINSI);
  }

  @Test
  void aServiceCountsZeroButAnAmountNotKnownHasNoTotal() {
    BenefitSchedule service = BenefitSchedule.inKind(LABEL, BenefitForm.SERVICE, Funder.APBN);
    BenefitSchedule unknown =
        BenefitSchedule.amountUnknown(LABEL, BenefitForm.CASH, Funder.APBD_PROVINSI);

    assertThat(service.yearlyTotal()).hasValue(Rupiah.ZERO);
    assertThat(service.isAmountUnknown()).isFalse();
    assertThat(unknown.yearlyTotal()).isEmpty();
    assertThat(unknown.isAmountUnknown()).isTrue();
    assertThat(unknown.amountPerPayment()).isEmpty();
    assertThat(unknown.frequency()).isEqualTo(PaymentFrequency.ONCE);
  }

  @Test
  void everyFormWithAnAmountCanBeOfAnAmountNotKnownAndNoOtherCan() {
    for (BenefitForm form : BenefitForm.values()) {
      if (form.hasAmount()) {
        assertThat(BenefitSchedule.amountUnknown(LABEL, form, Funder.APBN).isAmountUnknown())
            .as(form.name()).isTrue();
        assertThatThrownBy(() -> BenefitSchedule.inKind(LABEL, form, Funder.APBN))
            .as(form.name()).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("amountUnknown");
      } else {
        assertThat(BenefitSchedule.inKind(LABEL, form, Funder.APBN).yearlyTotal())
            .as(form.name()).hasValue(Rupiah.ZERO);
        assertThatThrownBy(() -> BenefitSchedule.amountUnknown(LABEL, form, Funder.APBN))
            .as(form.name()).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("inKind");
      }
    }
  }

  @Test
  void aServiceWithAnAmountIsRefused() {
    assertThatThrownBy(() -> new BenefitSchedule(LABEL, BenefitForm.SERVICE,
        Optional.of(Rupiah.of(1)), PaymentFrequency.ONCE, 1, Optional.empty(), Funder.APBN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SERVICE");
  }

  @Test
  void theFunderIsRequired() {
    assertThatThrownBy(() -> BenefitSchedule.paid(LABEL, BenefitForm.CASH, Rupiah.of(1),
        PaymentFrequency.ONCE, 1, Optional.empty(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("funder");
  }

  @Test
  void everyFunderHasALabelInBothLanguages() {
    for (Funder f : Funder.values()) {
      assertThat(f.label().id()).as(f.name()).isNotBlank();
      assertThat(f.label().en()).as(f.name()).isNotBlank();
    }
    assertThat(Funder.APBD_PROVINSI.label().in(Language.ID)).isEqualTo("APBD Provinsi Jawa Timur");
    assertThat(Funder.APBN.label().in(Language.EN)).isEqualTo("National budget (APBN, Kemensos)");
  }
}
