package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.bansos.core.household.Household;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.Sex;
import id.bansos.jackson.ExtensionFacts;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook as Excel writes it, not as {@code bansos} does: shared strings, rich text, dates and
 * numbers as numeric cells with a format, booleans, formulas with their cached results, blank
 * rows and cells left out (docs/csv-format.md).
 */
class XlsxSourceTest {

  @TempDir
  Path dir;

  private static final String KK = "3509021503200001";
  private static final String HEAD = "3509024101850001";
  private static final String CHILD = "3509021506150002";
  private static final String THIRD = "3509021506150003";

  private Path excelWorkbook() throws Exception {
    Path file = dir.resolve("excel.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = book.createSheet("KK");
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      CellStyle integer = book.createCellStyle();
      integer.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("#,##0"));
      String[] header = {"no_kk", "domisili", "nik", "nama", "tanggal_lahir", "jenis_kelamin",
          "hubungan_keluarga", "terdaftar", "jenis_register", "desil", "tanggal_cek_register",
          "penghasilan_bulanan", "bantuan_pkh"};
      Row h = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      // Row 2 (index 1) left out: a blank row is skipped.
      Row head = sheet.createRow(2);
      head.createCell(0).setCellValue(KK);
      head.createCell(1).setCellValue("35.09.02.2001");
      head.createCell(2).setCellValue(HEAD);
      XSSFRichTextString name = new XSSFRichTextString("Nama Satu");
      name.applyFont(0, 3, book.createFont());
      head.createCell(3).setCellValue(name);
      head.createCell(4).setCellValue(LocalDate.of(1985, 1, 1));
      head.getCell(4).setCellStyle(date);
      head.createCell(5).setCellValue("female");
      head.createCell(6).setCellValue("head");
      head.createCell(7).setCellValue(true);
      head.createCell(8).setCellValue("DTSEN");
      head.createCell(9).setCellFormula("1+1");
      head.createCell(10).setCellValue(LocalDate.of(2025, 1, 15));
      head.getCell(10).setCellStyle(date);
      head.createCell(11).setCellValue(1_250_000);
      head.getCell(11).setCellStyle(integer);
      head.createCell(12).setCellFormula("1=1");
      Row child = sheet.createRow(3);
      // The No. KK on every row, the household's other cells left out; the name is a formula's
      // text.
      child.createCell(0).setCellValue(KK);
      child.createCell(2).setCellValue(CHILD);
      child.createCell(3).setCellFormula("\"Nama\"&\" \"&\"Dua\"");
      child.createCell(4).setCellValue(LocalDate.of(2015, 6, 15));
      child.getCell(4).setCellStyle(date);
      child.createCell(5).setCellValue("MALE");
      child.createCell(6).setCellValue("child");
      child.createCell(11).setCellValue(0.0);
      Row third = sheet.createRow(4);
      third.createCell(0).setCellValue(KK);
      third.createCell(2).setCellValue(THIRD);
      // An error cell reads as its code.
      third.createCell(3).setCellFormula("1/0");
      book.getCreationHelper().createFormulaEvaluator().evaluateAll();
      book.write(out);
    }
    return file;
  }

  @Test
  void aWorkbookAsExcelWritesItReadsAsItsCsvWould() throws Exception {
    Path file = excelWorkbook();
    List<HouseholdRecord> read = new ArrayList<>();

    InputFormat.XLSX.read(file, new TableLayout(ExtensionFacts.provincial()),
        read::add, new Progress());

    assertThat(read).singleElement().isInstanceOf(HouseholdRecord.Valid.class);
    HouseholdRecord.Valid v = (HouseholdRecord.Valid) read.get(0);
    assertThat(v.memberLines()).containsExactly(3, 4, 5);
    Household h = v.household();
    assertThat(h.kkNumber().value()).isEqualTo(KK);
    assertThat(h.registry()).hasValueSatisfying(r -> {
      assertThat(r.registered()).isTrue();
      assertThat(r.desil().map(d -> d.value())).contains(2);
      assertThat(r.checkedOn()).isEqualTo(LocalDate.of(2025, 1, 15));
    });
    assertThat(h.receives(id.bansos.core.household.AidProgram.PKH)).contains(true);
    Person p = h.members().get(0);
    assertThat(p.nik().value()).isEqualTo(HEAD);
    assertThat(p.name()).contains("Nama Satu");
    assertThat(p.birthDate()).contains(LocalDate.of(1985, 1, 1));
    assertThat(p.sex()).contains(Sex.FEMALE);
    assertThat(p.relationship()).contains(Relationship.HEAD);
    assertThat(p.monthlyIncome().map(r -> r.amount())).contains(1_250_000L);
    Person c = h.members().get(1);
    assertThat(c.name()).contains("Nama Dua");
    assertThat(c.birthDate()).contains(LocalDate.of(2015, 6, 15));
    assertThat(c.monthlyIncome().map(r -> r.amount())).contains(0L);
    assertThat(h.members().get(2).name()).contains("ERROR:#DIV/0!");
  }

  @Test
  void aNikOrNoKkInANumberCellIsRejectedNamingItsColumn() throws Exception {
    // Excel keeps 15 digits of a number: a 16-digit NIK or No. KK typed into a number cell is not
    // the one written (3509021506150002 becomes 3509021506150000), and must not be read as one.
    String otherKk = "3509021503200002";
    String thirdKk = "3509021503200103";
    List<HouseholdRecord> read = readTable("numbers.xlsx",
        new String[] {"kk", "nik", "sex", "relationship", "monthly_income"}, new Object[][] {
            {KK, HEAD, "FEMALE", "HEAD", 999_999_999_999_999.0},
            {KK, Double.parseDouble(CHILD), "MALE", "CHILD", 0.0},
            {otherKk, "3509024101850003", "FEMALE", "HEAD", 1_000_000.0},
            {Double.parseDouble(thirdKk), "3509024101850004", "FEMALE", "HEAD", 0.0}});

    assertThat(read).hasSize(3);
    // Only the child's NIK: the head's income, a number of 15 digits, is read as written.
    assertThat(read.get(0)).isInstanceOfSatisfying(HouseholdRecord.Invalid.class, bad ->
        assertThat(bad.problems()).extracting(p -> p.line(), p -> p.problem().path(),
            p -> p.problem().code()).containsExactly(tuple(3, "nik", "XLSX_DIGITS_LOST")));
    assertThat(read.get(1)).isInstanceOf(HouseholdRecord.Valid.class);
    assertThat(read.get(2)).isInstanceOfSatisfying(HouseholdRecord.Invalid.class, bad ->
        assertThat(bad.problems()).extracting(p -> p.problem().path(), p -> p.problem().code())
            .containsExactly(tuple("kk", "XLSX_DIGITS_LOST")));
    // The message names no digits.
    assertThat(((HouseholdRecord.Invalid) read.get(0)).problems().get(0).problem().message())
        .doesNotContainPattern("[0-9]{6}");
  }

  @Test
  void aNoKkThatLostItsDigitsStillRejectsItsWholeFamily() throws Exception {
    // The family's No. KK as text on its first and last rows, as a number on the middle one
    // (held as 3509021503200000): the three rows stay one household, rejected whole, rather
    // than a family decided without its middle member. The next family, all text, is read.
    String family = "3509021503200003";
    String next = "3509021503200104";
    List<HouseholdRecord> read = readTable("split.xlsx", new String[] {"kk", "nik"},
        new Object[][] {{family, HEAD}, {Double.parseDouble(family), CHILD}, {family, THIRD},
            {next, "3509024101850005"}});

    assertThat(read).hasSize(2);
    assertThat(read.get(0)).isInstanceOfSatisfying(HouseholdRecord.Invalid.class, bad -> {
      assertThat(bad.firstLine()).isEqualTo(2);
      assertThat(bad.lastLine()).isEqualTo(4);
      assertThat(bad.problems()).extracting(p -> p.line(), p -> p.problem().code())
          .containsExactly(tuple(3, "XLSX_DIGITS_LOST"));
    });
    assertThat(read.get(1)).isInstanceOf(HouseholdRecord.Valid.class);
  }

  @Test
  void titleRowsAboveTheHeaderAreSkipped() throws Exception {
    // As an export puts them: a title, an empty row, a date, then the table.
    List<HouseholdRecord> read = readTable("titled.xlsx",
        new String[] {"DAFTAR KELUARGA PENERIMA MANFAAT"}, new Object[][] {
            {}, {"per 1 Juli 2025, Kab. Bojonegoro"}, {"no_kk", "nik"}, {KK, HEAD},
            {KK, CHILD}});
    assertThat(read).singleElement().isInstanceOfSatisfying(HouseholdRecord.Valid.class,
        v -> assertThat(v.memberLines()).containsExactly(5, 6));
  }

  @Test
  void aHouseholdAboveTheHeaderRefusesTheWorkbook() throws Exception {
    // The No. KK as a number: held as 16 digits, it still shows a household was put there.
    assertThatThrownBy(() -> readTable("above.xlsx", new String[] {"Daftar"}, new Object[][] {
        {Double.parseDouble(KK)}, {"kk", "nik"}, {KK, HEAD}}))
        .isInstanceOf(InputFormatException.class)
        .hasMessage("row 2 comes before the header of the household table (row 3) and is not"
            + " a title (a title row has one cell, with no NIK or No. KK in it): move the header"
            + " above every household, or remove the row");
  }

  /**
   * The records read from a one-sheet workbook of {@code header} and {@code rows}, made as Excel
   * makes one: a {@code Double} as a number cell, a {@code LocalDate} as a date cell, a {@code
   * String} as a text cell.
   */
  private List<HouseholdRecord> readTable(String name, String[] header, Object[][] rows)
      throws Exception {
    return readTable(name, header, rows, new TableLayout(ExtensionFacts.provincial()));
  }

  /** {@link #readTable(String, String[], Object[][])}, read with {@code layout}. */
  private List<HouseholdRecord> readTable(String name, String[] header, Object[][] rows,
      TableLayout layout) throws Exception {
    Path file = dir.resolve(name);
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = book.createSheet("KK");
      Row h = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < rows[r].length; c++) {
          if (rows[r][c] instanceof Double d) {
            row.createCell(c).setCellValue(d);
          } else if (rows[r][c] instanceof LocalDate d) {
            // A date cell: a number in a date format, as Excel keeps a date.
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            row.createCell(c).setCellValue(d);
            row.getCell(c).setCellStyle(date);
          } else {
            row.createCell(c).setCellValue((String) rows[r][c]);
          }
        }
      }
      book.write(out);
    }
    List<HouseholdRecord> read = new ArrayList<>();
    InputFormat.XLSX.read(file, layout, read::add, new Progress());
    return read;
  }

  @Test
  void aDateTypedAsTextIsReadInTheOrderDatesGivesAndADateCellWhatever() throws Exception {
    // Row 2: a date typed as text, day first; row 3: as text, ISO; row 4: a date cell shown
    // dd/mm/yyyy, which is a date whatever --dates says.
    Object[][] rows = {{KK, HEAD, "15/03/1985"}, {KK, CHILD, "2015-06-15"},
        {KK, THIRD, LocalDate.of(2016, 1, 2)}};
    String[] header = {"kk", "nik", "tanggal_lahir"};
    List<HouseholdRecord> read = readTable("dates.xlsx", header, rows,
        new TableLayout(ExtensionFacts.provincial(), List.of(), TableLayout.DateOrder.DMY));
    assertThat(read).singleElement().isInstanceOfSatisfying(HouseholdRecord.Valid.class, v -> {
      assertThat(v.household().members().get(0).birthDate()).contains(LocalDate.of(1985, 3, 15));
      assertThat(v.household().members().get(1).birthDate()).contains(LocalDate.of(2015, 6, 15));
      assertThat(v.household().members().get(2).birthDate()).contains(LocalDate.of(2016, 1, 2));
    });
    rows[0][2] = "03/15/1985";
    List<HouseholdRecord> monthFirst = readTable("dates-mdy.xlsx", header, rows,
        new TableLayout(ExtensionFacts.provincial(), List.of(), TableLayout.DateOrder.MDY));
    assertThat(monthFirst).singleElement().isInstanceOfSatisfying(HouseholdRecord.Valid.class,
        v -> {
          assertThat(v.household().members().get(0).birthDate())
              .contains(LocalDate.of(1985, 3, 15));
          assertThat(v.household().members().get(2).birthDate())
              .contains(LocalDate.of(2016, 1, 2));
        });
  }

  @Test
  void anExportsOwnHeaderBelowATitleIsReadWithColumn() throws Exception {
    TableLayout layout = new TableLayout(ExtensionFacts.provincial(),
        List.of(java.util.Map.entry("NO KK", "kk"), java.util.Map.entry("NIK ANGGOTA", "nik"),
            java.util.Map.entry("ALAMAT", "-")),
        TableLayout.DateOrder.ISO);
    List<HouseholdRecord> read = readTable("export.xlsx", new String[] {"DAFTAR KPM"},
        new Object[][] {{"NO KK", "NIK ANGGOTA", "ALAMAT"}, {KK, HEAD, "Jl. Mawar 1"}}, layout);
    assertThat(read).singleElement().isInstanceOfSatisfying(HouseholdRecord.Valid.class,
        v -> assertThat(v.memberLines()).containsExactly(3));
  }
}
