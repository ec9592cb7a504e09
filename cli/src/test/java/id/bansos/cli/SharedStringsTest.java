package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/**
 * {@link SharedStrings} reads what Apache POI's {@code ReadOnlySharedStringsTable} reads, on the
 * shapes a shared-strings part takes (runs, phonetic runs, escapes, prefixes, other namespaces,
 * entities) and on thousands of parts made of them at random.
 */
class SharedStringsTest {

  private static final String MAIN = SheetXml.MAIN;

  /** Pieces of a shared-strings part: whole {@code si} elements. */
  private static final List<String> ITEMS = List.of(
      "<si><t>Kabupaten Sampang</t></si>",
      "<si><t xml:space=\"preserve\">  spaces  </t></si>",
      "<si><r><rPr><b/><sz val=\"11\"/></rPr><t>bold</t></r><r><t xml:space=\"preserve\"> and"
          + " plain</t></r></si>",
      "<si><t>漢字</t><rPh sb=\"0\" eb=\"2\"><t>かんじ</t></rPh><phoneticPr fontId=\"1\"/></si>",
      "<si><rPh sb=\"0\" eb=\"1\"><t>first</t></rPh><t>then text</t></si>",
      "<si><t>line_x000D_end _x0041_ _x</t></si>",
      "<si><t>a &amp; b &lt;c&gt; &#x1F600; &#233;</t></si>",
      "<si/>",
      "<si><t/></si>",
      "<si><t>x</t><ext xmlns=\"urn:other\"><t>not read</t></ext></si>",
      "<si><t>3527092411139475</t></si>",
      "<si><t><![CDATA[<cdata & all>]]></t></si>",
      "<si><t>tab\there\nnew line</t></si>",
      "<si>outside<t>inside</t> after</si>",
      "<si><t>outer<t>inner</t>tail</t></si>",
      "<si><r><t>run</t></r><rPh><t>ph</t></rPh><rPh><t>two</t></rPh></si>");

  private static String sst(String prefix, List<String> items) {
    String p = prefix.isEmpty() ? "" : prefix + ":";
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + p
        + "sst xmlns" + (prefix.isEmpty() ? "" : ":" + prefix) + "=\"" + MAIN + "\" count=\""
        + items.size() + "\" uniqueCount=\"" + items.size() + "\">");
    for (String item : items) {
      b.append(prefix.isEmpty() ? item
          : item.replaceAll("<(/?)(si|t|r|rPr|b|sz|rPh|phoneticPr)\\b", "<$1" + p + "$2"));
    }
    return b.append("</").append(p).append("sst>").toString();
  }

  private static List<String> ours(String xml) throws Exception {
    List<String> raw = SharedStrings.read(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    List<String> decoded = new ArrayList<>();
    for (String s : raw) {
      decoded.add(SharedStrings.decodeEscapes(s));
    }
    return decoded;
  }

  private static List<String> pois(String xml) throws Exception {
    ReadOnlySharedStringsTable table = new ReadOnlySharedStringsTable(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < table.getUniqueCount(); i++) {
      out.add(table.getItemAt(i).getString());
    }
    return out;
  }

  @Test
  void eachShapeReadsAsPoiReadsIt() throws Exception {
    for (String prefix : List.of("", "x")) {
      for (String item : ITEMS) {
        String xml = sst(prefix, List.of(item));
        assertThat(ours(xml)).as(xml).isEqualTo(pois(xml)).hasSize(1);
      }
    }
    assertThat(ours(sst("", ITEMS))).containsExactly("Kabupaten Sampang", "  spaces  ",
        "bold and plain", "漢字 かんじ", "firstthen text", "line\rend A _x",
        "a & b <c> 😀 é", "", "", "x", "3527092411139475", "<cdata & all>",
        "tab\there\nnew line", "inside", "outerinner", "run ph two");
  }

  @Test
  void partsMadeAtRandomReadAsPoiReadsThem() throws Exception {
    Random random = new Random(12);
    for (int n = 0; n < 2_000; n++) {
      List<String> items = new ArrayList<>();
      for (int k = random.nextInt(6); k >= 0; k--) {
        items.add(ITEMS.get(random.nextInt(ITEMS.size())));
      }
      String xml = sst(random.nextInt(4) == 0 ? "s" : "", items);
      assertThat(ours(xml)).as(xml).isEqualTo(pois(xml));
    }
  }

  @Test
  void aByteOrderMarkAndASecondTableReadAsPoiReadsThem() throws Exception {
    String bom = "\uFEFF" + sst("", List.of("<si><t>after a BOM</t></si>"));
    assertThat(ours(bom)).isEqualTo(pois(bom)).containsExactly("after a BOM");
    String two = sst("", List.of("<si><t>a</t></si>")).replace("</sst>",
        "<sst><si><t>b</t></si></sst></sst>");
    assertThat(ours(two)).isEqualTo(pois(two));
  }

  @Test
  void theTablesCountsAreNotReadAsPoiReadThem() throws Exception {
    // Nothing here needs the counts: a table whose counts are not numbers is read all the same,
    // where POI refused it.
    String xml = sst("", List.of("<si><t>a</t></si>", "<si><t>b</t></si>"))
        .replace("count=\"2\"", "count=\"many\"")
        .replace("uniqueCount=\"2\"", "uniqueCount=\"\"");
    assertThat(ours(xml)).containsExactly("a", "b");
    assertThatThrownBy(() -> pois(xml)).isInstanceOf(NumberFormatException.class);
  }

  @Test
  void anEmptyPartOrOneWithoutATableHoldsNoStrings() throws Exception {
    assertThat(SharedStrings.read(new ByteArrayInputStream(new byte[0]))).isEmpty();
    assertThat(ours("<other xmlns=\"" + MAIN + "\"><si><t>x</t></si></other>")).isEmpty();
  }

  @Test
  void aPartThatIsNotXmlIsRefusedAsPoiRefusesIt() {
    String broken = sst("", List.of("<si><t>open")).replace("</sst>", "");
    assertThatThrownBy(() -> ours(broken)).isInstanceOf(SAXException.class);
    assertThatThrownBy(() -> pois(broken)).isInstanceOf(SAXException.class);
    String doctype = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY x \"y\">]>"
        + sst("", List.of("<si><t>&x;</t></si>")).substring(39);
    assertThatThrownBy(() -> ours(doctype)).isInstanceOf(SAXException.class);
  }
}
