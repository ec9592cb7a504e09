package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.poi.util.XMLHelper;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The sheet reader against the SAX parser it replaced (POI's, with namespaces), on sheet XML
 * written in many ways and then damaged at random: whatever the SAX parser reads, this reader
 * reads to the same elements, attributes and text; whatever it cannot read is an {@link
 * InputFormatException}, never another failure. (Of 3,000 damaged sheets about 460 read in both
 * and 2,300 in neither; the rest read here only, damaged where no cell is read from: the XML
 * declaration, a name, the space between attributes, an unread attribute, bytes that are not
 * UTF-8 outside the values read.)
 */
class SheetXmlTest {

  private static final String MAIN = SheetXml.MAIN;

  /** A sheet using most of what XML allows. */
  private static final String SHEET = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      + "\r\n<worksheet xmlns=\"" + MAIN + "\" xmlns:o=\"urn:other\"><o:ext o:a='1'>x</o:ext>"
      + "<sheetData><row r=\"1\" o:r=\"9\"><c r=\"A1\" t=\"inlineStr\"><is><t>kk</t></is></c>"
      + "<c r = 'B1' t=\"s\"><v> 0 </v></c></row>\r\n"
      + "<!-- a note --><?app hint?>"
      + "<x:row xmlns:x=\"" + MAIN + "\" r=\"2\"><x:c r=\"A&#50;\" s=\"1\"><x:v>45672</x:v></x:c>"
      + "<c r=\"B2\" t=\"inlineStr\"><is><r><t>Na&amp;ma</t></r><r><t><![CDATA[ <S>\r\nu ]]>"
      + "</t></r></is></c><c xmlns=\"\" r=\"C2\"><v>ignored</v></c>"
      + "<c r=\"D2\" t=\"str\"><f>A1&amp;\"x\"</f><v>Dua&#x4E2D;&#128512;é\rX</v></c></x:row>"
      + "<row r=\"3\"/></sheetData></worksheet>\n";

  /**
   * What either reader tells: main-namespace elements, their r/t/s, and the text between, from
   * the first such element on (the sheet reader collects text only once asked, at an element).
   */
  private static final class Events extends DefaultHandler implements SheetXml.Handler {
    final List<String> events = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    private void flush() {
      if (text.length() > 0) {
        events.add("text " + text);
        text.setLength(0);
      }
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) {
      if (MAIN.equals(uri)) {
        flush();
        events.add("start " + known(local) + " r=" + a.getValue("r") + " t=" + a.getValue("t")
            + " s=" + a.getValue("s"));
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      if (MAIN.equals(uri)) {
        flush();
        events.add("end " + known(local));
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (!events.isEmpty()) {
        text.append(ch, start, length);
      }
    }

    private static String known(String local) {
      return List.of("row", "c", "v", "is", "t", "inlineStr").contains(local) ? local : "";
    }

    @Override
    public void start(SheetXml xml, String name) {
      text.append(xml.text());
      xml.clearText();
      flush();
      events.add("start " + name + " r=" + xml.attribute("r") + " t=" + xml.attribute("t")
          + " s=" + xml.attribute("s"));
    }

    @Override
    public void end(SheetXml xml, String name) {
      text.append(xml.text());
      xml.clearText();
      flush();
      events.add("end " + name);
    }
  }

  private static List<String> bySax(byte[] xml) throws Exception {
    Events events = new Events();
    XMLReader parser = XMLHelper.newXMLReader();
    parser.setContentHandler(events);
    parser.setErrorHandler(new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) throws SAXParseException {
        throw e;
      }

      @Override
      public void fatalError(SAXParseException e) throws SAXParseException {
        throw e;
      }
    });
    parser.parse(new InputSource(new ByteArrayInputStream(xml)));
    return events.events;
  }

  private static List<String> byReader(byte[] xml) throws Exception {
    return byReader(new ByteArrayInputStream(xml));
  }

  private static List<String> byReader(InputStream in) throws Exception {
    Events events = new Events();
    SheetXml.Handler collecting = new SheetXml.Handler() {
      @Override
      public void start(SheetXml xml, String name) {
        xml.collect(true);
        events.start(xml, name);
      }

      @Override
      public void end(SheetXml xml, String name) {
        events.end(xml, name);
      }
    };
    // Text before the first element is not collected, and text after the last is not told:
    // white space outside the document element, which SAX does not report.
    SheetXml.read(in, collecting);
    return events.events;
  }

  @Test
  void aSheetWrittenAnyWayXmlAllowsReadsAsSaxReadsIt() throws Exception {
    byte[] xml = SHEET.getBytes(StandardCharsets.UTF_8);

    List<String> read = byReader(xml);

    assertThat(read).isEqualTo(bySax(xml));
    assertThat(read).contains("start c r=A2 t=null s=1", "text Na&ma", "text  <S>\nu ",
        "text Dua中😀é\nX", "start row r=3 t=null s=null");
    assertThat(read).noneMatch(e -> e.contains("r=C2"));
  }

  /**
   * Cells as spreadsheet programs write them, which the reader reads at once, and cells that
   * differ from those in one way, which it reads tag by tag.
   */
  private static final String CELLS = "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\">"
      + "<c r=\"A1\" t=\"inlineStr\"><is><t>plain</t></is></c>"
      + "<c r=\"B1\" t=\"inlineStr\"><is><t></t></is></c>"
      + "<c r=\"C1\" t=\"inlineStr\"><is><t>a&amp;b</t></is></c>"
      + "<c r=\"D1\" t=\"inlineStr\"><is><t>tab\there\r\nline</t></is></c>"
      + "<c r=\"E1\" t=\"inlineStr\"><is><t>é漢😀 a>b ]]</t></is></c>"
      + "<c r=\"F1\"><v>42</v></c><c r=\"G1\" t=\"s\"><v> 3 </v></c><c r=\"H1\"><v></v></c>"
      + "<c r=\"I1\"><f>A1</f><v>1</v></c><c r=\"J1\"><v>1</v><f>A1</f></c>"
      + "<c r=\"K1\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> s </t></is></c>"
      + "<c r=\"L1\" t=\"inlineStr\"><is><t>x</t></is></c ><c r=\"M1\"><v>2</v ></c>"
      + "<c r=\"N1\" xmlns=\"urn:other\"><v>1</v></c>"
      + "<c r=\"O1\" xmlns:z=\"urn:z\" z:a=\"1\"><v>5</v></c>"
      + "<x:c xmlns:x=\"" + MAIN + "\" r=\"P1\"><v>6</v></x:c>"
      + "<c r=\"Q1\" xmlns=\"" + MAIN + "\"><is><t>main again</t></is></c>"
      + "<c r=\"R1\" t=\"inlineStr\"><is><t>a</t><t>b</t></is></c><c r=\"S1\"/>"
      + "<c r=\"T1\"><is><t>no type</t></is></c><c r=\"U1\">\n<v>7</v>\n</c>"
      + "</row></sheetData></worksheet>";

  @Test
  void cellsAsProgramsWriteThemAndCellsNearlySoReadAsSaxReadsThem() throws Exception {
    byte[] xml = CELLS.getBytes(StandardCharsets.UTF_8);
    List<String> sax = bySax(xml);

    assertThat(byReader(xml)).isEqualTo(sax);
    assertThat(sax).contains("text plain", "text a&b", "text tab\there\nline",
        "text é漢😀 a>b ]]", "text 42", "text  3 ", "text main again", "text 7");
    // Split anywhere by the stream, a cell is read tag by tag, to the same events.
    for (int chunk : new int[] {1, 2, 3, 5, 7, 11}) {
      InputStream trickle = new ByteArrayInputStream(xml) {
        @Override
        public synchronized int read(byte[] b, int off, int len) {
          return super.read(b, off, Math.min(len, chunk));
        }
      };
      assertThat(byReader(trickle)).as("chunks of %d", chunk).isEqualTo(sax);
    }
  }

  @Test
  void aCellReadAtOnceIsStillCheckedAsXml() {
    for (String damaged : List.of(
        "<c r=\"A1\"><v>1</v></c></sheetData></worksheet>",
        "<c r=\"A1\"><is><t>x</t></is></c></row></worksheet>",
        "<c r=\"A1\"><v>\u0001</v></c></row></sheetData></worksheet>",
        // The prefix the cell bound ends with the cell, read at once or not.
        "<c r=\"A1\" xmlns:z=\"urn:z\"><v>1</v></c><z:c/></row></sheetData></worksheet>")) {
      byte[] xml = ("<worksheet xmlns=\"" + MAIN + "\"><sheetData><row>" + damaged)
          .getBytes(StandardCharsets.UTF_8);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> byReader(xml)).as(damaged)
          .isInstanceOf(InputFormatException.class);
    }
  }

  @Test
  void aStreamThatGivesOneByteAtATimeReadsTheSame() throws Exception {
    byte[] xml = SHEET.getBytes(StandardCharsets.UTF_8);
    InputStream trickle = new ByteArrayInputStream(xml) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1));
      }
    };

    assertThat(byReader(trickle)).isEqualTo(bySax(xml));
  }

  @Test
  void damagedSheetsReadAsSaxReadsThemOrAreInputErrors() throws Exception {
    byte[] base = SHEET.getBytes(StandardCharsets.UTF_8);
    byte[] inserts = "<>&;\"'/:=!?[]-#x \r\n\u0001".getBytes(StandardCharsets.ISO_8859_1);
    SplittableRandom random = new SplittableRandom(11);
    int bothRead = 0;
    int neither = 0;
    for (int round = 0; round < 3_000; round++) {
      byte[] xml = base.clone();
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        int at = random.nextInt(xml.length);
        byte b = random.nextInt(4) == 0 ? (byte) random.nextInt(256)
            : inserts[random.nextInt(inserts.length)];
        xml = switch (random.nextInt(3)) {
          case 0 -> { xml[at] = b; yield xml; }
          case 1 -> splice(xml, at, new byte[] {b}, 0);
          default -> splice(xml, at, new byte[0], 1);
        };
      }
      List<String> sax;
      try {
        sax = bySax(xml);
      } catch (Exception e) {
        sax = null;
      }
      List<String> read;
      try {
        read = byReader(xml);
      } catch (InputFormatException e) {
        read = null;
      }
      if (sax != null) {
        assertThat(read).as("round %d: %s", round, new String(xml, StandardCharsets.UTF_8))
            .isEqualTo(sax);
        bothRead++;
      } else if (read == null) {
        neither++;
      }
    }
    // Enough of each for the comparison to mean something.
    assertThat(bothRead).isGreaterThan(300);
    assertThat(neither).isGreaterThan(1_000);
  }

  private static byte[] splice(byte[] xml, int at, byte[] insert, int remove) {
    int cut = Math.min(remove, xml.length - at);
    byte[] out = new byte[xml.length - cut + insert.length];
    System.arraycopy(xml, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(xml, at + cut, out, at + insert.length, xml.length - at - cut);
    return out;
  }
  @Test
  void aCellReferencesColumnIsItsLettersInEitherCaseUpToXfd() throws Exception {
    String cells = "<c r=\"A1\"/><c r=\"a2\"/><c r=\"Xfd3\"/><c r=\"XFE4\"/>"
        + "<c r=\"ZZZZZZZZZZZZ5\"/><c r=\"7\"/><c/><c r=\"@1\"/><c r=\"[1\"/>";
    byte[] xml = ("<worksheet xmlns=\"" + MAIN + "\"><sheetData><row>" + cells
        + "</row></sheetData></worksheet>").getBytes(StandardCharsets.UTF_8);
    List<Integer> letters = new ArrayList<>();
    SheetXml.read(new ByteArrayInputStream(xml), new SheetXml.Handler() {
      @Override
      public void start(SheetXml x, String name) {
        if (name == SheetXml.CELL) {
          letters.add(x.letters("r"));
        }
      }

      @Override
      public void end(SheetXml x, String name) {}
    });
    assertThat(letters.subList(0, 3)).containsExactly(1, 1, SheetXml.MAX_COLUMN);
    // Beyond the last column, never wrapped round to a small one.
    assertThat(letters.subList(3, 5)).allMatch(n -> n > SheetXml.MAX_COLUMN);
    assertThat(letters.subList(5, 9)).containsExactly(0, -1, 0, 0);
  }
}
