package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks written by {@link XlsxWriter}, read back by Apache POI's full workbook reader. */
class XlsxWriterTest {

  @TempDir
  static Path dir;

  private static XlsxWriter writer(ByteArrayOutputStream out) {
    return new XlsxWriter(out, () -> Files.createTempFile(dir, "sheet", ".scratch"));
  }

  /** Texts that XML, Excel's escapes or white space make hard to carry. */
  private static final List<String> TEXTS = List.of("Nama Satu", "a < b > c & d \"e\" 'f'",
      "  spaces at both ends  ", "tab\tand\nline", "\u0001\u001F control", "_x0041_ not an A",
      "_x", "x_x_", "Ŝ名😀 é", "\uFFFE", "trailing\r");

  private static byte[] workbook(List<String> texts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XlsxWriter w = writer(out)) {
      XlsxWriter.Sheet sheet = w.sheet("texts", true);
      sheet.row().text("text", XlsxWriter.BOLD).text("amount", XlsxWriter.BOLD);
      long n = 0;
      for (String t : texts) {
        sheet.row().text(t, XlsxWriter.PLAIN).number(n++ * 1_000_000_007L, XlsxWriter.RUPIAH);
      }
    }
    return out.toByteArray();
  }

  @Test
  void textsAndNumbersReadBackAsWritten() throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook(TEXTS)))) {
      Sheet sheet = book.getSheet("texts");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("text");
      assertThat(((XSSFCellStyle) sheet.getRow(0).getCell(0).getCellStyle()).getFont().getBold())
          .isTrue();
      List<String> read = new ArrayList<>();
      for (int r = 1; r <= TEXTS.size(); r++) {
        Row row = sheet.getRow(r);
        read.add(row.getCell(0).getStringCellValue());
        Cell amount = row.getCell(1);
        assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat((long) amount.getNumericCellValue()).isEqualTo((r - 1) * 1_000_000_007L);
        assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("\"Rp\"#,##0");
      }
      assertThat(read).isEqualTo(TEXTS);
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
    }
  }

  @Test
  void theSameRowsGiveTheSameBytes() throws Exception {
    assertThat(workbook(TEXTS)).isEqualTo(workbook(TEXTS));
  }

  /** A workbook whose column A holds {@code texts} as shared strings, twice over. */
  private static byte[] sharedWorkbook(List<String> texts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XlsxWriter w = writer(out)) {
      XlsxWriter.Sheet sheet = w.sheet("shared", true);
      for (int round = 0; round < 2; round++) {
        for (String t : texts) {
          sheet.row().sharedText(t, XlsxWriter.PLAIN).number(round, XlsxWriter.PLAIN);
        }
      }
    }
    return out.toByteArray();
  }

  private static String part(byte[] workbook, String name) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no part " + name);
  }

  @Test
  void sharedTextsReadBackAsWrittenEachKeptOnce() throws Exception {
    byte[] bytes = sharedWorkbook(TEXTS);

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = book.getSheet("shared");
      List<String> read = new ArrayList<>();
      for (Row row : sheet) {
        read.add(row.getCell(0).getStringCellValue());
      }
      List<String> twice = new ArrayList<>(TEXTS);
      twice.addAll(TEXTS);
      assertThat(read).isEqualTo(twice);
    }
    String sst = part(bytes, "xl/sharedStrings.xml");
    assertThat(sst).contains("count=\"" + 2 * TEXTS.size() + "\" uniqueCount=\"" + TEXTS.size()
        + "\"");
    assertThat(sst.split("<si>", -1)).hasSize(TEXTS.size() + 1);
    assertThat(part(bytes, "xl/worksheets/sheet1.xml")).doesNotContain("inlineStr")
        .contains("<c r=\"A1\" t=\"s\"><v>0</v></c>");
    assertThat(sharedWorkbook(TEXTS)).isEqualTo(bytes);
  }

  @Test
  void aLongTextOrANewOneOnceTheTableIsFullGoesInItsCell() throws Exception {
    String longText = "x".repeat(XlsxWriter.MAX_SHARED_LENGTH + 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XlsxWriter w = writer(out)) {
      XlsxWriter.Sheet sheet = w.sheet("full", true);
      sheet.row().sharedText(longText, XlsxWriter.PLAIN).sharedText("", XlsxWriter.PLAIN)
          .sharedText("after the empty one", XlsxWriter.PLAIN)
          .sharedText(longText.substring(1), XlsxWriter.PLAIN);
      for (int i = 0; i < XlsxWriter.MAX_SHARED - 1; i++) {
        sheet.row().sharedText("t" + i, XlsxWriter.PLAIN);
      }
      sheet.row().sharedText("one too many", XlsxWriter.PLAIN).sharedText("t7", XlsxWriter.PLAIN);
    }
    byte[] bytes = out.toByteArray();

    String xml = part(bytes, "xl/worksheets/sheet1.xml");
    // The longest text that is shared, 255 characters, is the table's second.
    assertThat(xml).contains("<c r=\"A1\" t=\"inlineStr\"><is><t>" + longText + "</t>",
        "<c r=\"C1\" t=\"s\"><v>0</v></c>", "<c r=\"D1\" t=\"s\"><v>1</v></c>",
        "<is><t>one too many</t></is>",
        "<c r=\"B" + (XlsxWriter.MAX_SHARED + 1) + "\" t=\"s\"><v>9</v></c>")
        .doesNotContain("r=\"B1\"");
    assertThat(part(bytes, "xl/sharedStrings.xml"))
        .contains("uniqueCount=\"" + XlsxWriter.MAX_SHARED + "\"").doesNotContain("one too many");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = book.getSheet("full");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(longText);
      assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("after the empty one");
      assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo(longText.substring(1));
      Row last = sheet.getRow(XlsxWriter.MAX_SHARED);
      assertThat(last.getCell(0).getStringCellValue()).isEqualTo("one too many");
      assertThat(last.getCell(1).getStringCellValue()).isEqualTo("t7");
    }
  }

  @Test
  void aSharedTextForACellThatCannotBeIsNotKept() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XlsxWriter w = writer(out)) {
      XlsxWriter.Sheet sheet = w.sheet("early", true);
      assertThatThrownBy(() -> sheet.sharedText("before any row", XlsxWriter.PLAIN))
          .isInstanceOf(IllegalStateException.class);
      sheet.row().sharedText("kept", XlsxWriter.PLAIN);
    }
    assertThat(part(out.toByteArray(), "xl/sharedStrings.xml"))
        .contains("count=\"1\" uniqueCount=\"1\"").doesNotContain("before any row");
  }

  @Test
  void anEmptyTextIsNoCellAndColumnsGoOnPastZ() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XlsxWriter w = writer(out)) {
      XlsxWriter.Sheet sheet = w.sheet("wide", true);
      sheet.row();
      for (int c = 0; c < 800; c++) {
        sheet.text(c % 3 == 0 ? "" : "c" + c, XlsxWriter.PLAIN);
      }
    }
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Row row = book.getSheet("wide").getRow(0);
      for (int c = 0; c < 800; c++) {
        if (c % 3 == 0) {
          assertThat(row.getCell(c)).as("column %d", c).isNull();
        } else {
          assertThat(row.getCell(c).getStringCellValue()).isEqualTo("c" + c);
        }
      }
    }
  }

  @Test
  void sheetsFilledAtOnceKeepTheirRowsAndTheOrderTheyWereAdded() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Path> before = temporaries();
    try (XlsxWriter w = writer(out)) {
      XlsxWriter.Sheet a = w.sheet("a", true);
      XlsxWriter.Sheet b = w.sheet("b", false);
      XlsxWriter.Sheet c = w.sheet("c", false);
      for (int i = 0; i < 3_000; i++) {
        a.row().text("a" + i, XlsxWriter.PLAIN);
        if (i % 2 == 0) {
          b.row().text("b" + i, XlsxWriter.PLAIN);
        }
      }
      XlsxWriter.Sheet a2 = w.sheet("a-2", true);
      a2.row().number(7, XlsxWriter.PLAIN);
      assertThatThrownBy(a::row).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("has ended");
      c.row();
    }
    assertThat(temporaries()).isEqualTo(before);

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      List<String> names = new ArrayList<>();
      book.forEach(s -> names.add(s.getSheetName()));
      assertThat(names).containsExactly("a", "b", "c", "a-2");
      assertThat(book.getSheet("a").getLastRowNum()).isEqualTo(2_999);
      assertThat(book.getSheet("a").getRow(2_999).getCell(0).getStringCellValue())
          .isEqualTo("a2999");
      assertThat(book.getSheet("b").getLastRowNum()).isEqualTo(1_499);
      assertThat(book.getSheet("b").getRow(1_499).getCell(0).getStringCellValue())
          .isEqualTo("b2998");
      assertThat(book.getSheet("a-2").getRow(0).getCell(0).getNumericCellValue()).isEqualTo(7);
      assertThat(book.getSheetIndex("a")).isZero();
    }
  }

  /** A stream that fails once {@code limit} bytes have been written, and says when it closed. */
  private static final class Failing extends java.io.OutputStream {
    private final int limit;
    private int written;
    boolean closed;

    Failing(int limit) {
      this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (written + len > limit) {
        throw new IOException("disk full");
      }
      written += len;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void aFailedWriteLeavesNoScratchFileAndClosesTheTarget() throws Exception {
    for (int limit : new int[] {0, 100, 5_000, 40_000, 400_000}) {
      Failing target = new Failing(limit);
      List<Path> before = temporaries();
      XlsxWriter w = new XlsxWriter(target, () -> Files.createTempFile(dir, "sheet", ".scratch"));
      assertThatThrownBy(() -> {
        try (w) {
          XlsxWriter.Sheet streamed = w.sheet("streamed", true);
          XlsxWriter.Sheet buffered = w.sheet("buffered", false);
          for (int i = 0; i < 20_000; i++) {
            streamed.row().text("row " + i, XlsxWriter.PLAIN).number(i, XlsxWriter.RUPIAH);
            buffered.row().text("other " + i, XlsxWriter.PLAIN);
          }
        }
      }).as("failing after %d bytes", limit).isInstanceOf(IOException.class)
          .hasMessage("disk full");
      assertThat(temporaries()).as("failing after %d bytes", limit).isEqualTo(before);
      assertThat(target.closed).as("failing after %d bytes", limit).isTrue();
    }
  }

  @Test
  void anAbandonedWorkbookWritesNoMorePartsLeavesNoScratchFileAndClosesTheTarget()
      throws Exception {
    List<Path> before = temporaries();
    boolean[] closed = {false};
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    XlsxWriter w = writer(out);
    XlsxWriter.Sheet streamed = w.sheet("streamed", true);
    XlsxWriter.Sheet aside = w.sheet("aside", false);
    for (int i = 0; i < 2_000; i++) {
      streamed.row().text("row " + i, XlsxWriter.PLAIN);
      aside.row().text("other " + i, XlsxWriter.PLAIN);
    }

    w.abort();
    w.abort();
    w.close();

    assertThat(closed[0]).isTrue();
    assertThat(temporaries()).isEqualTo(before);
    // Only the sheet that was being streamed, ended: neither the sheet kept aside nor the
    // workbook's own parts.
    List<String> entries = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries.add(e.getName());
      }
    }
    assertThat(entries).containsExactly("xl/worksheets/sheet1.xml");
    // A closed workbook is not abandoned afterwards.
    ByteArrayOutputStream complete = new ByteArrayOutputStream();
    XlsxWriter finished = writer(complete);
    finished.sheet("one", true).row().text("x", XlsxWriter.PLAIN);
    finished.close();
    byte[] bytes = complete.toByteArray();
    finished.abort();
    assertThat(complete.toByteArray()).isEqualTo(bytes);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertThat(book.getSheet("one").getRow(0).getCell(0).getStringCellValue()).isEqualTo("x");
    }
  }

  @Test
  void aSheetNameExcelCannotHoldIsRefused() throws Exception {
    try (XlsxWriter w = writer(new ByteArrayOutputStream())) {
      for (String name : List.of("", "a/b", "x".repeat(32), "a&b")) {
        assertThatThrownBy(() -> w.sheet(name, true)).isInstanceOf(IllegalArgumentException.class);
      }
    }
  }

  private static List<Path> temporaries() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  @Test
  void theBytesDoNotDependOnTheTimeZoneAndNoEntryRecordsWhenItWasWritten() throws Exception {
    java.util.TimeZone zone = java.util.TimeZone.getDefault();
    byte[] utc;
    byte[] jakarta;
    byte[] newYork;
    try {
      java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
      utc = workbook(TEXTS);
      java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Jakarta"));
      jakarta = workbook(TEXTS);
      java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/New_York"));
      newYork = workbook(TEXTS);
    } finally {
      java.util.TimeZone.setDefault(zone);
    }
    assertThat(jakarta).isEqualTo(utc);
    assertThat(newYork).isEqualTo(utc);
    try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(utc))) {
      int entries = 0;
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        assertThat(e.getTimeLocal()).as(e.getName())
            .isEqualTo(java.time.LocalDateTime.of(2000, 1, 1, 0, 0));
        assertThat(e.getExtra()).as(e.getName()).isNull();
        entries++;
      }
      assertThat(entries).isEqualTo(7);
    }
  }

  @Test
  void aTextLongerThanACellHoldsIsCutAndMarked() throws Exception {
    String longText = "ab".repeat(20_000);
    String pair = "x".repeat(XlsxWriter.MAX_CELL_TEXT - 2) + "😀" + "tail";
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
        workbook(List.of(longText, pair, "x".repeat(XlsxWriter.MAX_CELL_TEXT)))))) {
      Sheet sheet = book.getSheet("texts");
      String cut = sheet.getRow(1).getCell(0).getStringCellValue();
      assertThat(cut).hasSize(XlsxWriter.MAX_CELL_TEXT).endsWith("…")
          .startsWith(longText.substring(0, XlsxWriter.MAX_CELL_TEXT - 1));
      // Not between the two halves of a character outside the BMP.
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue())
          .isEqualTo("x".repeat(XlsxWriter.MAX_CELL_TEXT - 2) + "…");
      assertThat(sheet.getRow(3).getCell(0).getStringCellValue())
          .hasSize(XlsxWriter.MAX_CELL_TEXT).doesNotEndWith("…");
    }
  }

  @Test
  void aCellAfterTheSheetEndedOrBeyondTheLastColumnIsRefused() throws Exception {
    try (XlsxWriter w = writer(new ByteArrayOutputStream())) {
      XlsxWriter.Sheet first = w.sheet("first", true);
      first.row();
      w.sheet("second", true);
      assertThatThrownBy(() -> first.text("late", XlsxWriter.PLAIN))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("has ended");
      assertThatThrownBy(() -> first.text("", XlsxWriter.PLAIN))
          .isInstanceOf(IllegalStateException.class);
      XlsxWriter.Sheet wide = w.sheet("wide", true);
      wide.row();
      for (int c = 0; c < XlsxWriter.MAX_COLUMNS; c++) {
        wide.number(c, XlsxWriter.PLAIN);
      }
      assertThatThrownBy(() -> wide.number(0, XlsxWriter.PLAIN))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("16384");
    }
  }
}
