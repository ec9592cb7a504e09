package id.bansos.rules;

import id.bansos.rules.program.JawaTimur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every program in force on a date is decided, and explained, in every assessment on that date. */
class InForceProperties {

  private static final Engine ENGINE = Engine.of(JawaTimur.catalog());

  @Test
  void everyProgramInForceOnTheDateHasAnExplainedDetermination() {
    qt().withFixedSeed(20261128L).withExamples(300)
        .forAll(RuleGenerators.scenarios(RuleGenerators.FIRST, RuleGenerators.LAST))
        .checkAssert(s -> {
          Assessment a = ENGINE.assess(s.household(), s.date());

          List<String> inForce = JawaTimur.catalog().inForce(s.date()).stream()
              .filter(p -> p.info().decidesEligibility()).map(p -> p.info().code()).toList();
          assertThat(a.determinations()).extracting(Determination::programCode)
              .containsExactlyElementsOf(inForce);
          for (Determination d : a.determinations()) {
            assertThat(d.criteria()).as(d.programCode()).isNotEmpty();
            List<CriterionResult> all = new ArrayList<>(d.criteria());
            d.members().forEach(m -> all.addAll(m.criteria()));
            for (CriterionResult r : all) {
              assertThat(r.message(Language.ID)).as(r.code()).isNotBlank().doesNotContain("{");
              assertThat(r.message(Language.EN)).as(r.code()).isNotBlank().doesNotContain("{");
            }
          }
        });
  }
}
