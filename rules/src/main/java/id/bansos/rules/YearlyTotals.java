package id.bansos.rules;

import id.bansos.core.money.Rupiah;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Yearly totals in rupiah per {@link Funder}, and the funders whose total leaves out a benefit
 * whose amount is not known ({@link BenefitSchedule#isAmountUnknown()}). The total of such a
 * funder is a lower bound: "at least", never a complete figure, and never zero standing in for an
 * unknown. Immutable.
 *
 * @param byFunder the total of the known amounts of each funder, every funder present, in {@link
 *     Funder} order (a funder missing from the given map counts zero); never null
 * @param unknownAmounts the funders with at least one benefit whose amount is not known, in
 *     {@link Funder} order; empty when every amount is known; never null
 */
public record YearlyTotals(Map<Funder, Rupiah> byFunder, Set<Funder> unknownAmounts) {

  /** Nothing: zero for every funder, every amount known. */
  public static final YearlyTotals NONE = new YearlyTotals(Map.of(), Set.of());

  /** Checks and copies the components. */
  public YearlyTotals {
    Objects.requireNonNull(byFunder, "byFunder");
    Objects.requireNonNull(unknownAmounts, "unknownAmounts");
    EnumMap<Funder, Rupiah> amounts = new EnumMap<>(Funder.class);
    for (Funder f : Funder.values()) {
      Rupiah r = byFunder.get(f);
      amounts.put(f, r == null ? Rupiah.ZERO : r);
    }
    EnumSet<Funder> unknown = EnumSet.noneOf(Funder.class);
    for (Funder f : unknownAmounts) {
      unknown.add(Objects.requireNonNull(f, "unknownAmounts element"));
    }
    byFunder = Collections.unmodifiableMap(amounts);
    unknownAmounts = Collections.unmodifiableSet(unknown);
  }

  /**
   * The totals of {@code benefits}: each benefit without a recipient once per beneficiary, each
   * with a recipient once.
   */
  static YearlyTotals of(List<Benefit> benefits, int beneficiaries) {
    if (benefits.isEmpty()) {
      return NONE;
    }
    EnumMap<Funder, Rupiah> amounts = new EnumMap<>(Funder.class);
    EnumSet<Funder> unknown = EnumSet.noneOf(Funder.class);
    for (Benefit b : benefits) {
      Funder funder = b.schedule().funder();
      int times = b.recipient().isPresent() ? 1 : beneficiaries;
      if (times == 0) {
        continue;
      }
      b.yearlyTotal().ifPresentOrElse(
          t -> amounts.merge(funder, t.times(times), Rupiah::plus),
          () -> unknown.add(funder));
    }
    return new YearlyTotals(amounts, unknown);
  }

  /**
   * The sum over every funder of the known amounts.
   *
   * @return the total; a lower bound when {@link #hasUnknownAmounts()}
   */
  public Rupiah total() {
    Rupiah total = Rupiah.ZERO;
    for (Rupiah r : byFunder.values()) {
      total = total.plus(r);
    }
    return total;
  }

  /**
   * The total of the known amounts {@code funder} pays.
   *
   * @param funder the funder; never null
   * @return the total, zero when it pays nothing; a lower bound when {@code
   *     unknownAmounts().contains(funder)}
   */
  public Rupiah amount(Funder funder) {
    return byFunder.get(Objects.requireNonNull(funder, "funder"));
  }

  /**
   * Whether some amount is not known, so that the totals are lower bounds.
   *
   * @return true when {@link #unknownAmounts()} is not empty
   */
  public boolean hasUnknownAmounts() {
    return !unknownAmounts.isEmpty();
  }

  /**
   * These totals and {@code other} added up, funder by funder.
   *
   * @param other the totals to add; never null
   * @return the sum; a funder's amount is unknown in part when it is in either
   */
  public YearlyTotals plus(YearlyTotals other) {
    Objects.requireNonNull(other, "other");
    if (other == NONE) {
      return this;
    }
    if (this == NONE) {
      return other;
    }
    EnumMap<Funder, Rupiah> amounts = new EnumMap<>(byFunder);
    other.byFunder.forEach((f, r) -> amounts.merge(f, r, Rupiah::plus));
    EnumSet<Funder> unknown = EnumSet.noneOf(Funder.class);
    unknown.addAll(unknownAmounts);
    unknown.addAll(other.unknownAmounts);
    return new YearlyTotals(amounts, unknown);
  }
}
