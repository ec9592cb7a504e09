package id.bansos.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import id.bansos.rules.Catalog;
import id.bansos.rules.Program;
import id.bansos.rules.program.JawaTimur;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The cases {@code bench/compare.sh} names when it runs one case of two builds. */
class PerProgramMainTest {

  @Test
  void theCasesAreTheCatalogOnTheMixAndOnFewHouseholdsNoProgramEachProgramAndTheFloorsTwo() {
    Map<String, Supplier<Catalog>> cases = PerProgramMain.cases(SampleHouseholds.ASSESSMENT_DATE);

    List<String> expected = new ArrayList<>(List.of("catalog", "catalog-16", "no program"));
    for (Program p : JawaTimur.catalog().inForce(SampleHouseholds.ASSESSMENT_DATE)) {
      expected.add(p.info().code());
    }
    expected.add("PKH_PLUS+ASPD");
    assertThat(cases.keySet()).containsExactlyElementsOf(expected);
    assertThat(cases.get("no program").get().inForce(SampleHouseholds.ASSESSMENT_DATE)).isEmpty();
    assertThat(cases.get("WRSE").get().inForce(SampleHouseholds.ASSESSMENT_DATE))
        .extracting(p -> p.info().code()).containsExactly("WRSE");
  }

  @Test
  void aCaseThatDoesNotExistIsRefusedBeforeAnythingRuns() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PerProgramMain.main(new String[] {"1", "catalog", "NO_SUCH"}))
        .withMessageContaining("no case NO_SUCH").withMessageContaining("PKH_PLUS+ASPD");
  }
}
