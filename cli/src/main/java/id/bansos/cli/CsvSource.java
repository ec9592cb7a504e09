package id.bansos.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.FormatSchema;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Cuts a CSV file into rows with Jackson's CSV parser (RFC 4180: fields quoted with {@code "}, a
 * quoted field may span lines) and hands them to a {@link HouseholdTable}. Fields are separated
 * by commas, or by semicolons when the header has semicolons and no comma: Excel saves "CSV"
 * with the list separator of the machine's regional settings, a semicolon in Indonesian ones.
 * Blank lines are skipped. A row's number is the line it starts on.
 */
final class CsvSource {

  // The parser's factory alone: a CsvMapper would load the whole of Jackson's data binding, which
  // the rows do not need (a tenth of a second of a run's start).
  private static final CsvFactory FACTORY = CsvFactory.builder()
      .enable(CsvReadFeature.WRAP_AS_ARRAY)
      .enable(CsvReadFeature.SKIP_EMPTY_LINES)
      .build();

  // How a file separated by semicolons is parsed: the separator is a schema's.
  private static final ObjectReadContext SEMICOLONS = new ObjectReadContext.Base() {
    private final CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(';');

    @Override
    public FormatSchema getSchema() {
      return schema;
    }
  };

  // How far the header is looked at for its separator: far beyond any header of the layout.
  private static final int HEADER_LIMIT = 1 << 16;

  private CsvSource() {}

  /**
   * Reads the table in {@code in} ({@link TableText}: UTF-8, a byte that is not read as
   * Windows-1252), its separator found from its header.
   *
   * @throws InputFormatException when the CSV cannot be parsed, or is not the table
   */
  static void read(InputStream in, TableLayout layout, RecordSink sink)
      throws IOException, InterruptedException {
    BufferedInputStream buffered = new BufferedInputStream(in, HEADER_LIMIT);
    char separator = separator(buffered);
    read(new TableText(buffered), separator, layout, sink);
  }

  /**
   * The separator of the table whose bytes {@code in} starts with, read from its header (the
   * first line that is not blank) and reset to where it was: {@code ';'} when the header has
   * semicolons and no comma outside quotes, else {@code ','}.
   */
  static char separator(BufferedInputStream in) throws IOException {
    in.mark(HEADER_LIMIT);
    try {
      boolean quoted = false;
      boolean blank = true;
      int commas = 0;
      int semicolons = 0;
      for (int n = 0, b; n < HEADER_LIMIT && (b = in.read()) >= 0; n++) {
        if (b == '"') {
          quoted = !quoted;
        } else if (!quoted && (b == '\n' || b == '\r')) {
          if (!blank) {
            break;
          }
        } else if (!quoted && b == ',') {
          commas++;
        } else if (!quoted && b == ';') {
          semicolons++;
        }
        if (b != '\n' && b != '\r' && b != ' ' && b != '\t') {
          blank = false;
        }
      }
      return semicolons > 0 && commas == 0 ? ';' : ',';
    } finally {
      in.reset();
    }
  }

  static void read(Reader in, char separator, TableLayout layout, RecordSink sink)
      throws IOException, InterruptedException {
    ObjectReadContext context = separator == ';' ? SEMICOLONS : ObjectReadContext.empty();
    try (JsonParser p = FACTORY.createParser(context, in)) {
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
