package id.bansos.jackson;

import id.bansos.jsonfixtures.Stamps;
import id.bansos.rules.program.JawaTimur;
import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.Household;
import id.bansos.rules.Assessment;
import id.bansos.rules.Catalog;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import id.bansos.rules.program.wrse.Wrse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.ObjectWriter;

class GoldenFilesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
  private static final Path DOC = Path.of("..", "docs", "json-format.md");

  static Stream<Arguments> households() {
    return Stream.of(
        Arguments.of("household-minimal.json", Examples.minimal(), ExtensionFacts.none()),
        Arguments.of("household-full.json", Examples.full(), ExtensionFacts.provincial()),
        Arguments.of("household-extensions.json", Examples.withExtensions(), Examples.SIDOARJO));
  }

  private static ObjectWriter pretty() {
    return BansosJson.mapper().writerWithDefaultPrettyPrinter();
  }

  @ParameterizedTest
  @MethodSource("households")
  void goldenHouseholdReadsAsTheJavaExample(String file, Household expected,
      ExtensionFacts extensions) {
    assertThat(BansosJson.readHousehold(Examples.golden(file), extensions)).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("households")
  void javaExampleWritesTheGoldenFileByteForByte(String file, Household example,
      ExtensionFacts extensions) {
    assertThat(pretty().writeValueAsString(example) + "\n").isEqualTo(Examples.golden(file));
  }

  @ParameterizedTest
  @MethodSource("households")
  void compactOutputIsTheGoldenFileWithoutWhitespace(String file, Household example,
      ExtensionFacts extensions) {
    String compact = BansosJson.mapper().writeValueAsString(
        BansosJson.mapper().readTree(Examples.golden(file)));
    assertThat(BansosJson.write(example)).isEqualTo(compact);
  }

  @Test
  void fullAssessmentInEnglishMatchesItsGoldenFile() throws IOException {
    Assessment a = Engine.of(JawaTimur.catalog()).assess(Examples.full(), AS_OF);
    String json = BansosJson.writer(Language.EN).withDefaultPrettyPrinter().writeValueAsString(a)
        + "\n";
    regenerateIfAsked("assessment-full-en.json", json);
    assertThat(Stamps.neutral(json)).as(REGENERATE)
        .isEqualTo(Stamps.neutral(Examples.golden("assessment-full-en.json")));
  }

  @Test
  void minimalAssessmentInIndonesianMatchesItsGoldenFile() throws IOException {
    Assessment a = Engine.of(JawaTimur.catalog()).assess(Examples.minimal(), AS_OF);
    String json = BansosJson.writer(Language.ID).withDefaultPrettyPrinter().writeValueAsString(a)
        + "\n";
    regenerateIfAsked("assessment-minimal-id.json", json);
    assertThat(Stamps.neutral(json)).as(REGENERATE)
        .isEqualTo(Stamps.neutral(Examples.golden("assessment-minimal-id.json")));
  }

  @Test
  void smallCatalogInEnglishMatchesItsGoldenFile() throws IOException {
    Catalog catalog = Catalog.of("Test", List.of(Wrse.program()));
    String json = BansosJson.writer(Language.EN).withDefaultPrettyPrinter()
        .writeValueAsString(catalog) + "\n";
    regenerateIfAsked("catalog-wrse-en.json", json);
    assertThat(json).as(REGENERATE).isEqualTo(Examples.golden("catalog-wrse-en.json"));
  }

  @Test
  void compactCatalogIsTheGoldenFileWithoutWhitespace() {
    Catalog catalog = Catalog.of("Test", List.of(Wrse.program()));
    String compact = BansosJson.mapper().writeValueAsString(
        BansosJson.mapper().readTree(Examples.golden("catalog-wrse-en.json")));
    assertThat(BansosJson.write(catalog, Language.EN)).isEqualTo(compact);
  }

  /**
   * The assessment goldens follow the rules' wording, sources and programs. When those change on
   * purpose, rewrite the goldens (and the document's copy) from the repository root with
   * {@code ./mvnw -B -pl jackson-module -am test -Dtest=GoldenFilesTest
   * -Dsurefire.failIfNoSpecifiedTests=false -Dbansos.regenerate=true}, then review the diff.
   */
  private static final String REGENERATE = "assessment golden is stale; if the change is intended,"
      + " regenerate with ./mvnw -B -pl jackson-module -am test -Dtest=GoldenFilesTest"
      + " -Dsurefire.failIfNoSpecifiedTests=false -Dbansos.regenerate=true";

  private static void regenerateIfAsked(String file, String json) throws IOException {
    if (!Boolean.getBoolean("bansos.regenerate")) {
      return;
    }
    Files.writeString(Path.of("src", "test", "resources", "id", "bansos", "jackson", file), json,
        StandardCharsets.UTF_8);
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("(<!-- golden: " + Pattern.quote(file) + " -->\\n```json\\n)(.*?)```",
        Pattern.DOTALL).matcher(doc);
    if (m.find()) {
      doc = doc.substring(0, m.start(2)) + json + doc.substring(m.end(2));
      Files.writeString(DOC, doc, StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"household-minimal.json", "household-full.json",
      "household-extensions.json", "assessment-full-en.json", "catalog-wrse-en.json"})
  void documentShowsEachGoldenFileVerbatim(String file) throws IOException {
    assertThat(documented(file)).isEqualTo(Examples.golden(file));
  }

  /** The ```json block that follows the {@code <!-- golden: file -->} marker in the document. */
  static String documented(String file) throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<!-- golden: " + Pattern.quote(file) + " -->\\n```json\\n(.*?)```",
        Pattern.DOTALL).matcher(doc);
    assertThat(m.find()).as("golden block for %s in %s", file, DOC).isTrue();
    return m.group(1);
  }
}
