package id.bansos.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.core.household.Household;
import id.bansos.jsonfixtures.GeneratedReader;
import id.bansos.rules.Assessment;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import id.bansos.rules.program.JawaTimur;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

  private static final String GOOD_1 = BansosJson.write(Examples.minimal());
  private static final String GOOD_2 = BansosJson.write(Examples.full());

  private static List<HouseholdLine> read(String text) {
    try (HouseholdReader reader = HouseholdReader.of(new StringReader(text))) {
      return reader.stream().toList();
    }
  }

  @Test
  void aBadLineInTheMiddleIsReportedAndReadingGoesOn() throws Exception {
    String text = GOOD_1 + "\n" + "{\"kkNumber\":\"3526010101200001\",\"members\":[{\"nik\":\"1\"}]}"
        + "\n" + "this is not json" + "\n" + GOOD_2 + "\n";

    List<HouseholdLine> lines = read(text);

    assertThat(lines).extracting(HouseholdLine::lineNumber).containsExactly(1L, 2L, 3L, 4L);
    assertThat(lines).extracting(HouseholdLine::isValid).containsExactly(true, false, false, true);
    assertThat(lines.get(0).household()).contains(Examples.minimal());
    assertThat(lines.get(1).problems()).extracting(p -> p.path() + " " + p.code())
        .containsExactly("members[0].nik NIK_LENGTH");
    assertThat(lines.get(2).problems()).extracting(p -> p.code()).containsExactly("JSON_SYNTAX");
    assertThat(lines.get(3).household()).contains(Examples.full());
  }

  @Test
  void blankLinesAreSkippedButCounted() throws Exception {
    List<HouseholdLine> lines = read("\n" + GOOD_1 + "\r\n   \n" + GOOD_2);

    assertThat(lines).extracting(HouseholdLine::lineNumber).containsExactly(2L, 4L);
    assertThat(lines).allMatch(HouseholdLine::isValid);
  }

  @Test
  void anOverlongLineIsSkippedWithoutHoldingIt() throws Exception {
    String text = GOOD_1 + "\n" + "x".repeat(5000) + "\n" + GOOD_1 + "\n";
    List<HouseholdLine> lines;
    try (HouseholdReader reader = HouseholdReader.of(new StringReader(text), 1000)) {
      lines = reader.stream().toList();
    }

    assertThat(lines).extracting(HouseholdLine::isValid).containsExactly(true, false, true);
    assertThat(lines.get(1).problems()).extracting(p -> p.code()).containsExactly("JSON_TOO_LONG");
  }

  @Test
  void aStreamOfManyHouseholdsIsReadOneLineAtATime() throws Exception {
    GeneratedReader input = new GeneratedReader("", GOOD_2 + "\n", 2_000, "");
    long valid = 0;
    try (HouseholdReader reader = HouseholdReader.of(input)) {
      for (HouseholdLine line : reader) {
        valid += line.isValid() ? 1 : 0;
      }
    }
    assertThat(valid).isEqualTo(2_000);
  }

  @Test
  void utf8BytesAreDecoded() throws Exception {
    String text = BansosJson.write(Household.builder().from(Examples.minimal())
        .members(List.of(id.bansos.core.household.Person.builder()
            .from(Examples.minimal().members().get(0)).name("Çağlar").build())).build());
    try (HouseholdReader reader = HouseholdReader.of(
        new ByteArrayInputStream((text + "\n").getBytes(StandardCharsets.UTF_8)))) {
      assertThat(reader.stream().toList().get(0).household().orElseThrow()
          .members().get(0).name()).contains("Çağlar");
    }
  }

  @Test
  void aLineTurnsIntoTheExceptionWithItsNumber() throws Exception {
    HouseholdLine bad = read(GOOD_1 + "\n{}\n").get(1);

    assertThatThrownBy(bad::orThrow).isInstanceOf(JsonInputException.class)
        .hasMessageContaining("line 2");
    assertThat(read(GOOD_1).get(0).orThrow()).isEqualTo(Examples.minimal());
  }

  @Test
  void aLineHasEitherAHouseholdOrProblems() throws Exception {
    assertThatThrownBy(() -> new HouseholdLine(1, Optional.empty(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theReaderIteratesOnce() throws Exception {
    try (HouseholdReader reader = HouseholdReader.of(new StringReader(GOOD_1))) {
      reader.iterator();
      assertThatThrownBy(reader::iterator).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void assessmentsAreWrittenOnePerLine() throws Exception {
    Engine engine = Engine.of(JawaTimur.catalog());
    LocalDate date = LocalDate.of(2026, 1, 15);
    Assessment a = engine.assess(Examples.minimal(), date);
    Assessment b = engine.assess(Examples.full(), date);
    StringWriter out = new StringWriter();

    try (AssessmentWriter writer = AssessmentWriter.of(out, Language.EN)) {
      writer.write(a).write(b);
    }

    assertThat(out.toString()).isEqualTo(BansosJson.write(a, Language.EN) + "\n"
        + BansosJson.write(b, Language.EN) + "\n");
  }

  @Test
  void aBatchRunsFromJsonLinesToJsonLines() throws Exception {
    String input = GOOD_1 + "\n{\"kkNumber\":1}\n" + GOOD_2 + "\n";
    Engine engine = Engine.of(JawaTimur.catalog());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int failed = 0;
    try (HouseholdReader in = HouseholdReader.of(new StringReader(input));
        AssessmentWriter out = AssessmentWriter.of(bytes, Language.ID)) {
      for (HouseholdLine line : in) {
        if (line.isValid()) {
          out.write(engine.assess(line.household().orElseThrow(), LocalDate.of(2026, 1, 15)));
        } else {
          failed++;
        }
      }
    }
    String[] written = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(failed).isEqualTo(1);
    assertThat(written).hasSize(2);
    assertThat(BansosJson.mapper().readTree(written[1]).get("kkNumber").textValue())
        .isEqualTo(Examples.full().kkNumber().value());
  }
}
