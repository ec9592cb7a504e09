package id.bansos.rules;

import java.util.List;
import java.util.Objects;

/**
 * What an eligible determination grants: who benefits and what each receives. The engine calls
 * it only for a household found ELIGIBLE, with the members who qualified (in NIK order) when the
 * program has person-level criteria.
 */
@FunctionalInterface
public interface Award {

  /**
   * Grants the beneficiaries and benefits.
   *
   * @param household the household on the date; never null
   * @param qualifying the members whose person-level criteria all pass, in NIK order;
   *     unmodifiable, and valid only while the award runs; never null
   * @param r reads facts and parameters; never null
   * @param grants where the beneficiaries and benefits go; never null
   */
  void award(Snapshot household, List<Member> qualifying, Recorder r, Grants grants);

  /**
   * The household as a whole receives {@code benefit}.
   *
   * @param benefit the schedule; never null
   * @return the award
   */
  static Award household(Param<BenefitSchedule> benefit) {
    Objects.requireNonNull(benefit, "benefit");
    return (h, q, r, g) -> g.household().benefit(benefit);
  }

  /**
   * Every qualifying member benefits and receives {@code benefit}.
   *
   * @param benefit the schedule; never null
   * @return the award
   */
  static Award eachQualifying(Param<BenefitSchedule> benefit) {
    Objects.requireNonNull(benefit, "benefit");
    return (h, q, r, g) -> {
      for (Member m : q) {
        g.member(m);
      }
      g.benefit(benefit);
    };
  }
}
