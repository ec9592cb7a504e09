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
    assertThat(separator(";;;\n;;\n")).isEqualTo(';');
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
        "3522011503200001;3522014101850001;Siti Aminah;FEMALE\n", "3522011503200001\u00A0\n",
        "3522\u00A00141\u00A00185\u00A00001\n", "NIK: 3522014101850001\n",
        "3522014101850001 Siti Aminah\n", "NIK 3.52201E+15\n", "352201410185000l\n",
        "Siti Aminah;\"3522014101850001\"\n",
        "Kabupaten:,Bojonegoro\n", "3522 0141 0185 0001\n", "3522.01.41.0185.0001\n",
        "3522/0141/0185/0001\n", "35-22-01-41-01-85-0001\n", "'352201410185\n",
        "3.52201E+15\n")) {
      Path file = dir.resolve("above.csv");
      Files.writeString(file, "Daftar keluarga\n" + above + header);
      assertThatThrownBy(() -> read(file)).as(above).isInstanceOf(InputFormatException.class)
          .hasMessage("row 2 comes before the header of the household table (row 3) and is not"
              + " a title (a title row has one cell, with no NIK or No. KK in it): move the header"
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
        + "Telp. 0353-881234\nPeriode 01/07/2025 - 31/07/2025\n01/07/2025 - 31/07/2025\n"
        + header);
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

  private static final String HINT =
      " (docs/csv-format.md; --column HEADER=COLUMN names the column a header holds)";

  @Test
  void withoutAHeaderAmongTheFirstRowsTheMessageSaysWhyByColumnNumbersOnly() throws Exception {
    // A header in an export's own names under a title: the row closest to a header is told,
    // its other cells by number.
    Path file = dir.resolve("noheader.csv");
    Files.writeString(file, "Daftar keluarga\nno kk,nik,nama,ALAMAT\n3522011503200001,"
        + "3522014101850001,Siti,Jl. Mawar\n");
    assertThatThrownBy(() -> read(file)).isInstanceOf(InputFormatException.class)
        .hasMessage("no row among the first 10 that are not empty is the header of the household"
            + " table: none names both the kk (no_kk) and the nik column; row 2 names the most,"
            + " 2 columns of the layout; not of the layout: column 1, column 4" + HINT);
    // A row that is plainly a header has its unknown cells quoted.
    Files.writeString(file, "Daftar keluarga\nNO KK,nik,nama,jenis_kelamin,tanggal_lahir\n");
    assertThatThrownBy(() -> read(file)).isInstanceOf(InputFormatException.class)
        .hasMessage("no row among the first 10 that are not empty is the header of the household"
            + " table: none names both the kk (no_kk) and the nik column; row 2 names the most,"
            + " 4 columns of the layout; not of the layout: column 1 'NO KK'" + HINT);
    // Data without a header, or rows of labels and values as a form exports them, one cell
    // happening to be a column's name (a person named Nik): no cell is ever quoted.
    for (String data : List.of("3522011503200001,3522014101850001,Siti Aminah,FEMALE\n",
        "Nama,Siti Aminah,NIK,3522014101850001\n", "Nik,Nama,Siti Aminah,Budi Santoso\n",
        "nama,nik,Siti Aminah\n", "3522011503200001,3522014101850001,Nik,Jl. Mawar 1\n")) {
      Path rows = dir.resolve("data.csv");
      Files.writeString(rows, data);
      assertThatThrownBy(() -> read(rows)).as(data).isInstanceOf(InputFormatException.class)
          .hasMessageStartingWith("no row among the first 10 that are not empty is the header")
          .hasMessageNotContaining("Siti").hasMessageNotContaining("Budi")
          .hasMessageNotContaining("Mawar").hasMessageNotContaining("3522");
    }
    Path titles = dir.resolve("titles-only.csv");
    Files.writeString(titles, "Daftar keluarga\n".repeat(TableStart.ROWS_SEARCHED) + "kk,nik\n");
    assertThatThrownBy(() -> read(titles)).isInstanceOf(InputFormatException.class)
        .hasMessage("no row among the first 10 that are not empty is the header of the household"
            + " table: none names a column of the layout" + HINT);
    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, "\n,,\n");
    assertThatThrownBy(() -> read(empty)).isInstanceOf(InputFormatException.class)
        .hasMessageContaining("the input is empty");
  }

  @Test
  void aCellMayBeOrHoldANikOrNoKk() {
    for (String id : List.of("3522014101850001", "35.22.01.410185.0001", "'3522014101850001",
        "3522 0141 0185 0001", "3522/0141/0185/0001", " 3522014101 ", "3.52201E+15",
        "3522014101850001\u00A0", "NIK: 3522014101850001", "NIK 3522 0141 0185 0001",
        "352201410185000l", "NIK 3.52201E+15", "NIK 3522-0141-0185-0001", "-3522014101850001")) {
      assertThat(TableStart.mayBeId(id)).as(id).isTrue();
    }
    for (String title : List.of("352201410", "01/07/2025 10:30:15", "01/07/2025 - 31/07/2025",
        "Dicetak 2025-07-01 10:30", "Nomor: 460.1.3-2024.001", "Kode Wilayah 3522012001",
        "Sumber: SIKS-NG 31/07/2025 14:22:05", "Pagu Anggaran Rp 1.500.000.000", "", "3.5E",
        "Kode 35.22.01.2001 - 35.22.01.2002", "Desa 3522012001 -3522012002")) {
      assertThat(TableStart.mayBeId(title)).as(title).isFalse();
    }
    assertThat(TableStart.mayBeId(null)).isFalse();
    assertThat(TableStart.holdsId("Siti Aminah;\"3522014101850001\"")).isTrue();
    assertThat(TableStart.holdsId("Daftar keluarga, Kabupaten Bojonegoro")).isFalse();
  }

  /** Every record read from {@code file}. */
  private static List<HouseholdRecord> read(Path file) throws Exception {
    List<HouseholdRecord> records = new ArrayList<>();
    InputFormat.CSV.read(file, new TableLayout(ExtensionFacts.provincial()), records::add,
        new Progress());
    return records;
  }

  @Test
  void aBrokenQuoteIsReportedAtTheRowItIsIn() throws Exception {
    Path file = dir.resolve("quote.csv");
    StringBuilder text = new StringBuilder("kk,nik,name\n");
    for (int i = 0; i < 8; i++) {
      // Line 4 opens a quote that no separator follows when it closes, three rows further down.
      String name = i == 2 ? "\"Siti" : i == 5 ? "Budi\"x" : "Nama";
      text.append("352709241113947").append(i).append(",352709620192999").append(i).append(',')
          .append(name).append('\n');
    }
    Files.writeString(file, text.toString());

    assertThatThrownBy(() -> read(file)).isInstanceOf(InputFormatException.class)
        .hasMessageStartingWith("the CSV cannot be parsed in the row that starts at line 4")
        .hasMessageNotContaining("Siti").hasMessageNotContaining("3527");
    // A quote opened in a row's first cell.
    Files.writeString(file, "kk,nik¶3527092411139470,3527096201929990¶¤3527092411139471,x¶"
        .replace('¶', '\n').replace('¤', '"') + "3527092411139472,¤y¤z¶".replace('¶', '\n')
        .replace('¤', '"'));
    assertThatThrownBy(() -> read(file)).isInstanceOf(InputFormatException.class)
        .hasMessageStartingWith("the CSV cannot be parsed in the first row after line 2");
    // After empty lines, which the parser skips; and in the header's first cell.
    Files.writeString(file, "kk,nik\n3527092411139470,3527096201929990\n\n\n\"x\"y,1\n");
    assertThatThrownBy(() -> read(file)).isInstanceOf(InputFormatException.class)
        .hasMessageStartingWith("the CSV cannot be parsed in the first row after line 2");
    Files.writeString(file, "\"kk\"x,nik\n3527092411139470,3527096201929990\n");
    assertThatThrownBy(() -> read(file)).isInstanceOf(InputFormatException.class)
        .hasMessageStartingWith("the CSV cannot be parsed in the first row:");
    Files.writeString(file, "kk,nik\n\"x\"y,1\n");
    assertThatThrownBy(() -> read(file)).isInstanceOf(InputFormatException.class)
        .hasMessageStartingWith("the CSV cannot be parsed in the first row after line 1:");
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
  @Test
  void withoutAHeaderTheSeparatorIsTheOneUnderWhichARowNamesTheMostColumns() throws Exception {
    // A title with a comma over a header that needs --column: the header's cells are quoted,
    // not read as one cell.
    assertThat(separator("DATA DTKS KAB. SAMPANG, JAWA TIMUR;;;;\n"
        + "NO;NO KK;NIK;NAMA;TANGGAL_LAHIR;JENIS_KELAMIN\n")).isEqualTo(';');
    assertThat(separator("Judul; satu\nNO,NO KK,NIK,NAMA\n")).isEqualTo(',');
  }

  @Test
  void emptyRowsBetweenAndAfterFamiliesAreSkipped() throws Exception {
    Path file = dir.resolve("gaps.csv");
    Files.writeString(file, "kk;nik;birth_date\r\n"
        + "3527092411139475;3527096201929994;1985-03-15\r\n"
        + ";;\r\n"
        + "3527092411139475;3527091709149299;2014-09-17\r\n"
        + " ; ;\r\n"
        + "3527092411139476;3527091709149298;2014-09-17\r\n"
        + ";;\r\n;;\r\n");
    List<HouseholdRecord> records = read(file);
    assertThat(records).hasSize(2).allMatch(r -> r instanceof HouseholdRecord.Valid);
    assertThat(((HouseholdRecord.Valid) records.get(0)).memberLines()).containsExactly(2, 4);
    assertThat(((HouseholdRecord.Valid) records.get(0)).household().members()).hasSize(2);
  }

  @Test
  void aRowWithoutItsNoKkUnderAFamilyRejectsTheFamilyWhole() throws Exception {
    Path file = dir.resolve("merged.csv");
    // As an export whose No. KK is a merged cell over the family's rows saves it.
    Files.writeString(file, "kk,nik,birth_date\n"
        + "3527092411139475,3527096201929994,1985-03-15\n"
        + ",3527091709149299,2014-09-17\n"
        + ",3527091709149298,2015-09-17\n"
        + "3527092411139476,3527091709149297,2014-09-17\n");
    List<HouseholdRecord> records = read(file);
    assertThat(records).hasSize(2);
    assertThat(records.get(0)).isInstanceOfSatisfying(HouseholdRecord.Invalid.class, r -> {
      assertThat(r.firstLine()).isEqualTo(2);
      assertThat(r.lastLine()).isEqualTo(4);
      assertThat(r.rows()).isEqualTo(3);
      assertThat(r.problems()).extracting(p -> p.line() + " " + p.problem().code())
          .containsExactly("3 CSV_KK_EMPTY", "4 CSV_KK_EMPTY");
      assertThat(r.problems().get(0).problem().message()).contains("merged cell")
          .doesNotContain("3527");
    });
    // The family after such a row is rejected too: the row may be its first, its No. KK left out.
    assertThat(records.get(1)).isInstanceOfSatisfying(HouseholdRecord.Invalid.class, r -> {
      assertThat(r.problems()).extracting(p -> p.line() + " " + p.problem().code())
          .containsExactly("5 CSV_KK_EMPTY");
      assertThat(r.problems().get(0).problem().message()).contains("line 4")
          .doesNotContain("3527");
    });
    // A row without a NIK either, such as a total under the table, is a record of its own.
    Files.writeString(file, "kk,nik,birth_date\n"
        + "3527092411139475,3527096201929994,1985-03-15\n"
        + ",,Jumlah 1\n");
    List<HouseholdRecord> withTotal = read(file);
    assertThat(withTotal).hasSize(2);
    assertThat(withTotal.get(0)).isInstanceOf(HouseholdRecord.Valid.class);
    assertThat(withTotal.get(1)).isInstanceOf(HouseholdRecord.Invalid.class);
    // With no family above it, such a row is a record of its own, rejected for its No. KK.
    Files.writeString(file, "kk,nik\n,3527091709149299\n");
    assertThat(read(file)).singleElement().isInstanceOfSatisfying(HouseholdRecord.Invalid.class,
        r -> assertThat(r.problems()).extracting(p -> p.problem().code())
            .doesNotContain("CSV_KK_EMPTY").isNotEmpty());
  }

  @Test
  void aFamilysFirstRowWithoutItsNoKkRejectsThatFamilyAndTheOneAbove() throws Exception {
    Path file = dir.resolve("headless.csv");
    // The second family's head (line 4) lost its No. KK: read with the first family it would
    // make that one fail, and the second decided without its head.
    Files.writeString(file, "kk,nik,birth_date,domicile\n"
        + "3527092411139475,3527096201929994,1985-03-15,35.27.09.2001\n"
        + "3527092411139475,3527091709149299,2014-09-17,\n"
        + ",3578014101800001,1980-01-01,35.78.01.1001\n"
        + "3578010101200001,3578011709149298,2015-09-17,\n"
        + "3578010101200002,3578014101800002,1970-01-01,35.78.01.1001\n");
    List<HouseholdRecord> records = read(file);

    assertThat(records).hasSize(3);
    assertThat(records.get(0)).isInstanceOfSatisfying(HouseholdRecord.Invalid.class,
        r -> assertThat(r.problems()).extracting(p -> p.line() + " " + p.problem().code())
            .containsExactly("4 CSV_KK_EMPTY"));
    assertThat(records.get(1)).isInstanceOfSatisfying(HouseholdRecord.Invalid.class, r -> {
      assertThat(r.firstLine()).isEqualTo(5);
      assertThat(r.problems()).extracting(p -> p.line() + " " + p.problem().code())
          .containsExactly("5 CSV_KK_EMPTY");
    });
    assertThat(records.get(2)).isInstanceOf(HouseholdRecord.Valid.class);
    // The same as the file's first row: a record of its own, and the family after it rejected.
    Files.writeString(file, "kk,nik,birth_date\n"
        + ",3578014101800001,1980-01-01\n"
        + "3578010101200001,3578011709149298,2015-09-17\n"
        + "3578010101200002,3578014101800002,1970-01-01\n");
    List<HouseholdRecord> first = read(file);
    assertThat(first).hasSize(3);
    assertThat(first.get(0)).isInstanceOf(HouseholdRecord.Invalid.class);
    assertThat(first.get(1)).isInstanceOfSatisfying(HouseholdRecord.Invalid.class,
        r -> assertThat(r.problems()).extracting(p -> p.problem().code())
            .containsExactly("CSV_KK_EMPTY"));
    assertThat(first.get(2)).isInstanceOf(HouseholdRecord.Valid.class);
    // Inside a family (its rows go on below it with their No. KK), the row is the family's own:
    // the family after is read as usual.
    Files.writeString(file, "kk,nik,birth_date\n"
        + "3527092411139475,3527096201929994,1985-03-15\n"
        + ",3527091709149299,2014-09-17\n"
        + "3527092411139475,3527091709149298,2015-09-17\n"
        + "3578010101200002,3578014101800002,1970-01-01\n");
    List<HouseholdRecord> inside = read(file);
    assertThat(inside).hasSize(2);
    assertThat(inside.get(0)).isInstanceOfSatisfying(HouseholdRecord.Invalid.class,
        r -> assertThat(r.problems()).extracting(p -> p.line() + " " + p.problem().code())
            .containsExactly("3 CSV_KK_EMPTY"));
    assertThat(inside.get(1)).isInstanceOf(HouseholdRecord.Valid.class);
  }

  @Test
  void emptyHeaderCellsAreNoColumnsAndAValueUnderOneStopsTheRunUnlessLeftOut() throws Exception {
    Path file = dir.resolve("spacer.csv");
    Files.writeString(file, "kk;;nik;birth_date;;\n"
        + "3527092411139475;;3527096201929994;1985-03-15;;\n"
        + "3527092411139477;;3527091709149298;2014-09-17;;y\n");
    List<HouseholdRecord> records = read(file);
    assertThat(records).hasSize(2);
    assertThat(records.get(0)).isInstanceOf(HouseholdRecord.Valid.class);
    // Beyond the last named column: a cell beyond the header.
    assertThat(records.get(1)).isInstanceOfSatisfying(HouseholdRecord.Invalid.class,
        r -> assertThat(r.problems()).extracting(p -> p.problem().code())
            .containsExactly("CSV_COLUMNS"));

    // An unnamed index column first, as a script writes it.
    Path indexed = dir.resolve("indexed.csv");
    Files.writeString(indexed, ",kk,nik\n0,3527092411139475,3527096201929994\n"
        + "1,3527092411139476,3527091709149299\n");
    assertThatThrownBy(() -> read(indexed)).isInstanceOf(InputFormatException.class)
        .hasMessage("column 1 has no header, but line 2 holds a value in it: give the column its"
            + " name in the header, or leave out every column without a header with --column"
            + " \"=-\"");
    List<HouseholdRecord> leftOut = new ArrayList<>();
    InputFormat.CSV.read(indexed, new TableLayout(ExtensionFacts.provincial(),
        List.of(java.util.Map.entry("", "-")), TableLayout.DateOrder.ISO), leftOut::add,
        new Progress());
    assertThat(leftOut).hasSize(2).allMatch(r -> r instanceof HouseholdRecord.Valid);
  }

  @Test
  void aTotalUnderTheTableAndANoBreakSpaceForTheNoKkAreToldApart() throws Exception {
    Path file = dir.resolve("total.csv");
    Files.writeString(file, "nik;kk;nama\n3527096201929994;3527092411139475;A\n"
        + "3527091709149299;3527092411139475;B\nJUMLAH;;2 jiwa\n");
    List<HouseholdRecord> records = read(file);
    assertThat(records).hasSize(2);
    assertThat(records.get(0)).isInstanceOf(HouseholdRecord.Valid.class);
    assertThat(records.get(1)).isInstanceOf(HouseholdRecord.Invalid.class);

    Files.writeString(file, "kk;nik\n3527092411139475;3527096201929994\n"
        + "\u00A0;3527091709149299\n");
    assertThat(read(file)).singleElement().isInstanceOfSatisfying(HouseholdRecord.Invalid.class,
        r -> assertThat(r.problems()).extracting(p -> p.problem().code())
            .containsExactly("CSV_KK_EMPTY"));
  }

  @Test
  void anExtensionColumnMayBeNamedInCapitals() throws Exception {
    Path file = dir.resolve("caps.csv");
    Files.writeString(file, "KK;NIK;ANGGOTA.UPTNAME;PERSON.NEEDSWHEELCHAIR\n"
        + "3527092411139475;3527096201929994;UPT Griya Werdha;ya\n");
    assertThat(read(file)).singleElement().isInstanceOfSatisfying(HouseholdRecord.Valid.class,
        v -> assertThat(v.household().members().get(0).extensions()).hasSize(2));
  }
  @Test
  void aFileOfEmptyRowsIsAnEmptyInput() throws Exception {
    Path file = dir.resolve("empty.csv");
    Files.writeString(file, ";;;\r\n;;;\r\n");
    assertThatThrownBy(() -> read(file)).isInstanceOf(InputFormatException.class)
        .hasMessageStartingWith("the input is empty");
  }
}
