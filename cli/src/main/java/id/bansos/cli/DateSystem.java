package id.bansos.cli;

import java.io.IOException;
import java.io.InputStream;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which date system a workbook counts its dates in, from its workbook part's {@code
 * workbookPr/@date1904} (ECMA-376 Part 1, 18.2.28): day 0 is 31 December 1899 in the 1900 system
 * of every spreadsheet program's default, 1 January 1904 in the 1904 system of old Mac workbooks.
 * A date cell read in the wrong system is 1,462 days off, so a birth date would pass every check
 * four years wrong; Apache POI's streaming handler, which the command line replaced, read every
 * workbook in the 1900 system.
 */
final class DateSystem extends DefaultHandler {

  private static final String MAIN = SheetXml.MAIN;

  private int depth;
  private boolean is1904;
  // The first workbookPr counts, as XMLBeans reads the part for POI (the schema allows one).
  private boolean seen;

  private DateSystem() {}

  /**
   * Whether the workbook part says the 1904 system.
   *
   * @throws SAXException when the part is not well-formed XML
   * @throws InputFormatException when {@code date1904} is neither true nor false
   */
  static boolean is1904(InputStream workbookPart) throws IOException, SAXException {
    DateSystem handler = new DateSystem();
    PartXml.parse(workbookPart, handler);
    return handler.is1904;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes) {
    depth++;
    if (depth == 2 && !seen && MAIN.equals(uri) && localName.equals("workbookPr")) {
      seen = true;
      String value = attributes.getValue("", "date1904");
      if (value != null) {
        // xsd:boolean, its white space collapsed.
        is1904 = switch (PartXml.trim(value)) {
          case "true", "1" -> true;
          case "false", "0" -> false;
          default -> throw new InputFormatException("not a readable XLSX workbook: its date"
              + " system (workbookPr date1904) is neither true nor false");
        };
      }
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    depth--;
  }
}
