package id.bansos.cli;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Cuts a CSV file into rows with Jackson's CSV parser (RFC 4180: comma separated, fields quoted
 * with {@code "}, a quoted field may span lines) and hands them to a {@link HouseholdTable}.
 * Blank lines are skipped. A row's number is the line it starts on.
 */
final class CsvSource {

  // The parser's factory alone: a CsvMapper would load the whole of Jackson's data binding, which
  // the rows do not need (a tenth of a second of a run's start).
  private static final CsvFactory FACTORY = CsvFactory.builder()
      .enable(CsvReadFeature.WRAP_AS_ARRAY)
      .enable(CsvReadFeature.SKIP_EMPTY_LINES)
      .build();

  private CsvSource() {}

  static void read(Reader in, TableLayout layout, RecordSink sink)
      throws IOException, InterruptedException {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in)) {
      List<String> header = new ArrayList<>();
      HouseholdTable table = null;
      String[] cells = new String[16];
      int n = 0;
      int line = 0;
      int depth = 0;
      JsonToken t;
      // WRAP_AS_ARRAY: the document is one outer array, each row an inner one.
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.START_ARRAY) {
          depth++;
          n = 0;
        } else if (t == JsonToken.END_ARRAY && depth-- == 2) {
          if (table == null) {
            for (int i = 0; i < n; i++) {
              header.add(cells[i]);
            }
            table = new HouseholdTable(layout, header, sink);
            cells = new String[Math.max(n, 1)];
          } else {
            String[] row = new String[n];
            System.arraycopy(cells, 0, row, 0, n);
            table.row(line, row);
          }
        } else if (t == JsonToken.VALUE_STRING) {
          if (n == 0) {
            line = p.currentTokenLocation().getLineNr();
          }
          if (n == cells.length) {
            cells = java.util.Arrays.copyOf(cells, n * 2);
          }
          cells[n++] = p.getString();
        }
      }
      if (table == null) {
        throw new InputFormatException(
            "the input is empty; its first line must be the header of the household table");
      }
      table.end();
    } catch (JacksonException e) {
      // The parser's own message may quote the text it choked on: give the place only.
      var at = e.getLocation();
      throw new InputFormatException("the CSV cannot be parsed"
          + (at == null ? "" : " at line " + at.getLineNr()) + " (broken quotes?)");
    }
  }
}
