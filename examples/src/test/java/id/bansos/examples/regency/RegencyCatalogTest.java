package id.bansos.examples.regency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.bansos.core.household.Household;
import id.bansos.jackson.BansosJson;
import id.bansos.jackson.ExtensionFacts;
import id.bansos.rules.Assessment;
import id.bansos.rules.Catalog;
import id.bansos.rules.Engine;
import id.bansos.rules.EngineParameters;
import id.bansos.rules.Program;
import id.bansos.rules.StackingConflict;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.program.JawaTimur;
import id.bansos.rules.program.pkhplus.PkhPlus;
import id.bansos.testkit.RuleLaws;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The regency's catalog derived from the provincial one. */
class RegencyCatalogTest {

  private static final Catalog PROVINCE = JawaTimur.catalog();
  private static final Catalog SIDOARJO = SidoarjoLansiaLahan.catalog();

  @Test
  void keepsEveryProvincialProgramInOrderAndAddsTheLocalOneLast() {
    List<Program> expected = new ArrayList<>(PROVINCE.programs());
    expected.add(SidoarjoLansiaLahan.program());

    assertThat(SIDOARJO.name()).isEqualTo("Kabupaten Sidoarjo");
    assertThat(SIDOARJO.programs()).containsExactlyElementsOf(expected);
  }

  @Test
  void listsTheProvincialExtensionFactsAndTheLocalOne() {
    assertThat(SIDOARJO.extensionFacts()).containsAll(PROVINCE.extensionFacts())
        .contains(SidoarjoLansiaLahan.LAND_OWNED_M2)
        .hasSize(PROVINCE.extensionFacts().size() + 1);
  }

  @Test
  void aJsonReaderGivenTheCatalogsFactsReadsTheLocalFact() {
    String json = "{\"kkNumber\":\"3515010101200007\",\"extensions\":{\"landOwnedM2\":350},"
        + "\"members\":[{\"nik\":\"3515011204750001\"}]}";

    Household h = BansosJson.readHousehold(json, ExtensionFacts.of(SIDOARJO));

    assertThat(h.extension(SidoarjoLansiaLahan.LAND_OWNED_M2)).contains(350L);
  }

  @Test
  void keepsEveryProvincialParameterButTheOverriddenOneUnchanged() {
    Map<String, Parameter<?>> regency = new HashMap<>();
    SIDOARJO.parameters().forEach(p -> regency.put(p.key().name(), p));

    for (Parameter<?> p : PROVINCE.parameters()) {
      if (!p.key().equals(EngineParameters.NON_STACKING)) {
        assertThat(regency.get(p.key().name())).as(p.key().name()).isSameAs(p);
      }
    }
  }

  @Test
  void keepsTheProvincialNonStackingPairsOf2020() {
    Parameter<?> province = PROVINCE.parameter(EngineParameters.NON_STACKING).orElseThrow();
    Parameter<?> regency = SIDOARJO.parameter(EngineParameters.NON_STACKING).orElseThrow();

    int n = province.timeline().size();

    assertThat(regency.timeline()).hasSize(n + 1);
    assertThat(regency.timeline().subList(0, n)).isEqualTo(province.timeline());
    assertThat(regency.timeline().get(n).validFrom()).isEqualTo(SidoarjoLansiaLahan.START);
  }

  @Test
  void reportsThatTheLocalTopUpDoesNotStackWithPkhPlus() {
    // given the example's first family, eligible for both
    Engine engine = Engine.of(SIDOARJO);

    // when
    Assessment a = engine.assess(RegencyExample.households().get(0), RegencyExample.AS_OF);

    // then
    assertThat(a.conflicts()).extracting(StackingConflict::first, StackingConflict::second)
        .containsExactly(tuple(PkhPlus.CODE, SidoarjoLansiaLahan.CODE));
  }

  @Test
  void keepsTheRuleLaws() {
    RuleLaws.check(SIDOARJO);
  }
}
