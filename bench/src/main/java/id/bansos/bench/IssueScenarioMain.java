package id.bansos.bench;

import id.bansos.core.household.Household;
import id.bansos.rules.Assessment;
import id.bansos.rules.Catalog;
import id.bansos.rules.Engine;
import id.bansos.rules.program.aspd.Aspd;
import id.bansos.rules.program.pkhplus.PkhPlus;
import java.time.LocalDate;
import java.util.List;

/**
 * The scenario of the table that opened issue 11, for comparing this engine with the figures
 * given there (this engine then: 123,000 households per second and 5,100 bytes a household;
 * 65,000 and 13,100 reading every criterion): 100,000 households of {@link SampleHouseholds},
 * each assessed twice, for PKH Plus on 1 June 2023 by a catalog holding only PKH Plus and for
 * ASPD on 1 June 2025 by a catalog holding only ASPD; then the same, reading every criterion of
 * both determinations. Timed as {@link CpuTimeMain} times its cases: one operation is one
 * household, both assessments.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar id.bansos.bench.IssueScenarioMain
 * [rounds]}.
 */
public final class IssueScenarioMain {

  /** How many households the scenario runs over. */
  static final int HOUSEHOLDS = 100_000;

  /** PKH Plus's date in the scenario. */
  static final LocalDate PKH_PLUS_DATE = LocalDate.of(2023, 6, 1);

  /** ASPD's date in the scenario. */
  static final LocalDate ASPD_DATE = LocalDate.of(2025, 6, 1);

  private IssueScenarioMain() {}

  /**
   * Runs the two cases.
   *
   * @param args optional number of measured rounds (default 5)
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Household[] households = SampleHouseholds.generate(HOUSEHOLDS, SampleHouseholds.SEED,
        ASPD_DATE).toArray(new Household[0]);
    Engine pkhPlus = Engine.of(Catalog.of("PKH Plus", List.of(PkhPlus.program())));
    Engine aspd = Engine.of(Catalog.of("ASPD", List.of(Aspd.program())));

    CpuTimeMain.run("issue", rounds, households,
        h -> decided(pkhPlus.assess(h, PKH_PLUS_DATE)) + decided(aspd.assess(h, ASPD_DATE)));
    CpuTimeMain.run("issueExplained", rounds, households,
        h -> Explained.read(pkhPlus.assess(h, PKH_PLUS_DATE))
            + Explained.read(aspd.assess(h, ASPD_DATE)));
  }

  /** What a caller reads when nothing is explained: status and benefits. */
  private static int decided(Assessment a) {
    return a.determinations().get(0).status().ordinal() + a.eligible().size();
  }
}
