package id.bansos.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the header of the household table at the top of a file: the first row that names both
 * the {@code kk} and the {@code nik} column (in English or Indonesian), among the first {@value
 * #ROWS_SEARCHED} rows that are not empty. The rows above it may only be titles, such as the
 * title, region and date that exports put over a table: rows of one cell with no NIK or No. KK in
 * it ({@link #holdsId}). Any other row above the header refuses the file, naming it, as a
 * household there would otherwise be lost without a word. When no row is a header, the message
 * says why, quoting a cell only of a row that is plainly a header: the rows searched may be a
 * household's.
 */
final class TableStart {

  /** How many rows, from the first that is not empty, may hold the header. */
  static final int ROWS_SEARCHED = 10;

  /** How many digits make a cell of nothing but a number a NIK or No. KK, typos included. */
  static final int ID_DIGITS = 10;

  /** How many digits in a row make a number among words a NIK or No. KK (16), typos included. */
  static final int ID_DIGITS_AMONG_WORDS = 15;

  // A date or a time in a title (01/07/2025, 2025-07-01, 14:22:05): no part of a NIK.
  private static final String DAY = "(?:0?[1-9]|[12]\\d|3[01])";
  private static final String MONTH = "(?:0?[1-9]|1[0-2])";
  private static final String YEAR = "(?:19|20)\\d\\d";
  private static final Pattern DATE_OR_TIME = Pattern.compile("(?<![\\d.])(?:"
      + DAY + "([-/.])" + MONTH + "\\1" + YEAR + "|" + YEAR + "([-/.])" + MONTH + "\\2" + DAY
      + "|(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?)(?![\\d.])");
  // A number as a spreadsheet shows a large one: 3.52201E+15.
  private static final Pattern SCIENTIFIC = Pattern.compile("\\d[.,]\\d+[eE]\\+?\\d+");

  private final TableLayout layout;
  private final RecordSink sink;
  private int searched;
  // The number of the first row above the header that is not a title, 0 when none.
  private int notTitle;
  // The row that names the most columns of the layout, and its number and count.
  private List<String> best;
  private int bestNumber;
  private int bestCount = -1;

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
            + " cell, with no NIK or No. KK in it): move the header above every household, or"
            + " remove the row");
      }
      return new HouseholdTable(layout, row, sink);
    }
    if (notTitle == 0 && (cells > 1 || row.stream().anyMatch(TableStart::holdsId))) {
      notTitle = number;
    }
    int known = knownColumns(row).size();
    if (known > bestCount) {
      best = row;
      bestNumber = number;
      bestCount = known;
    }
    if (searched == ROWS_SEARCHED) {
      throw noHeader();
    }
    return null;
  }

  /**
   * The file ended before a header was found.
   *
   * @param empty the message for a file without a row
   * @throws InputFormatException always: {@code empty}, or why no row is the header
   */
  void end(String empty) {
    throw best == null ? new InputFormatException(empty) : noHeader();
  }

  /**
   * Why no row is the header: none names a column of the layout, or the one that names the most
   * lacks kk or nik. Its other cells are quoted only when it is plainly a header (three columns of
   * the layout or more, two thirds of its cells or more, no NIK or No. KK in it); otherwise they
   * are told by number, as they may be a household's NIK or names.
   */
  private InputFormatException noHeader() {
    String hint = " (docs/csv-format.md; --column HEADER=COLUMN names the column a header holds)";
    if (bestCount == 0) {
      return new InputFormatException("no row among the first " + ROWS_SEARCHED + " that are"
          + " not empty is the header of the household table: none names a column of the"
          + " layout" + hint);
    }
    List<Integer> known = knownColumns(best);
    int cells = 0;
    for (String cell : best) {
      cells += cell == null || cell.isBlank() ? 0 : 1;
    }
    boolean header = known.size() >= 3 && known.size() * 3 >= cells * 2
        && best.stream().noneMatch(TableStart::holdsId);
    List<String> others = new ArrayList<>();
    for (int i = 0; i < best.size(); i++) {
      String cell = best.get(i);
      if (cell != null && !cell.isBlank() && !known.contains(i)) {
        others.add(header ? HouseholdTable.unknownColumn(i, cell.replace('\u00A0', ' ').strip())
            : "column " + (i + 1));
      }
    }
    return new InputFormatException("no row among the first " + ROWS_SEARCHED + " that are not"
        + " empty is the header of the household table: none names both the kk (no_kk) and the"
        + " nik column; row " + bestNumber + " names the most, " + known.size() + " column"
        + (known.size() == 1 ? "" : "s") + " of the layout"
        + (others.isEmpty() ? "" : "; not of the layout: " + String.join(", ", others)) + hint);
  }

  /** The positions of the cells of {@code row} that name a column of the layout. */
  private List<Integer> knownColumns(List<String> row) {
    List<Integer> known = new ArrayList<>();
    for (int i = 0; i < row.size(); i++) {
      String cell = row.get(i);
      if (cell != null && !cell.isBlank() && layout.column(cell).isPresent()) {
        known.add(i);
      }
    }
    return known;
  }

  /**
   * Whether {@code cell} may hold a NIK or a No. KK (whole, mistyped or cut short), or does among
   * the parts the other separator makes of it (a household's row in a file separated otherwise
   * is one cell), quotes taken away: see {@link #mayBeId}.
   */
  static boolean holdsId(String cell) {
    if (cell == null) {
      return false;
    }
    for (String part : cell.split("[;,]")) {
      if (mayBeId(part.replace("\"", ""))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code cell} may be or hold a NIK or a No. KK, whole, mistyped or cut short. Its
   * dates and times ({@code 31/07/2025}, {@code 2025-07-01}, {@code 14:22:05}) left out, it is:
   * a cell of nothing but numbers of {@value #ID_DIGITS} digits or more together (spaces, dots,
   * dashes, slashes or an apostrophe between its digits); or one that holds, among words, {@value
   * #ID_DIGITS_AMONG_WORDS} digits or more in a row (spaces, dots and dashes between them
   * allowed, but not a dash with a space beside it, which parts two numbers), so that a region's code ({@code Kode Wilayah 3522012001}), an amount or a letter
   * number in a title is not; or one that holds a number as a spreadsheet shows a large one
   * ({@code 3.52201E+15}).
   */
  static boolean mayBeId(String cell) {
    if (cell == null) {
      return false;
    }
    String text = cell.replace('\u00A0', ' ');
    if (SCIENTIFIC.matcher(text).find()) {
      return true;
    }
    text = DATE_OR_TIME.matcher(text).replaceAll(" ");
    int digits = 0;
    int run = 0;
    boolean onlyNumbers = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
        if (++run >= ID_DIGITS_AMONG_WORDS) {
          return true;
        }
      } else {
        // A dash with a space beside it parts two numbers (35.22.01.2001 - 35.22.01.2002).
        if (c != ' ' && c != '.' && c != '-' || c == '-' && (i > 0 && text.charAt(i - 1) == ' '
            || i + 1 < text.length() && text.charAt(i + 1) == ' ')) {
          run = 0;
        }
        onlyNumbers &= " .-/'\t".indexOf(c) >= 0;
      }
    }
    return onlyNumbers && digits >= ID_DIGITS;
  }
}
