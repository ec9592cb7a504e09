package id.bansos.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import id.bansos.core.household.Household;
import id.bansos.jsonfixtures.Stamps;
import id.bansos.rules.Assessment;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import id.bansos.rules.program.JawaTimur;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SUMMARY detail level on Jackson 2: the same golden files, byte for byte, as bansos-jackson
 * (whose SummaryJsonTest also checks what the summary keeps of the full document and its size).
 */
class SummaryJsonTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
  private static final Engine ENGINE = Engine.of(JawaTimur.catalog());

  static Stream<Arguments> goldens() {
    return Stream.of(
        Arguments.of("assessment-summary-full-en.json", Examples.full(), Language.EN),
        Arguments.of("assessment-summary-minimal-id.json", Examples.minimal(), Language.ID));
  }

  @ParameterizedTest
  @MethodSource("goldens")
  void summaryMatchesTheSharedGoldenFile(String file, Household household, Language language)
      throws Exception {
    Assessment a = ENGINE.assess(household, AS_OF);
    String json = Examples.pretty(BansosJson.writer(language, Detail.SUMMARY))
        .writeValueAsString(a) + "\n";
    assertThat(Stamps.neutral(json)).isEqualTo(Stamps.neutral(Examples.golden(file)));
  }

  @ParameterizedTest
  @MethodSource("goldens")
  void compactSummaryIsTheGoldenFileWithoutWhitespace(String file, Household household,
      Language language) throws Exception {
    String compact = BansosJson.mapper().writeValueAsString(
        BansosJson.mapper().readTree(Examples.golden(file)));
    assertThat(Stamps.neutral(
            BansosJson.write(ENGINE.assess(household, AS_OF), language, Detail.SUMMARY)))
        .isEqualTo(Stamps.neutral(compact));
  }

  @Test
  void anAssessmentDocumentCarriesItsLevelToAnyMapperWithTheModule() throws Exception {
    Assessment a = ENGINE.assess(Examples.full(), AS_OF);
    JsonMapper plain = JsonMapper.builder().addModule(new BansosModule()).build();

    assertThat(plain.writeValueAsString(new AssessmentDocument(a, Language.EN, Detail.SUMMARY)))
        .isEqualTo(BansosJson.write(a, Language.EN, Detail.SUMMARY));
    assertThat(plain.writeValueAsString(new AssessmentDocument(a, Language.ID, Detail.FULL)))
        .isEqualTo(BansosJson.write(a, Language.ID));
  }

  @Test
  void theJsonLinesWriterWritesSummariesToo() {
    Assessment a = ENGINE.assess(Examples.full(), AS_OF);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (AssessmentWriter w = AssessmentWriter.of(out, Language.EN, Detail.SUMMARY)) {
      w.write(a);
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(BansosJson.write(a, Language.EN, Detail.SUMMARY) + "\n");
  }

  @Test
  void detailNamesParseInAnyCaseAndNothingElse() {
    assertThat(Detail.parse("Summary")).isEqualTo(Detail.SUMMARY);
    assertThatThrownBy(() -> Detail.parse("")).isInstanceOf(IllegalArgumentException.class);
  }
}
