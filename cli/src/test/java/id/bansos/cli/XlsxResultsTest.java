package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.rules.Engine;
import id.bansos.rules.program.JawaTimur;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A results workbook whose tables are longer than a sheet holds. */
class XlsxResultsTest {

  @TempDir
  Path dir;

  private static Object[] row(int n, int width) {
    Object[] cells = new Object[width];
    cells[0] = "row " + n;
    for (int i = 1; i < width; i++) {
      cells[i] = (long) n;
    }
    return cells;
  }

  @Test
  void aTableLongerThanASheetGoesOnInNumberedSheetsWithTheHeader() throws Exception {
    Path file = dir.resolve("results.xlsx");
    // Sheets of at most 5 rows: a header and 4 rows.
    try (XlsxResults results = new XlsxResults(file,
        () -> Files.createTempFile(dir, "sheet", ".scratch"), 5)) {
      List<Object[]> determinations = new ArrayList<>();
      for (int n = 0; n < 10; n++) {
        determinations.add(row(n, DeterminationRows.COLUMNS.size()));
      }
      List<Object[]> rejects = new ArrayList<>();
      for (int n = 0; n < 3; n++) {
        rejects.add(row(n, DeterminationRows.REJECT_COLUMNS.size()));
      }
      results.write(Screening.Results.NO_TEXT, determinations.subList(0, 6), rejects);
      results.write(Screening.Results.NO_TEXT, determinations.subList(6, 10), List.of());
      results.finish(new Summary(), Engine.of(JawaTimur.catalog()), LocalDate.of(2025, 7, 1));
    }

    try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
      List<String> names = new ArrayList<>();
      book.forEach(s -> names.add(s.getSheetName()));
      assertThat(names).containsExactly("determinations", "groups", "rejects",
          "determinations-2", "determinations-3", "summary");
      List<String> read = new ArrayList<>();
      for (String name : List.of("determinations", "determinations-2", "determinations-3")) {
        Sheet sheet = book.getSheet(name);
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("kk");
        assertThat(sheet.getLastRowNum()).isLessThanOrEqualTo(4);
        for (Row r : sheet) {
          if (r.getRowNum() > 0) {
            read.add(r.getCell(0).getStringCellValue());
          }
        }
      }
      assertThat(read).containsExactly("row 0", "row 1", "row 2", "row 3", "row 4", "row 5",
          "row 6", "row 7", "row 8", "row 9");
      assertThat(book.getSheet("rejects").getLastRowNum()).isEqualTo(3);
    }
    try (var left = Files.list(dir)) {
      assertThat(left).containsExactly(file);
    }
  }

  @Test
  void resultsClosedBeforeTheirEndAreAbandonedNotCompleted() throws Exception {
    Path file = dir.resolve("failed.xlsx");
    try (XlsxResults results = new XlsxResults(file,
        () -> Files.createTempFile(dir, "sheet", ".scratch"), 5)) {
      results.write(Screening.Results.NO_TEXT,
          List.<Object[]>of(row(0, DeterminationRows.COLUMNS.size())),
          List.<Object[]>of(row(0, DeterminationRows.REJECT_COLUMNS.size())));
      // The run fails here: no finish().
    }

    // No workbook (the run's temporary output is discarded): the determinations sheet that was
    // being streamed, ended, and nothing else; no sheet kept aside is left behind.
    List<String> entries = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries.add(e.getName());
      }
    }
    assertThat(entries).containsExactly("xl/worksheets/sheet1.xml");
    try (var left = Files.list(dir)) {
      assertThat(left).containsExactly(file);
    }
  }
}
