package id.bansos.rules;

import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterKey;
import java.time.LocalDate;
import java.util.List;

/**
 * The parameters the engine itself reads, whatever the programs: the age limits that define a
 * child and an elderly person (for the household's priority and for the criteria that need them),
 * the priority weights, and the pairs of programs that do not stack. Every catalog made with
 * {@link Catalog#of} holds {@link #defaults()}; a regency overrides them like any parameter.
 */
public final class EngineParameters {

  /** Age below which a person is a child (anak): UU 23/2002 as amended by UU 35/2014. */
  public static final ParameterKey<Integer> CHILD_AGE_LIMIT =
      ParameterKey.required("COMMON.CHILD_AGE_LIMIT", Integer.class);

  /** Age from which a person is elderly (lansia): UU 13/1998 Pasal 1 angka 2. */
  public static final ParameterKey<Integer> ELDERLY_AGE =
      ParameterKey.required("COMMON.ELDERLY_AGE", Integer.class);

  /** Points of each priority reason, for ranking households within a quota. */
  public static final ParameterKey<PriorityWeights> PRIORITY_WEIGHTS =
      ParameterKey.optional("COMMON.PRIORITY_WEIGHTS", PriorityWeights.class);

  /** Pairs of programs that do not stack. */
  public static final ParameterKey<NonStackingRules> NON_STACKING =
      ParameterKey.optional("COMMON.NON_STACKING", NonStackingRules.class);

  /** The first program year of the provincial catalog (WRSE, 2018). */
  private static final LocalDate EARLIEST_PROGRAM = LocalDate.of(2018, 1, 1);

  private EngineParameters() {}

  /**
   * The default timelines of the child and elderly ages and of the priority weights, with their
   * sources. No pairs of programs are non-stacking by default: the pairs name programs, so the
   * catalog that lists them sets them.
   *
   * @return the parameters
   */
  public static List<Parameter<?>> defaults() {
    Parameter<Integer> child = Parameter.builder(CHILD_AGE_LIMIT,
            "Age in years below which a person is a child (anak)")
        .from(LocalDate.of(2002, 10, 22)).value(18)
        .source("UU 23/2002 on child protection as amended by UU 35/2014, Pasal 1",
            "https://pkga.ipb.ac.id/?p=2708")
        .add()
        .build();
    Parameter<Integer> elderly = Parameter.builder(ELDERLY_AGE,
            "Age in years from which a person is elderly (lansia)")
        .from(LocalDate.of(1998, 11, 30)).value(60)
        .source("UU 13/1998 on the welfare of the elderly, Pasal 1 angka 2",
            "https://jdih.dpr.go.id/setjen/detail-dokumen/tipe/uu/id/471")
        .add()
        .build();
    Parameter<PriorityWeights> weights = Parameter.builder(PRIORITY_WEIGHTS,
            "Points of each priority reason (desil step, elderly, disabled, orphaned child,"
                + " single mother)")
        .from(EARLIEST_PROGRAM).value(new PriorityWeights(5, 100, 100, 20, 15))
        .confidence(Confidence.ASSUMED)
        .source("Jatim Newsroom, 19 Oct 2023: families with lansia and disabled members come first",
            "https://jatimprov.go.id/berita/dinsos-jatim-raih-jatim-bangkit-awards-2023_HPeR7306SGBang")
        .note("Only the order (elderly and disabled first) is sourced; the points are the"
            + " library's assumption for ranking within a quota. The elderly and disabled"
            + " weights (100 each) are above everything a family with neither can score"
            + " (9 desil steps x 5 + orphaned child 20 + single mother 15 = 80), so such a family"
            + " never outranks one with an elderly or disabled member, whatever its desil; the"
            + " desil orders families within those groups. Any value must keep that order"
            + " (PriorityWeights rejects one that does not); override the points for local"
            + " policy.")
        .add()
        .build();
    return List.of(child, elderly, weights);
  }
}
