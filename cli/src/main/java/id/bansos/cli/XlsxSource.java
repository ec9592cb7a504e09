package id.bansos.cli;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Cuts the first sheet of an XLSX workbook into rows, reading the sheet's XML as a stream with
 * {@link SheetXml} (never the whole workbook in memory), and hands them to a {@link
 * HouseholdTable}. A row's number
 * is the one Excel shows. Cells formatted as dates read as {@code YYYY-MM-DD}, whole numbers
 * without a decimal point or grouping; empty rows are skipped.
 *
 * <p>The cells are read as Apache POI's {@code XSSFSheetXMLHandler} reads them (values of
 * formulas, {@code TRUE}/{@code FALSE} for booleans, {@code ERROR:} and the code for errors),
 * without its cost per cell: that handler builds a rich-text object, backed by XMLBeans, for
 * every inline string and looks up the cell's style for every number, which made reading a
 * workbook several times slower than parsing its XML.
 */
final class XlsxSource {

  private XlsxSource() {}

  /**
   * The smallest number of 16 digits: a spreadsheet keeps 15 significant digits of a number, so
   * a number cell this large does not hold the digits written in it (Excel shows
   * 3527092411139475 typed into a number cell as 3527092411139470).
   */
  static final double LOST_DIGITS = 1e15;

  /** A number's digits: a whole number without a decimal point or grouping. */
  private static String plain(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  static void read(Path file, TableLayout layout, RecordSink sink, Progress progress)
      throws IOException, InterruptedException {
    try (XlsxPackage pkg = XlsxPackage.open(file)) {
      String sheet = pkg.sheet();
      String stylesPart = pkg.related(XlsxPackage.STYLES);
      CellStyles styles =
          stylesPart == null ? CellStyles.NONE : pkg.read(stylesPart, CellStyles::read);
      String stringsPart = pkg.related(XlsxPackage.SHARED_STRINGS);
      // Decoded once here, not at every cell that names one.
      List<String> strings = new ArrayList<>(
          stringsPart == null ? List.of() : pkg.read(stringsPart, SharedStrings::read));
      strings.replaceAll(SharedStrings::decodeEscapes);
      try (InputStream in = pkg.open(sheet)) {
        progress.total(Math.max(pkg.size(sheet), 0));
        Rows rows = new Rows(layout, sink);
        Sheet cells = new Sheet(styles, pkg.date1904(), strings, rows);
        SheetXml.read(InputFormat.counting(in, progress.done()), cells);
        rows.end();
      }
    }
  }

  /** Collects the cells of each row. */
  private static final class Rows {
    private final TableStart start;
    private HouseholdTable table;
    private String[] cells = new String[64];
    private int width;
    // The cells of the row that held a number of 16 digits or more.
    private final BitSet lostDigits = new BitSet();

    Rows(TableLayout layout, RecordSink sink) {
      this.start = new TableStart(layout, sink);
    }

    void startRow() {
      Arrays.fill(cells, 0, width, null);
      width = 0;
      lostDigits.clear();
    }

    void lostDigits(int col) {
      lostDigits.set(col);
    }

    void endRow(int rowNum) throws IOException, InterruptedException {
      boolean empty = true;
      for (int i = 0; i < width && empty; i++) {
        empty = cells[i] == null || cells[i].isBlank();
      }
      if (empty) {
        return;
      }
      if (table == null) {
        List<String> header = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
          header.add(cells[i] == null ? "" : cells[i]);
        }
        table = start.offer(rowNum + 1, header);
      } else {
        table.row(rowNum + 1, Arrays.copyOf(cells, width), lostDigits);
      }
    }

    void cell(int col, String value) {
      if (col >= cells.length) {
        cells = Arrays.copyOf(cells, Math.max(col + 1, cells.length * 2));
      }
      cells[col] = value;
      width = Math.max(width, col + 1);
    }

    void end() throws IOException, InterruptedException {
      if (table == null) {
        start.end("the sheet is empty; it must start with the header of the household table");
      }
      table.end();
    }
  }

  /**
   * What the sheet's XML holds: rows and their cells' values, with the semantics of
   * POI's {@code XSSFSheetXMLHandler} (formulas' cached results, not formulas).
   */
  private static final class Sheet implements SheetXml.Handler {
    // The values of a cell's type attribute, read without making a string for each cell.
    private static final String[] CELL_TYPES = {"inlineStr", "s", "b", "str", "e", "n"};
    // How a number cell of a style reads; UNKNOWN until the style is first met.
    private static final byte UNKNOWN = 0;
    private static final byte RAW = 1;
    private static final byte DATE = 2;
    private static final byte NUMBER = 3;

    private final CellStyles styles;
    // Whether dates count from 1904 (DateSystem).
    private final boolean date1904;
    // The workbook's shared strings, escapes such as _x000D_ decoded.
    private final List<String> strings;
    private final Rows rows;
    // Of each cell style, found on first use: UNKNOWN, or how a number in it reads.
    private byte[] numberStyle = new byte[0];
    private boolean inlineOpen;
    private int rowNum = -1;
    private int column;
    private char type;
    // How the current cell's number reads: RAW (no style), DATE or NUMBER.
    private byte number;

    Sheet(CellStyles styles, boolean date1904, List<String> strings, Rows rows) {
      this.styles = styles;
      this.date1904 = date1904;
      this.strings = strings;
      this.rows = rows;
    }

    private boolean isText(String name) {
      return name == SheetXml.VALUE || name == SheetXml.INLINE_STRING
          || (name == SheetXml.TEXT && inlineOpen);
    }

    @Override
    public void start(SheetXml xml, String name) {
      if (isText(name)) {
        xml.collect(true);
        if (!inlineOpen) {
          xml.clearText();
        }
      } else if (name == SheetXml.INLINE) {
        inlineOpen = true;
      } else if (name == SheetXml.ROW) {
        String r = xml.attribute("r");
        rowNum = r != null ? rowNumber(r) - 1 : rowNum + 1;
        column = -1;
        rows.startRow();
      } else if (name == SheetXml.CELL) {
        int letters = xml.letters("r");
        if (letters > SheetXml.MAX_COLUMN) {
          throw new InputFormatException("a cell of row " + (rowNum + 1) + " names a column"
              + " beyond XFD, the last a worksheet has");
        }
        // A reference without a column's letters is no reference: the cell after the last.
        column = letters > 0 ? letters - 1 : column + 1;
        String t = xml.attribute("t", CELL_TYPES);
        type = t == null ? 'n' : switch (t) {
          case "b" -> 'b';
          case "e" -> 'e';
          case "inlineStr" -> 'i';
          case "s" -> 's';
          case "str" -> 'f';
          default -> 'n';
        };
        number = type == 'n' ? numberStyle(xml.attribute("s")) : RAW;
      }
    }

    @Override
    public void end(SheetXml xml, String name) throws IOException, InterruptedException {
      if (isText(name)) {
        xml.collect(false);
        if (!inlineOpen) {
          rows.cell(column, cellValue(xml.text()));
          xml.clearText();
        }
      } else if (name == SheetXml.INLINE) {
        inlineOpen = false;
        rows.cell(column, cellValue(xml.text()));
        xml.clearText();
      } else if (name == SheetXml.ROW) {
        rows.endRow(rowNum);
      }
    }

    private byte numberStyle(String s) {
      int count = styles.count();
      int index;
      if (s != null) {
        try {
          index = Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
          return RAW;
        }
      } else if (count > 0) {
        index = 0;
      } else {
        return RAW;
      }
      // A style the workbook does not have reads as none, as POI's handler reads it.
      if (index < 0 || index >= count) {
        return RAW;
      }
      if (numberStyle.length != count) {
        numberStyle = new byte[count];
      }
      if (numberStyle[index] == UNKNOWN) {
        String formatString = styles.readable(index) ? styles.formatCode(index) : null;
        numberStyle[index] = formatString == null ? RAW
            : NumberFormats.isDate(styles.formatId(index), formatString) ? DATE : NUMBER;
      }
      return numberStyle[index];
    }

    private String cellValue(String value) {
      switch (type) {
        case 'b':
          return value.isEmpty() ? null : value.charAt(0) == '0' ? "FALSE" : "TRUE";
        case 'e':
          return "ERROR:" + value;
        case 'f':
          return value;
        case 'i':
          return SharedStrings.decodeEscapes(value);
        case 's':
          return sharedString(value.trim());
        default:
          String n = value;
          if (n.isEmpty()) {
            return n;
          }
          double d;
          try {
            d = Double.parseDouble(n.trim());
          } catch (NumberFormatException e) {
            return n;
          }
          if (Math.abs(d) >= LOST_DIGITS && column >= 0) {
            // 16 digits or more, as a NIK or a No. KK typed into a number cell: a spreadsheet
            // keeps 15, so these are not the digits written.
            rows.lostDigits(column);
          }
          if (number == RAW || !Double.isFinite(d)) {
            // NaN, or a number beyond a double: as written, as POI's handler gives it.
            return n;
          }
          LocalDate date = number == DATE ? NumberFormats.date(d, date1904) : null;
          if (date != null) {
            return date.toString();
          }
          return plain(d);
      }
    }

    /**
     * The shared string of the index the cell holds; none for an empty or malformed index.
     *
     * @throws InputFormatException when the workbook has no string of that index (a damaged
     *     workbook: the cell is not read as empty); the message names the cell, not the strings
     */
    private String sharedString(String index) {
      if (index.isEmpty()) {
        return null;
      }
      int i;
      try {
        i = Integer.parseInt(index);
      } catch (NumberFormatException e) {
        return null;
      }
      if (i < 0 || i >= strings.size()) {
        throw new InputFormatException("not a readable XLSX workbook: row " + (rowNum + 1)
            + ", column " + (column + 1) + " names shared string " + i
            + ", which the workbook does not have");
      }
      return strings.get(i);
    }

    private int rowNumber(String r) {
      try {
        return Integer.parseInt(r.trim());
      } catch (NumberFormatException e) {
        throw new InputFormatException("not a readable XLSX workbook: the row after row "
            + (rowNum + 1) + " has no row number");
      }
    }
  }
}
