package id.bansos.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
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
 * quoted field may span lines) and hands them to a {@link HouseholdTable}, its header found by
 * {@link TableStart}. Fields are separated by commas, or by semicolons when the header is split
 * by semicolons: Excel saves "CSV" with the list separator of the machine's regional settings, a
 * semicolon in Indonesian ones. Blank lines are skipped. A row's number is the line it starts on.
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
    // A byte order mark is no part of the first cell: without it a quoted first cell, as Excel
    // writes one in "CSV UTF-8", is read as quoted.
    buffered.mark(3);
    byte[] head = buffered.readNBytes(3);
    if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF)) {
      buffered.reset();
    }
    char separator = separator(buffered, layout);
    read(new TableText(buffered), separator, layout, sink);
  }

  /**
   * The separator of the table whose bytes {@code in} starts with (after its byte order mark),
   * and {@code in} reset to where it was. The header decides ({@link TableStart}: the first of the first rows that are not
   * blank that names the kk and nik columns): {@code ';'} when it names them split at
   * semicolons, {@code ','} when split at commas. Without such a row, the separator under which
   * a row names the most columns of the layout, so that the refusal quotes that row's cells; when
   * no row names more under one than under the other, the first row that is not blank decides:
   * {@code ';'} when it has semicolons and no comma outside quotes, else {@code ','}. A file of
   * nothing but empty rows is read with {@code ';'} when they hold semicolons.
   */
  static char separator(BufferedInputStream in, TableLayout layout) throws IOException {
    in.mark(HEADER_LIMIT);
    try {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      boolean quoted = false;
      boolean semicolon = false;
      for (int n = 0, b; n < HEADER_LIMIT && lines.size() < TableStart.ROWS_SEARCHED
          && (b = in.read()) >= 0; n++) {
        if (b == '"') {
          quoted = !quoted;
        }
        semicolon |= b == ';' && !quoted;
        if (!quoted && (b == '\n' || b == '\r')) {
          addRow(lines, line.toString());
          line.setLength(0);
        } else {
          // The names of the layout's columns are ASCII: other bytes only need to be kept apart.
          line.append((char) b);
        }
      }
      if (lines.size() < TableStart.ROWS_SEARCHED) {
        addRow(lines, line.toString());
      }
      for (String l : lines) {
        if (layout.namesKkAndNik(cells(l, ';'))) {
          return ';';
        }
        if (layout.namesKkAndNik(cells(l, ','))) {
          return ',';
        }
      }
      if (lines.isEmpty()) {
        // Nothing but empty rows: read them as empty under the separator they have (;;;).
        return semicolon ? ';' : ',';
      }
      // No header names both: the separator under which a row names the most columns of the
      // layout, so that the message about the header quotes its cells rather than one cell.
      int most = 0;
      char named = 0;
      for (String l : lines) {
        int semicolons = known(layout, cells(l, ';'));
        int commas = known(layout, cells(l, ','));
        if (semicolons != commas && Math.max(semicolons, commas) > most) {
          most = Math.max(semicolons, commas);
          named = semicolons > commas ? ';' : ',';
        }
      }
      if (named != 0) {
        return named;
      }
      List<String> first = cells(lines.get(0), ';');
      return first.size() > 1 && cells(lines.get(0), ',').size() == 1 ? ';' : ',';
    } finally {
      in.reset();
    }
  }

  /** How many of {@code cells} name a column of the layout. */
  private static int known(TableLayout layout, List<String> cells) {
    int known = 0;
    for (String cell : cells) {
      known += layout.column(cell).isPresent() ? 1 : 0;
    }
    return known;
  }

  /**
   * Adds {@code line} to {@code lines} unless its cells are all empty with either separator, as
   * {@link TableStart} skips an empty row ({@code ;;;}, as Excel saves one).
   */
  private static void addRow(List<String> lines, String bytes) {
    // The bytes were kept one char each: a no-break space, two bytes in UTF-8, is read as one.
    String line = bytes.replace("\u00C2\u00A0", "\u00A0");
    if (!cells(line, ';').stream().allMatch(String::isBlank)
        && !cells(line, ',').stream().allMatch(String::isBlank)) {
      lines.add(line);
    }
  }

  /** The cells of a line split at {@code separator} outside quotes, the quotes taken away. */
  private static List<String> cells(String line, char separator) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == separator && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  static void read(Reader in, char separator, TableLayout layout, RecordSink sink)
      throws IOException, InterruptedException {
    ObjectReadContext context = separator == ';' ? SEMICOLONS : ObjectReadContext.empty();
    // Where the row being read starts: a broken quote is in that row, wherever the parser gives
    // up (it reads on through the lines that follow, looking for the closing quote). The line of
    // its first cell once that is read; before, the line the parser opened the row on: the last
    // line of the row before it.
    int rowOpened = 0;
    int n = 0;
    int line = 0;
    try (JsonParser p = FACTORY.createParser(context, in)) {
      TableStart start = new TableStart(layout, sink);
      HouseholdTable table = null;
      String[] cells = new String[16];
      int depth = 0;
      JsonToken t;
      // WRAP_AS_ARRAY: the document is one outer array, each row an inner one.
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.START_ARRAY) {
          depth++;
          n = 0;
          if (depth == 2) {
            rowOpened = p.currentTokenLocation().getLineNr();
          }
        } else if (t == JsonToken.END_ARRAY && depth-- == 2) {
          if (table == null) {
            table = start.offer(line, Arrays.asList(Arrays.copyOf(cells, n)));
            if (table != null) {
              cells = new String[Math.max(n, 1)];
            }
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
            cells = Arrays.copyOf(cells, n * 2);
          }
          cells[n++] = p.getString();
        }
      }
      if (table == null) {
        start.end("the input is empty; it must start with the header of the household table");
      }
      table.end();
    } catch (JacksonException e) {
      // The parser's own message may quote the text it choked on: give the place only.
      var at = e.getLocation();
      int stopped = at == null ? -1 : at.getLineNr();
      // Its first cell read, a row is known by that cell's line; before, only by the row before
      // it (the parser skips empty lines between them).
      String row = n > 0 ? "the row that starts at line " + line
          : rowOpened > 0 ? "the first row after line " + rowOpened : "the first row";
      int first = n > 0 ? line : Math.max(rowOpened + 1, 1);
      throw new InputFormatException("the CSV cannot be parsed in " + row
          + (stopped > first ? " (read on to line " + stopped + ")" : "")
          + ": broken quotes? A cell that starts with a quote ends at the next quote that is"
          + " followed by the separator or the end of the line");
    }
  }
}
