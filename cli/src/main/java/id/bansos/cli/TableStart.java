package id.bansos.cli;

import java.util.List;
import java.util.Optional;

/**
 * Finds the header of the household table at the top of a file: the first row that names both
 * the {@code kk} and the {@code nik} column (in English or Indonesian), among the first {@value
 * #ROWS_SEARCHED} rows that are not empty. The rows above it, such as the title and the date that
 * exports put over a table, are not records and are skipped. When none of those rows is a header,
 * the first one is taken for the header, and the table refuses it naming what it lacks, as it
 * would refuse a header on the first row.
 */
final class TableStart {

  /** How many rows, from the first that is not empty, may hold the header. */
  static final int ROWS_SEARCHED = 10;

  private final TableLayout layout;
  private final RecordSink sink;
  private List<String> first;
  private int searched;

  TableStart(TableLayout layout, RecordSink sink) {
    this.layout = layout;
    this.sink = sink;
  }

  /**
   * Offers a row, before the header is found; a row whose cells are all empty is skipped.
   *
   * @param row its cells, in order
   * @return the table when the row is its header; null when the header may still come
   * @throws InputFormatException when the header is not found among the rows searched, naming
   *     what the first row lacks
   */
  HouseholdTable offer(List<String> row) {
    if (row.stream().allMatch(cell -> cell == null || cell.isBlank())) {
      // A row of empty cells (",,," in a CSV file) is an empty row.
      return null;
    }
    if (first == null) {
      first = row;
    }
    searched++;
    if (namesKkAndNik(row)) {
      return new HouseholdTable(layout, row, sink);
    }
    if (searched == ROWS_SEARCHED) {
      return new HouseholdTable(layout, first, sink);
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
    new HouseholdTable(layout, first, sink);
    // A row that names no kk or no nik column is no header: the table has refused it.
    throw new IllegalStateException("a header without kk or nik was accepted");
  }

  private boolean namesKkAndNik(List<String> row) {
    boolean kk = false;
    boolean nik = false;
    for (int i = 0; i < row.size(); i++) {
      String cell = row.get(i);
      if (i == 0 && cell.startsWith("\uFEFF")) {
        cell = cell.substring(1);
      }
      Optional<TableLayout.Column> column = layout.column(cell);
      kk |= column.isPresent() && column.get() == TableLayout.KK;
      nik |= column.isPresent() && column.get() == TableLayout.NIK;
    }
    return kk && nik;
  }
}
