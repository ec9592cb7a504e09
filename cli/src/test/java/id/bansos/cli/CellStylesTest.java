package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/**
 * {@link CellStyles} gives each cell format the number format id and code that Apache POI's
 * {@code StylesTable} gives it, on the shapes a styles part takes.
 */
class CellStylesTest {

  private static final String MAIN = SheetXml.MAIN;

  private static String styleSheet(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet xmlns=\""
        + MAIN + "\">" + body + "</styleSheet>";
  }

  /** Styles parts as spreadsheet programs write them, and the corners of the format. */
  private static final List<String> PARTS = List.of(
      // As POI writes the sample's workbook.
      styleSheet("<numFmts count=\"0\"/><fonts count=\"1\"><font><sz val=\"11.0\"/></font></fonts>"
          + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\"/></cellStyleXfs>"
          + "<cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" xfId=\"0\"/></cellXfs>"),
      // Built-in and custom formats, dates and numbers, an xf without an id, an id with no code.
      styleSheet("<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
          + "<numFmt numFmtId=\"165\" formatCode=\"#,##0&quot; Rp&quot;\"/></numFmts>"
          + "<cellXfs count=\"9\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>"
          + "<xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf numFmtId=\"4\"/><xf numFmtId=\"49\"/>"
          + "<xf/><xf numFmtId=\"166\"/><xf numFmtId=\"22\"/></cellXfs>"),
      // Number formats and xfs elsewhere in the part are not the cell formats'.
      styleSheet("<numFmts><numFmt numFmtId=\"164\" formatCode=\"0.0\"/></numFmts>"
          + "<cellStyleXfs><xf numFmtId=\"14\"/><xf numFmtId=\"14\"/></cellStyleXfs>"
          + "<cellXfs><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/></cellXfs>"
          + "<dxfs><dxf><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></dxf></dxfs>"
          + "<extLst><ext uri=\"{x}\"><cellXfs xmlns=\"urn:other\"><xf numFmtId=\"14\"/></cellXfs>"
          + "</ext></extLst>"),
      // A prefix for the main namespace, white space around an id, an id given twice.
      "<x:styleSheet xmlns:x=\"" + MAIN + "\"><x:numFmts>"
          + "<x:numFmt numFmtId=\" 170 \" formatCode=\"0.00\"/>"
          + "<x:numFmt numFmtId=\"170\" formatCode=\"d-mmm-yy\"/></x:numFmts>"
          + "<x:cellXfs><x:xf numFmtId=\"170\"/><x:xf numFmtId=\"\n14\t\"/></x:cellXfs>"
          + "</x:styleSheet>",
      // Ids beyond a short, as POI cuts them; no number formats at all.
      styleSheet("<cellXfs><xf numFmtId=\"40000\"/><xf numFmtId=\"65550\"/></cellXfs>"),
      // Ids as XMLBeans reads them for POI: a sign, leading zeros, other digits, no range.
      styleSheet("<numFmts><numFmt numFmtId=\"+164\" formatCode=\"yyyy\"/>"
          + "<numFmt numFmtId=\"-65522\" formatCode=\"0.00\"/></numFmts>"
          + "<cellXfs><xf numFmtId=\"+14\"/><xf numFmtId=\"00000000014\"/>"
          + "<xf numFmtId=\"4294967310\"/><xf numFmtId=\"１４\"/><xf numFmtId=\"-0\"/>"
          + "<xf numFmtId=\"-1\"/><xf numFmtId=\"99999999999\"/><xf numFmtId=\"164\"/>"
          + "<xf numFmtId=\"14\"/></cellXfs>"),
      // No cell formats.
      styleSheet("<fonts><font/></fonts>"),
      // Elements of another namespace where the number formats are.
      styleSheet("<numFmts><numFmt xmlns=\"urn:other\" numFmtId=\"14\" formatCode=\"0\"/>"
          + "<numFmt numFmtId=\"200\" formatCode=\"[$-421]dd mmmm yyyy\"/></numFmts>"
          + "<cellXfs><xf numFmtId=\"200\"/><other xmlns=\"urn:other\"/><xf numFmtId=\"14\"/>"
          + "</cellXfs>"));

  private static OPCPackage packageWith(String stylesXml) throws Exception {
    OPCPackage pkg = OPCPackage.create(new ByteArrayOutputStream());
    PackagePart part = pkg.createPart(PackagingURIHelper.createPartName("/xl/styles.xml"),
        XSSFRelation.STYLES.getContentType());
    try (OutputStream out = part.getOutputStream()) {
      out.write(stylesXml.getBytes(StandardCharsets.UTF_8));
    }
    return pkg;
  }

  /** Of each cell format: its id, its code and how a number in it reads, as POI gives them. */
  private static List<String> pois(OPCPackage pkg) throws Exception {
    StylesTable table = new StylesTable(
        pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType()).get(0));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < table.getNumCellStyles(); i++) {
      XSSFCellStyle style = table.getStyleAt(i);
      out.add(describe(style.getDataFormat(), style.getDataFormatString()));
    }
    return out;
  }

  private static CellStyles read(OPCPackage pkg) throws Exception {
    try (var in = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType()).get(0)
        .getInputStream()) {
      return CellStyles.read(in);
    }
  }

  private static List<String> ours(OPCPackage pkg) throws Exception {
    CellStyles styles = read(pkg);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < styles.count(); i++) {
      assertThat(styles.readable(i)).isTrue();
      out.add(describe(styles.formatId(i), styles.formatCode(i)));
    }
    return out;
  }

  private static String describe(short id, String code) {
    return id + " " + code + " "
        + (code == null ? "none" : DateUtil.isADateFormat(id, code) ? "date" : "number");
  }

  @Test
  void eachPartReadsAsPoiReadsIt() throws Exception {
    for (String part : PARTS) {
      try (OPCPackage pkg = packageWith(part)) {
        assertThat(ours(pkg)).as(part).isEqualTo(pois(pkg));
      }
    }
  }

  @Test
  void theCustomFormatsAndBuiltInOnesAreTold() throws Exception {
    try (OPCPackage pkg = packageWith(PARTS.get(1))) {
      CellStyles styles = read(pkg);
      assertThat(styles.count()).isEqualTo(9);
      assertThat(styles.formatCode(1)).isEqualTo("m/d/yy");
      assertThat(styles.formatCode(2)).isEqualTo("dd/mm/yyyy");
      assertThat(styles.formatCode(3)).isEqualTo("#,##0\" Rp\"");
      assertThat(styles.formatId(6)).isZero();
      assertThat(styles.formatCode(7)).isNull();
    }
  }

  @Test
  void anEmptyPartHasNoCellFormat() throws Exception {
    assertThat(CellStyles.read(new ByteArrayInputStream(new byte[0]))).isSameAs(CellStyles.NONE);
  }

  @Test
  void anIdThatIsNotANumberReadsAsNoStyleWhereXmlBeansFails() throws Exception {
    CellStyles styles = CellStyles.read(new ByteArrayInputStream(styleSheet(
        "<numFmts><numFmt numFmtId=\"x\" formatCode=\"0\"/></numFmts>"
            + "<cellXfs><xf numFmtId=\"fourteen\"/><xf numFmtId=\"1 4\"/><xf numFmtId=\" 14\n\"/>"
            + "<xf numFmtId=\"99999999999999999999\"/><xf numFmtId=\"\u2003 14\"/>"
            + "</cellXfs>").getBytes(StandardCharsets.UTF_8)));
    assertThat(styles.count()).isEqualTo(5);
    assertThat(styles.readable(0)).isFalse();
    assertThat(styles.readable(1)).isFalse();
    assertThat(styles.readable(2)).isTrue();
    assertThat(styles.formatId(2)).isEqualTo((short) 14);
    assertThat(styles.readable(3)).isFalse();
    assertThat(styles.readable(4)).isFalse();
  }

  @Test
  void aPartThatIsNotAStyleSheetOrNotXmlIsRefused() {
    assertThatThrownBy(() -> CellStyles.read(new ByteArrayInputStream(
        ("<sst xmlns=\"" + MAIN + "\"/>").getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(SAXException.class).hasMessageContaining("not a style sheet");
    assertThatThrownBy(() -> CellStyles.read(new ByteArrayInputStream(
        styleSheet("<cellXfs><xf></cellXfs>").getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(SAXException.class);
  }
}
