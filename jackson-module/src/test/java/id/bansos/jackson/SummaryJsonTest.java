package id.bansos.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import id.bansos.core.household.Household;
import id.bansos.jsonfixtures.WireHouseholds;
import id.bansos.jsonfixtures.Stamps;
import id.bansos.rules.Assessment;
import id.bansos.rules.Determination;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import id.bansos.rules.Status;
import id.bansos.rules.program.JawaTimur;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** The SUMMARY detail level: golden files, schema, and what it keeps of the full document. */
class SummaryJsonTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
  private static final Engine ENGINE = Engine.of(JawaTimur.catalog());
  private static final Path DOC = Path.of("..", "docs", "json-format.md");
  private static final Schema SUMMARY = SchemaRegistry
      .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(BansosJson.summarySchema());

  static Stream<Arguments> goldens() {
    return Stream.of(
        Arguments.of("assessment-summary-full-en.json", Examples.full(), Language.EN),
        Arguments.of("assessment-summary-minimal-id.json", Examples.minimal(), Language.ID));
  }

  @ParameterizedTest
  @MethodSource("goldens")
  void summaryMatchesItsGoldenFile(String file, Household household, Language language)
      throws IOException {
    Assessment a = ENGINE.assess(household, AS_OF);
    String json = BansosJson.writer(language, Detail.SUMMARY).withDefaultPrettyPrinter()
        .writeValueAsString(a) + "\n";
    regenerateIfAsked(file, json);
    assertThat(Stamps.neutral(json)).as(REGENERATE)
        .isEqualTo(Stamps.neutral(Examples.golden(file)));
  }

  @ParameterizedTest
  @MethodSource("goldens")
  void compactSummaryIsTheGoldenFileWithoutWhitespace(String file, Household household,
      Language language) {
    String compact = BansosJson.mapper().writeValueAsString(
        BansosJson.mapper().readTree(Examples.golden(file)));
    assertThat(Stamps.neutral(
            BansosJson.write(ENGINE.assess(household, AS_OF), language, Detail.SUMMARY)))
        .isEqualTo(Stamps.neutral(compact));
  }

  @ParameterizedTest
  @MethodSource("goldens")
  void goldenSummariesAreValid(String file, Household household, Language language) {
    assertThat(SUMMARY.validate(BansosJson.mapper().readTree(Examples.golden(file)))).isEmpty();
  }

  @Test
  void documentShowsTheSummaryGoldenVerbatim() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    Matcher m = golden("assessment-summary-full-en.json").matcher(doc);
    assertThat(m.find()).as("golden block in %s", DOC).isTrue();
    assertThat(Stamps.neutral(m.group(2)))
        .isEqualTo(Stamps.neutral(Examples.golden("assessment-summary-full-en.json")));
  }

  @Test
  void summariesOfGeneratedHouseholdsAreValidAndAgreeWithTheFullDocument() {
    for (Household h : sample(60, 23L)) {
      Assessment a = ENGINE.assess(h, AS_OF);
      JsonNode summary = BansosJson.mapper().readTree(
          BansosJson.write(a, Language.EN, Detail.SUMMARY));
      JsonNode full = BansosJson.mapper().readTree(BansosJson.write(a, Language.EN));

      assertThat(SUMMARY.validate(summary)).isEmpty();
      assertThat(summary.get("yearlyTotal")).isEqualTo(full.get("yearlyTotal"));
      assertThat(summary.get("determinations")).hasSameSizeAs(full.get("determinations"));
      for (int i = 0; i < a.determinations().size(); i++) {
        Determination d = a.determinations().get(i);
        JsonNode s = summary.get("determinations").get(i);
        JsonNode f = full.get("determinations").get(i);
        assertThat(s.get("program")).isEqualTo(f.get("program"));
        assertThat(s.get("status")).isEqualTo(f.get("status"));
        if (d.status() == Status.ELIGIBLE) {
          assertThat(s.get("yearlyTotal")).isEqualTo(f.get("yearlyTotal"));
        } else {
          // A program not granted pays nothing: the summary leaves its zero totals out.
          assertThat(f.get("yearlyTotal").asLong()).isZero();
          assertThat(s.has("yearlyTotal") || s.has("yearlyTotals") || s.has("unknownAmounts"))
              .isFalse();
        }
        // The summary writes each missing fact short (MissingFact.toString), the full form as
        // an object with its label: the same facts in the same order.
        List<String> missing = new ArrayList<>();
        if (s.has("missingFacts")) {
          for (JsonNode m : s.get("missingFacts")) {
            missing.add(m.stringValue());
          }
        }
        assertThat(missing).isEqualTo(d.missingFacts().stream().map(Object::toString).toList());
        assertThat(s.has("missingFacts")).isEqualTo(f.has("missingFacts"));
        assertThat(f.get("priority")).isEqualTo(summary.get("priority"));
        assertThat(s.get("reasons")).as("a status is always explained").isNotEmpty();
        for (JsonNode reason : s.get("reasons")) {
          assertThat(d.result(reason.get("code").stringValue())).isPresent();
        }
      }
    }
  }

  /**
   * The size a summary is for: a web page or a queue message. The median generated household's
   * summary, in English, stays under 3 KB; even the documented household with three eligible
   * programs has a summary under a tenth of its full document.
   */
  @Test
  void aTypicalSummaryIsUnderThreeKilobytes() {
    List<Integer> sizes = new ArrayList<>();
    for (Household h : sample(200, 31L)) {
      sizes.add(BansosJson.write(ENGINE.assess(h, AS_OF), Language.EN, Detail.SUMMARY)
          .getBytes(StandardCharsets.UTF_8).length);
    }
    Collections.sort(sizes);
    assertThat(sizes.get(sizes.size() / 2)).isLessThan(3 * 1024);
    Assessment rich = ENGINE.assess(Examples.full(), AS_OF);
    assertThat(BansosJson.write(rich, Language.EN, Detail.SUMMARY).length())
        .isLessThan(BansosJson.write(rich, Language.EN).length() / 10);
  }

  @Test
  void theFullLevelIsTheDocumentWrittenWithoutOne() {
    Assessment a = ENGINE.assess(Examples.full(), AS_OF);
    assertThat(BansosJson.write(a, Language.EN, Detail.FULL))
        .isEqualTo(BansosJson.write(a, Language.EN));
  }

  @Test
  void anAssessmentDocumentCarriesItsLevelToAnyMapperWithTheModule() {
    Assessment a = ENGINE.assess(Examples.full(), AS_OF);
    tools.jackson.databind.json.JsonMapper plain = tools.jackson.databind.json.JsonMapper.builder()
        .addModule(new BansosModule()).build();

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
    assertThat(Detail.parse("summary")).isEqualTo(Detail.SUMMARY);
    assertThat(Detail.parse("FULL")).isEqualTo(Detail.FULL);
    assertThatThrownBy(() -> Detail.parse("short")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("detail is full or summary");
  }

  /** {@code n} households of the shared generator, the same for the same seed. */
  private static List<Household> sample(int n, long seed) {
    List<Household> out = new ArrayList<>(n);
    qt().withFixedSeed(seed).withExamples(n).forAll(WireHouseholds.households())
        .checkAssert(out::add);
    return out;
  }

  private static final String REGENERATE = "summary golden is stale; if the change is intended,"
      + " regenerate with ./mvnw -B -pl jackson-module -am test -Dtest=SummaryJsonTest"
      + " -Dsurefire.failIfNoSpecifiedTests=false -Dbansos.regenerate=true";

  private static Pattern golden(String file) {
    return Pattern.compile("(<!-- golden: " + Pattern.quote(file) + " -->\\n```json\\n)(.*?)```",
        Pattern.DOTALL);
  }

  private static void regenerateIfAsked(String file, String json) throws IOException {
    if (!Boolean.getBoolean("bansos.regenerate")) {
      return;
    }
    Files.writeString(Path.of("src", "test", "resources", "id", "bansos", "jackson", file), json,
        StandardCharsets.UTF_8);
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    Matcher m = golden(file).matcher(doc);
    if (m.find()) {
      doc = doc.substring(0, m.start(2)) + json + doc.substring(m.end(2));
      Files.writeString(DOC, doc, StandardCharsets.UTF_8);
    }
  }
}
