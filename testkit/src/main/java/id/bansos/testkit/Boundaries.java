package id.bansos.testkit;

import id.bansos.rules.Catalog;
import id.bansos.rules.criteria.AgeBand;
import id.bansos.rules.criteria.RegistryRule;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Locale;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The values on and next to every threshold of a catalog in force on a date, so that property
 * tests probe exactly the edges where a decision can flip:
 *
 * <ul>
 *   <li>{@link #ages()}: for every {@code Integer} parameter whose name contains {@code AGE}
 *       (such as {@code PKH_PLUS.MIN_AGE}, {@code COMMON.CHILD_AGE_LIMIT}) and every {@link
 *       AgeBand} bound, the bound and the ages one below and one above (never negative);
 *   <li>{@link #desils()}: for every {@link RegistryRule} with a desil bound, the bound and its
 *       neighbours within 1–10;
 *   <li>{@link #dates()}: for every value in force on the date, the first and last day of its
 *       period and the days just outside them.
 * </ul>
 *
 * <pre>{@code
 * Boundaries edges = Boundaries.of(catalog, date);
 * qt().forAll(edges.agesGen()).checkAssert(age -> ...);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Boundaries {

  private final LocalDate date;
  private final NavigableSet<Integer> ages;
  private final NavigableSet<Integer> desils;
  private final NavigableSet<LocalDate> dates;

  private Boundaries(LocalDate date, NavigableSet<Integer> ages, NavigableSet<Integer> desils,
      NavigableSet<LocalDate> dates) {
    this.date = date;
    this.ages = Collections.unmodifiableNavigableSet(ages);
    this.desils = Collections.unmodifiableNavigableSet(desils);
    this.dates = Collections.unmodifiableNavigableSet(dates);
  }

  /**
   * The boundaries of every parameter of {@code catalog} in force on {@code date}.
   *
   * @param catalog the catalog, provincial or derived; never null
   * @param date the date; never null
   * @return the boundaries
   */
  public static Boundaries of(Catalog catalog, LocalDate date) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(date, "date");
    NavigableSet<Integer> ages = new TreeSet<>();
    NavigableSet<Integer> desils = new TreeSet<>();
    NavigableSet<LocalDate> dates = new TreeSet<>();
    for (Parameter<?> p : catalog.parameters()) {
      p.at(date).ifPresent(v -> collect(p, v, ages, desils, dates));
    }
    return new Boundaries(date, ages, desils, dates);
  }

  private static void collect(Parameter<?> p, ParameterValue<?> v, NavigableSet<Integer> ages,
      NavigableSet<Integer> desils, NavigableSet<LocalDate> dates) {
    Object value = v.value();
    if (value instanceof Integer bound && p.key().name().toUpperCase(Locale.ROOT).contains("AGE")) {
      around(bound, 0, Integer.MAX_VALUE, ages);
    } else if (value instanceof AgeBand band) {
      around(band.min(), 0, Integer.MAX_VALUE, ages);
      around(band.max(), 0, Integer.MAX_VALUE, ages);
    } else if (value instanceof RegistryRule rule) {
      rule.maxDesil().ifPresent(bound -> around(bound, 1, 10, desils));
    }
    dates.add(v.validFrom().minusDays(1));
    dates.add(v.validFrom());
    v.validTo().ifPresent(to -> {
      dates.add(to);
      dates.add(to.plusDays(1));
    });
  }

  private static void around(int bound, int lowest, int highest, NavigableSet<Integer> into) {
    for (long x = (long) bound - 1; x <= (long) bound + 1; x++) {
      if (x >= lowest && x <= highest) {
        into.add((int) x);
      }
    }
  }

  /**
   * The date the boundaries were taken on.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Ages in years on and next to every age bound, ascending.
   *
   * @return the ages; empty when the catalog has no age bound in force
   */
  public NavigableSet<Integer> ages() {
    return ages;
  }

  /**
   * Desil numbers (1–10) on and next to every desil bound, ascending.
   *
   * @return the desils; empty when no desil bound is in force
   */
  public NavigableSet<Integer> desils() {
    return desils;
  }

  /**
   * Dates on and next to the period boundaries of every value in force, ascending.
   *
   * @return the dates
   */
  public NavigableSet<LocalDate> dates() {
    return dates;
  }

  /**
   * A generator picking from {@link #ages()}.
   *
   * @return the generator
   * @throws IllegalStateException when there is no age boundary
   */
  public Gen<Integer> agesGen() {
    return pick(ages, "age");
  }

  /**
   * A generator picking from {@link #desils()}.
   *
   * @return the generator
   * @throws IllegalStateException when there is no desil boundary
   */
  public Gen<Integer> desilsGen() {
    return pick(desils, "desil");
  }

  /**
   * A generator picking from {@link #dates()}.
   *
   * @return the generator
   * @throws IllegalStateException when there is no date boundary
   */
  public Gen<LocalDate> datesGen() {
    return pick(dates, "date");
  }

  private <T> Gen<T> pick(NavigableSet<T> values, String what) {
    if (values.isEmpty()) {
      throw new IllegalStateException("no " + what + " boundary in force on " + date);
    }
    return Generate.pick(new ArrayList<>(values));
  }

  @Override
  public String toString() {
    return "Boundaries{" + date + ", ages=" + ages + ", desils=" + desils + ", dates=" + dates
        + "}";
  }

}
