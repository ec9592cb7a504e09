package id.bansos.cli;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the header of the household table at the top of a file: the first row that names both
 * the {@code kk} and the {@code nik} column (in English or Indonesian), among the first {@value
 * #ROWS_SEARCHED} rows that are not empty. The rows above it may only be titles, such as the
 * title, region and date that exports put over a table: rows of one cell that is not a NIK or No.
 * KK ({@link #mayBeId}). Any other row above the header refuses the file, naming it, as a
 * household there would otherwise be lost without a word. When no row is a header, the row that
 * names the most columns of the layout is refused as the header, naming what it lacks, if it looks
 * like one; otherwise the message says no row is, without quoting a cell.
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
  // Whether the best row holds a cell that may be a NIK or No. KK: then it is data, not a header.
  private boolean bestHoldsId;

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
    if (notTitle == 0 && (cells > 1 || row.stream().anyMatch(TableStart::holdsId))) {
      notTitle = number;
    }
    int known = knownColumns(row);
    if (known > bestCount) {
      best = row;
      bestNumber = number;
      bestCount = known;
      bestCells = cells;
      bestHoldsId = row.stream().anyMatch(TableStart::holdsId);
    }
    if (searched == ROWS_SEARCHED) {
      throw noHeader();
    }
    return null;
  }

  /**
   * The file ended before a header was found: the row that names the most columns of the layout
   * is refused as a header, its unknown cells quoted, when it looks like one (two columns or
   * more, more than half of its cells, no cell that may be a NIK or No. KK); otherwise no cell is
   * quoted.
   *
   * @param empty the message for a file without a row
   * @throws InputFormatException always: {@code empty}, or why no row is the header
   */
  void end(String empty) {
    throw best == null ? new InputFormatException(empty) : noHeader();
  }

  private InputFormatException noHeader() {
    if (bestCount < 2 || bestCount * 2 <= bestCells || bestHoldsId) {
      // Most likely data without a header (a person named Nik, a row of labels and values): no
      // cell is quoted, as it may be a NIK or a name.
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

  // A number as a spreadsheet shows a large one: 3.52201E+15.
  private static final Pattern SCIENTIFIC = Pattern.compile("\\d[.,]\\d+[eE]\\+?\\d+");

  /**
   * Whether {@code cell} is, or holds among the parts the other separator makes of it (a row of
   * a household in a file separated otherwise is one cell), one that {@link #mayBeId may be} a
   * NIK or No. KK.
   */
  private static boolean holdsId(String cell) {
    if (cell == null) {
      return false;
    }
    if (mayBeId(cell)) {
      return true;
    }
    String[] parts = cell.split("[;,]");
    return parts.length > 1 && Arrays.stream(parts).anyMatch(TableStart::mayBeId);
  }

  /**
   * Whether {@code cell} may be a NIK or a No. KK, whole, mistyped or cut short: a cell that is
   * nothing but numbers of {@value #ID_DIGITS} digits or more together (spaces, dots, dashes,
   * slashes, an apostrophe, and the other separator's commas or semicolons between them, as a
   * household's row in a file of the other separator is one cell), or a number as a spreadsheet
   * shows a large one
   * ({@code 3.52201E+15}). A cell with words in it is a title's, whatever numbers it holds: a
   * date, a time, a region's code, an amount, a letter number.
   */
  static boolean mayBeId(String cell) {
    if (cell == null) {
      return false;
    }
    String number = cell.strip();
    if (SCIENTIFIC.matcher(number).matches()) {
      return true;
    }
    int digits = 0;
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (" .-/',;\t".indexOf(c) < 0) {
        return false;
      }
    }
    return digits >= ID_DIGITS;
  }
}
