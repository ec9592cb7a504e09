package id.bansos.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What a workbook's cell formats say of the numbers in them: for each cell format (an {@code xf}
 * of the styles part's {@code cellXfs}, which a cell names by its {@code s} attribute), the id and
 * the code of its number format, as Apache POI's {@code StylesTable} and {@code XSSFCellStyle}
 * give them: the id cut to a {@code short}, the code of the part's {@code numFmts} for that id
 * (the last one given), else the built-in code of the id, else none.
 *
 * <p>POI's table builds every font, fill, border and format of the part (and POI's reader the
 * workbook's theme) in XMLBeans, and loading XMLBeans took about a tenth of a second of every run
 * that read a workbook; only the number formats are needed here. Where POI failed, this reads on:
 * a number format id that is not a number makes its cell format read as one without a style (its
 * numbers as written) and its number format be skipped; an empty styles part is one without cell
 * formats; the rest of the part (a cell format's {@code xfId}, fonts, fills, borders) and the
 * theme are not read.
 */
final class CellStyles {

  /** A workbook without a styles part: no cell format, every number as written. */
  static final CellStyles NONE = new CellStyles(new int[0], Map.of());

  /** A cell format's id when its number format id is not a number. */
  private static final int NOT_A_NUMBER = Integer.MIN_VALUE;

  // The number format id of each cell format, cut to a short, or NOT_A_NUMBER.
  private final int[] formatIds;
  // The part's own number formats by id.
  private final Map<Short, String> codes;

  private CellStyles(int[] formatIds, Map<Short, String> codes) {
    this.formatIds = formatIds;
    this.codes = codes;
  }

  /** How many cell formats the workbook has (POI's {@code getNumCellStyles}). */
  int count() {
    return formatIds.length;
  }

  /**
   * Whether cell format {@code xf} (at least 0, less than {@link #count()}) has a number format
   * id that is a number; one that has not reads as no style.
   */
  boolean readable(int xf) {
    return formatIds[xf] != NOT_A_NUMBER;
  }

  /** The number format id of a {@link #readable} cell format (POI's {@code getDataFormat}). */
  short formatId(int xf) {
    return (short) formatIds[xf];
  }

  /**
   * The number format code of a {@link #readable} cell format, or null when the id has none
   * (POI's {@code getDataFormatString}).
   */
  String formatCode(int xf) {
    short id = formatId(xf);
    String code = codes.get(id);
    return code != null ? code : NumberFormats.builtIn(id);
  }

  /**
   * The cell formats of a styles part; {@link #NONE} when it is empty.
   *
   * @throws SAXException when it is not well-formed XML
   */
  static CellStyles read(InputStream part) throws IOException, SAXException {
    Reader handler = new Reader();
    return PartXml.parse(part, handler) ? handler.styles() : NONE;
  }

  /**
   * The number format id an attribute gives, read as XMLBeans reads it for POI: XML white space
   * around it dropped, then a {@code long} as {@link Long#parseLong} reads one (a sign, leading
   * zeros and any Unicode digits allowed, no range checked), cut to an {@code int} and then to a
   * {@code short}; 0 (General) when there is none; {@link #NOT_A_NUMBER} when it is not a number.
   */
  private static int formatId(String value) {
    if (value == null) {
      return 0;
    }
    try {
      return (short) (int) Long.parseLong(PartXml.trim(value));
    } catch (NumberFormatException e) {
      return NOT_A_NUMBER;
    }
  }

  /** Reads the number formats and cell formats that are children of the style sheet's own. */
  private static final class Reader extends DefaultHandler {
    private static final String MAIN = SheetXml.MAIN;

    private final Map<Short, String> codes = new HashMap<>();
    private int[] ids = new int[16];
    private int count;
    // Depth of the element in the main namespace's path styleSheet/(numFmts|cellXfs)/...
    private int depth;
    // Which list is open at depth 2: 'n' numFmts, 'x' cellXfs, 0 none; each is read once.
    private char open;
    private boolean numFmtsRead;
    private boolean cellXfsRead;

    CellStyles styles() {
      return new CellStyles(Arrays.copyOf(ids, count), codes);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
        throws SAXException {
      depth++;
      boolean main = MAIN.equals(uri);
      if (depth == 1 && !(main && localName.equals("styleSheet"))) {
        // POI refuses such a part too.
        throw new SAXException("the styles part is not a style sheet");
      }
      if (depth == 2 && main) {
        if (localName.equals("numFmts") && !numFmtsRead) {
          open = 'n';
        } else if (localName.equals("cellXfs") && !cellXfsRead) {
          open = 'x';
        }
      } else if (depth == 3 && main && open == 'n' && localName.equals("numFmt")) {
        int id = formatId(attributes.getValue("", "numFmtId"));
        if (id != NOT_A_NUMBER) {
          codes.put((short) id, attributes.getValue("", "formatCode"));
        }
      } else if (depth == 3 && main && open == 'x' && localName.equals("xf")) {
        if (count == ids.length) {
          ids = Arrays.copyOf(ids, count * 2);
        }
        ids[count++] = formatId(attributes.getValue("", "numFmtId"));
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      if (depth == 2 && open != 0) {
        numFmtsRead |= open == 'n';
        cellXfsRead |= open == 'x';
        open = 0;
      }
      depth--;
    }
  }
}
