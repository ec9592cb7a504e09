package id.bansos.bench;

import id.bansos.core.household.Household;
import id.bansos.rules.Assessment;
import id.bansos.rules.Catalog;
import id.bansos.rules.Engine;
import id.bansos.rules.program.aspd.Aspd;
import id.bansos.rules.program.pkhplus.PkhPlus;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The engine against the floor: the same PKH Plus and ASPD decisions over the same households,
 * once by the engine over a catalog of just those two programs ({@code Catalog.of("floor",
 * List.of(PkhPlus.program(), Aspd.program()))}), once by {@link Floor}'s hand-coded {@code if}s. The
 * ratio {@code engine / floor} of the average times is what dated sourced parameters,
 * three-valued outcomes and recorded reasons cost over the cheapest correct code.
 *
 * <p>Setup refuses to run when the floor and the engine disagree on any household of the mix, so
 * the floor can never win by deciding less.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FloorBenchmark {

  private Engine engine;
  private Household[] mix;

  /** For JMH. */
  public FloorBenchmark() {}

  /** Builds the two-program engine and checks that the floor agrees with it. */
  @Setup
  public void setUp() {
    engine = Engine.of(twoProgramCatalog());
    List<Household> households = SampleHouseholds.mix();
    List<String> disagreements = disagreements(engine, households);
    if (!disagreements.isEmpty()) {
      throw new IllegalStateException("the floor disagrees with the engine: " + disagreements);
    }
    mix = households.toArray(new Household[0]);
  }

  /**
   * PKH Plus and ASPD only, with their default parameters.
   *
   * @return the catalog
   */
  public static Catalog twoProgramCatalog() {
    return Catalog.of("floor", List.of(PkhPlus.program(), Aspd.program()));
  }

  /**
   * The households on which {@link Floor} and {@code engine} differ for either program, as
   * "index: program" lines (no personal data).
   *
   * @param engine an engine whose catalog holds PKH Plus and ASPD
   * @param households the households
   * @return the disagreements; empty when the floor is honest
   */
  public static List<String> disagreements(Engine engine, List<Household> households) {
    List<String> found = new java.util.ArrayList<>();
    for (int i = 0; i < households.size(); i++) {
      Household h = households.get(i);
      Assessment a = engine.assess(h, Floor.DATE);
      boolean pkhPlus = a.determination(PkhPlus.CODE).orElseThrow().isEligible();
      boolean aspd = a.determination(Aspd.CODE).orElseThrow().isEligible();
      int floor = Floor.decide(h);
      if (pkhPlus != ((floor & Floor.PKH_PLUS) != 0)) {
        found.add(i + ": " + PkhPlus.CODE);
      }
      if (aspd != ((floor & Floor.ASPD) != 0)) {
        found.add(i + ": " + Aspd.CODE);
      }
    }
    return found;
  }

  /** Each thread's position in the mix. */
  @State(Scope.Thread)
  public static class Cursor {
    private int next;

    /** For JMH. */
    public Cursor() {}

    int next(int size) {
      int i = next;
      next = i + 1 == size ? 0 : i + 1;
      return i;
    }
  }

  /**
   * The engine deciding PKH Plus and ASPD, with reasons, for the next household of the mix.
   *
   * @param cursor this thread's position
   * @return the assessment
   */
  @Benchmark
  public Assessment engine(Cursor cursor) {
    return engine.assess(mix[cursor.next(mix.length)], Floor.DATE);
  }

  /**
   * The engine, then every criterion of both determinations read.
   *
   * @param cursor this thread's position
   * @return a count of the results read
   */
  @Benchmark
  public int engineExplained(Cursor cursor) {
    return Explained.read(engine.assess(mix[cursor.next(mix.length)], Floor.DATE));
  }

  /**
   * The hand-coded floor for the next household of the mix.
   *
   * @param cursor this thread's position
   * @return the eligibility bits
   */
  @Benchmark
  public int floor(Cursor cursor) {
    return Floor.decide(mix[cursor.next(mix.length)]);
  }
}
