package id.bansos.rules;

import id.bansos.core.money.Rupiah;
import java.util.Objects;
import java.util.Optional;

/**
 * What a benefit is and how it is paid: the value type of amount parameters.
 *
 * @param label what the benefit is, in both languages; never null
 * @param form its form; never null
 * @param amountPerPayment the amount of one payment; empty for a service or an item in kind
 * @param frequency how often it is paid; never null
 * @param paymentsPerYear how many payments fall in a year (for example 4 tahap, 12 months, or 3
 *     months for the 2020 safety net); at least 1
 * @param channel how it is paid, for example {@code "Bank Jatim"}, where known
 */
public record BenefitSchedule(
    Text label,
    BenefitForm form,
    Optional<Rupiah> amountPerPayment,
    PaymentFrequency frequency,
    int paymentsPerYear,
    Optional<String> channel) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException when there are no payments
   */
  public BenefitSchedule {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(amountPerPayment, "amountPerPayment");
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(channel, "channel");
    if (paymentsPerYear < 1) {
      throw new IllegalArgumentException("a benefit has at least one payment a year");
    }
  }

  /**
   * A cash-like benefit.
   *
   * @param label what it is; never null
   * @param form its form; never null
   * @param amount the amount of one payment; never null
   * @param frequency how often; never null
   * @param payments payments in the year; at least 1
   * @param channel the channel, empty when unknown; never null
   * @return the schedule
   */
  public static BenefitSchedule paid(Text label, BenefitForm form, Rupiah amount,
      PaymentFrequency frequency, int payments, Optional<String> channel) {
    return new BenefitSchedule(label, form, Optional.of(amount), frequency, payments, channel);
  }

  /**
   * A service or item without a rupiah amount.
   *
   * @param label what it is; never null
   * @param form SERVICE or IN_KIND; never null
   * @return the schedule
   */
  public static BenefitSchedule inKind(Text label, BenefitForm form) {
    return new BenefitSchedule(label, form, Optional.empty(), PaymentFrequency.ONCE, 1,
        Optional.empty());
  }

  /**
   * The yearly total for one beneficiary: amount × payments; zero without an amount.
   *
   * @return the total
   */
  public Rupiah yearlyTotal() {
    return amountPerPayment.map(a -> a.times(paymentsPerYear)).orElse(Rupiah.ZERO);
  }
}
