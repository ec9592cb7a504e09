package id.bansos.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a workbook that {@code bansos sample} wrote, whose texts are inline strings, as Excel
 * saves a workbook: every text once in {@code xl/sharedStrings.xml}, each cell naming it by
 * index. For measuring {@code bansos screen} on the workbooks officers have (Excel's), with the
 * same households as the sample's ({@code docs/performance.md}, section 3h).
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar id.bansos.bench.ExcelStyleWorkbook
 * IN.xlsx OUT.xlsx}. It reads the sample's layout only (one sheet, a row per line of its XML);
 * the table of strings it makes is held in memory.
 */
public final class ExcelStyleWorkbook {

  private static final String SHEET = "xl/worksheets/sheet1.xml";
  private static final String STRINGS = "xl/sharedStrings.xml";
  private static final Pattern INLINE = Pattern.compile(
      "<c([^>]*?) t=\"inlineStr\"><is><t( xml:space=\"preserve\")?>(.*?)</t></is></c>");
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private ExcelStyleWorkbook() {}

  /**
   * Rewrites {@code args[0]} into {@code args[1]}.
   *
   * @param args the workbook to read and the one to write
   * @throws IOException when either cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: ExcelStyleWorkbook IN.xlsx OUT.xlsx");
    }
    Map<String, Integer> index = new HashMap<>();
    List<String> texts = new ArrayList<>();
    List<Boolean> preserve = new ArrayList<>();
    long cells = 0;
    try (ZipFile in = new ZipFile(Path.of(args[0]).toFile(), StandardCharsets.UTF_8);
        OutputStream file = Files.newOutputStream(Path.of(args[1]));
        ZipOutputStream out = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
      out.setLevel(1);
      Writer xml = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        if (e.getName().equals(STRINGS)) {
          // Its strings would be dropped, and the cells naming them left pointing elsewhere.
          try (var strings = in.getInputStream(e)) {
            if (new String(strings.readAllBytes(), StandardCharsets.UTF_8).contains("<si")) {
              throw new IllegalArgumentException("the workbook has shared strings already");
            }
          }
          continue;
        }
        out.putNextEntry(entry(e.getName()));
        if (!e.getName().equals(SHEET)) {
          try (var part = in.getInputStream(e)) {
            part.transferTo(out);
          }
        } else {
          try (BufferedReader lines = new BufferedReader(
              new InputStreamReader(in.getInputStream(e), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
              Matcher m = INLINE.matcher(line);
              StringBuilder b = new StringBuilder(line.length());
              while (m.find()) {
                String text = m.group(3);
                Integer at = index.get(text);
                if (at == null) {
                  at = texts.size();
                  index.put(text, at);
                  texts.add(text);
                  preserve.add(m.group(2) != null);
                }
                cells++;
                m.appendReplacement(b, Matcher.quoteReplacement(
                    "<c" + m.group(1) + " t=\"s\"><v>" + at + "</v></c>"));
              }
              m.appendTail(b);
              xml.write(b.append('\n').toString());
            }
          }
          xml.flush();
        }
        out.closeEntry();
      }
      out.putNextEntry(entry(STRINGS));
      xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\""
          + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + cells
          + "\" uniqueCount=\"" + texts.size() + "\">");
      for (int i = 0; i < texts.size(); i++) {
        // Already escaped as the sheet had it.
        xml.write(preserve.get(i) ? "<si><t xml:space=\"preserve\">" : "<si><t>");
        xml.write(texts.get(i));
        xml.write("</t></si>");
      }
      xml.write("</sst>");
      xml.flush();
      out.closeEntry();
    }
    System.out.println(cells + " text cells, " + texts.size() + " shared strings -> " + args[1]);
  }

  private static ZipEntry entry(String name) {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(ENTRY_TIME);
    return e;
  }
}
