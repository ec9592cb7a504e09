package id.bansos.rules;

import id.bansos.core.identity.Nik;
import id.bansos.core.money.Rupiah;
import id.bansos.rules.param.ParameterValue;
import java.util.Objects;
import java.util.Optional;

/**
 * A benefit a determination grants, with the parameter value (and so the period, sources and
 * confidence) it comes from. A benefit without a recipient goes to each beneficiary of the
 * determination; one with a recipient goes to that member only (a PKH component of one child, a
 * wheelchair for the member who needs it). Its schedule names who pays it ({@link
 * BenefitSchedule#funder()}).
 *
 * @param source the parameter value of the schedule; never null
 * @param recipient the one member who receives it; empty when each beneficiary does
 */
public record Benefit(ParameterValue<BenefitSchedule> source, Optional<Nik> recipient) {

  /** Checks that no component is null. */
  public Benefit {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(recipient, "recipient");
  }

  /**
   * A benefit for each beneficiary.
   *
   * @param source the parameter value of the schedule; never null
   */
  public Benefit(ParameterValue<BenefitSchedule> source) {
    this(source, Optional.empty());
  }

  /**
   * A benefit for one member only.
   *
   * @param source the parameter value of the schedule; never null
   * @param recipient the member; never null
   * @return the benefit
   */
  public static Benefit forMember(ParameterValue<BenefitSchedule> source, Nik recipient) {
    return new Benefit(source, Optional.of(recipient));
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
   * The yearly total for one recipient: zero for a service or an item in kind.
   *
   * @return the total; empty when the amount is not known
   */
  public Optional<Rupiah> yearlyTotal() {
    return source.value().yearlyTotal();
  }
}
