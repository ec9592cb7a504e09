package id.bansos.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import id.bansos.core.household.Household;
import id.bansos.jsonfixtures.WireHouseholds;
import id.bansos.jsonfixtures.KubeExamples;
import id.bansos.jsonfixtures.RegencyExample;
import id.bansos.rules.Assessment;
import id.bansos.rules.Catalog;
import id.bansos.rules.CatalogStamp;
import id.bansos.rules.Engine;
import id.bansos.rules.GroupAssessment;
import id.bansos.rules.Language;
import id.bansos.rules.Library;
import id.bansos.rules.program.JawaTimur;
import id.bansos.rules.program.aspd.Aspd;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

class ReplayTest {

  private static final LocalDate DATE = LocalDate.of(2026, 7, 15);
  private static final Catalog BASE = RegencyExample.base();
  private static final Catalog SURABAYA =
      CatalogFiles.read(RegencyExample.text(), RegencyExample.FILE, BASE);

  /** A generated household whose ASPD decision the example file changes. */
  private static Household aspdChanges() {
    AtomicReference<Household> found = new AtomicReference<>();
    qt().withFixedSeed(20261130L).withExamples(400).forAll(WireHouseholds.households())
        .checkAssert(h -> {
          if (found.get() == null && Engine.of(BASE).assess(h, DATE).determination(Aspd.CODE)
              .orElseThrow().status() != Engine.of(SURABAYA).assess(h, DATE)
              .determination(Aspd.CODE).orElseThrow().status()) {
            found.set(h);
          }
        });
    assertThat(found.get()).as("a household whose ASPD decision the file changes").isNotNull();
    return found.get();
  }

  @Test
  void theSameCatalogReproducesTheDecision() {
    Household h = id.bansos.jsonfixtures.WireExamples.full();
    String recorded = BansosJson.write(Engine.of(JawaTimur.catalog()).assess(h, DATE),
        Language.EN);

    Replay r = Replay.of(recorded, BansosJson.write(h), JawaTimur.catalog());

    assertThat(r.reproduced()).isTrue();
    assertThat(r.sameRules()).isTrue();
    assertThat(r.decisions()).isEmpty();
    assertThat(r.parameters()).isEmpty();
    assertThat(r.recorded()).isEqualTo(CatalogStamp.of(JawaTimur.catalog()));
  }

  @Test
  void anotherCatalogNamesTheDecisionsAndTheParameterValuesThatChanged() {
    Household h = aspdChanges();
    String recorded = BansosJson.write(Engine.of(BASE).assess(h, DATE), Language.ID);

    Replay r = Replay.of(recorded, BansosJson.write(h), SURABAYA);

    assertThat(r.reproduced()).isFalse();
    assertThat(r.sameRules()).isFalse();
    assertThat(r.recorded().fingerprint()).isEqualTo(BASE.fingerprint());
    assertThat(r.assessment().stamp()).isEqualTo(CatalogStamp.of(SURABAYA));
    assertThat(r.decisions()).extracting(Replay.Decision::program)
        .containsExactly(Aspd.CODE, RegencyExample.LOCAL);
    Replay.Decision aspd = r.decisions().get(0);
    assertThat(aspd.recorded()).isPresent().isNotEqualTo(aspd.replayed());
    assertThat(r.decisions().get(1).recorded()).isEmpty();
    assertThat(r.parameters()).anySatisfy(p -> {
      assertThat(p.key()).isEqualTo("ASPD.REGISTRY");
      assertThat(p.recorded()).hasValueSatisfying(v -> assertThat(v).contains("\"maxDesil\":4"));
      assertThat(p.replayed()).hasValueSatisfying(v -> assertThat(v).contains("\"maxDesil\":5")
          .contains("Perwali Surabaya on ASPD (example)"));
    });
    assertThat(r.toString()).doesNotContainPattern("(?<![0-9A-Za-z])[0-9]{16}(?![0-9A-Za-z])");
  }

  @Test
  void aSummaryOfAnAssessmentIsRefused() throws Exception {
    Assessment a = Engine.of(JawaTimur.catalog())
        .assess(id.bansos.jsonfixtures.WireExamples.full(), DATE);
    String summary = BansosJson.writer(Language.EN, Detail.SUMMARY).writeValueAsString(a);

    JsonInputException e = catchThrowableOfType(JsonInputException.class,
        () -> Replay.of(summary, BansosJson.write(id.bansos.jsonfixtures.WireExamples.full()),
            JawaTimur.catalog()));

    assertThat(e.codes()).containsExactly("REPLAY_SUMMARY");
    assertThat(e.paths()).containsExactly("detail");
  }

  @Test
  void aHouseholdOtherThanTheOneAssessedIsRefused() {
    String recorded = BansosJson.write(Engine.of(JawaTimur.catalog())
        .assess(id.bansos.jsonfixtures.WireExamples.full(), DATE), Language.EN);

    JsonInputException e = catchThrowableOfType(JsonInputException.class,
        () -> Replay.of(recorded, BansosJson.write(id.bansos.jsonfixtures.WireExamples.minimal()),
            JawaTimur.catalog()));

    assertThat(e.codes()).containsExactly("REPLAY_OTHER_HOUSEHOLD");
    assertThat(e.paths()).containsExactly("kkNumber");
  }

  @Test
  void anAssessmentWithoutItsStampOrWithABadFingerprintIsRefused() {
    Household h = id.bansos.jsonfixtures.WireExamples.full();
    ObjectNode tree = (ObjectNode) BansosJson.mapper().readTree(
        BansosJson.write(Engine.of(JawaTimur.catalog()).assess(h, DATE), Language.EN));
    ObjectNode badFingerprint = tree.deepCopy();
    ((ObjectNode) badFingerprint.get("catalog")).put("fingerprint", "md5:0");
    tree.remove("catalog");

    JsonInputException missing = catchThrowableOfType(JsonInputException.class,
        () -> Replay.of(tree.toString(), BansosJson.write(h), JawaTimur.catalog()));
    JsonInputException bad = catchThrowableOfType(JsonInputException.class,
        () -> Replay.of(badFingerprint.toString(), BansosJson.write(h), JawaTimur.catalog()));

    assertThat(missing.codes()).containsExactly("JSON_MISSING");
    assertThat(missing.paths()).containsExactly("catalog");
    assertThat(bad.codes()).containsExactly("REPLAY_FINGERPRINT");
    assertThat(bad.paths()).containsExactly("catalog.fingerprint");
  }

  @Test
  void everyAssessmentsJsonCarriesItsCatalogsStamp() {
    Assessment a = Engine.of(SURABAYA).assess(id.bansos.jsonfixtures.WireExamples.full(), DATE);
    GroupAssessment g = Engine.of(SURABAYA).assess(KubeExamples.mawar(), DATE).get(0);

    for (String json : new String[] {BansosJson.write(a, Language.ID),
        BansosJson.write(g, Language.EN)}) {
      JsonNode stamp = BansosJson.mapper().readTree(json).get("catalog");
      assertThat(stamp.get("name").stringValue()).isEqualTo("Kota Surabaya");
      assertThat(stamp.get("fingerprint").stringValue())
          .isEqualTo(SURABAYA.fingerprint().toString());
      assertThat(stamp.get("libraryVersion").stringValue()).isEqualTo(Library.version());
    }
  }

  /** The full assessment of the full example household, as a tree to change. */
  private static ObjectNode recordedTree() {
    return (ObjectNode) BansosJson.mapper().readTree(BansosJson.write(Engine.of(JawaTimur.catalog())
        .assess(id.bansos.jsonfixtures.WireExamples.full(), DATE), Language.EN));
  }

  /** {@code node} with the keys of every object in reverse order, as a store may keep them. */
  private static JsonNode reversed(JsonNode node) {
    if (node.isArray()) {
      ArrayNode out = BansosJson.mapper().createArrayNode();
      node.forEach(item -> out.add(reversed(item)));
      return out;
    }
    if (!node.isObject()) {
      return node;
    }
    List<String> names = new ArrayList<>();
    node.propertyNames().forEach(names::add);
    Collections.reverse(names);
    ObjectNode out = BansosJson.mapper().createObjectNode();
    for (String name : names) {
      out.set(name, reversed(node.get(name)));
    }
    return out;
  }

  @Test
  void aRecordWhoseKeysAStoreReorderedIsTheSameRecord() {
    Household h = id.bansos.jsonfixtures.WireExamples.full();
    String reordered = reversed(recordedTree()).toString();

    Replay r = Replay.of(reordered, BansosJson.write(h), JawaTimur.catalog());

    assertThat(r.reproduced()).isTrue();
    assertThat(r.parameters()).isEmpty();
  }

  @Test
  void aRecordNamingAMemberTheHouseholdDoesNotHaveIsOfAnotherHousehold() {
    Household h = id.bansos.jsonfixtures.WireExamples.full();
    String nik = h.members().get(1).nik().value();
    String other = nik.substring(0, 12) + (nik.charAt(12) == '9' ? '8' : '9') + nik.substring(13);
    String recorded = recordedTree().toString().replace(nik, other);

    JsonInputException e = catchThrowableOfType(JsonInputException.class,
        () -> Replay.of(recorded, BansosJson.write(h), JawaTimur.catalog()));

    assertThat(e.codes()).containsExactly("REPLAY_OTHER_HOUSEHOLD");
    assertThat(e.paths()).containsExactly("determinations");
    assertThat(e.getMessage()).doesNotContain(nik).doesNotContain(other);
  }

  @Test
  void otherBeneficiariesAsManyAsRecordedAreSaidToBeOthers() {
    Household h = id.bansos.jsonfixtures.WireExamples.full();
    ObjectNode tree = recordedTree();
    ObjectNode pkhPlus = null;
    for (JsonNode d : tree.get("determinations")) {
      if (d.get("program").stringValue().equals("PKH_PLUS")) {
        pkhPlus = (ObjectNode) d;
      }
    }
    assertThat(pkhPlus).isNotNull();
    assertThat(pkhPlus.get("beneficiaries")).hasSize(1);
    ((ObjectNode) pkhPlus.get("beneficiaries").get(0)).put("nik", h.members().get(0).nik().value());

    Replay r = Replay.of(tree.toString(), BansosJson.write(h), JawaTimur.catalog());

    assertThat(r.reproduced()).isFalse();
    assertThat(r.decisions()).singleElement().satisfies(d -> {
      assertThat(d.program()).isEqualTo("PKH_PLUS");
      assertThat(d.replayed()).hasValueSatisfying(v -> assertThat(v)
          .isEqualTo(d.recorded().orElseThrow() + ", other beneficiaries"));
    });
  }

  @Test
  void whatAReplayShowsOfARecordedDeterminationMustHaveItsShape() {
    Household h = id.bansos.jsonfixtures.WireExamples.full();
    ObjectNode tampered = recordedTree();
    ObjectNode first = (ObjectNode) tampered.get("determinations").get(0);
    first.put("status", "3526014107500002 Siti Aminah");
    first.put("program", "3526014107500002");
    first.put("yearlyTotal", "Siti");
    ObjectNode none = recordedTree();
    none.remove("determinations");

    JsonInputException bad = catchThrowableOfType(JsonInputException.class,
        () -> Replay.of(tampered.toString(), BansosJson.write(h), JawaTimur.catalog()));
    JsonInputException missing = catchThrowableOfType(JsonInputException.class,
        () -> Replay.of(none.toString(), BansosJson.write(h), JawaTimur.catalog()));

    assertThat(bad.paths()).containsExactly("determinations[0].program",
        "determinations[0].status", "determinations[0].yearlyTotal");
    assertThat(bad.getMessage()).doesNotContain("3526014107500002").doesNotContain("Siti");
    assertThat(missing.codes()).containsExactly("JSON_MISSING");
    assertThat(missing.paths()).containsExactly("determinations");
  }

  @Test
  void theProblemsOfBothDocumentsAreNamedTheHouseholdsUnderHousehold() {
    ObjectNode assessment = recordedTree();
    assessment.put("date", "15/07/2026");
    ObjectNode household = (ObjectNode) BansosJson.mapper().readTree(
        BansosJson.write(id.bansos.jsonfixtures.WireExamples.full()));
    ((ObjectNode) household.get("members").get(0)).put("sex", "X");

    JsonInputException e = catchThrowableOfType(JsonInputException.class,
        () -> Replay.of(assessment.toString(), household.toString(), JawaTimur.catalog()));

    assertThat(e.paths()).containsExactlyInAnyOrder("household.members[0].sex", "date");
  }
}
