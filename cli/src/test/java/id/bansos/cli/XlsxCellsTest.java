package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.jackson.ExtensionFacts;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Cells of every kind, in sheet XML written by hand, read by the table's XLSX reader and by the
 * reader it replaced (Apache POI's {@code XSSFSheetXMLHandler} with the same number formatting):
 * the same text for each, where POI's handler gives one.
 */
class XlsxCellsTest {

  @TempDir
  Path dir;

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  /** Name cells of every kind, each on a household of its own. */
  private static final List<String> NAME_CELLS = List.of(
      "t=\"inlineStr\"><is><t>Nama</t></is>",
      "t=\"inlineStr\"><is><r><t>Nama </t></r><r><rPr><b/></rPr><t>Satu</t></r></is>",
      "t=\"inlineStr\"><is><t>A_x0042_C</t></is>",
      "t=\"inlineStr\"><is><t>Kanji</t><rPh sb=\"0\" eb=\"1\"><t>kana</t></rPh></is>",
      "t=\"s\"><v>0</v>",
      "t=\"s\"><v> 1 </v>",
      "><v>123</v>",
      "s=\"1\"><v>45672</v>",
      "s=\"2\"><v>45672.75</v>",
      "s=\"0\"><v>1.5</v>",
      "s=\"99\"><v>45672</v>",
      "s=\"2147483647\"><v>45672</v>",
      "><v>NaN</v>",
      "s=\"1\"><v>1e400</v>",
      "><v>1234567890123456789</v>",
      "t=\"b\"><v>1</v>",
      "t=\"b\"><v>0</v>",
      "t=\"e\"><v>#N/A</v>",
      "t=\"str\"><f>A1&amp;\"x\"</f><v>Dua</v>",
      "><f>1+1</f><v>2</v>",
      "s=\"1\"><f>TODAY()</f><v>45672</v>",
      "t=\"d\"><v>2025-01-15</v>");

  private static String kk(int i) {
    return String.format(Locale.ROOT, "350902150320%04d", i + 1);
  }

  private static String nik(int i) {
    return String.format(Locale.ROOT, "350902410185%04d", i + 1);
  }

  private static String inline(String ref, String text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  }

  /** A workbook of the header kk, nik, name and one row per name cell. */
  private Path workbook(String name, List<String> nameCells, String sharedStrings)
      throws Exception {
    return workbook(name, nameCells, sharedStrings, "");
  }

  /** As {@link #workbook(String, List, String)}, the workbook part's properties given. */
  private Path workbook(String name, List<String> nameCells, String sharedStrings,
      String workbookPr) throws Exception {
    StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
    sheet.append("<row r=\"1\">").append(inline("A1", "kk")).append(inline("B1", "nik"))
        .append(inline("C1", "name")).append("</row>");
    for (int i = 0; i < nameCells.size(); i++) {
      int r = i + 2;
      sheet.append("<row r=\"").append(r).append("\">").append(inline("A" + r, kk(i)))
          .append(inline("B" + r, nik(i))).append("<c r=\"C").append(r).append("\" ")
          .append(nameCells.get(i)).append("</c></row>");
    }
    sheet.append("</sheetData></worksheet>");
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      part(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/"
          + "vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
          + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
          + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/></Types>");
      part(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
          + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
          + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
          + "</Relationships>");
      part(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"http://schemas.openxmlformats.org/"
          + "officeDocument/2006/relationships\">" + workbookPr
          + "<sheets><sheet name=\"KK\" sheetId=\"1\""
          + " r:id=\"rId1\"/></sheets></workbook>");
      String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
      part(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
          + "relationships\"><Relationship Id=\"rId1\" Type=\"" + rel + "worksheet\""
          + " Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" + rel
          + "sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"rId3\" Type=\""
          + rel + "styles\" Target=\"styles.xml\"/></Relationships>");
      // Style 1 a custom date format, style 2 a built-in one (14, m/d/yy).
      part(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\""
          + " formatCode=\"dd/mm/yyyy\"/></numFmts><fonts count=\"1\"><font/></fonts>"
          + "<fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders>"
          + "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"3\">"
          + "<xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/>"
          + "<xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
      part(zip, "xl/sharedStrings.xml", sharedStrings);
      part(zip, "xl/worksheets/sheet1.xml", sheet.toString());
    }
    return file;
  }

  private static void part(ZipOutputStream zip, String name, String xml) throws Exception {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** No {@code uniqueCount} or {@code count}: both are optional. */
  private static final String SHARED = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<sst xmlns=\"" + MAIN + "\"><si><t>Nama Tiga</t></si>"
      + "<si><r><t>Nama </t></r><r><rPr><b/></rPr><t>Empat</t></r></si></sst>";

  /** The name each household read from the file has, by row. */
  private static Map<Integer, Optional<String>> namesRead(Path file) throws Exception {
    List<HouseholdRecord> read = new ArrayList<>();
    InputFormat.XLSX.read(file, new TableLayout(ExtensionFacts.provincial()),
        read::add, new Progress());
    Map<Integer, Optional<String>> names = new TreeMap<>();
    for (HouseholdRecord r : read) {
      assertThat(r).isInstanceOf(HouseholdRecord.Valid.class);
      HouseholdRecord.Valid v = (HouseholdRecord.Valid) r;
      names.put(v.memberLines().get(0), v.household().members().get(0).name());
    }
    return names;
  }

  /** What the reader this one replaced gave for column C, by row, as the table strips it. */
  private static Map<Integer, Optional<String>> namesByPoi(Path file) throws Exception {
    Map<Integer, Optional<String>> names = new TreeMap<>();
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      XSSFSheetXMLHandler.SheetContentsHandler cells =
          new XSSFSheetXMLHandler.SheetContentsHandler() {
            @Override
            public void startRow(int rowNum) {
              if (rowNum > 0) {
                names.put(rowNum + 1, Optional.empty());
              }
            }

            @Override
            public void endRow(int rowNum) {}

            @Override
            public void cell(String ref, String value, XSSFComment comment) {
              CellReference at = new CellReference(ref);
              if (at.getRow() > 0 && at.getCol() == 2 && value != null && !value.isBlank()) {
                names.put(at.getRow() + 1, Optional.of(value.strip()));
              }
            }
          };
      XMLReader parser = XMLHelper.newXMLReader();
      parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, cells,
          new OldPlain(), false));
      try (InputStream sheet = reader.getSheetsData().next()) {
        parser.parse(new InputSource(sheet));
      }
    }
    return names;
  }

  /** The number formatting of the reader this one replaced. */
  private static final class OldPlain extends DataFormatter {
    OldPlain() {
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
        return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
      }
      if (value == Math.rint(value) && Math.abs(value) < 1e15) {
        return Long.toString((long) value);
      }
      return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
  }

  @Test
  void everyKindOfCellReadsAsThePoiHandlerReadsIt() throws Exception {
    Path file = workbook("cells.xlsx", NAME_CELLS, SHARED);

    Map<Integer, Optional<String>> read = namesRead(file);

    assertThat(read).hasSize(NAME_CELLS.size()).isEqualTo(namesByPoi(file));
    assertThat(read.get(2)).contains("Nama");
    assertThat(read.get(3)).contains("Nama Satu");
    assertThat(read.get(6)).contains("Nama Tiga");
    assertThat(read.get(7)).contains("Nama Empat");
    assertThat(read.get(9)).contains("2025-01-15");
    assertThat(read.get(14)).contains("NaN");
    assertThat(read.get(17)).contains("TRUE");
    assertThat(read.get(19)).contains("ERROR:#N/A");
  }

  @Test
  void datesCountFromTheDateSystemTheWorkbookSays() throws Exception {
    List<String> dates = List.of("s=\"1\"><v>45672</v>", "s=\"2\"><v>0</v>");
    LocalDate from1904 = LocalDate.of(1904, 1, 1);
    for (String pr : List.of("<workbookPr date1904=\"1\"/>", "<workbookPr date1904=\" true \"/>",
        "<workbookPr defaultThemeVersion=\"124226\" date1904=\"true\"/>",
        "<x:workbookPr xmlns:x=\"" + MAIN + "\" date1904=\"1\"/>",
        "<workbookPr date1904=\"1\"/><workbookPr date1904=\"0\"/>")) {
      Map<Integer, Optional<String>> read =
          namesRead(workbook("mac.xlsx", dates, SHARED, pr));
      assertThat(read).as(pr).containsEntry(2, Optional.of(from1904.plusDays(45672).toString()))
          .containsEntry(3, Optional.of("1904-01-01"));
    }
    for (String pr : List.of("", "<workbookPr/>", "<workbookPr date1904=\"0\"/>",
        "<workbookPr date1904=\"false\"/>",
        "<workbookPr xmlns=\"urn:other\" date1904=\"1\"/>",
        "<extLst><ext><workbookPr date1904=\"1\"/></ext></extLst>")) {
      assertThat(namesRead(workbook("pc.xlsx", dates, SHARED, pr))).as(pr)
          .containsEntry(2, Optional.of("2025-01-15"));
    }
    for (String value : List.of("yes", "\u30001")) {
      Path odd = workbook("odd.xlsx", dates, SHARED, "<workbookPr date1904=\"" + value + "\"/>");
      assertThatThrownBy(() -> namesRead(odd)).as(value)
          .isInstanceOf(InputFormatException.class).hasMessageContaining("date1904");
    }
  }

  @Test
  void cellsWithoutAReferenceFollowOneAnotherAndAnEmptyBooleanIsEmpty() throws Exception {
    // A boolean cell without a value, on a row whose cells then lose their r attributes.
    Path file = workbook("norefs.xlsx", List.of("t=\"b\"><v/>"), SHARED);
    String xml;
    try (var zip = new java.util.zip.ZipFile(file.toFile())) {
      xml = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))
          .readAllBytes(), StandardCharsets.UTF_8);
    }
    Path rewritten = rewrite(file, "xl/worksheets/sheet1.xml", xml.replace(" r=\"A2\"", "")
        .replace(" r=\"B2\"", "").replace(" r=\"C2\"", ""));

    assertThat(namesRead(rewritten)).containsExactly(Map.entry(2, Optional.empty()));
  }

  @Test
  void aReferenceInLowerCaseIsReadAndOneBeyondTheLastColumnIsAnError() throws Exception {
    Path file = workbook("refs.xlsx", List.of("t=\"inlineStr\"><is><t>Nama</t></is>"), SHARED);
    String xml;
    try (var zip = new java.util.zip.ZipFile(file.toFile())) {
      xml = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))
          .readAllBytes(), StandardCharsets.UTF_8);
    }
    Path lower = rewrite(file, "xl/worksheets/sheet1.xml", xml.replace("r=\"C2\"", "r=\"c2\""));
    assertThat(namesRead(lower)).containsExactly(Map.entry(2, Optional.of("Nama")));

    Path beyond = rewrite(file, "xl/worksheets/sheet1.xml",
        xml.replace("r=\"C2\"", "r=\"XFE2\""));
    assertThatThrownBy(() -> namesRead(beyond)).isInstanceOf(InputFormatException.class)
        .hasMessageContaining("row 2").hasMessageContaining("beyond XFD");
  }

  @Test
  void aSharedStringTheWorkbookDoesNotHaveIsAnErrorThatQuotesNoString() throws Exception {
    Path file = workbook("missing.xlsx", List.of("t=\"s\"><v>7</v>"), SHARED);

    assertThatThrownBy(() -> namesRead(file)).isInstanceOf(InputFormatException.class)
        .hasMessageContaining("row 2, column 3").hasMessageContaining("shared string 7")
        .hasMessageNotContaining("Nama");
  }

  private static Arguments style(String name, UnaryOperator<String> rewrite) {
    return Arguments.of(name, rewrite);
  }

  /** The sheet's XML written in the other ways XML allows. */
  static Stream<Arguments> xmlStyles() {
    return Stream.of(
        style("a namespace prefix instead of the default namespace",
            x -> x.replaceAll("<(/?)([A-Za-z])", "<$1x:$2").replace("xmlns=", "xmlns:x=")),
        style("the namespace declared again on inner elements",
            x -> x.replace("<row ", "<row xmlns=\"" + MAIN + "\" ")
                .replace("<is>", "<m:is xmlns:m=\"" + MAIN + "\">").replace("</is>", "</m:is>")),
        style("comments and processing instructions",
            x -> x.replace("</c>", "</c><!-- a <c> note --><?app x=\"<c>\"?>")
                .replace("<row ", "<!----><row ")),
        style("CDATA sections", x -> x.replace(">Nama<", "><![CDATA[Na]]><![CDATA[]]>ma<")
            .replace(">Satu<", "><![CDATA[S<a>&amp;]]><")),
        style("entities and character references",
            x -> x.replace(">Nama<", ">N&#97;m&#x61;&#x4E2D;&#128512;&amp;&lt;&gt;&quot;&apos;"
                + "&#" + "0".repeat(2_000) + "33;<")
                .replace("r=\"C2\"", "r=\"&#67;&#x32;\"").replace("t=\"s\"", "t=\"&#115;\"")),
        style("single quotes and white space in tags",
            x -> x.replaceAll(" (r|t|s)=\"([^\"]*)\"", "\n\t$1 =\r\n'$2' ")
                .replace("</c>", "</c\n >")),
        style("line ends XML normalises",
            x -> x.replace(">Nama<", ">Na\r\nma\rX\n<").replace(">Satu<", "><![CDATA[S\r\nu]]><")),
        style("elements and attributes of other namespaces",
            x -> x.replace("<worksheet ", "<worksheet xmlns:o=\"urn:other\" ")
                .replace("<c r=", "<c o:r=\"Z9\" o:t=\"s\" r=")
                .replace("</c>", "</c><o:ext o:a=\"1\"><o:c>9</o:c><v xmlns=\"\">8</v></o:ext>")),
        style("a row of another namespace is no row",
            x -> x.replace("<row r=\"3\">", "<row xmlns=\"urn:other\" r=\"3\">")),
        style("a byte order mark and another declaration",
            x -> "\uFEFF" + x.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version='1.0' encoding='utf-8' standalone='yes'?>")),
        style("non-ASCII text", x -> x.replace(">Nama<", ">Nama Ŝ名😀<")),
        style("values and comments longer than the reader's buffer",
            x -> x.replace(">Nama<", ">" + letters(150_000, 1) + "<")
                .replace("<row r=\"5\">", "<row r=\"5\"><!--" + letters(70_000, 2) + "-->")));
  }

  /** Letters that do not compress well (POI refuses a part that compresses too well). */
  private static String letters(int n, long seed) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    StringBuilder out = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      out.append((char) ('a' + random.nextInt(26)));
    }
    return out.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("xmlStyles")
  void xmlWrittenAnyWayXmlAllowsReadsAsThePoiHandlerReadsIt(String style,
      UnaryOperator<String> rewrite) throws Exception {
    Path file = workbook("styles.xlsx", NAME_CELLS, SHARED);
    Path rewritten = rewrite(file, SHEET, rewrite.apply(sheetXml(file)));

    assertThat(sheetXml(rewritten)).isNotEqualTo(sheetXml(file));
    assertThat(namesRead(rewritten)).isEqualTo(namesByPoi(rewritten));
  }

  /** What is not well-formed XML, or not UTF-8. */
  static Stream<Arguments> malformed() {
    return Stream.of(
        style("an end tag that does not match", x -> x.replaceFirst("</is>", "</si>")),
        style("an entity that is not declared", x -> x.replace(">Nama<", ">Nama&nbsp;<")),
        style("a DOCTYPE", x -> x.replace("?><worksheet", "?><!DOCTYPE worksheet><worksheet")),
        style("a prefix that is not declared", x -> x.replace("</c>", "</c><y:foo/>")),
        style("a control character", x -> x.replace(">Nama<", ">Na\u0001ma<")),
        style("a character reference to a control character",
            x -> x.replace(">Nama<", ">Na&#1;ma<")),
        style("a control character in a CDATA section",
            x -> x.replace(">Nama<", "><![CDATA[Na\u0002ma]]><")),
        style("a character XML does not allow, written as itself",
            x -> x.replace(">Nama<", ">Na\uFFFFma<")),
        style("a document cut short", x -> x.substring(0, x.length() / 2)),
        style("a second document element", x -> x + "<worksheet/>"),
        style("text after the document element", x -> x + "Nama"),
        style("an attribute without quotes", x -> x.replaceFirst("r=\"2\"", "r=2")),
        style("a '<' in an attribute", x -> x.replaceFirst("r=\"2\"", "r=\"<2\"")),
        style("another encoding", x -> x.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void xmlThatIsNotWellFormedIsAnErrorThatQuotesNoText(String problem,
      UnaryOperator<String> rewrite) throws Exception {
    Path file = workbook("bad.xlsx", NAME_CELLS, SHARED);
    Path rewritten = rewrite(file, SHEET, rewrite.apply(sheetXml(file)));

    assertThatThrownBy(() -> namesByPoi(rewritten)).as("POI's parser refuses it too")
        .isInstanceOf(Exception.class);
    assertThatThrownBy(() -> namesRead(rewritten)).isInstanceOf(InputFormatException.class)
        .hasMessageStartingWith("not a readable XLSX workbook: the sheet's XML")
        .hasMessageNotContaining("Nama").hasMessageNotContaining("3509");
  }

  @Test
  void malformedUtf8InAValueIsAnError() throws Exception {
    Path file = workbook("utf8.xlsx", List.of("t=\"inlineStr\"><is><t>Nama</t></is>"), SHARED);
    byte[] xml = sheetXml(file).getBytes(StandardCharsets.UTF_8);
    String text = new String(xml, StandardCharsets.ISO_8859_1);
    int at = text.indexOf(">Nama<") + 3;
    xml[at] = (byte) 0xC3;
    Path rewritten = rewrite(file, SHEET, xml);

    assertThatThrownBy(() -> namesByPoi(rewritten)).isInstanceOf(Exception.class);
    assertThatThrownBy(() -> namesRead(rewritten)).isInstanceOf(InputFormatException.class)
        .hasMessageContaining("not UTF-8").hasMessageContaining("first 2 rows");
  }

  private static final String SHEET = "xl/worksheets/sheet1.xml";

  private static String sheetXml(Path file) throws Exception {
    try (var zip = new java.util.zip.ZipFile(file.toFile())) {
      return new String(zip.getInputStream(zip.getEntry(SHEET)).readAllBytes(),
          StandardCharsets.UTF_8);
    }
  }

  /** The file with one part replaced. */
  private Path rewrite(Path file, String part, String xml) throws Exception {
    return rewrite(file, part, xml.getBytes(StandardCharsets.UTF_8));
  }

  /** The file with one part replaced. */
  private Path rewrite(Path file, String part, byte[] xml) throws Exception {
    Path out = dir.resolve("re-" + file.getFileName());
    try (var in = new java.util.zip.ZipFile(file.toFile());
        ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
      for (var e : java.util.Collections.list(in.entries())) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(e.getName().equals(part) ? xml : in.getInputStream(e).readAllBytes());
        zip.closeEntry();
      }
    }
    return out;
  }
}
