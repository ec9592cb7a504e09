package id.bansos.cli;

import id.bansos.rules.CatalogStamp;
import id.bansos.rules.Engine;
import id.bansos.rules.Funder;
import id.bansos.rules.Program;
import id.bansos.rules.Status;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The screening's results as one XLSX workbook, written as a stream (SXSSF keeps a window of
 * rows in memory and the rest in temporary files): a sheet of determinations, one of group
 * determinations, one of rejects and one of the per-regency summary. Numbers are numbers;
 * rupiah are formatted {@code Rp#,##0}. A table longer than a sheet can hold (1,048,576 rows,
 * Excel's limit: about 150,000 households' determinations) goes on in sheets {@code
 * determinations-2}, {@code determinations-3}... after the others, each with the header.
 */
final class XlsxResults implements Screening.Results {

  static final String DETERMINATIONS = "determinations";
  static final String GROUPS = "groups";
  static final String REJECTS = "rejects";
  static final String SUMMARY = "summary";

  private final Path file;
  private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
  private final int maxRows;
  private final Table determinations;
  private final Table groups;
  private final Table rejects;
  private final CellStyle rupiah;
  private final CellStyle bold;

  /** Results in a workbook whose sheets hold as many rows as Excel's (1,048,576). */
  XlsxResults(Path file) {
    this(file, SpreadsheetVersion.EXCEL2007.getMaxRows());
  }

  /** Results in a workbook whose sheets hold at most {@code maxRows} rows, header included. */
  XlsxResults(Path file, int maxRows) {
    this.file = file;
    this.maxRows = maxRows;
    workbook.setCompressTempFiles(true);
    rupiah = workbook.createCellStyle();
    rupiah.setDataFormat(workbook.createDataFormat().getFormat("\"Rp\"#,##0"));
    bold = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setBold(true);
    bold.setFont(font);
    determinations = new Table(DETERMINATIONS, DeterminationRows.COLUMNS);
    groups = new Table(GROUPS, DeterminationRows.GROUP_COLUMNS);
    rejects = new Table(REJECTS, DeterminationRows.REJECT_COLUMNS);
  }

  /**
   * One table of the results over as many sheets as it needs: when a sheet is full it goes on
   * in a new sheet, {@code NAME-2}, {@code NAME-3}..., with the same header.
   */
  private final class Table {
    private final String name;
    private final List<String> columns;
    private SXSSFSheet sheet;
    private int sheets;
    private int row;

    Table(String name, List<String> columns) {
      this.name = name;
      this.columns = columns;
      next();
    }

    private void next() {
      sheets++;
      sheet = workbook.createSheet(sheets == 1 ? name : name + "-" + sheets);
      header(sheet, columns);
      row = 1;
    }

    Row newRow() {
      if (row == maxRows) {
        next();
      }
      return sheet.createRow(row++);
    }
  }

  private void header(SXSSFSheet sheet, List<String> columns) {
    header(sheet, 0, columns);
    sheet.createFreezePane(0, 1);
  }

  private void header(SXSSFSheet sheet, int at, List<String> columns) {
    Row row = sheet.createRow(at);
    for (int i = 0; i < columns.size(); i++) {
      var cell = row.createCell(i);
      cell.setCellValue(columns.get(i));
      cell.setCellStyle(bold);
    }
  }

  @Override
  public void writeGroups(byte[] utf8, List<Object[]> rows, List<Object[]> rejected) {
    for (Object[] r : rows) {
      row(groups.newRow(), r, DeterminationRows.GROUP_FIRST_AMOUNT,
          DeterminationRows.GROUP_LAST_AMOUNT);
    }
    write(NO_TEXT, List.of(), rejected);
  }

  @Override
  public void write(byte[] utf8, List<Object[]> rows, List<Object[]> rejected) {
    for (Object[] r : rows) {
      row(determinations.newRow(), r, DeterminationRows.FIRST_AMOUNT,
          DeterminationRows.LAST_AMOUNT);
    }
    for (Object[] r : rejected) {
      row(rejects.newRow(), r, -1, -1);
    }
  }

  private void row(Row row, Object[] cells, int firstAmount, int lastAmount) {
    for (int i = 0; i < cells.length; i++) {
      var cell = row.createCell(i);
      if (cells[i] instanceof Long n) {
        cell.setCellValue(n.doubleValue());
        if (i >= firstAmount && i <= lastAmount) {
          cell.setCellStyle(rupiah);
        }
      } else {
        cell.setCellValue((String) cells[i]);
      }
    }
  }

  @Override
  public void finish(Summary summary, Engine engine, LocalDate date) {
    SXSSFSheet sheet = workbook.createSheet(SUMMARY);
    List<String> columns = new ArrayList<>(List.of("regency_code", "regency", "program",
        "ELIGIBLE", "NOT_ELIGIBLE", "UNDETERMINED"));
    for (Funder f : Funder.values()) {
      columns.add("yearly_total_" + f.name().toLowerCase(java.util.Locale.ROOT) + "_idr");
    }
    columns.add("unknown_amounts");
    header(sheet, columns);
    List<String> programs = new ArrayList<>();
    for (Program p : engine.catalog().inForce(date)) {
      if (p.info().decidesEligibility()) {
        programs.add(p.info().code());
      }
    }
    List<String> groupPrograms = new ArrayList<>();
    for (Program p : engine.catalog().inForce(date)) {
      if (p.isGroupProgram()) {
        groupPrograms.add(p.info().code());
      }
    }
    int r = summaryRows(sheet, 1, summary.cells(), programs, columns.size());
    // The groups' decisions below, after an empty row, under a header of their own: a group is
    // not a household, so its counts are not added to the households'.
    r++;
    List<String> groupColumns = new ArrayList<>(columns);
    groupColumns.set(2, "group_program");
    header(sheet, r++, groupColumns);
    r = summaryRows(sheet, r, summary.groupCells(), groupPrograms, columns.size());
    // Which rules decided, below the table after an empty row: the same three values as the
    // last columns of the determinations sheet.
    r++;
    CatalogStamp stamp = CatalogStamp.of(engine.catalog());
    String[] values = DeterminationRows.stampCells(stamp);
    String[] names = {"catalog", "catalog_fingerprint", "library_version"};
    for (int i = 0; i < names.length; i++) {
      Row row = sheet.createRow(r++);
      var name = row.createCell(0);
      name.setCellValue(names[i]);
      name.setCellStyle(bold);
      row.createCell(1).setCellValue(values[i]);
    }
  }

  /** The rows of one table of the summary sheet from row {@code r}; the next free row. */
  private int summaryRows(SXSSFSheet sheet, int r,
      Map<Regencies.Key, Map<String, Summary.Cell>> counts, List<String> programs, int width) {
    for (Map.Entry<Regencies.Key, Map<String, Summary.Cell>> e : counts.entrySet()) {
      for (String program : programs) {
        Summary.Cell c = e.getValue().get(program);
        if (c == null) {
          continue;
        }
        Object[] cells = new Object[width];
        int i = 0;
        cells[i++] = e.getKey().code();
        cells[i++] = e.getKey().name();
        cells[i++] = program;
        for (Status s : List.of(Status.ELIGIBLE, Status.NOT_ELIGIBLE, Status.UNDETERMINED)) {
          cells[i++] = c.count(s);
        }
        for (Funder f : Funder.values()) {
          cells[i++] = c.yearlyTotals.amount(f).amount();
        }
        cells[i] = String.join(";",
            c.yearlyTotals.unknownAmounts().stream().map(Funder::name).toList());
        row(sheet.createRow(r++), cells, 6, 5 + Funder.values().length);
      }
    }
    return r;
  }

  @Override
  public void close() throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    } finally {
      workbook.close();
    }
  }
}
