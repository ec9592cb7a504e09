package id.bansos.bench;

import id.bansos.core.household.Household;
import id.bansos.rules.Catalog;
import id.bansos.rules.Engine;
import id.bansos.rules.Program;
import id.bansos.rules.program.JawaTimur;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where an assessment of the mix spends its CPU time and bytes: the whole default catalog; the
 * whole catalog over 16 households of the mix (every 64th), which stay in the core's caches where
 * the 1,024 of the mix do not, so that the difference is what reading households from memory
 * costs; the catalog with no program (what every assessment costs before any program runs), each program
 * in force alone (the catalog without the others, so with the same parameters), and PKH Plus
 * with ASPD. Timed as {@link CpuTimeMain} times its cases.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar id.bansos.bench.PerProgramMain
 * [rounds [case...]]}: every case, or only the cases named ({@code catalog}, {@code
 * catalog-16}, {@code "no program"}, a program code, {@code PKH_PLUS+ASPD}). {@code bench/compare.sh} runs one case of two
 * builds in turn, to compare them on a machine whose speed drifts.
 */
public final class PerProgramMain {

  /** The case of the whole catalog over 16 households of the mix. */
  static final String FEW = "catalog-16";

  private PerProgramMain() {}

  /**
   * Runs the cases.
   *
   * @param args optional number of measured rounds (default 5), then optional names of the cases
   *     to run (default all)
   * @throws IllegalArgumentException when a case named is not one of them
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    LocalDate date = SampleHouseholds.ASSESSMENT_DATE;
    Household[] mix = SampleHouseholds.mix().toArray(new Household[0]);
    Map<String, Supplier<Catalog>> cases = cases(date);
    List<String> names = args.length > 1
        ? List.of(args).subList(1, args.length) : List.copyOf(cases.keySet());
    for (String name : names) {
      if (!cases.containsKey(name)) {
        throw new IllegalArgumentException("no case " + name + "; the cases are "
            + cases.keySet());
      }
    }
    Household[] few = new Household[16];
    for (int i = 0; i < few.length; i++) {
      few[i] = mix[i * mix.length / few.length];
    }
    for (String name : names) {
      Engine engine = Engine.of(cases.get(name).get());
      CpuTimeMain.run(name, rounds, name.equals(FEW) ? few : mix,
          h -> engine.assess(h, date).determinations().size());
    }
  }

  /** The cases by name, in the order they run: each catalog is made only when its case runs. */
  static Map<String, Supplier<Catalog>> cases(LocalDate date) {
    Catalog full = JawaTimur.catalog();
    Map<String, Supplier<Catalog>> cases = new LinkedHashMap<>();
    cases.put("catalog", () -> full);
    cases.put(FEW, () -> full);
    cases.put("no program", () -> only(full, List.of()));
    for (Program p : full.inForce(date)) {
      cases.put(p.info().code(), () -> only(full, List.of(p.info().code())));
    }
    cases.put("PKH_PLUS+ASPD", FloorBenchmark::twoProgramCatalog);
    return cases;
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
