package id.bansos.jackson2;

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
import com.fasterxml.jackson.databind.ObjectWriter;

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
    return Examples.pretty(BansosJson.mapper().writer());
  }

  @ParameterizedTest
  @MethodSource("households")
  void goldenHouseholdReadsAsTheJavaExample(String file, Household expected,
      ExtensionFacts extensions) throws Exception {
    assertThat(BansosJson.readHousehold(Examples.golden(file), extensions)).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("households")
  void javaExampleWritesTheGoldenFileByteForByte(String file, Household example,
      ExtensionFacts extensions) throws Exception {
    assertThat(pretty().writeValueAsString(example) + "\n").isEqualTo(Examples.golden(file));
  }

  @ParameterizedTest
  @MethodSource("households")
  void compactOutputIsTheGoldenFileWithoutWhitespace(String file, Household example,
      ExtensionFacts extensions) throws Exception {
    String compact = BansosJson.mapper().writeValueAsString(
        BansosJson.mapper().readTree(Examples.golden(file)));
    assertThat(BansosJson.write(example)).isEqualTo(compact);
  }

  @Test
  void fullAssessmentInEnglishMatchesItsGoldenFile() throws IOException {
    Assessment a = Engine.of(JawaTimur.catalog()).assess(Examples.full(), AS_OF);
    String json = Examples.pretty(BansosJson.writer(Language.EN)).writeValueAsString(a)
        + "\n";
    assertThat(Stamps.neutral(json)).as(REGENERATE)
        .isEqualTo(Stamps.neutral(Examples.golden("assessment-full-en.json")));
  }

  @Test
  void minimalAssessmentInIndonesianMatchesItsGoldenFile() throws IOException {
    Assessment a = Engine.of(JawaTimur.catalog()).assess(Examples.minimal(), AS_OF);
    String json = Examples.pretty(BansosJson.writer(Language.ID)).writeValueAsString(a)
        + "\n";
    assertThat(Stamps.neutral(json)).as(REGENERATE)
        .isEqualTo(Stamps.neutral(Examples.golden("assessment-minimal-id.json")));
  }

  @Test
  void smallCatalogInEnglishMatchesItsGoldenFile() throws IOException {
    Catalog catalog = Catalog.of("Test", List.of(Wrse.program()));
    String json = Examples.pretty(BansosJson.writer(Language.EN)).writeValueAsString(catalog)
        + "\n";
    assertThat(json).as(REGENERATE).isEqualTo(Examples.golden("catalog-wrse-en.json"));
  }

  @Test
  void compactCatalogIsTheGoldenFileWithoutWhitespace() throws Exception {
    Catalog catalog = Catalog.of("Test", List.of(Wrse.program()));
    String compact = BansosJson.mapper().writeValueAsString(
        BansosJson.mapper().readTree(Examples.golden("catalog-wrse-en.json")));
    assertThat(BansosJson.write(catalog, Language.EN)).isEqualTo(compact);
  }

  /**
   * The golden files are bansos-jackson's, which both modules must write. When the rules' wording,
   * sources or programs change on purpose, they are rewritten there (see its GoldenFilesTest).
   */
  private static final String REGENERATE = "assessment golden is stale; if the change is intended,"
      + " regenerate it with bansos-jackson: ./mvnw -B -pl jackson-module -am test"
      + " -Dtest=GoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Dbansos.regenerate=true";

  /** The ```json block that follows the {@code <!-- golden: file -->} marker in the document. */
  static String documented(String file) throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<!-- golden: " + Pattern.quote(file) + " -->\\n```json\\n(.*?)```",
        Pattern.DOTALL).matcher(doc);
    assertThat(m.find()).as("golden block for %s in %s", file, DOC).isTrue();
    return m.group(1);
  }
}
