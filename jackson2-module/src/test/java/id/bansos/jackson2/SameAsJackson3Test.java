package id.bansos.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.Problem;
import id.bansos.core.household.Household;
import id.bansos.jsonfixtures.BadInput;
import id.bansos.jsonfixtures.KubeExamples;
import id.bansos.rules.Assessment;
import id.bansos.rules.Catalog;
import id.bansos.rules.Engine;
import id.bansos.rules.GroupAssessment;
import id.bansos.rules.Language;
import id.bansos.rules.program.JawaTimur;
import id.bansos.rules.program.kube.Kube;
import id.bansos.rules.program.wrse.Wrse;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * This module against bansos-jackson itself, both on the class path: the same bytes for the same
 * value, and the same problems (path, code and message, in order) for the same bad input. Left
 * out of the jackson2-floor run, as bansos-jackson's Jackson 3 needs newer annotations.
 */
class SameAsJackson3Test {

  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

  /** The extension facts of the examples, registered with bansos-jackson's reader. */
  static final id.bansos.jackson.ExtensionFacts JACKSON3_SIDOARJO =
      id.bansos.jackson.ExtensionFacts.of(Examples.SIDOARJO_KEYS);

  /** The problems bansos-jackson finds, or none. */
  static List<Problem> jackson3(Supplier<?> read) {
    try {
      read.get();
      return List.of();
    } catch (id.bansos.jackson.JsonInputException e) {
      return e.problems();
    }
  }

  /** The problems this module finds, or none. */
  static List<Problem> jackson2(Supplier<?> read) {
    try {
      read.get();
      return List.of();
    } catch (JsonInputException e) {
      return e.problems();
    }
  }

  @ParameterizedTest
  @MethodSource("id.bansos.jsonfixtures.BadInput#households")
  void badHouseholdsGiveTheSameProblems(String json, String path, String code) {
    List<Problem> problems = jackson2(() -> BansosJson.readHousehold(json));

    assertThat(problems).isNotEmpty()
        .isEqualTo(jackson3(() -> id.bansos.jackson.BansosJson.readHousehold(json)));
  }

  @ParameterizedTest
  @MethodSource("id.bansos.jsonfixtures.BadInput#groups")
  void badGroupsGiveTheSameProblems(String json, String path, String code) {
    List<Problem> problems = jackson2(() -> BansosJson.readGroup(json));

    assertThat(problems).isNotEmpty()
        .isEqualTo(jackson3(() -> id.bansos.jackson.BansosJson.readGroup(json)));
  }

  @ParameterizedTest
  @MethodSource("id.bansos.jsonfixtures.BadInput#extensionValues")
  void badExtensionValuesGiveTheSameProblems(String extensions, String path, String code,
      String message) {
    for (String json : List.of(BadInput.withHousehold(",\"extensions\":" + extensions),
        BadInput.withMember(",\"extensions\":" + extensions))) {
      List<Problem> problems = jackson2(() -> BansosJson.readHousehold(json, Examples.SIDOARJO));

      assertThat(problems).isNotEmpty().isEqualTo(jackson3(
          () -> id.bansos.jackson.BansosJson.readHousehold(json, JACKSON3_SIDOARJO)));
    }
  }

  @Test
  void everyTruncationOfADocumentGivesTheSameProblems() {
    String json = BansosJson.write(Examples.withExtensions());
    List<String> differing = new ArrayList<>();
    for (int end = 0; end < json.length(); end++) {
      String prefix = json.substring(0, end);
      List<Problem> two = jackson2(() -> BansosJson.readHousehold(prefix, Examples.SIDOARJO));
      List<Problem> three = jackson3(
          () -> id.bansos.jackson.BansosJson.readHousehold(prefix, JACKSON3_SIDOARJO));
      if (two.isEmpty() || !two.equals(three)) {
        differing.add(end + ": " + two + " / " + three);
      }
    }
    assertThat(differing).isEmpty();
  }

  @Test
  void aStreamOfLinesGivesTheSameLines() {
    String text = BansosJson.write(Examples.minimal()) + "\n{\"kkNumber\":1}\n\nnot json\n"
        + BansosJson.write(Examples.full()) + "\n";
    List<HouseholdLine> two;
    try (HouseholdReader in = HouseholdReader.of(new StringReader(text))) {
      two = in.stream().toList();
    }
    List<id.bansos.jackson.HouseholdLine> three;
    try (id.bansos.jackson.HouseholdReader in =
        id.bansos.jackson.HouseholdReader.of(new StringReader(text))) {
      three = in.stream().toList();
    }

    assertThat(two).extracting(HouseholdLine::lineNumber, HouseholdLine::household,
        HouseholdLine::problems).isEqualTo(three.stream()
            .map(l -> org.assertj.core.groups.Tuple.tuple(l.lineNumber(), l.household(),
                l.problems())).toList());
  }

  @Test
  void theExamplesAreWrittenInTheSameBytes() {
    for (Household h : List.of(Examples.minimal(), Examples.full(), Examples.withExtensions())) {
      assertThat(BansosJson.write(h)).isEqualTo(id.bansos.jackson.BansosJson.write(h));
    }
    assertThat(BansosJson.write(KubeExamples.mawar()))
        .isEqualTo(id.bansos.jackson.BansosJson.write(KubeExamples.mawar()));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void assessmentsAreWrittenInTheSameBytesInEachLanguage(Language language) {
    Engine engine = Engine.of(JawaTimur.catalog());
    for (Household h : List.of(Examples.minimal(), Examples.full(), Examples.withExtensions())) {
      Assessment a = engine.assess(h, AS_OF);
      assertThat(BansosJson.write(a, language))
          .isEqualTo(id.bansos.jackson.BansosJson.write(a, language));
    }
    GroupAssessment kube = engine.decide(Kube.program(), KubeExamples.mawar(), AS_OF);
    assertThat(BansosJson.write(kube, language))
        .isEqualTo(id.bansos.jackson.BansosJson.write(kube, language));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void catalogsAreWrittenInTheSameBytesInEachLanguage(Language language) {
    for (Catalog c : List.of(JawaTimur.catalog(), Catalog.of("Test", List.of(Wrse.program())))) {
      assertThat(BansosJson.write(c, language))
          .isEqualTo(id.bansos.jackson.BansosJson.write(c, language));
    }
  }

  @Test
  void theShippedSchemasAreTheSame() {
    assertThat(List.of(BansosJson.householdSchema(), BansosJson.assessmentSchema(),
        BansosJson.groupSchema(), BansosJson.groupAssessmentSchema(), BansosJson.catalogSchema()))
        .isEqualTo(List.of(id.bansos.jackson.BansosJson.householdSchema(),
            id.bansos.jackson.BansosJson.assessmentSchema(),
            id.bansos.jackson.BansosJson.groupSchema(),
            id.bansos.jackson.BansosJson.groupAssessmentSchema(),
            id.bansos.jackson.BansosJson.catalogSchema()));
  }

  @Test
  void theLimitsAreTheSame() {
    assertThat(List.of(BansosJson.MAX_NESTING_DEPTH, BansosJson.MAX_STRING_LENGTH,
        BansosJson.MAX_NUMBER_LENGTH, BansosJson.MAX_TOKEN_COUNT, BansosJson.MAX_DOCUMENT_LENGTH))
        .isEqualTo(List.of(id.bansos.jackson.BansosJson.MAX_NESTING_DEPTH,
            id.bansos.jackson.BansosJson.MAX_STRING_LENGTH,
            id.bansos.jackson.BansosJson.MAX_NUMBER_LENGTH,
            id.bansos.jackson.BansosJson.MAX_TOKEN_COUNT,
            id.bansos.jackson.BansosJson.MAX_DOCUMENT_LENGTH));
  }
}
