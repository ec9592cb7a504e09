package id.bansos.bench;

import id.bansos.rules.program.JawaTimur;
import id.bansos.core.household.Household;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * A cross-check of the JMH figures for a busy machine: the same cases as {@link
 * AssessmentBenchmark} and {@link FloorBenchmark}, timed by the measuring thread's own CPU time
 * and allocated bytes ({@code com.sun.management.ThreadMXBean}) instead of wall-clock time. When
 * other processes share the cores, JMH's wall-clock scores count the time this thread waited for
 * a core; CPU time does not, so it estimates what one otherwise idle core would do. It is less
 * careful than JMH (no forks, no blackhole; results are folded into a checksum instead), so it
 * complements, not replaces, the JMH runs.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar id.bansos.bench.CpuTimeMain [rounds]}.
 * Prints one line per case: median CPU nanoseconds per assessment over the rounds, the implied
 * assessments per CPU-second, and bytes allocated per assessment.
 */
public final class CpuTimeMain {

  private static final int PER_ROUND = 50_000;
  // Warm-up: at least this many rounds and this long. Three rounds (0.1 s for the cheaper cases)
  // ran on the JIT's first, profiling code: PKH Plus with ASPD run alone measured 1,700-3,500 ns
  // where it takes 700-800 once the optimising compiler is done. Held to one CPU, which the JIT
  // shares, that took up to 5 s; waiting for a round in which nothing was compiled stopped too
  // early (one long compilation was still running).
  private static final int WARM_UP_ROUNDS = 3;
  private static final long WARM_UP_NANOS = 8_000_000_000L;

  private CpuTimeMain() {}

  /**
   * Runs the cases.
   *
   * @param args optional number of measured rounds (default 7)
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    LocalDate date = SampleHouseholds.ASSESSMENT_DATE;
    Engine full = Engine.of(JawaTimur.catalog());
    Engine two = Engine.of(FloorBenchmark.twoProgramCatalog());
    Household typical = SampleHouseholds.typical();
    List<Household> households = SampleHouseholds.mix();
    Household[] mix = households.toArray(new Household[0]);
    if (!FloorBenchmark.disagreements(two, households).isEmpty()) {
      throw new IllegalStateException("the floor disagrees with the engine");
    }

    run("typical", rounds, mix, h -> full.assess(typical, date).determinations().size());
    run("typicalText", rounds, mix, h -> full.assess(typical, date).render(Language.ID).length());
    run("mix", rounds, mix, h -> full.assess(h, date).determinations().size());
    run("mixExplained", rounds, mix, h -> Explained.read(full.assess(h, date)));
    run("mixText", rounds, mix, h -> full.assess(h, date).render(Language.ID).length());
    run("floor.engine", rounds, mix, h -> two.assess(h, date).eligible().size());
    run("floor.engineExplained", rounds, mix, h -> Explained.read(two.assess(h, date)));
    run("floor.floor", rounds, mix, Floor::decide);
  }

  static void run(String name, int rounds, Household[] mix,
      ToIntFunction<Household> work) {
    com.sun.management.ThreadMXBean bean =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long tid = Thread.currentThread().getId();
    long checksum = 0;
    long start = System.nanoTime();
    for (int w = 0; w < WARM_UP_ROUNDS || System.nanoTime() - start < WARM_UP_NANOS; w++) {
      checksum += loop(mix, work);
    }
    double[] nanos = new double[rounds];
    double[] bytes = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long cpu0 = bean.getCurrentThreadCpuTime();
      long alloc0 = bean.getThreadAllocatedBytes(tid);
      checksum += loop(mix, work);
      long alloc1 = bean.getThreadAllocatedBytes(tid);
      long cpu1 = bean.getCurrentThreadCpuTime();
      nanos[r] = (cpu1 - cpu0) / (double) PER_ROUND;
      bytes[r] = (alloc1 - alloc0) / (double) PER_ROUND;
    }
    Arrays.sort(nanos);
    Arrays.sort(bytes);
    double median = nanos[rounds / 2];
    System.out.println(String.format(Locale.ROOT,
        "%-16s cpu %8.0f ns/op (min %.0f, max %.0f)  %,10.0f ops/cpu-s  %,8.0f B/op  [%d]",
        name, median, nanos[0], nanos[rounds - 1], 1e9 / median, bytes[rounds / 2],
        checksum % 10));
  }

  private static long loop(Household[] mix, ToIntFunction<Household> work) {
    long sum = 0;
    for (int i = 0; i < PER_ROUND; i++) {
      sum += work.applyAsInt(mix[i % mix.length]);
    }
    return sum;
  }
}
