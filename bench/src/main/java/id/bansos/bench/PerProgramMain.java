package id.bansos.bench;

import id.bansos.core.household.Household;
import id.bansos.rules.Catalog;
import id.bansos.rules.Engine;
import id.bansos.rules.Program;
import id.bansos.rules.program.JawaTimur;
import java.time.LocalDate;
import java.util.List;

/**
 * Where an assessment of the mix spends its CPU time and bytes: the whole default catalog, the
 * catalog with no program (what every assessment costs before any program runs), each program
 * in force alone (the catalog without the others, so with the same parameters), and PKH Plus
 * with ASPD. Timed as {@link CpuTimeMain} times its cases.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar id.bansos.bench.PerProgramMain
 * [rounds]}.
 */
public final class PerProgramMain {

  private PerProgramMain() {}

  /**
   * Runs the cases.
   *
   * @param args optional number of measured rounds (default 5)
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    LocalDate date = SampleHouseholds.ASSESSMENT_DATE;
    Household[] mix = SampleHouseholds.mix().toArray(new Household[0]);
    Catalog full = JawaTimur.catalog();
    measure("catalog", full, rounds, mix, date);
    measure("no program", only(full, List.of()), rounds, mix, date);
    for (Program p : full.inForce(date)) {
      measure(p.info().code(), only(full, List.of(p.info().code())), rounds, mix, date);
    }
    measure("PKH_PLUS+ASPD", FloorBenchmark.twoProgramCatalog(), rounds, mix, date);
  }

  private static void measure(String name, Catalog catalog, int rounds, Household[] mix,
      LocalDate date) {
    Engine engine = Engine.of(catalog);
    CpuTimeMain.run(name, rounds, mix, h -> engine.assess(h, date).determinations().size());
  }

  /** The catalog without its programs other than {@code codes}, its parameters unchanged. */
  private static Catalog only(Catalog catalog, List<String> codes) {
    Catalog.Builder b = catalog.derive(catalog.name());
    for (Program p : catalog.programs()) {
      if (!codes.contains(p.info().code())) {
        b.remove(p.info().code());
      }
    }
    return b.build();
  }
}
