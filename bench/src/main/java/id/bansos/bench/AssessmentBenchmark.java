package id.bansos.bench;

import id.bansos.rules.program.JawaTimur;
import id.bansos.core.household.Household;
import id.bansos.rules.Assessment;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * What one assessment against the whole default catalog ({@code JawaTimur.catalog()}) costs.
 *
 * <ul>
 *   <li>{@code typical}: the same hand-made family ({@link SampleHouseholds#typical()}, eligible
 *       for both programs, so the longest explanation) assessed again and again;
 *   <li>{@code mix}: the 1,024 generated households of {@link SampleHouseholds#mix()} in turn,
 *       each thread with its own cursor, so branch predictors and caches see a realistic spread of
 *       ELIGIBLE, NOT_ELIGIBLE and UNDETERMINED;
 *   <li>{@code ...Text}: the same, then {@code assessment.render(Language.ID)}, the full Bahasa
 *       Indonesia explanation a field worker would read; the difference is the cost of text;
 *   <li>{@code ...TwoThreads}: the same with two threads sharing one engine, to show that the
 *       engine scales across cores (the machine has two).
 * </ul>
 *
 * <p>Each method is measured both as throughput (assessments per second, per thread group) and
 * as average time per assessment. Run with {@code -prof gc} for bytes allocated per assessment
 * ({@code gc.alloc.rate.norm}).
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AssessmentBenchmark {

  private Engine engine;
  private LocalDate date;
  private Household typical;
  private Household[] mix;

  /** For JMH. */
  public AssessmentBenchmark() {}

  /** Builds the engine over the default catalog and the households. */
  @Setup
  public void setUp() {
    engine = Engine.of(JawaTimur.catalog());
    date = SampleHouseholds.ASSESSMENT_DATE;
    typical = SampleHouseholds.typical();
    List<Household> households = SampleHouseholds.mix();
    mix = households.toArray(new Household[0]);
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
   * The typical family, decisions only.
   *
   * @return the assessment
   */
  @Benchmark
  public Assessment typical() {
    return engine.assess(typical, date);
  }

  /**
   * The typical family with its Bahasa Indonesia explanation.
   *
   * @return the text
   */
  @Benchmark
  public String typicalText() {
    return engine.assess(typical, date).render(Language.ID);
  }

  /**
   * The mix, decisions only.
   *
   * @param cursor this thread's position
   * @return the assessment
   */
  @Benchmark
  public Assessment mix(Cursor cursor) {
    return engine.assess(mix[cursor.next(mix.length)], date);
  }

  /**
   * The mix with every criterion of every determination read: the structured explanation, built
   * from the recorded decision, without text.
   *
   * @param cursor this thread's position
   * @return a count of the results read, so nothing is optimised away
   */
  @Benchmark
  public int mixExplained(Cursor cursor) {
    return Explained.read(engine.assess(mix[cursor.next(mix.length)], date));
  }

  /**
   * The mix with explanations.
   *
   * @param cursor this thread's position
   * @return the text
   */
  @Benchmark
  public String mixText(Cursor cursor) {
    return engine.assess(mix[cursor.next(mix.length)], date).render(Language.ID);
  }

  /**
   * The mix, decisions only, two threads on one engine.
   *
   * @param cursor this thread's position
   * @return the assessment
   */
  @Benchmark
  @Threads(2)
  public Assessment mixTwoThreads(Cursor cursor) {
    return engine.assess(mix[cursor.next(mix.length)], date);
  }

  /**
   * The mix with explanations, two threads on one engine.
   *
   * @param cursor this thread's position
   * @return the text
   */
  @Benchmark
  @Threads(2)
  public String mixTextTwoThreads(Cursor cursor) {
    return engine.assess(mix[cursor.next(mix.length)], date).render(Language.ID);
  }
}
