package id.bansos.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * What Maven Central requires of every artifact we publish, checked on the effective POMs and the
 * jars that this build has just made: name, description, url, licenses, developers and scm; a
 * sources jar and a javadoc jar beside each jar; and our LICENSE and NOTICE in META-INF of each.
 *
 * <p>The effective POMs are written by {@code help:effective-pom} in the package phase of every
 * module (see the parent POM). The BOM has no parent, so its own pom.xml is what Central sees.
 */
class PublishedArtifactsTest {

  /** A module of the reactor that is published, by its directory and artifactId. */
  record Published(String directory, String artifactId, String packaging) {
    @Override
    public String toString() {
      return artifactId;
    }
  }

  /** The parent is published too: every published POM names it as its parent. */
  static final List<Published> PUBLISHED = List.of(
      new Published(".", "bansos-parent", "pom"),
      new Published("bom", "bansos-bom", "pom"),
      new Published("core", "bansos-core", "jar"),
      new Published("rules", "bansos-rules", "jar"),
      new Published("jackson-module", "bansos-jackson", "jar"),
      new Published("jackson2-module", "bansos-jackson2", "jar"),
      new Published("testkit", "bansos-testkit", "jar"));

  static final List<String> NEVER_PUBLISHED = List.of("cli", "examples", "examples-spring-boot3",
      "examples-spring-boot4", "bench", "distribution");

  static final Path ROOT = Path.of(System.getProperty("bansos.rootDirectory", "..")).normalize();
  static final String VERSION = System.getProperty("bansos.version", "");

  static Stream<Published> published() {
    return PUBLISHED.stream();
  }

  static Stream<Published> publishedJars() {
    return PUBLISHED.stream().filter(p -> p.packaging().equals("jar"));
  }

  @Test
  void everyModuleIsEitherPublishedOrNamedAsNeverPublished() throws Exception {
    Element root = parse(ROOT.resolve("pom.xml")).getDocumentElement();
    List<String> modules = texts(child(root, "modules"), "module");

    List<String> known = new ArrayList<>(NEVER_PUBLISHED);
    PUBLISHED.forEach(p -> known.add(p.directory()));
    assertThat(known)
        .as("a new module must be added to PUBLISHED or NEVER_PUBLISHED in this test")
        .containsAll(modules);
  }

  @ParameterizedTest
  @MethodSource("published")
  void theEffectivePomHasEveryFieldMavenCentralRequires(Published module) throws Exception {
    Element pom = effectivePom(module);
    String where = module.artifactId() + " (" + module.directory() + ")";

    assertThat(text(pom, "artifactId")).as(where).hasValue(module.artifactId());
    assertThat(text(pom, "packaging").orElse("jar")).as(where).isEqualTo(module.packaging());
    assertThat(text(pom, "name")).as(where + ": name").hasValueSatisfying(this::notBlank);
    assertThat(text(pom, "description")).as(where + ": description")
        .hasValueSatisfying(this::notBlank);
    assertThat(text(pom, "url")).as(where + ": url").hasValueSatisfying(this::isHttps);

    List<Element> licenses = children(child(pom, "licenses"), "license");
    assertThat(licenses).as(where + ": licenses").isNotEmpty();
    for (Element licence : licenses) {
      assertThat(text(licence, "name")).as(where + ": licence name")
          .hasValue("Apache License, Version 2.0");
      assertThat(text(licence, "url")).as(where + ": licence url")
          .hasValueSatisfying(this::isHttps);
    }

    List<Element> developers = children(child(pom, "developers"), "developer");
    assertThat(developers).as(where + ": developers").isNotEmpty();
    for (Element developer : developers) {
      assertThat(text(developer, "name")).as(where + ": developer name")
          .hasValueSatisfying(this::notBlank);
    }

    Element scm = child(pom, "scm").orElse(null);
    assertThat(scm).as(where + ": scm").isNotNull();
    assertThat(text(scm, "connection")).as(where + ": scm connection")
        .hasValueSatisfying(v -> assertThat(v).startsWith("scm:git:"));
    assertThat(text(scm, "developerConnection")).as(where + ": scm developerConnection")
        .hasValueSatisfying(v -> assertThat(v).startsWith("scm:git:"));
    assertThat(text(scm, "url")).as(where + ": scm url").hasValueSatisfying(this::isHttps);

    assertThat(child(pom, "issueManagement").flatMap(i -> text(i, "url")))
        .as(where + ": issueManagement url").hasValueSatisfying(this::isHttps);
  }

  @ParameterizedTest
  @MethodSource("published")
  void everyPublishedPomPointsAtTheSameProject(Published module) throws Exception {
    // Maven appends the artifactId to an inherited url unless the parent says not to; the
    // BOM repeats the parent's metadata by hand. Either would drift silently.
    Element parent = effectivePom(PUBLISHED.get(0));
    Element pom = effectivePom(module);

    for (String field : List.of("url")) {
      assertThat(text(pom, field)).as(module + ": " + field).isEqualTo(text(parent, field));
    }
    for (String field : List.of("connection", "developerConnection", "url")) {
      assertThat(child(pom, "scm").flatMap(s -> text(s, field)))
          .as(module + ": scm " + field)
          .isEqualTo(child(parent, "scm").flatMap(s -> text(s, field)));
    }
    assertThat(child(pom, "issueManagement").flatMap(i -> text(i, "url")))
        .as(module + ": issueManagement url")
        .isEqualTo(child(parent, "issueManagement").flatMap(i -> text(i, "url")));
    assertThat(texts(child(pom, "developers"), "developer"))
        .as(module + ": developers")
        .isEqualTo(texts(child(parent, "developers"), "developer"));
  }

  @ParameterizedTest
  @MethodSource("published")
  void publishedPomsHaveAPublishedParentOrNone(Published module) throws Exception {
    Element raw = parse(ROOT.resolve(module.directory()).resolve("pom.xml")).getDocumentElement();
    Optional<Element> parent = child(raw, "parent");
    if (parent.isPresent()) {
      assertThat(text(parent.get(), "artifactId")).as(module + ": parent")
          .hasValueSatisfying(a -> assertThat(PUBLISHED).extracting(Published::artifactId)
              .contains(a));
    }
  }

  @ParameterizedTest
  @MethodSource("publishedJars")
  void everyJarHasItsSourcesAndJavadocJarsWithLicenceAndNotice(Published module)
      throws IOException {
    Path target = ROOT.resolve(module.directory()).resolve("target");
    String base = module.artifactId() + "-" + VERSION;
    byte[] licence = Files.readAllBytes(ROOT.resolve("LICENSE"));
    byte[] notice = Files.readAllBytes(ROOT.resolve("NOTICE"));

    for (String name : List.of(base + ".jar", base + "-sources.jar", base + "-javadoc.jar")) {
      Path jar = target.resolve(name);
      assertThat(jar).as("%s: run the whole build (./mvnw -B verify); javadoc and sources jars"
          + " must not be skipped", jar).isRegularFile();
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        assertThat(entry(zip, "META-INF/LICENSE")).as(name + " META-INF/LICENSE")
            .isEqualTo(licence);
        assertThat(entry(zip, "META-INF/NOTICE")).as(name + " META-INF/NOTICE")
            .isEqualTo(notice);
      }
    }
  }

  @Test
  void coreStillCarriesTheNoticeOfItsRegionData() throws IOException {
    Path jar = ROOT.resolve("core/target/bansos-core-" + VERSION + ".jar");
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      assertThat(new String(entry(zip, "META-INF/THIRD-PARTY.txt"), StandardCharsets.UTF_8))
          .contains("cahyadsn/wilayah", "MIT License");
    }
  }

  /** The command-line jar is not on Central but is handed out: it carries the same notices. */
  @Test
  void theCommandLineJarIsRunnableAndCarriesTheLicenceFiles() throws IOException {
    // cli is built before this module: it comes first in the root POM's modules.
    Path jar = ROOT.resolve("cli/target/bansos-cli-" + VERSION + ".jar");
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      assertThat(new String(entry(zip, "META-INF/LICENSE"), StandardCharsets.UTF_8))
          .contains("Apache License", "Version 2.0, January 2004");
      assertThat(new String(entry(zip, "META-INF/NOTICE"), StandardCharsets.UTF_8))
          .contains("Bansos Jatim");
      assertThat(new String(entry(zip, "META-INF/THIRD-PARTY.txt"), StandardCharsets.UTF_8))
          .contains("cahyadsn/wilayah", "MIT License", "picocli", "snakeyaml-engine");
      // Workbooks are read and written by the command line's own code: no Apache POI (and none
      // of the libraries it brought, which the notice no longer lists) is bundled.
      assertThat(zip.stream().map(java.util.zip.ZipEntry::getName)
          .filter(name -> name.startsWith("org/apache/")
              || name.startsWith("org/openxmlformats/")))
          .isEmpty();
      assertThat(new String(entry(zip, "META-INF/MANIFEST.MF"), StandardCharsets.UTF_8))
          .contains("Main-Class: id.bansos.cli.Bansos");
      assertThat(zip.getEntry("picocli/CommandLine.class")).isNotNull();
    }
  }

  @Test
  void theRootLicenceIsTheApacheLicenceAndTheNoticeNamesTheThirdPartyData() throws IOException {
    assertThat(Files.readString(ROOT.resolve("LICENSE")))
        .contains("Apache License", "Version 2.0, January 2004",
            "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION", "END OF TERMS AND"
                + " CONDITIONS");
    assertThat(Files.readString(ROOT.resolve("NOTICE")))
        .contains("Bansos Jatim", "cahyadsn/wilayah", "META-INF/THIRD-PARTY.txt");
  }

  /** The deploy plugin and, in the release profile, the Central publishing plugin. */
  @Test
  void modulesThatAreNeverPublishedSkipDeployment() throws Exception {
    for (String directory : NEVER_PUBLISHED) {
      // Each sets both itself (the parent skips nothing), so its pom.xml says it: read that, as a
      // build of some modules (-pl jackson2-module,distribution -am) writes no effective POM
      // for examples or bench, and this module's own is written only after its tests run.
      Element pom = parse(ROOT.resolve(directory).resolve("pom.xml")).getDocumentElement();
      Element properties = child(pom, "properties").orElseThrow();
      assertThat(text(properties, "maven.deploy.skip")).as(directory + ": maven.deploy.skip")
          .hasValue("true");
      assertThat(text(properties, "skipPublishing")).as(directory + ": skipPublishing")
          .hasValue("true");
    }
  }

  @ParameterizedTest
  @MethodSource("published")
  void publishedModulesDoNotSkipPublishing(Published module) throws Exception {
    Optional<Element> properties = child(effectivePom(module), "properties");
    assertThat(properties.flatMap(p -> text(p, "skipPublishing"))).as(module + ": skipPublishing")
        .isNotEqualTo(Optional.of("true"));
    assertThat(properties.flatMap(p -> text(p, "maven.deploy.skip")))
        .as(module + ": maven.deploy.skip").isNotEqualTo(Optional.of("true"));
  }

  // --- reading POMs and jars -------------------------------------------------------------------

  private Element effectivePom(Published module) throws Exception {
    if (module.directory().equals("bom")) {
      // No parent: its own file is complete, and it must stay without a parent.
      Element bom = parse(ROOT.resolve("bom/pom.xml")).getDocumentElement();
      assertThat(child(bom, "parent")).as("bansos-bom must not have a parent").isEmpty();
      return bom;
    }
    return effectivePom(module.directory(), module.artifactId());
  }

  /**
   * The effective POM that {@code help:effective-pom} wrote for a module; where it ran in the
   * first module of the reactor it wrote every module's, inside a {@code projects} element.
   */
  private static Element effectivePom(String directory, String artifactId) throws Exception {
    Path file = ROOT.resolve(directory).resolve("target/effective-pom.xml");
    assertThat(file).as("%s: written in the package phase; run ./mvnw -B verify", file)
        .isRegularFile();
    Element root = parse(file).getDocumentElement();
    if (root.getTagName().equals("project")) {
      return root;
    }
    return children(Optional.of(root), "project").stream()
        .filter(p -> text(p, "artifactId").orElse("").equals(artifactId))
        .findFirst()
        .orElseThrow(() -> new AssertionError(artifactId + " is not in " + file));
  }

  private static byte[] entry(ZipFile zip, String name) throws IOException {
    ZipEntry entry = zip.getEntry(name);
    assertThat(entry).as(zip.getName() + " has " + name).isNotNull();
    try (InputStream in = zip.getInputStream(entry)) {
      return in.readAllBytes();
    }
  }

  private static Document parse(Path file)
      throws ParserConfigurationException, SAXException, IOException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static Optional<Element> child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static List<Element> children(Optional<Element> parent, String name) {
    List<Element> found = new ArrayList<>();
    parent.ifPresent(p -> {
      for (Node n = p.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e && e.getTagName().equals(name)) {
          found.add(e);
        }
      }
    });
    return found;
  }

  private static Optional<String> text(Element parent, String name) {
    return child(parent, name).map(e -> e.getTextContent().strip()).filter(s -> !s.isEmpty());
  }

  private static List<String> texts(Optional<Element> parent, String name) {
    return children(parent, name).stream()
        .map(e -> e.getTextContent().strip().replaceAll("\\s+", " "))
        .toList();
  }

  private void notBlank(String value) {
    assertThat(value).isNotBlank();
  }

  private void isHttps(String value) {
    assertThat(value).startsWith("https://").doesNotContain("${");
  }
}
