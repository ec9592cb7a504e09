package id.bansos.cli;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the header of the household table at the top of a file: the first row that names both
 * the {@code kk} and the {@code nik} column (in English or Indonesian), among the first {@value
 * #ROWS_SEARCHED} rows that are not empty. The rows above it may only be titles, such as the
 * title, region and date that exports put over a table: rows of one cell that does not look like
 * a NIK or No. KK ({@link #mayBeId}). Any other row above the header refuses the file, naming it,
 * as a household there would otherwise be lost without a word. When no row is a header, the row
 * that names the most columns of the layout is refused as the header, naming what it lacks; when
 * no row names any, the message says so without quoting a cell.
 */
final class TableStart {

  /** How many rows, from the first that is not empty, may hold the header. */
  static final int ROWS_SEARCHED = 10;

  /** How many digits make a title row's cell look like a NIK or No. KK (16), typos included. */
  static final int ID_DIGITS = 10;

  private final TableLayout layout;
  private final RecordSink sink;
  private int searched;
  // The number of the first row above the header that is not a title, 0 when none.
  private int notTitle;
  // The row that names the most columns of the layout, and its number and count.
  private List<String> best;
  private int bestNumber;
  private int bestCount = -1;
  private int bestCells;

  TableStart(TableLayout layout, RecordSink sink) {
    this.layout = layout;
    this.sink = sink;
  }

  /**
   * Offers a row, while the header is not found; a row whose cells are all empty is skipped.
   *
   * @param number the row's number (its CSV line, or the row number Excel shows)
   * @param row its cells, in order (null for a cell the row does not have)
   * @return the table when the row is its header; null when the header may still come
   * @throws InputFormatException when the header is not found among the rows searched, or when a
   *     row above the header is not a title
   */
  HouseholdTable offer(int number, List<String> row) {
    int cells = 0;
    for (String cell : row) {
      cells += cell == null || cell.isBlank() ? 0 : 1;
    }
    if (cells == 0) {
      // A row of empty cells (",,," in a CSV file) is an empty row.
      return null;
    }
    searched++;
    if (layout.namesKkAndNik(row)) {
      if (notTitle > 0) {
        throw new InputFormatException("row " + notTitle + " comes before the header of the"
            + " household table (row " + number + ") and is not a title (a title row has one"
            + " cell, without a NIK or No. KK): move the header above every household, or"
            + " remove the row");
      }
      return new HouseholdTable(layout, row, sink);
    }
    if (notTitle == 0 && (cells > 1 || row.stream().anyMatch(TableStart::mayBeId))) {
      notTitle = number;
    }
    int known = knownColumns(row);
    if (known > bestCount) {
      best = row;
      bestNumber = number;
      bestCount = known;
      bestCells = cells;
    }
    if (searched == ROWS_SEARCHED) {
      throw noHeader();
    }
    return null;
  }

  /**
   * The file ended before a header was found: the row that names the most columns of the layout
   * is refused as a header, its unknown cells quoted, when it looks like one (two columns or
   * more, half of its cells or more); otherwise no cell is quoted.
   *
   * @param empty the message for a file without a row
   * @throws InputFormatException always: {@code empty}, or why no row is the header
   */
  void end(String empty) {
    throw best == null ? new InputFormatException(empty) : noHeader();
  }

  private InputFormatException noHeader() {
    if (bestCount < 2 || bestCount * 2 < bestCells) {
      // Most likely data without a header (a person named Nik, an address that reads "nama"):
      // no cell is quoted, as it may be a NIK or a name.
      return new InputFormatException("no row among the first " + ROWS_SEARCHED + " that are"
          + " not empty is the header of the household table: "
          + (bestCount == 0 ? "none names a column of the layout"
              : "none names both the kk and the nik column") + " (docs/csv-format.md)");
    }
    try {
      new HouseholdTable(layout, best, sink);
    } catch (InputFormatException e) {
      return new InputFormatException("row " + bestNumber + ", which names the most columns of"
          + " the layout, is not its header: " + e.getMessage());
    }
    // A row that names no kk or no nik column is no header: the table has refused it.
    throw new IllegalStateException("a header without kk or nik was accepted");
  }

  private int knownColumns(List<String> row) {
    int known = 0;
    for (int i = 0; i < row.size(); i++) {
      String cell = row.get(i);
      if (cell != null && !cell.isBlank() && layout.column(cell).isPresent()) {
        known++;
      }
    }
    return known;
  }

  // What a title's date, time or letter number looks like: not a NIK or No. KK.
  private static final Pattern DATE_OR_TIME = Pattern.compile(
      "(?<!\\d)(?:\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}|\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?)(?!\\d)");
  // A number as a spreadsheet shows a large one: 3.52201E+15.
  private static final Pattern SCIENTIFIC =
      Pattern.compile("\\d[.,]\\d+[eE]\\+?\\d+");

  /**
   * Whether {@code cell} may be a NIK or a No. KK, one mistyped or one cut short: once its dates,
   * times and letter numbers ({@code 2025-07-01}, {@code 10:30}, {@code 460.1.3}) are left out,
   * {@value #ID_DIGITS} digits or more in a row with at most spaces, dots, dashes or an apostrophe
   * between them ({@code 3522 0141 0185 0001}), or a number as a spreadsheet shows a large one
   * ({@code 3.52201E+15}).
   */
  static boolean mayBeId(String cell) {
    if (cell == null) {
      return false;
    }
    if (SCIENTIFIC.matcher(cell).find()) {
      return true;
    }
    String rest = DATE_OR_TIME.matcher(cell).replaceAll("/");
    int run = 0;
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++run >= ID_DIGITS) {
          return true;
        }
      } else if (c != ' ' && c != '.' && c != '-' && c != '\'') {
        run = 0;
      }
    }
    return false;
  }
}
