package id.bansos.rules;

import id.bansos.core.money.Rupiah;
import java.util.Objects;
import java.util.Optional;

/**
 * What a benefit is, how it is paid and who pays it: the value type of amount parameters.
 *
 * <p>A benefit of a form with an amount ({@link BenefitForm#hasAmount()}: cash, goods, business
 * capital) whose {@code amountPerPayment} is empty is a benefit whose amount is <em>not known</em>
 * ({@link #isAmountUnknown()}): sources say it is given but not how much. Its yearly total is
 * unknown, never zero, and every total that includes it says so ({@link
 * YearlyTotals#unknownAmounts()}). A service or an item in kind has no amount and counts zero.
 *
 * @param label what the benefit is, in both languages; never null
 * @param form its form; never null
 * @param amountPerPayment the amount of one payment; empty for a service or an item in kind, and
 *     for a benefit whose amount is not known
 * @param frequency how often it is paid; never null
 * @param paymentsPerYear how many payments fall in a year (for example 4 tahap, 12 months, or 3
 *     months for the 2020 safety net); at least 1
 * @param channel how it is paid, for example {@code "Bank Jatim"}, where known
 * @param funder whose budget pays it; never null
 */
public record BenefitSchedule(
    Text label,
    BenefitForm form,
    Optional<Rupiah> amountPerPayment,
    PaymentFrequency frequency,
    int paymentsPerYear,
    Optional<String> channel,
    Funder funder) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException when there are no payments, or when a service or an item in
   *     kind has an amount
   */
  public BenefitSchedule {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(amountPerPayment, "amountPerPayment");
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(funder, "funder");
    if (paymentsPerYear < 1) {
      throw new IllegalArgumentException("a benefit has at least one payment a year");
    }
    if (!form.hasAmount() && amountPerPayment.isPresent()) {
      throw new IllegalArgumentException("form " + form + " has no amount in rupiah");
    }
  }

  /**
   * A benefit with an amount: cash, goods or business capital.
   *
   * @param label what it is; never null
   * @param form CASH, GOODS or BUSINESS_CAPITAL; never null
   * @param amount the amount of one payment; never null
   * @param frequency how often; never null
   * @param payments payments in the year; at least 1
   * @param channel the channel, empty when unknown; never null
   * @param funder whose budget pays it; never null
   * @return the schedule
   * @throws IllegalArgumentException when {@code form} has no amount, or {@code payments} is
   *     below 1
   */
  public static BenefitSchedule paid(Text label, BenefitForm form, Rupiah amount,
      PaymentFrequency frequency, int payments, Optional<String> channel, Funder funder) {
    Objects.requireNonNull(amount, "amount");
    return new BenefitSchedule(label, form, Optional.of(amount), frequency, payments, channel,
        funder);
  }

  /**
   * A service or an item in kind, without an amount in rupiah; it counts zero in totals.
   *
   * @param label what it is; never null
   * @param form SERVICE or IN_KIND; never null
   * @param funder whose budget pays it; never null
   * @return the schedule
   * @throws IllegalArgumentException when {@code form} has an amount: use {@link
   *     #amountUnknown} for a benefit whose amount is not known
   */
  public static BenefitSchedule inKind(Text label, BenefitForm form, Funder funder) {
    if (form.hasAmount()) {
      throw new IllegalArgumentException("form " + form + " has an amount; for one that is not"
          + " known use BenefitSchedule.amountUnknown");
    }
    return new BenefitSchedule(label, form, Optional.empty(), PaymentFrequency.ONCE, 1,
        Optional.empty(), funder);
  }

  /**
   * A benefit with an amount that sources do not state: cash, goods or business capital of an
   * unknown amount. How often it is paid is not known either; it is recorded as once, with no
   * channel. Totals that include it are lower bounds and say so.
   *
   * @param label what it is; never null
   * @param form CASH, GOODS or BUSINESS_CAPITAL; never null
   * @param funder whose budget pays it; never null
   * @return the schedule
   * @throws IllegalArgumentException when {@code form} has no amount (a service or an item in
   *     kind: use {@link #inKind})
   */
  public static BenefitSchedule amountUnknown(Text label, BenefitForm form, Funder funder) {
    if (!form.hasAmount()) {
      throw new IllegalArgumentException("form " + form + " has no amount; use"
          + " BenefitSchedule.inKind");
    }
    return new BenefitSchedule(label, form, Optional.empty(), PaymentFrequency.ONCE, 1,
        Optional.empty(), funder);
  }

  /**
   * Whether the benefit has an amount that is not known: a form with an amount and no amount.
   *
   * @return true when the amount is not known
   */
  public boolean isAmountUnknown() {
    return form.hasAmount() && amountPerPayment.isEmpty();
  }

  /**
   * The yearly total for one beneficiary: amount × payments; zero for a service or an item in
   * kind.
   *
   * @return the total; empty when the amount is not known
   */
  public Optional<Rupiah> yearlyTotal() {
    if (amountPerPayment.isPresent()) {
      return Optional.of(amountPerPayment.get().times(paymentsPerYear));
    }
    return form.hasAmount() ? Optional.empty() : Optional.of(Rupiah.ZERO);
  }
}
