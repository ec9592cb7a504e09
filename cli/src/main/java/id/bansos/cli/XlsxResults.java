package id.bansos.cli;

import id.bansos.rules.CatalogStamp;
import id.bansos.rules.Engine;
import id.bansos.rules.Funder;
import id.bansos.rules.Program;
import id.bansos.rules.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The screening's results as one XLSX workbook, written as a stream ({@link XlsxWriter}: the
 * determinations go straight into the file, the other sheets through temporary files): a sheet of
 * determinations, one of group determinations, one of rejects and one of the per-regency summary. Numbers are numbers;
 * rupiah are formatted {@code Rp#,##0}. A table longer than a sheet can hold (1,048,576 rows,
 * Excel's limit: about 150,000 households' determinations) goes on in sheets {@code
 * determinations-2}, {@code determinations-3}... after the others, each with the header.
 */
final class XlsxResults implements Screening.Results {

  static final String DETERMINATIONS = "determinations";
  static final String GROUPS = "groups";
  static final String REJECTS = "rejects";
  static final String SUMMARY = "summary";

  private final XlsxWriter workbook;
  private final int maxRows;
  private final Table determinations;
  private final Table groups;
  private final Table rejects;
  // Whether finish() wrote the last sheet: closed before that, the run failed and the workbook
  // is abandoned rather than completed.
  private boolean finished;

  XlsxResults(Path file, XlsxWriter.Scratch scratch) throws IOException {
    this(file, scratch, XlsxWriter.MAX_ROWS);
  }

  XlsxResults(Path file, XlsxWriter.Scratch scratch, int maxRows) throws IOException {
    this.workbook = new XlsxWriter(java.nio.file.Files.newOutputStream(file), scratch);
    this.maxRows = maxRows;
    try {
      determinations = new Table(DETERMINATIONS, DeterminationRows.COLUMNS, true);
      groups = new Table(GROUPS, DeterminationRows.GROUP_COLUMNS, false);
      rejects = new Table(REJECTS, DeterminationRows.REJECT_COLUMNS, false);
    } catch (IOException | RuntimeException e) {
      workbook.abort();
      throw e;
    }
  }

  /**
   * The columns of few values, whose texts go in the workbook's shared strings: in the
   * determinations of 100,000 households they repeat on every row (the catalog's stamp, the
   * program, the status, the regency). Written once, they cut the sheet's XML from 715 MB to
   * 499 MB (180 texts shared) and the run's CPU by about 8% (docs/performance.md, section 3h).
   */
  private static final Set<String> FEW_VALUES = Set.of("regency_code",
      "regency", "program", "unit", "status", "unknown_amounts", "weakest_confidence",
      "reason_codes", "catalog", "catalog_fingerprint", "library_version");

  /** A table, going on in a further sheet when one is full. */
  private final class Table {
    private final String name;
    private final List<String> columns;
    private final boolean streamed;
    // By column: whether its texts are shared strings (FEW_VALUES).
    private final boolean[] fewValues;
    private XlsxWriter.Sheet sheet;
    private int sheets;

    Table(String name, List<String> columns, boolean streamed) throws IOException {
      this.name = name;
      this.columns = columns;
      this.streamed = streamed;
      this.fewValues = new boolean[columns.size()];
      for (int i = 0; i < fewValues.length; i++) {
        fewValues[i] = FEW_VALUES.contains(columns.get(i));
      }
      next();
    }

    /** Writes a row of {@code cells} ({@link XlsxResults#row}), in a further sheet if need be. */
    void add(Object[] cells, int firstAmount, int lastAmount) throws IOException {
      if (sheet.rows() == maxRows) {
        next();
      }
      row(sheet.row(), cells, firstAmount, lastAmount, fewValues);
    }

    private void next() throws IOException {
      sheets++;
      sheet = workbook.sheet(sheets == 1 ? name : name + "-" + sheets, streamed);
      header(sheet, columns);
    }
  }

  private static void header(XlsxWriter.Sheet sheet, List<String> columns) throws IOException {
    sheet.row();
    for (String c : columns) {
      sheet.text(c, XlsxWriter.BOLD);
    }
  }

  @Override
  public void writeGroups(byte[] utf8, List<Object[]> rows, List<Object[]> rejected)
      throws IOException {
    for (Object[] r : rows) {
      groups.add(r, DeterminationRows.GROUP_FIRST_AMOUNT, DeterminationRows.GROUP_LAST_AMOUNT);
    }
    write(NO_TEXT, List.of(), rejected);
  }

  @Override
  public void write(byte[] utf8, List<Object[]> rows, List<Object[]> rejected)
      throws IOException {
    for (Object[] r : rows) {
      determinations.add(r, DeterminationRows.FIRST_AMOUNT, DeterminationRows.LAST_AMOUNT);
    }
    for (Object[] r : rejected) {
      rejects.add(r, -1, -1);
    }
  }

  @Override
  public void finish(Summary summary, Engine engine, LocalDate date) throws IOException {
    XlsxWriter.Sheet sheet = workbook.sheet(SUMMARY, true);
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
    summaryRows(sheet, summary.cells(), programs, columns.size());
    // The groups' decisions below, after an empty row, under a header of their own: a group is
    // not a household, so its counts are not added to the households'.
    sheet.row();
    List<String> groupColumns = new ArrayList<>(columns);
    groupColumns.set(2, "group_program");
    header(sheet, groupColumns);
    summaryRows(sheet, summary.groupCells(), groupPrograms, columns.size());
    // Which rules decided, below the table after an empty row: the same three values as the
    // last columns of the determinations sheet.
    sheet.row();
    CatalogStamp stamp = CatalogStamp.of(engine.catalog());
    String[] values = DeterminationRows.stampCells(stamp);
    String[] names = {"catalog", "catalog_fingerprint", "library_version"};
    for (int i = 0; i < names.length; i++) {
      sheet.row().text(names[i], XlsxWriter.BOLD).text(values[i], XlsxWriter.PLAIN);
    }
    finished = true;
  }

  private static void summaryRows(XlsxWriter.Sheet sheet,
      Map<Regencies.Key, Map<String, Summary.Cell>> counts, List<String> programs, int width)
      throws IOException {
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
        row(sheet.row(), cells, 6, 5 + Funder.values().length, new boolean[0]);
      }
    }
  }

  /**
   * Writes {@code cells} in {@code row}: numbers as numbers, rupiah from the first amount to the
   * last, the texts of the columns marked in {@code fewValues} as shared strings.
   */
  private static void row(XlsxWriter.Sheet row, Object[] cells, int firstAmount, int lastAmount,
      boolean[] fewValues) {
    for (int i = 0; i < cells.length; i++) {
      if (cells[i] instanceof Long n) {
        row.number(n, i >= firstAmount && i <= lastAmount ? XlsxWriter.RUPIAH : XlsxWriter.PLAIN);
      } else if (i < fewValues.length && fewValues[i]) {
        row.sharedText((String) cells[i], XlsxWriter.PLAIN);
      } else {
        row.text((String) cells[i], XlsxWriter.PLAIN);
      }
    }
  }

  /**
   * Completes the workbook after {@link #finish}; before it (the run failed), abandons it
   * without copying the sheets kept aside into a file that is to be discarded.
   */
  @Override
  public void close() throws IOException {
    if (finished) {
      workbook.close();
    } else {
      workbook.abort();
    }
  }
}
