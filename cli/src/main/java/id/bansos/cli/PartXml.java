package id.bansos.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook part's XML read through the JDK's SAX parser, namespace-aware and hardened as Apache
 * POI hardens it for its parts: no DOCTYPE (so no entities, no external DTD), secure processing
 * on; an empty part is read as none. The sheet, which holds nearly all of a workbook's bytes, is
 * read by {@link SheetXml} instead.
 */
final class PartXml {

  private static final SAXParserFactory FACTORY = factory();

  // Throws a fatal error, as every parse error of a non-validating parser is, and prints nothing.
  private static final DefaultHandler SILENT = new DefaultHandler();

  private PartXml() {}

  private static SAXParserFactory factory() {
    // The JDK's own parser, whatever else the class path or a system property offers.
    SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd",
          false);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be hardened", e);
    }
    return factory;
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
      // A factory is not promised to be safe for threads at once.
      synchronized (FACTORY) {
        reader = FACTORY.newSAXParser().getXMLReader();
      }
    } catch (ParserConfigurationException e) {
      throw new SAXException("no XML parser for the workbook's parts", e);
    }
    reader.setContentHandler(handler);
    // Without a handler of its own the parser prints a fatal error on stderr, and its message
    // may quote the part's text (a name in a shared string): the caller says what went wrong.
    reader.setErrorHandler(SILENT);
    reader.parse(new InputSource(in));
    return true;
  }
}
