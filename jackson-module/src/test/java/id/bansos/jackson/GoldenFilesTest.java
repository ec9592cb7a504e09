package id.bansos.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.Household;
import id.bansos.rules.Assessment;
import id.bansos.rules.Catalog;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
        Arguments.of("household-minimal.json", Examples.minimal()),
        Arguments.of("household-full.json", Examples.full()));
  }

  private static ObjectWriter pretty() {
    return BansosJson.mapper().writerWithDefaultPrettyPrinter();
  }

  @ParameterizedTest
  @MethodSource("households")
  void goldenHouseholdReadsAsTheJavaExample(String file, Household expected) {
    assertThat(BansosJson.readHousehold(Examples.golden(file))).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("households")
  void javaExampleWritesTheGoldenFileByteForByte(String file, Household example) {
    assertThat(pretty().writeValueAsString(example) + "\n").isEqualTo(Examples.golden(file));
  }

  @ParameterizedTest
  @MethodSource("households")
  void compactOutputIsTheGoldenFileWithoutWhitespace(String file, Household example) {
    String compact = BansosJson.mapper().writeValueAsString(
        BansosJson.mapper().readTree(Examples.golden(file)));
    assertThat(BansosJson.write(example)).isEqualTo(compact);
  }

  @Test
  void fullAssessmentInEnglishMatchesItsGoldenFile() {
    Assessment a = Engine.of(Catalog.jawaTimur()).assess(Examples.full(), AS_OF);
    assertThat(BansosJson.writer(Language.EN).withDefaultPrettyPrinter().writeValueAsString(a)
        + "\n").isEqualTo(Examples.golden("assessment-full-en.json"));
  }

  @Test
  void minimalAssessmentInIndonesianMatchesItsGoldenFile() {
    Assessment a = Engine.of(Catalog.jawaTimur()).assess(Examples.minimal(), AS_OF);
    assertThat(BansosJson.writer(Language.ID).withDefaultPrettyPrinter().writeValueAsString(a)
        + "\n").isEqualTo(Examples.golden("assessment-minimal-id.json"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"household-minimal.json", "household-full.json",
      "assessment-full-en.json"})
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
