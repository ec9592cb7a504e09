package id.bansos.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import id.bansos.rules.RuleGenerators.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine decides without explanations and works them out on first reading; these pin the
 * late explanation to the one a program gives when it explains from the start.
 */
class LazyExplanationProperties {

  private static final long SEED = 20261128L;
  private static final Catalog CATALOG = Catalog.jawaTimur();
  private static final Engine ENGINE = Engine.of(CATALOG);

  private static List<Determination> explainedEagerly(Scenario s) {
    List<Determination> out = new ArrayList<>();
    for (Program p : CATALOG.inForce(s.date())) {
      AssessmentContext context = new AssessmentContext(s.household(), s.date());
      Evaluation ev = new Evaluation(p.info(), s.household(), s.date(), CATALOG,
          Priorities.of(s.household(), s.date(), CATALOG, context), context);
      out.add(p.assess(ev));
    }
    return out;
  }

  @Test
  void lateExplanationsEqualEarlyOnes() {
    qt().withFixedSeed(SEED).withExamples(200).forAll(RuleGenerators.scenarios())
        .checkAssert(s -> {
          List<Determination> lazy = ENGINE.assess(s.household(), s.date()).determinations();
          List<Determination> eager = explainedEagerly(s);
          assertThat(lazy).hasSameSizeAs(eager);
          for (int i = 0; i < lazy.size(); i++) {
            Determination l = lazy.get(i);
            Determination e = eager.get(i);
            assertThat(l.status()).isEqualTo(e.status());
            assertThat(l.criteria()).isEqualTo(e.criteria());
            assertThat(l.members()).isEqualTo(e.members());
            assertThat(l.missingFacts()).isEqualTo(e.missingFacts());
            assertThat(l).isEqualTo(e).hasSameHashCodeAs(e);
            assertThat(l.toString()).isEqualTo(e.toString());
          }
        });
  }

  @Test
  void renderedTextIsTheSameWhicheverWayItIsExplained() {
    qt().withFixedSeed(SEED).withExamples(60).forAll(RuleGenerators.scenarios())
        .checkAssert(s -> {
          Assessment lazy = ENGINE.assess(s.household(), s.date());
          Assessment eager = new Assessment(lazy.kkNumber(), lazy.date(), explainedEagerly(s),
              lazy.conflicts());
          for (Language language : Language.values()) {
            assertThat(lazy.render(language)).isEqualTo(eager.render(language));
          }
        });
  }
}
