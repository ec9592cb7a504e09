package id.bansos.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * A workbook part read as Apache POI reads its parts: the first part of a content type, through
 * POI's secure SAX parser (no DOCTYPE, no external entities), an empty part read as none.
 */
final class PartXml {

  private PartXml() {}

  /**
   * Tells {@code handler} the XML of the first part of {@code contentType} in {@code pkg}.
   *
   * @return false when the package has no such part, or it is empty
   * @throws SAXException when the part is not well-formed XML
   */
  static boolean parse(OPCPackage pkg, String contentType, ContentHandler handler)
      throws IOException, SAXException {
    List<PackagePart> parts = pkg.getPartsByContentType(contentType);
    if (parts.isEmpty()) {
      return false;
    }
    try (InputStream in = parts.get(0).getInputStream()) {
      return parse(in, handler);
    }
  }

  /**
   * {@code value} without the XML white space (space, tab, line feed, carriage return) at either
   * end, as XML Schema's simple types read an attribute: {@link String#strip} would also drop
   * Unicode spaces, which XMLBeans refuses in a number or a boolean.
   */
  static String trim(String value) {
    int from = 0;
    int to = value.length();
    while (from < to && space(value.charAt(from))) {
      from++;
    }
    while (to > from && space(value.charAt(to - 1))) {
      to--;
    }
    return value.substring(from, to);
  }

  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /**
   * Tells {@code handler} the XML of a part.
   *
   * @return false when the part is empty
   * @throws SAXException when it is not well-formed XML
   */
  static boolean parse(InputStream part, ContentHandler handler)
      throws IOException, SAXException {
    PushbackInputStream in = new PushbackInputStream(part, 1);
    int first = in.read();
    if (first < 0) {
      return false;
    }
    in.unread(first);
    XMLReader reader;
    try {
      reader = XMLHelper.newXMLReader();
    } catch (ParserConfigurationException e) {
      throw new SAXException("no XML parser for the workbook's parts", e);
    }
    reader.setContentHandler(handler);
    reader.parse(new InputSource(in));
    return true;
  }
}
