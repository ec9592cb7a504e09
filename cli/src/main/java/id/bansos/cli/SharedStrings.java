package id.bansos.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared strings of a workbook as plain strings, read as Apache POI's {@code
 * ReadOnlySharedStringsTable} reads them (each {@code si}'s text, its
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
   * The shared strings of a shared-strings part; none when it is empty.
   *
   * @throws SAXException when it is not well-formed XML
   */
  static List<String> read(InputStream part) throws IOException, SAXException {
    SharedStrings handler = new SharedStrings();
    PartXml.parse(part, handler);
    return handler.strings();
  }

  /**
   * {@code text} with its escapes decoded: {@code _xHHHH_}, four hexadecimal digits in either
   * case, is the UTF-16 unit they give (ECMA-376 Part 1, 22.9.2.19, {@code ST_Xstring}), as Excel
   * writes a character that XML cannot hold, such as a carriage return ({@code _x000D_}), and an
   * underscore that would start such an escape ({@code _x005F_}). Read left to right, the text of
   * an escape never starting another, as Apache POI's rich text decodes them.
   */
  static String decodeEscapes(String text) {
    int at = text.indexOf("_x");
    if (at < 0) {
      return text;
    }
    StringBuilder out = null;
    int from = 0;
    while (at >= 0 && at + 7 <= text.length()) {
      int unit = text.charAt(at + 6) == '_' ? hex4(text, at + 2) : -1;
      if (unit < 0) {
        at = text.indexOf("_x", at + 1);
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, from, at).append((char) unit);
      from = at + 7;
      at = text.indexOf("_x", from);
    }
    return out == null ? text : out.append(text, from, text.length()).toString();
  }

  // The value of four hexadecimal digits (ASCII, either case) at text[from..from+4), or -1.
  private static int hex4(String text, int from) {
    int value = 0;
    for (int i = from; i < from + 4; i++) {
      int digit = Character.digit(text.charAt(i), 16);
      if (digit < 0 || text.charAt(i) > 'f') {
        return -1;
      }
      value = value * 16 + digit;
    }
    return value;
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
