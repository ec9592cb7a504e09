package id.bansos.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.core.household.Household;
import id.bansos.jackson.BansosJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataFormatsTest {

  private static final LocalDate DATE = SampleData.DEFAULT_REFERENCE_DATE;

  @TempDir
  Path dir;

  private static List<String> jsonLines(int households, long seed, int bad) throws IOException {
    StringWriter w = new StringWriter();
    long lines = SampleData.write(w, SampleData.Format.JSON_LINES, households, seed, DATE, bad);
    assertThat(lines).isEqualTo(households);
    return List.of(w.toString().split("\n"));
  }

  @Test
  void theSameSeedGivesTheSameJsonLines() throws IOException {
    assertThat(jsonLines(300, 5, 3)).isEqualTo(jsonLines(300, 5, 3));
    assertThat(jsonLines(30, 5, 0)).isNotEqualTo(jsonLines(30, 6, 0));
  }

  @Test
  void jsonLinesHoldTheSameHouseholdsAsTheGenerator() throws IOException {
    List<String> lines = jsonLines(200, 9, 0);
    SampleData data = new SampleData(9, DATE);

    for (String line : lines) {
      Household expected = data.next();
      assertThat(BansosJson.readHousehold(line)).isEqualTo(expected);
    }
  }

  @Test
  void badLinesSitAtFixedPositionsAndLeaveTheOthersAlone() throws IOException {
    List<String> clean = jsonLines(500, 4, 0);
    List<String> spoiled = jsonLines(500, 4, 6);
    List<Integer> bad = SampleData.badPositions(500, 6, 4);

    assertThat(bad).hasSize(6).isSorted().allSatisfy(i -> assertThat(i).isBetween(0, 499));
    assertThat(SampleData.badPositions(500, 6, 4)).isEqualTo(bad);
    for (int i = 0; i < clean.size(); i++) {
      if (bad.contains(i)) {
        assertThat(spoiled.get(i)).isNotEqualTo(clean.get(i));
        String line = spoiled.get(i);
        assertThatThrownBy(() -> BansosJson.readHousehold(line))
            .isInstanceOf(IllegalArgumentException.class);
      } else {
        assertThat(spoiled.get(i)).isEqualTo(clean.get(i));
      }
    }
  }

  @Test
  void badPositionsMustFitTheFile() {
    assertThat(SampleData.badPositions(5, 5, 1)).containsExactly(0, 1, 2, 3, 4);
    assertThatThrownBy(() -> SampleData.badPositions(5, 6, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCommandLineWritesJsonLinesByExtension() throws IOException {
    Path file = dir.resolve("h.jsonl");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream out = new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true,
        StandardCharsets.UTF_8)) {
      code = SampleData.run(new String[] {"--households", "40", "--seed", "3", "--out",
          file.toString(), "--bad-lines", "2"}, out, e);
      assertThat(SampleData.run(new String[] {"--households", "4", "--out", file.toString(),
          "--bad-lines", "5"}, out, e)).isEqualTo(2);
    }

    assertThat(code).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("40 households (2 damaged)");
    StringWriter expected = new StringWriter();
    SampleData.write(expected, SampleData.Format.JSON_LINES, 40, 3, DATE, 2);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(expected.toString());
  }
}
