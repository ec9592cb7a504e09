package id.bansos.rules;

import id.bansos.core.money.Rupiah;
import id.bansos.rules.param.ParameterValue;
import java.util.Objects;

/**
 * A benefit a determination grants each beneficiary, with the parameter value (and so the period,
 * sources and confidence) it comes from.
 *
 * @param source the parameter value of the schedule; never null
 */
public record Benefit(ParameterValue<BenefitSchedule> source) {

  /** Checks that the source is not null. */
  public Benefit {
    Objects.requireNonNull(source, "source");
  }

  /**
   * The schedule: form, amount, frequency, payments and channel.
   *
   * @return the schedule
   */
  public BenefitSchedule schedule() {
    return source.value();
  }

  /**
   * The yearly total for one beneficiary.
   *
   * @return the total
   */
  public Rupiah yearlyTotal() {
    return source.value().yearlyTotal();
  }
}
