package id.bansos.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A workbook written as its rows come: an XLSX file (SpreadsheetML in a ZIP package) of sheets
 * of text and whole numbers, with inline strings, three cell styles ({@link #PLAIN}, {@link
 * #RUPIAH}, {@link #BOLD}) and a frozen header row, holding no more than the row being written.
 *
 * <p>The rows of one sheet at a time go straight into the package ({@link #sheet(String, boolean)}
 * with {@code streamed}); the other sheets, which fill while it does (rejects beside
 * determinations), are kept compressed in a temporary file ({@link Scratch}) until {@link
 * #close()}, which deletes it, also when writing fails. The same rows
 * always give the same bytes: the package's entries carry a fixed date and no part records when
 * it was written. An empty text is no cell. Not thread-safe.
 */
final class XlsxWriter implements Closeable {

  /** The most rows a sheet holds, the header included: Excel's limit. */
  static final int MAX_ROWS = 1_048_576;

  /** Cell styles, as {@code styles.xml} lists them. */
  static final int PLAIN = 0;
  static final int RUPIAH = 1;
  static final int BOLD = 2;

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String RELATIONSHIPS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String PACKAGE_RELATIONSHIPS =
      "http://schemas.openxmlformats.org/package/2006/relationships";
  // One date for every entry, as a local date-time, which the entry stores as it is: a time in
  // milliseconds would be turned into the JVM's zone's, and the JDK stores 1 Jan 1980 00:00 (the
  // first date a ZIP entry can carry) with an extra field in the JVM's zone as well.
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
  // The fastest compression: a workbook of results is large and mostly repeated text; for 100,000
  // households' results it gives 70 MB where the default level gives 56 MB for 2.7 s more CPU.
  private static final int LEVEL = Deflater.BEST_SPEED;

  /** The most columns a sheet holds: Excel's limit. */
  static final int MAX_COLUMNS = 16_384;

  /** The most characters a cell holds: Excel's limit; a longer text is cut (see text()). */
  static final int MAX_CELL_TEXT = 32_767;

  /** The most texts the workbook's table of shared strings holds; the others go in their cells. */
  static final int MAX_SHARED = 1 << 16;

  /** The longest text that goes in the table of shared strings; a longer one, in its cell. */
  static final int MAX_SHARED_LENGTH = 255;

  /** Makes the temporary file where a sheet that is not streamed waits until the end. */
  interface Scratch {
    /**
     * Creates an empty file; the writer deletes it when it closes.
     *
     * @throws IOException when it cannot be created
     */
    Path create() throws IOException;
  }

  private final OutputStream target;
  private final ZipOutputStream zip;
  private final Scratch scratch;
  private final List<Sheet> sheets = new ArrayList<>();
  private Sheet streaming;
  private boolean closed;
  // The shared strings, each once in xl/sharedStrings.xml in the order first written, and how
  // many cells name one of them.
  private final Map<String, Integer> sharedIndex = new HashMap<>();
  private final List<String> shared = new ArrayList<>();
  private long sharedCells;

  /**
   * A writer of a workbook into {@code out}, which {@link #close()} closes.
   *
   * @param scratch where sheets that are not streamed wait
   */
  XlsxWriter(OutputStream out, Scratch scratch) {
    this.scratch = scratch;
    this.target = out;
    zip = new ZipOutputStream(new BufferedOutputStream(out, 1 << 16), StandardCharsets.UTF_8);
    zip.setLevel(LEVEL);
  }

  /**
   * Adds a sheet, after those added before.
   *
   * @param name the sheet's name: 1 to 31 letters, digits, spaces, {@code -} or {@code _}
   * @param streamed whether its rows go straight into the package; adding a streamed sheet ends
   *     the streamed sheet before it, which takes no more rows
   * @throws IOException when the package or the temporary file cannot be written
   */
  Sheet sheet(String name, boolean streamed) throws IOException {
    if (!name.matches("[A-Za-z0-9_ -]{1,31}")) {
      throw new IllegalArgumentException("not a sheet name: " + name);
    }
    Sheet sheet;
    if (streamed) {
      if (streaming != null) {
        streaming.finish();
      }
      zip.putNextEntry(entry(part(sheets.size() + 1)));
      sheet = new Sheet(name, sheets.size() + 1, zip, null, null);
    } else {
      Path buffer = scratch.create();
      Deflater deflater = new Deflater(LEVEL);
      OutputStream to;
      try {
        to = new DeflaterOutputStream(Files.newOutputStream(buffer), deflater, 1 << 16);
      } catch (IOException | RuntimeException e) {
        deflater.end();
        deleteQuietly(buffer);
        throw e;
      }
      sheet = new Sheet(name, sheets.size() + 1, to, buffer, deflater);
    }
    sheets.add(sheet);
    if (streamed) {
      streaming = sheet;
    }
    return sheet;
  }

  private static String part(int number) {
    return "xl/worksheets/sheet" + number + ".xml";
  }

  private static ZipEntry entry(String name) {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(ENTRY_TIME);
    return e;
  }

  /** A sheet being written, row by row and cell by cell from column A. */
  final class Sheet {
    private final String name;
    private final int number;
    private final OutputStream out;
    // The temporary file and its compressor of a sheet that is not streamed, else null.
    private final Path buffer;
    private final Deflater deflater;
    private final Utf8Text text = new Utf8Text(1 << 16);
    // The columns' letters as bytes, made on first use.
    private byte[][] columns = new byte[32][];
    private int rows;
    private int column;
    private boolean finished;

    private Sheet(String name, int number, OutputStream out, Path buffer, Deflater deflater) {
      this.name = name;
      this.number = number;
      this.out = out;
      this.buffer = buffer;
      this.deflater = deflater;
      boolean selected = number == 1;
      text.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"")
          .append(MAIN).append("\"><sheetViews><sheetView workbookViewId=\"0\"")
          .append(selected ? " tabSelected=\"1\"" : "")
          .append("><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\""
              + " state=\"frozen\"/><selection pane=\"bottomLeft\"/></sheetView></sheetViews>"
              + "<sheetFormatPr defaultRowHeight=\"15\"/><sheetData>");
    }

    /** The rows written so far. */
    int rows() {
      return rows;
    }

    /**
     * Starts the next row.
     *
     * @throws IOException when the sheet is full: it holds {@link #MAX_ROWS} rows already
     * @throws IllegalStateException when the sheet has ended
     */
    Sheet row() throws IOException {
      if (finished) {
        throw new IllegalStateException("the sheet " + name + " has ended");
      }
      if (rows == MAX_ROWS) {
        throw new IOException("the sheet " + name + " is full: a sheet holds at most "
            + MAX_ROWS + " rows (Excel's limit)");
      }
      if (rows > 0) {
        text.append("</row>");
      }
      rows++;
      column = 0;
      text.append("\n<row r=\"").append(rows).append("\">");
      if (text.size() >= 1 << 15) {
        text.writeTo(out);
        text.clear();
      }
      return this;
    }

    /**
     * Writes {@code value} in the next cell; an empty text leaves the cell empty. A text longer
     * than Excel's {@value #MAX_CELL_TEXT} characters, which Excel would report as damage, is cut
     * to that length and ends with {@code …}.
     */
    Sheet text(String value, int style) {
      if (!value.isEmpty()) {
        if (value.length() > MAX_CELL_TEXT) {
          int cut = MAX_CELL_TEXT - 1;
          if (Character.isHighSurrogate(value.charAt(cut - 1))) {
            cut--;
          }
          value = value.substring(0, cut) + "…";
        }
        // Excel drops white space at either end unless told to keep it.
        cell(style).append(space(value.charAt(0)) || space(value.charAt(value.length() - 1))
            ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">" : " t=\"inlineStr\"><is><t>");
        escaped(value);
        text.append("</t></is></c>");
      } else {
        cell(-1);
      }
      column++;
      return this;
    }

    /**
     * As {@link #text}, for a column of few values (a status, a code, the catalog's stamp): the
     * text is written once, in the workbook's table of shared strings, and the cell names it, as
     * spreadsheet programs write their texts. A text longer than {@value #MAX_SHARED_LENGTH}
     * characters, or new once the table holds {@value #MAX_SHARED}, goes in its cell as {@link
     * #text} writes it, so the table stays small whatever the file's size.
     */
    Sheet sharedText(String value, int style) {
      if (value.isEmpty() || value.length() > MAX_SHARED_LENGTH) {
        return text(value, style);
      }
      // The cell checked first: a text no cell names never enters the table.
      cell(-1);
      Integer index = sharedIndex.get(value);
      if (index == null) {
        if (shared.size() == MAX_SHARED) {
          return text(value, style);
        }
        index = shared.size();
        sharedIndex.put(value, index);
        shared.add(value);
      }
      cell(style).append(" t=\"s\"><v>").append(index).append("</v></c>");
      sharedCells++;
      column++;
      return this;
    }

    /** Writes {@code value} in the next cell as a number. */
    Sheet number(long value, int style) {
      cell(style).append("><v>").append(value).append("</v></c>");
      column++;
      return this;
    }

    private static boolean space(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** Opens the next cell's element with its reference and style; -1 only checks the cell. */
    private Utf8Text cell(int style) {
      if (finished || rows == 0 || column == MAX_COLUMNS) {
        throw new IllegalStateException(finished ? "the sheet " + name + " has ended"
            : rows == 0 ? "a cell before the first row"
            : "a row holds at most " + MAX_COLUMNS + " cells");
      }
      if (style < 0) {
        return text;
      }
      text.append("<c r=\"").append(columnName(column)).append(rows).append('"');
      if (style != PLAIN) {
        text.append(" s=\"").append(style).append('"');
      }
      return text;
    }

    private byte[] columnName(int column) {
      if (column >= columns.length) {
        columns = Arrays.copyOf(columns, Math.max(column + 1, columns.length * 2));
      }
      byte[] name = columns[column];
      if (name == null) {
        StringBuilder b = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
          b.insert(0, (char) ('A' + (n - 1) % 26));
        }
        name = b.toString().getBytes(StandardCharsets.US_ASCII);
        columns[column] = name;
      }
      return name;
    }

    /** Appends {@code value} as XML content, escaped as {@link XlsxWriter#escaped} says. */
    private void escaped(String value) {
      XlsxWriter.escaped(text, value);
    }

    private void finish() throws IOException {
      if (finished) {
        return;
      }
      finished = true;
      if (rows > 0) {
        text.append("</row>");
      }
      text.append("\n</sheetData></worksheet>\n");
      text.writeTo(out);
      text.clear();
      if (buffer == null) {
        zip.closeEntry();
      } else {
        try {
          out.close();
        } finally {
          deflater.end();
        }
      }
    }
  }

  /** Ends every sheet, writes the rest of the package and closes it. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (zip) {
      if (streaming != null) {
        streaming.finish();
      }
      for (Sheet s : sheets) {
        if (s.buffer != null) {
          s.finish();
          zip.putNextEntry(entry(part(s.number)));
          try (InputStream in = new InflaterInputStream(new BufferedInputStream(
              Files.newInputStream(s.buffer), 1 << 16))) {
            in.transferTo(zip);
          }
          zip.closeEntry();
        }
      }
      part("[Content_Types].xml", contentTypes());
      part("_rels/.rels", "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
          + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/officeDocument\""
          + " Target=\"xl/workbook.xml\"/></Relationships>");
      part("xl/workbook.xml", workbook());
      part("xl/_rels/workbook.xml.rels", workbookRelationships());
      part("xl/styles.xml", STYLES);
      sharedStrings();
    } finally {
      release();
    }
  }

  /**
   * Abandons the workbook, after a failure of the run that writes it: neither the sheets filled
   * aside nor the workbook's own parts are written, so the target is no workbook (its caller
   * discards it); the target is closed and the temporary files are deleted. Does nothing after
   * {@link #close()} or another abort.
   */
  void abort() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      // Ends the entry being written and the package's own deflater; the target may be the
      // reason for the abort, so what it says is not heard.
      zip.close();
    } catch (IOException | RuntimeException e) {
      // The workbook is abandoned.
    } finally {
      release();
    }
  }

  /**
   * Deletes every temporary file, whatever became of the others, and closes the target even
   * where a failed close of the package left it open (JDK 17 does).
   */
  private void release() {
    for (Sheet s : sheets) {
      if (s.buffer != null) {
        try {
          s.out.close();
        } catch (IOException | RuntimeException e) {
          // Its rows are not wanted any more.
        }
        s.deflater.end();
        deleteQuietly(s.buffer);
      }
    }
    try {
      target.close();
    } catch (IOException e) {
      // The package's own close reported the failure, or it succeeded and closed it already.
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Best effort: the caller's scratch files are temporary and removed at exit as well.
    }
  }

  /**
   * Appends {@code value} to {@code text} as XML content: markup characters and {@code \r} as
   * references, and the characters XML 1.0 cannot hold (and the text {@code _x} that would read
   * as their escape) escaped as Excel does, {@code _xHHHH_}.
   */
  private static void escaped(Utf8Text text, String value) {
    int from = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      String escape;
      if (c == '<') {
        escape = "&lt;";
      } else if (c == '>') {
        escape = "&gt;";
      } else if (c == '&') {
        escape = "&amp;";
      } else if (c == '\r') {
        // A literal one would be read as \n: XML turns line ends into \n.
        escape = "&#13;";
      } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE
          || c == 0xFFFF || c == '_' && value.startsWith("_x", i)) {
        escape = String.format(java.util.Locale.ROOT, "_x%04X_", (int) c);
      } else {
        continue;
      }
      if (i > from) {
        text.append(value.substring(from, i));
      }
      text.append(escape);
      from = i + 1;
    }
    text.append(from == 0 ? value : value.substring(from));
  }

  /** The table of shared strings, in the order they were first written. */
  private void sharedStrings() throws IOException {
    zip.putNextEntry(entry("xl/sharedStrings.xml"));
    Utf8Text text = new Utf8Text(1 << 16);
    text.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"")
        .append(MAIN).append("\" count=\"").append(sharedCells).append("\" uniqueCount=\"")
        .append(shared.size()).append("\">");
    for (String value : shared) {
      // Excel drops white space at either end unless told to keep it.
      text.append(Sheet.space(value.charAt(0)) || Sheet.space(value.charAt(value.length() - 1))
          ? "<si><t xml:space=\"preserve\">" : "<si><t>");
      escaped(text, value);
      text.append("</t></si>");
      if (text.size() >= 1 << 15) {
        text.writeTo(zip);
        text.clear();
      }
    }
    text.append("</sst>");
    text.writeTo(zip);
    zip.closeEntry();
  }

  private void part(String name, String xml) throws IOException {
    zip.putNextEntry(entry(name));
    zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml)
        .getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private String contentTypes() {
    StringBuilder b = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/"
        + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
        + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\""
        + " ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\""
        + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet."
        + "main+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
        + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/><Override"
        + " PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
        + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
    for (Sheet s : sheets) {
      b.append("<Override PartName=\"/").append(part(s.number)).append("\" ContentType=\"")
          .append("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml")
          .append("\"/>");
    }
    return b.append("</Types>").toString();
  }

  private String workbook() {
    StringBuilder b = new StringBuilder("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\""
        + RELATIONSHIPS + "\"><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
    for (Sheet s : sheets) {
      b.append("<sheet name=\"").append(s.name).append("\" sheetId=\"").append(s.number)
          .append("\" r:id=\"rId").append(s.number).append("\"/>");
    }
    return b.append("</sheets></workbook>").toString();
  }

  private String workbookRelationships() {
    StringBuilder b = new StringBuilder("<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">");
    for (Sheet s : sheets) {
      b.append("<Relationship Id=\"rId").append(s.number).append("\" Type=\"")
          .append(RELATIONSHIPS).append("/worksheet\" Target=\"worksheets/sheet")
          .append(s.number).append(".xml\"/>");
    }
    int next = sheets.size() + 1;
    b.append("<Relationship Id=\"rId").append(next).append("\" Type=\"").append(RELATIONSHIPS)
        .append("/styles\" Target=\"styles.xml\"/><Relationship Id=\"rId").append(next + 1)
        .append("\" Type=\"").append(RELATIONSHIPS)
        .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
    return b.append("</Relationships>").toString();
  }

  // PLAIN, RUPIAH (a whole number of rupiah, "Rp"#,##0) and BOLD, in that order.
  private static final String STYLES = "<styleSheet xmlns=\"" + MAIN + "\">"
      + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"&quot;Rp&quot;#,##0\"/>"
      + "</numFmts><fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/>"
      + "<family val=\"2\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/>"
      + "<family val=\"2\"/></font></fonts><fills count=\"2\"><fill><patternFill"
      + " patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
      + "</fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border>"
      + "</borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\""
      + " borderId=\"0\"/></cellStyleXfs><cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\""
      + " fillId=\"0\" borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\""
      + " borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/><xf numFmtId=\"0\" fontId=\"1\""
      + " fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs><cellStyles"
      + " count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
      + "</styleSheet>";
}
