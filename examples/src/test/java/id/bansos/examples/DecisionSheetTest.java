package id.bansos.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quicktheories.QuickTheory.qt;

import id.bansos.core.household.Household;
import id.bansos.core.household.Person;
import id.bansos.rules.Assessment;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import id.bansos.rules.Render;
import id.bansos.rules.program.JawaTimur;
import id.bansos.testkit.BansosGen;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The printable decision sheet is well-formed XHTML that a browser prints with nothing else: no
 * script, no external file, no event handler; the programs in one table, a row per determination.
 */
class DecisionSheetTest {

  private static final Engine ENGINE = Engine.of(JawaTimur.catalog());
  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final LocalDate DATE = LocalDate.of(2026, 1, 15);

  static Document parse(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(null);
    return b.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  /** Checks one sheet and returns the problems found, empty when none. */
  static List<String> problems(String html, Assessment a, Language language) throws Exception {
    List<String> problems = new ArrayList<>();
    Document doc = parse(html);
    Element root = doc.getDocumentElement();
    if (!root.getLocalName().equals("html") || !XHTML.equals(root.getNamespaceURI())) {
      problems.add("root is not XHTML html");
    }
    String lang = language == Language.ID ? "id" : "en";
    if (!lang.equals(root.getAttribute("lang"))) {
      problems.add("lang is " + root.getAttribute("lang"));
    }
    NodeList all = doc.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      String name = e.getLocalName();
      if (List.of("script", "iframe", "object", "embed", "link", "img", "base", "form")
          .contains(name)) {
        problems.add("element " + name);
      }
      NamedNodeMap attributes = e.getAttributes();
      for (int j = 0; j < attributes.getLength(); j++) {
        Node attribute = attributes.item(j);
        String n = attribute.getNodeName();
        if (n.startsWith("on") || n.equals("src") || n.equals("href")) {
          problems.add("attribute " + n + " on " + name);
        }
      }
    }
    String style = doc.getElementsByTagNameNS(XHTML, "style").item(0).getTextContent();
    if (style.contains("url(") || style.contains("@import") || !style.contains("size: A4")) {
      problems.add("style loads something or does not print on A4");
    }
    NodeList tables = doc.getElementsByTagNameNS(XHTML, "tbody");
    int rows = ((Element) tables.item(0)).getElementsByTagNameNS(XHTML, "tr").getLength();
    if (rows != a.determinations().size()) {
      problems.add(rows + " rows for " + a.determinations().size() + " determinations");
    }
    return problems;
  }

  @Test
  void theQuickStartSheetsAreWellFormedSelfContainedAndListEveryProgram() throws Exception {
    for (Household h : QuickStart.households()) {
      Assessment a = ENGINE.assess(h, QuickStart.AS_OF);
      for (Language language : Language.values()) {
        assertThat(problems(Render.html(a, h, language), a, language)).isEmpty();
        assertThat(problems(Render.html(a, language), a, language)).isEmpty();
      }
    }
  }

  @Test
  void everySheetOfAGeneratedHouseholdIsWellFormedAndShowsNoFullNikOrName() {
    qt().withFixedSeed(20_261_130L).withExamples(60)
        .forAll(BansosGen.households().build())
        .checkAssert(h -> {
          Assessment a = ENGINE.assess(h, DATE);
          for (Language language : Language.values()) {
            String html = Render.html(a, h, language);
            try {
              assertThat(problems(html, a, language)).isEmpty();
            } catch (Exception e) {
              throw new AssertionError("not well-formed: " + e.getMessage(), e);
            }
            assertThat(html).doesNotContain(h.kkNumber().value());
            for (Person p : h.members()) {
              assertThat(html).doesNotContain(p.nik().value());
              p.name().ifPresent(n -> assertThat(html).doesNotContain(n));
            }
          }
        });
  }

  /**
   * Printed to PDF by a headless Chromium, the sheet of each quick-start household fills one A4
   * page. Runs only where a Chromium is on the PATH (CI has none).
   */
  @Test
  void eachQuickStartSheetPrintsOnOnePage(@TempDir Path dir) throws Exception {
    Optional<Path> chromium = browser();
    assumeTrue(chromium.isPresent(), "no chromium on the PATH");
    for (int i = 0; i < QuickStart.households().size(); i++) {
      Household h = QuickStart.households().get(i);
      for (Language language : Language.values()) {
        Path html = dir.resolve("sheet-" + i + "-" + language + ".html");
        Path pdf = dir.resolve("sheet-" + i + "-" + language + ".pdf");
        Files.writeString(html, Render.html(ENGINE.assess(h, QuickStart.AS_OF), h, language),
            StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(chromium.get().toString(), "--headless", "--no-sandbox",
            "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf=" + pdf,
            html.toUri().toString()).redirectErrorStream(true)
            .redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(pages(pdf)).as("pages of %s", html.getFileName()).isEqualTo(1);
      }
    }
  }

  /** The page count of the page tree, or else the page objects counted. */
  private static int pages(Path pdf) throws IOException {
    String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    Matcher count = Pattern.compile("/Type\\s*/Pages[^>]*?/Count\\s+(\\d+)").matcher(text);
    if (count.find()) {
      return Integer.parseInt(count.group(1));
    }
    Matcher m = Pattern.compile("/Type\\s*/Page(?!s)").matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static Optional<Path> browser() {
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    for (String dir : path.split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }
}
