package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.jackson.ExtensionFacts;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a workbook's parts are found in its zip file, and the messages for files that are not
 * workbooks the command line reads.
 */
class XlsxPackageTest {

  @TempDir
  Path dir;

  private static final String MAIN = SheetXml.MAIN;
  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

  private static String rels(String... typeTargets) {
    StringBuilder xml = new StringBuilder("<Relationships xmlns=\"" + PKG + "\">");
    for (int i = 0; i < typeTargets.length; i += 2) {
      xml.append("<Relationship Id=\"rId").append(i / 2 + 1).append("\" Type=\"")
          .append(typeTargets[i]).append("\" Target=\"").append(typeTargets[i + 1])
          .append("\"/>");
    }
    return xml.append("</Relationships>").toString();
  }

  private static String workbookXml(String... sheetIds) {
    StringBuilder xml = new StringBuilder(
        "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>");
    for (int i = 0; i < sheetIds.length; i++) {
      xml.append("<sheet name=\"S").append(i).append("\" sheetId=\"").append(i + 1)
          .append("\" r:id=\"").append(sheetIds[i]).append("\"/>");
    }
    return xml.append("</sheets></workbook>").toString();
  }

  private static String sheetXml(String kk) {
    return "<worksheet xmlns=\"" + MAIN + "\"><sheetData>"
        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>no_kk</t></is></c>"
        + "<c r=\"B1\" t=\"inlineStr\"><is><t>nik</t></is></c></row>"
        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + kk + "</t></is></c>"
        + "<c r=\"B2\" t=\"inlineStr\"><is><t>3509024101850001</t></is></c></row>"
        + "</sheetData></worksheet>";
  }

  private Path zip(String name, Map<String, String> parts) throws Exception {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }

  /** A workbook whose parts sit where the relationships below say, not where Excel puts them. */
  private Map<String, String> unusualWorkbook() {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("_rels/.rels", rels(REL + "/officeDocument", "/Book/WORKBOOK.XML"));
    parts.put("book/workbook.xml", workbookXml("rId1", "rId2", "rId3"));
    parts.put("book/_rels/workbook.xml.rels", rels(
        REL + "/chartsheet", "charts/chart1.xml",
        REL + "/worksheet", "../Sheets/First.xml",
        REL + "/worksheet", "./sheets/second.xml",
        REL + "/styles", "/styles.xml",
        REL + "/sharedStrings", "http://example.org/strings.xml")
        .replace("Target=\"http://example.org/strings.xml\"",
            "Target=\"http://example.org/strings.xml\" TargetMode=\"External\""));
    parts.put("book/charts/chart1.xml", "<chartsheet xmlns=\"" + MAIN + "\"/>");
    parts.put("sheets/first.xml", sheetXml("3509021503200001"));
    parts.put("book/sheets/second.xml", sheetXml("3509021503200002"));
    parts.put("styles.xml", "<styleSheet xmlns=\"" + MAIN + "\"/>");
    return parts;
  }

  @Test
  void partsAreFoundByTheirRelationshipsWhateverTheirCase() throws Exception {
    Path file = zip("unusual.xlsx", unusualWorkbook());
    try (XlsxPackage pkg = XlsxPackage.open(file)) {
      // rId1 is a chart sheet: the first worksheet is rId2's.
      assertThat(pkg.sheet()).isEqualTo("Sheets/First.xml");
      assertThat(pkg.related(XlsxPackage.STYLES)).isEqualTo("styles.xml");
      // An external target is not a part.
      assertThat(pkg.related(XlsxPackage.SHARED_STRINGS)).isNull();
      assertThat(pkg.date1904()).isFalse();
      try (InputStream in = pkg.open(pkg.sheet())) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
            .contains("3509021503200001");
      }
      assertThat(pkg.size(pkg.sheet())).isEqualTo(sheetXml("3509021503200001").length());
    }
    List<HouseholdRecord> read = new ArrayList<>();
    InputFormat.XLSX.read(file, new TableLayout(ExtensionFacts.provincial()),
        read::add, new Progress());
    assertThat(read).singleElement().isInstanceOf(HouseholdRecord.Valid.class);
  }

  @Test
  void namesWrittenWithBackslashesEscapesOrAnotherCodePageAreFound() throws Exception {
    Map<String, String> parts = unusualWorkbook();
    parts.remove("sheets/first.xml");
    parts.put("sheets\\first.xml", sheetXml("3509021503200001"));
    parts.put("book/_rels/workbook.xml.rels", rels(REL + "/worksheet",
        "..\\Sheets\\First.xml"));
    parts.put("book/workbook.xml", workbookXml("rId1"));
    try (XlsxPackage pkg = XlsxPackage.open(zip("backslashes.xlsx", parts))) {
      assertThat(pkg.sheet()).isEqualTo("Sheets/First.xml");
      assertThat(pkg.size(pkg.sheet())).isPositive();
    }

    // A name stored in the zip with its escape, as some tools store it, is found too.
    Map<String, String> literal = unusualWorkbook();
    literal.remove("sheets/first.xml");
    literal.put("sheets/first%20sheet.xml", sheetXml("3509021503200001"));
    literal.put("book/_rels/workbook.xml.rels", rels(REL + "/worksheet",
        "../sheets/first%20sheet.xml"));
    literal.put("book/workbook.xml", workbookXml("rId1"));
    assertThat(read(zip("literal.xlsx", literal))).singleElement()
        .isInstanceOf(HouseholdRecord.Valid.class);

    Map<String, String> escaped = unusualWorkbook();
    escaped.put("book/sheets/lembär satu.xml", sheetXml("3509021503200003"));
    escaped.put("book/_rels/workbook.xml.rels", rels(REL + "/worksheet",
        "sheets/lemb%C3%A4r%20satu.xml"));
    escaped.put("book/workbook.xml", workbookXml("rId1"));
    assertThat(read(zip("escaped.xlsx", escaped))).singleElement()
        .isInstanceOf(HouseholdRecord.Valid.class);

    // A picture named in the zip's legacy code page (not flagged UTF-8), which the JDK refuses
    // to read as UTF-8.
    Path latin1 = dir.resolve("latin1.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(latin1),
        StandardCharsets.ISO_8859_1)) {
      for (Map.Entry<String, String> part : unusualWorkbook().entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      zip.putNextEntry(new ZipEntry("media/b\u00e4ume.png"));
      zip.write(new byte[] {1, 2, 3});
      zip.closeEntry();
    }
    assertThat(read(latin1)).singleElement().isInstanceOf(HouseholdRecord.Valid.class);
  }

  @Test
  void twoPartsOfOneNameRefuseTheWorkbook() throws Exception {
    Map<String, String> parts = unusualWorkbook();
    parts.put("SHEETS/First.xml", sheetXml("3509021503200009"));
    assertThatThrownBy(() -> read(zip("twice.xlsx", parts)))
        .isInstanceOf(InputFormatException.class)
        .hasMessage("not a readable XLSX workbook: it holds two parts named SHEETS/First.xml");
  }

  @Test
  void aSheetNamingARelationshipTheWorkbookLacksRefusesIt() throws Exception {
    Map<String, String> parts = unusualWorkbook();
    // rId9 is no relationship of the workbook part: the sheet the officer sees first is lost.
    parts.put("book/workbook.xml", workbookXml("rId1", "rId9", "rId2"));
    assertThatThrownBy(() -> read(zip("dangling.xlsx", parts)))
        .isInstanceOf(InputFormatException.class)
        .hasMessage("not a readable XLSX workbook: a sheet before its first worksheet names a"
            + " relationship (rId9) the workbook part does not have");
  }

  @Test
  void aPartThatIsNotXmlPrintsNothingOfItsText() throws Exception {
    Map<String, String> parts = unusualWorkbook();
    parts.put("book/_rels/workbook.xml.rels", rels(REL + "/worksheet", "../sheets/first.xml",
        REL + "/sharedStrings", "strings.xml"));
    parts.put("book/workbook.xml", workbookXml("rId1"));
    parts.put("book/strings.xml", "<sst xmlns=\"" + MAIN + "\"><si><t>Nama &Satu</t></si></sst>");
    java.io.PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      assertThatThrownBy(() -> read(zip("entity.xlsx", parts)))
          .isInstanceOf(InputFormatException.class)
          .hasMessage("not a readable XLSX workbook: its part Book/strings.xml is not"
              + " well-formed XML or not what such a part holds");
    } finally {
      System.setErr(err);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void targetsResolveAgainstTheirPartsFolder() {
    assertThat(XlsxPackage.resolve("xl/", "worksheets/sheet1.xml"))
        .isEqualTo("xl/worksheets/sheet1.xml");
    assertThat(XlsxPackage.resolve("xl/", "/xl/worksheets/sheet1.xml"))
        .isEqualTo("xl/worksheets/sheet1.xml");
    assertThat(XlsxPackage.resolve("xl/", "../docProps/app.xml")).isEqualTo("docProps/app.xml");
    assertThat(XlsxPackage.resolve("", "xl/./workbook.xml")).isEqualTo("xl/workbook.xml");
    assertThat(XlsxPackage.resolve("", "../../xl//workbook.xml")).isEqualTo("xl/workbook.xml");
    assertThat(XlsxPackage.resolve("xl/", "worksheets\\sheet1.xml"))
        .isEqualTo("xl/worksheets/sheet1.xml");
    // Escapes are decoded when a part is looked up, on both sides.
    assertThat(XlsxPackage.resolve("xl/", "lembar%20satu.xml")).isEqualTo("xl/lembar%20satu.xml");
    // A malformed escape is left as written.
    assertThat(XlsxPackage.percentDecoded("a%2")).isEqualTo("a%2");
    assertThat(XlsxPackage.percentDecoded("a%G0")).isEqualTo("a%G0");
    assertThat(XlsxPackage.percentDecoded("%E6%BC%A2")).isEqualTo("\u6f22");
  }

  @Test
  void aWorkbookWithoutAWorksheetSaysSo() throws Exception {
    Map<String, String> parts = unusualWorkbook();
    parts.put("book/workbook.xml", workbookXml("rId1"));
    assertThatThrownBy(() -> read(zip("charts.xlsx", parts)))
        .isInstanceOf(InputFormatException.class).hasMessage("the workbook has no sheet");
    parts.put("book/workbook.xml", workbookXml("rId2"));
    parts.remove("sheets/first.xml");
    assertThatThrownBy(() -> read(zip("missing.xlsx", parts)))
        .isInstanceOf(InputFormatException.class).hasMessage("the workbook has no sheet");
  }

  @Test
  void filesThatAreNotSuchWorkbooksGetAMessageSayingWhatToDo() throws Exception {
    Path text = dir.resolve("text.xlsx");
    Files.writeString(text, "no_kk,nik\n");
    assertThatThrownBy(() -> read(text)).isInstanceOf(InputFormatException.class)
        .hasMessageStartingWith("not a readable XLSX workbook: it is not a zip file (");

    Path xls = dir.resolve("old.xls");
    byte[] ole2 = new byte[512];
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    System.arraycopy(magic, 0, ole2, 0, magic.length);
    Files.write(xls, ole2);
    assertThatThrownBy(() -> read(xls)).isInstanceOf(InputFormatException.class)
        .hasMessageContaining("Excel 97-2003 workbook (.xls) or a workbook protected by a"
            + " password").hasMessageContaining("save it as an Excel Workbook (.xlsx)");

    Map<String, String> strict = unusualWorkbook();
    strict.put("_rels/.rels", rels(
        "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
        "book/workbook.xml"));
    assertThatThrownBy(() -> read(zip("strict.xlsx", strict)))
        .isInstanceOf(InputFormatException.class).hasMessageContaining("Strict Open XML");

    Map<String, String> binary = unusualWorkbook();
    binary.put("_rels/.rels", rels(REL + "/officeDocument", "xl/workbook.bin"));
    assertThatThrownBy(() -> read(zip("binary.xlsb", binary)))
        .isInstanceOf(InputFormatException.class).hasMessageContaining("(.xlsb)");

    assertThatThrownBy(() -> read(zip("other.zip", Map.of("readme.txt", "hello"))))
        .isInstanceOf(InputFormatException.class)
        .hasMessageContaining("no package relationships (_rels/.rels)");

    assertThatThrownBy(() -> read(zip("document.xlsx", Map.of("_rels/.rels",
        rels(REL + "/extended-properties", "docProps/app.xml")))))
        .isInstanceOf(InputFormatException.class).hasMessageContaining("names no workbook part");
  }

  @Test
  void aSpreadsheetOfAnotherKindIsToldHowToSaveIt() {
    assertThat(InputFormat.saveAsHint(Path.of("data", "KPM.XLS")))
        .isEqualTo("; save the .xls workbook as an Excel Workbook (.xlsx), or as CSV");
    assertThat(InputFormat.saveAsHint(Path.of("kpm.xlsb"))).contains(".xlsb");
    assertThat(InputFormat.saveAsHint(Path.of("kpm.ods"))).contains(".ods");
    assertThat(InputFormat.saveAsHint(Path.of("kpm.txt"))).isEmpty();
    assertThat(InputFormat.saveAsHint(Path.of("kpm.xlsx"))).isEmpty();
  }

  @Test
  void aPartThatIsNotXmlIsNamed() throws Exception {
    Map<String, String> parts = unusualWorkbook();
    parts.put("styles.xml", "<styleSheet xmlns=\"" + MAIN + "\"><cellXfs></styleSheet>");
    assertThatThrownBy(() -> read(zip("styles.xlsx", parts)))
        .isInstanceOf(InputFormatException.class)
        .hasMessage("not a readable XLSX workbook: its part styles.xml is not well-formed XML"
            + " or not what such a part holds");
    // A DOCTYPE is refused: no entity is ever expanded.
    parts.put("styles.xml", "<!DOCTYPE s [<!ENTITY e \"x\">]><styleSheet xmlns=\"" + MAIN
        + "\"/>");
    assertThatThrownBy(() -> read(zip("doctype.xlsx", parts)))
        .isInstanceOf(InputFormatException.class).hasMessageContaining("styles.xml");
  }

  @Test
  void aDamagedPartIsRefusedNamingIt() throws Exception {
    Map<String, String> parts = unusualWorkbook();
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      rows.append("<row r=\"").append(i + 3).append("\"><c r=\"C").append(i + 3)
          .append("\"><v>").append(i * 7919 % 10007).append("</v></c></row>");
    }
    parts.put("sheets/first.xml", sheetXml("3509021503200001")
        .replace("</sheetData>", rows + "</sheetData>"));
    byte[] zip = Files.readAllBytes(zip("good.xlsx", parts));
    // Flip bytes in the middle of the sheet's compressed data.
    String text = new String(zip, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("sheets/first.xml") + 200;
    for (int i = at; i < at + 40; i++) {
      zip[i] ^= 0x5A;
    }
    Path damaged = dir.resolve("damaged.xlsx");
    Files.write(damaged, zip);
    assertThatThrownBy(() -> read(damaged)).isInstanceOf(InputFormatException.class)
        .hasMessageStartingWith("not a readable XLSX workbook: its part Sheets/First.xml"
            + " is damaged (");
  }

  @Test
  void aPartThatInflatesBeyondAHundredTimesItsSizeIsRefused() throws Exception {
    Map<String, String> parts = unusualWorkbook();
    String sheet = sheetXml("3509021503200001");
    parts.put("sheets/first.xml", sheet.replace("<sheetData>",
        "<sheetData>" + " ".repeat((int) XlsxPackage.GRACE * 2)));
    assertThatThrownBy(() -> read(zip("bomb.xlsx", parts)))
        .isInstanceOf(InputFormatException.class)
        .hasMessage("not a readable XLSX workbook: its part Sheets/First.xml inflates to more"
            + " than 100 times its compressed size (a damaged workbook, or a zip bomb)");
    // The shared strings, which are kept in memory, are bounded alike.
    Map<String, String> strings = unusualWorkbook();
    strings.put("book/_rels/workbook.xml.rels", rels(REL + "/worksheet", "../sheets/first.xml",
        REL + "/sharedStrings", "strings.xml"));
    strings.put("book/workbook.xml", workbookXml("rId1"));
    strings.put("book/strings.xml", "<sst xmlns=\"" + MAIN + "\"><si><t>"
        + "a".repeat((int) XlsxPackage.GRACE * 4) + "</t></si></sst>");
    assertThatThrownBy(() -> read(zip("strings-bomb.xlsx", strings)))
        .isInstanceOf(InputFormatException.class).hasMessageContaining("Book/strings.xml")
        .hasMessageContaining("zip bomb");
    // Below the grace, any ratio is read.
    parts.put("sheets/first.xml", sheet.replace("<sheetData>",
        "<sheetData>" + " ".repeat((int) XlsxPackage.GRACE / 2)));
    List<HouseholdRecord> read = read(zip("spaces.xlsx", parts));
    assertThat(read).hasSize(1);
  }

  private static List<HouseholdRecord> read(Path file) throws Exception {
    List<HouseholdRecord> read = new ArrayList<>();
    InputFormat.XLSX.read(file, new TableLayout(ExtensionFacts.provincial()),
        read::add, new Progress());
    return read;
  }

  @Test
  void aByteAtATimeCountsToo() throws Exception {
    Map<String, String> parts = unusualWorkbook();
    parts.put("styles.xml", " ".repeat((int) XlsxPackage.GRACE + 10));
    try (XlsxPackage pkg = XlsxPackage.open(zip("bytes.xlsx", parts));
        InputStream in = pkg.open("styles.xml")) {
      ByteArrayOutputStream sink = new ByteArrayOutputStream();
      assertThatThrownBy(() -> {
        int b;
        while ((b = in.read()) >= 0) {
          sink.write(b);
        }
      }).isInstanceOf(InputFormatException.class).hasMessageContaining("zip bomb");
      assertThat(sink.size()).isEqualTo((int) XlsxPackage.GRACE);
    }
  }
}
