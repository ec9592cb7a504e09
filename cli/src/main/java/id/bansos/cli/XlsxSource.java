package id.bansos.cli;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Cuts the first sheet of an XLSX workbook into rows with Apache POI's event model (SAX over the
 * sheet's XML, never the whole workbook in memory) and hands them to a {@link HouseholdTable}. A
 * row's number is the one Excel shows. Cells formatted as dates read as {@code YYYY-MM-DD},
 * whole numbers without a decimal point or grouping; empty rows are skipped.
 */
final class XlsxSource {

  private XlsxSource() {}

  /** Carries a checked exception out of POI's callbacks. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop(Exception cause) {
      super(cause);
    }
  }

  /** Dates as ISO dates, numbers as plain digits, whatever the cell's display format. */
  private static final class Plain extends DataFormatter {
    Plain() {
      super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      return formatRawCellContents(value, formatIndex, formatString, false);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString,
        boolean use1904Windowing) {
      if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString)
          && DateUtil.isValidExcelDate(value)) {
        LocalDate d = DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate();
        return d.toString();
      }
      return plain(value);
    }
  }

  static String plain(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  static void read(Path file, TableLayout layout, RecordSink sink, Progress progress)
      throws IOException, InterruptedException {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      StylesTable styles = reader.getStylesTable();
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      if (!sheets.hasNext()) {
        throw new InputFormatException("the workbook has no sheet");
      }
      try (InputStream sheet = sheets.next()) {
        progress.total(Math.max(sheets.getSheetPart().getSize(), 0));
        Rows rows = new Rows(layout, sink);
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(
            new XSSFSheetXMLHandler(styles, strings, rows, new Plain(), false));
        parser.parse(new InputSource(InputFormat.counting(sheet, progress.done())));
        rows.end();
      }
    } catch (Stop e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof InterruptedException ie) {
        throw ie;
      }
      throw (RuntimeException) cause;
    } catch (OpenXML4JException | SAXException | ParserConfigurationException
        | org.apache.poi.UnsupportedFileFormatException e) {
      throw new InputFormatException("not a readable XLSX workbook ("
          + e.getClass().getSimpleName() + ")");
    }
  }

  /** Collects the cells of each row. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final TableLayout layout;
    private final RecordSink sink;
    private HouseholdTable table;
    private String[] cells = new String[64];
    private int width;

    Rows(TableLayout layout, RecordSink sink) {
      this.layout = layout;
      this.sink = sink;
    }

    @Override
    public void startRow(int rowNum) {
      Arrays.fill(cells, 0, width, null);
      width = 0;
    }

    @Override
    public void endRow(int rowNum) {
      boolean empty = true;
      for (int i = 0; i < width && empty; i++) {
        empty = cells[i] == null || cells[i].isBlank();
      }
      if (empty) {
        return;
      }
      try {
        if (table == null) {
          List<String> header = new ArrayList<>(width);
          for (int i = 0; i < width; i++) {
            header.add(cells[i] == null ? "" : cells[i]);
          }
          table = new HouseholdTable(layout, header, sink);
        } else {
          table.row(rowNum + 1, Arrays.copyOf(cells, width));
        }
      } catch (IOException | InterruptedException e) {
        throw new Stop(e);
      }
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int col = column(reference);
      if (col >= cells.length) {
        cells = Arrays.copyOf(cells, Math.max(col + 1, cells.length * 2));
      }
      cells[col] = value;
      width = Math.max(width, col + 1);
    }

    void end() throws IOException, InterruptedException {
      if (table == null) {
        throw new InputFormatException(
            "the sheet is empty; its first row must be the header of the household table");
      }
      table.end();
    }

    private int column(String reference) {
      int col = 0;
      for (int i = 0; i < reference.length(); i++) {
        char c = reference.charAt(i);
        if (c < 'A' || c > 'Z') {
          break;
        }
        col = col * 26 + (c - 'A' + 1);
      }
      return col - 1;
    }
  }
}
