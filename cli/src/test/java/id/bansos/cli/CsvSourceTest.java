package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.jackson.ExtensionFacts;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The household table's CSV, separated by commas or, as Excel saves it under Indonesian regional
 * settings, by semicolons.
 */
class CsvSourceTest {

  @TempDir
  Path dir;

  private static char separator(String text) throws Exception {
    BufferedInputStream in = new BufferedInputStream(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    char found = CsvSource.separator(in);
    // The stream is back where it was.
    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(text);
    return found;
  }

  @Test
  void theHeaderSaysTheSeparator() throws Exception {
    assertThat(separator("kk,nik,name\n1;2,3,4\n")).isEqualTo(',');
    assertThat(separator("kk;nik;name\r\n1,5;2;x\r\n")).isEqualTo(';');
    assertThat(separator("\uFEFFno_kk;nik;nama\n")).isEqualTo(';');
    assertThat(separator("\n  \r\nkk;nik\n")).isEqualTo(';');
    assertThat(separator("\"kk\";\"nik\";\"name, as on the card\"\n")).isEqualTo(';');
    assertThat(separator("\"kk;x\",nik\n")).isEqualTo(',');
    assertThat(separator("kk;nik,name\n")).isEqualTo(',');
    assertThat(separator("kk\n1\n")).isEqualTo(',');
    assertThat(separator("")).isEqualTo(',');
  }

  /** Every record read from {@code file}. */
  private static List<HouseholdRecord> read(Path file) throws Exception {
    List<HouseholdRecord> records = new ArrayList<>();
    InputFormat.CSV.read(file, ExtensionFacts.provincial(), records::add, new Progress());
    return records;
  }

  @Test
  void aFileSeparatedBySemicolonsReadsAsTheSameFileSeparatedByCommas() throws Exception {
    Path commas = dir.resolve("h.csv");
    SampleData.write(commas, SampleData.Format.CSV, 300, 5, SampleData.DEFAULT_REFERENCE_DATE, 12,
        false);
    // The same rows as Excel writes them with a semicolon for separator: a cell that holds one
    // is quoted.
    CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
        .readValues(commas.toFile())) {
      it.forEachRemaining(rows::add);
    }
    Path semicolons = dir.resolve("h-semicolons.csv");
    mapper.writer(CsvSchema.emptySchema().withColumnSeparator(';').withLineSeparator("\r\n"))
        .writeValues(semicolons.toFile()).writeAll(rows).close();
    String text = Files.readString(semicolons);
    assertThat(text).contains("\";\"").doesNotStartWith("kk,");

    List<HouseholdRecord> expected = read(commas);
    assertThat(expected).hasSizeGreaterThan(290)
        .anyMatch(r -> r instanceof HouseholdRecord.Invalid);
    assertThat(read(semicolons)).isEqualTo(expected);
  }
}
