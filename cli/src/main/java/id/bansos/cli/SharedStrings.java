package id.bansos.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared strings of a workbook as plain strings, read as Apache POI's {@code
 * ReadOnlySharedStringsTable} reads them (POI's secure SAX parser; each {@code si}'s text, its
 * runs' and phonetic runs' {@code t} elements end to end, a space before a phonetic run that
 * follows text), with the escapes {@code _xHHHH_} still in them as POI keeps them; only the table's
 * {@code count} and {@code uniqueCount}, which nothing here needs, are not read (POI refused a
 * value that is not a number). POI's table
 * hands each string out as a rich-text object backed by XMLBeans, made anew at every look-up:
 * for a workbook as Excel writes it, every text of every cell a shared string, that took 13% of
 * reading 100,000 households (docs/performance.md, section 3h).
 */
final class SharedStrings extends DefaultHandler {

  private static final String MAIN = SheetXml.MAIN;

  private List<String> strings;
  private StringBuilder characters;
  private boolean textOpen;

  private SharedStrings() {}

  /**
   * The shared strings of {@code pkg}, in order; none when it has no shared-strings part.
   *
   * @throws SAXException when the part is not well-formed XML
   */
  static List<String> read(OPCPackage pkg) throws IOException, SAXException {
    SharedStrings handler = new SharedStrings();
    PartXml.parse(pkg, XSSFRelation.SHARED_STRINGS.getContentType(), handler);
    return handler.strings();
  }

  /**
   * The shared strings of a shared-strings part; none when it is empty.
   *
   * @throws SAXException when it is not well-formed XML
   */
  static List<String> read(InputStream part) throws IOException, SAXException {
    SharedStrings handler = new SharedStrings();
    PartXml.parse(part, handler);
    return handler.strings();
  }

  private List<String> strings() {
    return strings == null ? List.of() : strings;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes) {
    if (uri != null && !uri.equals(MAIN)) {
      return;
    }
    switch (localName) {
      case "sst" -> {
        strings = new ArrayList<>();
        characters = new StringBuilder(64);
      }
      case "si" -> {
        if (characters != null) {
          characters.setLength(0);
        }
      }
      case "t" -> textOpen = true;
      case "rPh" -> {
        if (characters != null && characters.length() > 0) {
          characters.append(' ');
        }
      }
      default -> {
        // Formatting of runs, and anything else, has no text of its own.
      }
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    if (uri != null && !uri.equals(MAIN)) {
      return;
    }
    if (localName.equals("si")) {
      if (strings != null && characters != null) {
        strings.add(characters.toString());
      }
    } else if (localName.equals("t")) {
      textOpen = false;
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (textOpen && characters != null) {
      characters.append(ch, start, length);
    }
  }
}
