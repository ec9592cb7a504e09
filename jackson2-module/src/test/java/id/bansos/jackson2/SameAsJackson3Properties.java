package id.bansos.jackson2;

import static id.bansos.jackson2.SameAsJackson3Test.jackson2;
import static id.bansos.jackson2.SameAsJackson3Test.jackson3;
import static org.quicktheories.QuickTheory.qt;

import id.bansos.jsonfixtures.WireHouseholds;
import id.bansos.jsonfixtures.KubeExamples;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import id.bansos.rules.program.JawaTimur;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** This module and bansos-jackson on generated values: the same bytes, the same problems. */
class SameAsJackson3Properties {

  @Test
  void generatedHouseholdsAreWrittenInTheSameBytes() {
    qt().withFixedSeed(41L).withExamples(200)
        .forAll(WireHouseholds.extensionKeys().flatMap(WireHouseholds::households))
        .check(h -> BansosJson.write(h).equals(id.bansos.jackson.BansosJson.write(h)));
  }

  @Test
  void unregisteredExtensionFactsGiveTheSameProblems() {
    qt().withFixedSeed(43L).withExamples(150)
        .forAll(WireHouseholds.extensionKeys().flatMap(WireHouseholds::households))
        .check(h -> {
          String json = BansosJson.write(h);
          return jackson2(() -> BansosJson.readHousehold(json))
              .equals(jackson3(() -> id.bansos.jackson.BansosJson.readHousehold(json)));
        });
  }

  @Test
  void assessmentsOfGeneratedHouseholdsAreWrittenInTheSameBytes() {
    Engine engine = Engine.of(JawaTimur.catalog());
    qt().withFixedSeed(47L).withExamples(60)
        .forAll(WireHouseholds.households())
        .check(h -> {
          var a = engine.assess(h, LocalDate.of(2026, 1, 15));
          return BansosJson.write(a, Language.EN)
              .equals(id.bansos.jackson.BansosJson.write(a, Language.EN));
        });
  }

  @Test
  void generatedGroupsAreWrittenInTheSameBytes() {
    qt().withFixedSeed(53L).withExamples(100)
        .forAll(KubeExamples.groups())
        .check(g -> BansosJson.write(g).equals(id.bansos.jackson.BansosJson.write(g)));
  }
}
