package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    char found = CsvSource.separator(in, new TableLayout(ExtensionFacts.provincial()));
    // The stream is back where it was.
    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(text);
    return found;
  }

  @Test
  void theHeaderSaysTheSeparator() throws Exception {
    assertThat(separator("kk,nik,name\n1;2,3,4\n")).isEqualTo(',');
    assertThat(separator("kk;nik;name\r\n1,5;2;x\r\n")).isEqualTo(';');
    assertThat(separator("no_kk;nik;nama\n")).isEqualTo(';');
    assertThat(separator("\n  \r\nkk;nik\n")).isEqualTo(';');
    assertThat(separator("\"kk\";\"nik\";\"name, as on the card\"\n")).isEqualTo(';');
    assertThat(separator("\"kk;x\",nik\n")).isEqualTo(',');
    assertThat(separator("kk;nik,name\n")).isEqualTo(',');
    assertThat(separator("kk\n1\n")).isEqualTo(',');
    assertThat(separator("")).isEqualTo(',');
  }

  @Test
  void theHeaderBelowTitleRowsSaysTheSeparator() throws Exception {
    // A title with a comma over a header separated by semicolons, as Excel saves an export.
    assertThat(separator("Daftar keluarga, Kabupaten Bojonegoro;;\nper 1 Juli 2025;;\n;;\n"
        + "no_kk;nik;nama\n3522;3522;x\n")).isEqualTo(';');
    assertThat(separator("Daftar keluarga; Bojonegoro\nkk,nik,name\n")).isEqualTo(',');
    assertThat(separator("Title;;\r\n\"kk\";\"nik\"\r\n")).isEqualTo(';');
    // Beyond the rows searched, the first row decides.
    assertThat(separator("t;\n".repeat(TableStart.ROWS_SEARCHED) + "kk,nik\n")).isEqualTo(';');
  }

  @Test
  void titleRowsAboveTheHeaderAreSkippedAndRowsKeepTheirNumbers() throws Exception {
    Path file = dir.resolve("titled.csv");
    Files.writeString(file, "Daftar keluarga, Kabupaten Bojonegoro;;\n;;\nper 1 Juli 2025;;\n"
        + "no_kk;nik;jenis_kelamin\n3522011503200001;3522014101850001;FEMALE\n"
        + "3522011503200002;35220141018;MALE\n");
    List<HouseholdRecord> records = read(file);
    assertThat(records).hasSize(2);
    assertThat(records.get(0)).isInstanceOf(HouseholdRecord.Valid.class);
    assertThat(((HouseholdRecord.Valid) records.get(0)).memberLines()).containsExactly(5);
    assertThat(records.get(1)).isInstanceOfSatisfying(HouseholdRecord.Invalid.class,
        r -> assertThat(r.firstLine()).isEqualTo(6));
  }

  @Test
  void aRowAboveTheHeaderThatIsNotATitleRefusesTheFile() throws Exception {
    String header = "kk,nik\n3522011503200002,3522014101850002\n";
    // Every row here could be a household's: none may be skipped as a title.
    for (String above : List.of("3522011503200001,3522014101850001\n",
        "3.52201E+15,3.52201E+15\n", "352201150320001,35220141018500\n", ",,Nama Satu,MALE\n",
        "3522011503200001\n", "3522011503200001;3522014101850001\n",
        "3522011503200001;3522014101850001;Siti Aminah;FEMALE\n",
        "Kabupaten:,Bojonegoro\n", "3522 0141 0185 0001\n", "3522.01.41.0185.0001\n",
        "3522/0141/0185/0001\n", "35-22-01-41-01-85-0001\n", "'352201410185\n",
        "3.52201E+15\n")) {
      Path file = dir.resolve("above.csv");
      Files.writeString(file, "Daftar keluarga\n" + above + header);
      assertThatThrownBy(() -> read(file)).as(above).isInstanceOf(InputFormatException.class)
          .hasMessage("row 2 comes before the header of the household table (row 3) and is not"
              + " a title (a title row has one cell, without a NIK or No. KK): move the header"
              + " above every household, or remove the row");
    }
    // Titles of one cell, dates, times and letter numbers included, are skipped.
    Path titled = dir.resolve("titles.csv");
    Files.writeString(titled, "Data per 01/07/2025 10:30\n,,Kab. Bojonegoro,\n"
        + "Dicetak 2025-07-01 10:30\nTanggal 01-07-2025 10.30\nNomor: 460.1.3-2024.001\n"
        + "DATA KPM PKH PLUS TAHUN 2025\nKabupaten Bojonegoro - Kecamatan Baureno\n" + header);
    assertThat(read(titled)).singleElement().isInstanceOf(HouseholdRecord.Valid.class);
    Files.writeString(titled, "Sumber: SIKS-NG 31/07/2025 14:22:05\n"
        + "Kode Wilayah 35.22.01.2001\nKode Wilayah 3522012001\nPagu Anggaran Rp 1.500.000.000\n"
        + "Telp. 0353-881234\nPeriode 01/07/2025 - 31/07/2025\nNIK 3522014101850001\n" + header);
    assertThat(read(titled)).singleElement().isInstanceOf(HouseholdRecord.Valid.class);
  }

  @Test
  void emptyRowsAsExcelSavesThemDoNotCountTowardsTheRowsSearched() throws Exception {
    Path file = dir.resolve("empty-rows.csv");
    Files.writeString(file, "Daftar keluarga, Kabupaten Bojonegoro;;\n" + ";;\n".repeat(12)
        + "no_kk;nik;nama\n3522011503200001;3522014101850001;\n");
    assertThat(read(file)).singleElement().isInstanceOf(HouseholdRecord.Valid.class);
  }

  @Test
  void aByteOrderMarkTitleAndSemicolonsAndANoBreakSpaceInTheHeaderAreRead() throws Exception {
    Path file = dir.resolve("bom-title.csv");
    Files.writeString(file, "\uFEFFDaftar keluarga, Kabupaten Bojonegoro;;\r\n"
        + "NO\u00A0KK;NIK;nama\r\n3522011503200001;3522014101850001;\r\n");
    List<HouseholdRecord> records = new ArrayList<>();
    InputFormat.CSV.read(file, new TableLayout(ExtensionFacts.provincial(),
        List.of(java.util.Map.entry("NO KK", "kk")), TableLayout.DateOrder.ISO), records::add,
        new Progress());
    assertThat(records).singleElement().isInstanceOf(HouseholdRecord.Valid.class);
  }

  @Test
  void aQuotedHeaderAfterAByteOrderMarkIsRead() throws Exception {
    Path file = dir.resolve("bom.csv");
    Files.writeString(file, "\uFEFF\"no_kk\";\"nik\"\r\n3522011503200001;3522014101850001\r\n");
    assertThat(read(file)).singleElement().isInstanceOf(HouseholdRecord.Valid.class);
  }

  @Test
  void withoutAHeaderAmongTheFirstRowsTheRowClosestToOneIsRefused() throws Exception {
    // A misspelt header under a title: the message is about the header, not the title.
    Path file = dir.resolve("noheader.csv");
    Files.writeString(file, "Daftar keluarga\nno kk,nik,nama\n3522011503200001,3522014101850001,"
        + "Siti\n");
    assertThatThrownBy(() -> read(file)).isInstanceOf(InputFormatException.class)
        .hasMessageStartingWith("row 2, which names the most columns of the layout, is not its"
            + " header: not a column of the layout (docs/csv-format.md): column 1");
    // Data without a header: no cell is quoted, even where one cell happens to be a column's
    // name (a person named Nik).
    Path data = dir.resolve("data.csv");
    Files.writeString(data, "3522011503200001,3522014101850001,Siti Aminah,FEMALE\n");
    assertThatThrownBy(() -> read(data)).isInstanceOf(InputFormatException.class)
        .hasMessage("no row among the first 10 that are not empty is the header of the household"
            + " table: none names a column of the layout (docs/csv-format.md)");
    // Rows of labels and values, as a form exports them: no name is quoted.
    for (String form : List.of("Nama,Siti Aminah,NIK,3522014101850001\n",
        "Nik,Nama,Siti Aminah,Budi Santoso\n")) {
      Path biodata = dir.resolve("biodata.csv");
      Files.writeString(biodata, form);
      assertThatThrownBy(() -> read(biodata)).as(form).isInstanceOf(InputFormatException.class)
          .hasMessage("no row among the first 10 that are not empty is the header of the"
              + " household table: none names both the kk and the nik column"
              + " (docs/csv-format.md)");
    }
    Path nik = dir.resolve("nik.csv");
    Files.writeString(nik, "3522011503200001,3522014101850001,Nik,Jl. Mawar 1\n");
    assertThatThrownBy(() -> read(nik)).isInstanceOf(InputFormatException.class)
        .hasMessage("no row among the first 10 that are not empty is the header of the household"
            + " table: none names both the kk and the nik column (docs/csv-format.md)");
    Path titles = dir.resolve("titles-only.csv");
    Files.writeString(titles, "Daftar keluarga\n".repeat(TableStart.ROWS_SEARCHED) + "kk,nik\n");
    assertThatThrownBy(() -> read(titles)).isInstanceOf(InputFormatException.class)
        .hasMessageContaining("none names a column of the layout");
    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, "\n,,\n");
    assertThatThrownBy(() -> read(empty)).isInstanceOf(InputFormatException.class)
        .hasMessageContaining("the input is empty");
  }

  @Test
  void aCellMayBeANikOrNoKkWhenItIsNothingButANumberOfTenDigitsOrMore() {
    for (String id : List.of("3522014101850001", "35.22.01.410185.0001", "'3522014101850001",
        "3522 0141 0185 0001", "3522/0141/0185/0001", " 3522014101 ", "3.52201E+15")) {
      assertThat(TableStart.mayBeId(id)).as(id).isTrue();
    }
    for (String title : List.of("NIK 3522014101850001", "352201410", "01/07/2025 10:30:15",
        "Dicetak 2025-07-01 10:30", "Nomor: 460.1.3-2024.001", "Kode Wilayah 3522012001", "",
        "3.5E")) {
      assertThat(TableStart.mayBeId(title)).as(title).isFalse();
    }
    assertThat(TableStart.mayBeId(null)).isFalse();
  }


  /** Every record read from {@code file}. */
  private static List<HouseholdRecord> read(Path file) throws Exception {
    List<HouseholdRecord> records = new ArrayList<>();
    InputFormat.CSV.read(file, new TableLayout(ExtensionFacts.provincial()), records::add, new Progress());
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
