package id.bansos.testkit;

import id.bansos.core.money.Rupiah;
import id.bansos.rules.Funder;
import id.bansos.rules.YearlyTotals;
import java.util.Optional;

/**
 * The one check behind the {@code hasYearlyTotal} assertions: the total (of all funders, or of
 * one) equals the expected amount and leaves out no amount that is not known, since a total that
 * does is only a lower bound.
 */
final class TotalCheck {

  private TotalCheck() {}

  /**
   * What is wrong with {@code totals}, if anything.
   *
   * @param funder the funder, or empty for all funders together
   * @return the expectation that failed, phrased after "Expected ...", or empty when it holds
   */
  static Optional<String> failure(YearlyTotals totals, Optional<Funder> funder,
      Rupiah expected) {
    Rupiah actual = funder.map(totals::amount).orElse(totals.total());
    boolean unknown = funder.map(f -> totals.unknownAmounts().contains(f))
        .orElse(totals.hasUnknownAmounts());
    String what = "a yearly total" + funder.map(f -> " paid by " + f.name()).orElse("") + " of "
        + expected.format();
    if (unknown) {
      return Optional.of(what + " but it is at least " + actual.format()
          + ": an amount of " + totals.unknownAmounts() + " is not known");
    }
    if (!actual.equals(expected)) {
      return Optional.of(what + " but was " + actual.format());
    }
    return Optional.empty();
  }
}
