package id.bansos.cli;

import java.util.List;

/**
 * Finds the header of the household table at the top of a file: the first row that names both
 * the {@code kk} and the {@code nik} column (in English or Indonesian), among the first {@value
 * #ROWS_SEARCHED} rows that are not empty. The rows above it, the title, region and date that
 * exports put over a table, are not records and are skipped; but a row above it that holds a
 * NIK or a No. KK (a cell of 16 digits) refuses the file, as a household there would be lost
 * without a word. When none of those rows is a header, the first one is taken for the header,
 * and the table refuses it naming what it lacks, as it refuses a header on the first row.
 */
final class TableStart {

  /** How many rows, from the first that is not empty, may hold the header. */
  static final int ROWS_SEARCHED = 10;

  private final TableLayout layout;
  private final RecordSink sink;
  private List<String> first;
  private int searched;
  // The number of the first row above the header that holds a NIK or a No. KK, 0 when none.
  private int rowWithId;

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
   * @throws InputFormatException when the header is not found among the rows searched, naming
   *     what the first row lacks, or when a row above the header holds a NIK or No. KK
   */
  HouseholdTable offer(int number, List<String> row) {
    if (row.stream().allMatch(cell -> cell == null || cell.isBlank())) {
      // A row of empty cells (",,," in a CSV file) is an empty row.
      return null;
    }
    if (first == null) {
      first = row;
    }
    searched++;
    if (layout.namesKkAndNik(row)) {
      if (rowWithId > 0) {
        throw new InputFormatException("row " + rowWithId + " comes before the header of the"
            + " household table (row " + number + ") and holds a NIK or No. KK: move the header"
            + " above every household, or remove the row");
      }
      return new HouseholdTable(layout, row, sink);
    }
    if (rowWithId == 0 && row.stream().anyMatch(TableStart::isId)) {
      rowWithId = number;
    }
    if (searched == ROWS_SEARCHED) {
      return header(first);
    }
    return null;
  }

  /**
   * The file ended before a header was found.
   *
   * @param empty the message for a file without a row
   * @throws InputFormatException always: {@code empty}, or what the first row lacks
   */
  void end(String empty) {
    if (first == null) {
      throw new InputFormatException(empty);
    }
    header(first);
  }

  private HouseholdTable header(List<String> row) {
    new HouseholdTable(layout, row, sink);
    // A row that names no kk or no nik column is no header: the table has refused it.
    throw new IllegalStateException("a header without kk or nik was accepted");
  }

  /** Whether {@code cell} is 16 digits, spaces, dots and dashes between them allowed. */
  static boolean isId(String cell) {
    if (cell == null) {
      return false;
    }
    int digits = 0;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c != ' ' && c != '.' && c != '-' && c != '\'') {
        return false;
      }
    }
    return digits == 16;
  }
}
