package id.bansos.bench;

import id.bansos.rules.program.JawaTimur;
import id.bansos.rules.Assessment;
import id.bansos.rules.Determination;
import id.bansos.rules.Engine;
import java.util.Locale;

/**
 * Start-up to first assessment, measured as a whole process (for example with {@code hyperfine
 * 'java -cp bench/target/benchmarks.jar id.bansos.bench.StartupMain'}): loads the default
 * catalog, builds an engine, assesses {@link SampleHouseholds#typical()} once and prints only
 * program codes and statuses, plus the in-process time from entering {@code main} to the first
 * decision, so the JVM's own start can be told apart from the library's.
 */
public final class StartupMain {

  private StartupMain() {}

  /**
   * Runs the probe.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    long start = System.nanoTime();
    Engine engine = Engine.of(JawaTimur.catalog());
    Assessment assessment = engine.assess(SampleHouseholds.typical(),
        SampleHouseholds.ASSESSMENT_DATE);
    long elapsed = System.nanoTime() - start;
    StringBuilder out = new StringBuilder();
    for (Determination d : assessment.determinations()) {
      out.append(d.programCode()).append('=').append(d.status()).append(' ');
    }
    out.append(String.format(Locale.ROOT, "in-process=%.1fms", elapsed / 1e6));
    System.out.println(out);
  }
}
