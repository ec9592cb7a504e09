package id.bansos.cli;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The parts of an XLSX workbook that the command line reads, found in its zip file as the Open
 * Packaging Conventions find them (ECMA-376 Part 2, 9.3): the package's relationships ({@code
 * _rels/.rels}) name the workbook part; the workbook part's relationships name its worksheets,
 * its shared strings and its styles; the workbook part lists its sheets in their order, each by
 * the id of its relationship, and says its date system. The first sheet that is a worksheet is
 * the one read (a chart sheet before it is passed over). Part names match whatever their case,
 * as OPC compares them; a relationship to an external target is not a part.
 *
 * <p>Every part is inflated as it is read, never kept whole. A part that inflates to more than
 * {@link #MAX_RATIO} times its compressed size (and to more than {@link #GRACE} bytes) is refused
 * as a damaged workbook or a zip bomb, the ratio Apache POI refuses by default (POI checks it as
 * the part is read, this against the part's whole compressed size); the shared strings and the
 * styles, which are kept in memory, are in any case bounded by the heap. A zip that holds two
 * files of one name, or more than {@link #MAX_ENTRIES} files, is refused.
 *
 * <p>Workbooks this does not read get a message that says what to do: a workbook of Excel 97–2003
 * ({@code .xls}) or one protected by a password (both are OLE2 files, not zip files), a binary
 * workbook ({@code .xlsb}) and one saved as Strict Open XML.
 */
final class XlsxPackage implements Closeable {

  /** How many times its compressed size a part may inflate to, past {@link #GRACE}. */
  static final int MAX_RATIO = 100;

  /** How many bytes a part may inflate to whatever its compressed size (POI's grace). */
  static final long GRACE = 100 * 1024;

  /** How many files the zip may hold: POI's limit is 1,000, a workbook holds tens. */
  static final int MAX_ENTRIES = 10_000;

  private static final String PACKAGE_RELATIONSHIPS =
      "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String OFFICE =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships";
  static final String OFFICE_DOCUMENT = OFFICE + "/officeDocument";
  static final String WORKSHEET = OFFICE + "/worksheet";
  static final String SHARED_STRINGS = OFFICE + "/sharedStrings";
  static final String STYLES = OFFICE + "/styles";

  // The first bytes of an OLE2 compound file: an .xls workbook, or an encrypted .xlsx.
  private static final byte[] OLE2 = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

  private final ZipFile zip;
  // The zip's entries by their names in lower case; the first of two names alike counts.
  private final Map<String, ZipEntry> entries;
  private final boolean date1904;
  // The workbook's relationships, by type, the first of a type counting.
  private final Map<String, String> related;
  // The part name of the first worksheet, or null when the workbook has none.
  private final String sheet;

  private XlsxPackage(ZipFile zip) throws IOException {
    this.zip = zip;
    this.entries = new HashMap<>();
    if (zip.size() > MAX_ENTRIES) {
      throw new InputFormatException("not a readable XLSX workbook: it holds more than "
          + MAX_ENTRIES + " files");
    }
    Enumeration<? extends ZipEntry> all = zip.entries();
    while (all.hasMoreElements()) {
      ZipEntry entry = all.nextElement();
      if (entries.put(key(entry.getName()), entry) != null) {
        // ZipFile would hand out the bytes of one and the sizes of the other.
        throw new InputFormatException("not a readable XLSX workbook: it holds two parts named "
            + entry.getName());
      }
    }
    List<Relationship> top = relationships("");
    if (top == null) {
      throw new InputFormatException("not a readable XLSX workbook: it has no package"
          + " relationships (_rels/.rels); is it an XLSX file?");
    }
    String workbook = first(top, OFFICE_DOCUMENT);
    if (workbook == null) {
      if (first(top, STRICT + "/officeDocument") != null) {
        throw new InputFormatException("a workbook saved as Strict Open XML, which the command"
            + " line does not read: save it as an Excel Workbook (.xlsx)");
      }
      throw new InputFormatException("not a readable XLSX workbook: it names no workbook part");
    }
    if (workbook.toLowerCase(Locale.ROOT).endsWith(".bin")) {
      throw new InputFormatException("a binary workbook (.xlsb), which the command line does not"
          + " read: save it as an Excel Workbook (.xlsx)");
    }
    List<Relationship> rels = relationships(workbook);
    if (rels == null) {
      rels = List.of();
    }
    this.related = new HashMap<>();
    Map<String, Relationship> byId = new HashMap<>();
    for (Relationship r : rels) {
      related.putIfAbsent(r.type(), r.target());
      byId.putIfAbsent(r.id(), r);
    }
    WorkbookPart book = new WorkbookPart();
    if (!parse(workbook, book)) {
      throw new InputFormatException("not a readable XLSX workbook: its workbook part ("
          + workbook + ") is missing or empty");
    }
    this.date1904 = book.date1904;
    String found = null;
    for (String id : book.sheetIds) {
      Relationship r = byId.get(id);
      if (r == null) {
        throw new InputFormatException("not a readable XLSX workbook: a sheet before its first"
            + " worksheet names a relationship (" + id + ") the workbook part does not have");
      }
      if (r.type().equals(WORKSHEET)) {
        found = r.target();
        break;
      }
      // A chart sheet, a dialog sheet or a macro sheet: not a table.
    }
    this.sheet = found;
  }

  /**
   * Opens the workbook of {@code file}.
   *
   * @throws InputFormatException when it is not a zip file, or not a workbook this reads
   */
  static XlsxPackage open(Path file) throws IOException {
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (ZipException utf8) {
      try {
        // Names not flagged as UTF-8 are in the zip's legacy code page, which the JDK refuses
        // to read as UTF-8: any single-byte reading finds the parts, all named in ASCII.
        zip = new ZipFile(file.toFile(), StandardCharsets.ISO_8859_1);
      } catch (ZipException e) {
        // The JDK's messages say what is wrong with the zip's structure, never its content.
        throw new InputFormatException(ole2(file)
            ? "an Excel 97-2003 workbook (.xls) or a workbook protected by a password, which"
                + " the command line does not read: save it as an Excel Workbook (.xlsx)"
                + " without a password"
            : "not a readable XLSX workbook: it is not a zip file (" + e.getMessage() + ")");
      }
    }
    try {
      return new XlsxPackage(zip);
    } catch (IOException | RuntimeException e) {
      try {
        zip.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private static boolean ole2(Path file) throws IOException {
    byte[] head = new byte[OLE2.length];
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(head, 0, head.length) == head.length
          && Arrays.equals(head, OLE2);
    }
  }

  /** Whether the workbook counts its dates from 1904 ({@code workbookPr/@date1904}). */
  boolean date1904() {
    return date1904;
  }

  /**
   * The part name of the workbook's first worksheet.
   *
   * @throws InputFormatException when the workbook has none, or its part is missing
   */
  String sheet() {
    if (sheet == null || entry(sheet) == null) {
      throw new InputFormatException("the workbook has no sheet");
    }
    return sheet;
  }

  /** The part the workbook relates to by {@code type} (the first one), or null when none. */
  String related(String type) {
    String name = related.get(type);
    return name != null && entry(name) != null ? name : null;
  }

  /** The size of part {@code name} once inflated, or -1 when the zip does not say. */
  long size(String name) {
    ZipEntry e = entry(name);
    return e == null ? -1 : e.getSize();
  }

  /**
   * The bytes of part {@code name}, inflated as they are read.
   *
   * @throws InputFormatException when there is no such part, or (as it is read) when it
   *     inflates beyond {@link #MAX_RATIO} times its compressed size
   */
  InputStream open(String name) throws IOException {
    ZipEntry e = entry(name);
    if (e == null) {
      throw new InputFormatException("not a readable XLSX workbook: it has no part " + name);
    }
    long compressed = e.getCompressedSize();
    long limit = compressed < 0 ? GRACE : Math.max(GRACE, compressed * MAX_RATIO);
    return new Bounded(zip.getInputStream(e), name, limit);
  }

  /** What a part's bytes are read into. */
  @FunctionalInterface
  interface PartReader<T> {
    T read(InputStream part) throws IOException, SAXException;
  }

  /**
   * Part {@code name} read by {@code reader}.
   *
   * @throws InputFormatException when there is no such part, or it is not well-formed XML or
   *     not what such a part holds (naming the part)
   */
  <T> T read(String name, PartReader<T> reader) throws IOException {
    try (InputStream in = open(name)) {
      return reader.read(in);
    } catch (SAXException e) {
      throw new InputFormatException("not a readable XLSX workbook: its part " + name
          + " is not well-formed XML or not what such a part holds");
    }
  }

  /**
   * Tells {@code handler} the XML of part {@code name} (see {@link PartXml#parse(InputStream,
   * ContentHandler)}).
   *
   * @return false when there is no such part, or it is empty
   */
  private boolean parse(String name, ContentHandler handler) throws IOException {
    return entry(name) != null && read(name, in -> PartXml.parse(in, handler));
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }

  private ZipEntry entry(String name) {
    return entries.get(key(name));
  }

  /**
   * How a part name or a zip entry's name is looked up: in lower case, as OPC compares part
   * names, with {@code /} for a backslash, as some zip tools write it, its percent escapes
   * decoded, as a part name's are in a relationship's target, and without a leading slash.
   */
  private static String key(String name) {
    String key = percentDecoded(name.replace('\\', '/')).toLowerCase(Locale.ROOT);
    return key.startsWith("/") ? key.substring(1) : key;
  }

  /** A relationship of a part: its id, its type and its target's part name. */
  private record Relationship(String id, String type, String target) {}

  private static String first(List<Relationship> rels, String type) {
    for (Relationship r : rels) {
      if (r.type().equals(type)) {
        return r.target();
      }
    }
    return null;
  }

  /**
   * The relationships of part {@code source} ("" for the package), their targets resolved
   * against the source's folder; null when it has no relationships part.
   */
  private List<Relationship> relationships(String source) throws IOException {
    int slash = source.lastIndexOf('/');
    String folder = source.substring(0, slash + 1);
    String name = folder + "_rels/" + source.substring(slash + 1) + ".rels";
    List<Relationship> rels = new ArrayList<>();
    DefaultHandler handler = new DefaultHandler() {
      private int depth;

      @Override
      public void startElement(String uri, String local, String qName, Attributes attributes) {
        depth++;
        if (depth == 2 && PACKAGE_RELATIONSHIPS.equals(uri) && local.equals("Relationship")
            && !"External".equals(attributes.getValue("", "TargetMode"))) {
          String id = attributes.getValue("", "Id");
          String type = attributes.getValue("", "Type");
          String target = attributes.getValue("", "Target");
          if (id != null && type != null && target != null) {
            rels.add(new Relationship(id, type.strip(), resolve(folder, target.strip())));
          }
        }
      }

      @Override
      public void endElement(String uri, String local, String qName) {
        depth--;
      }
    };
    return parse(name, handler) || entry(name) != null ? rels : null;
  }

  /**
   * The part name a relationship's target names: against {@code folder} unless it starts with
   * a slash, its {@code .} and {@code ..} segments applied, without a leading slash.
   */
  static String resolve(String folder, String target) {
    Deque<String> segments = new ArrayDeque<>();
    String slashed = target.replace('\\', '/');
    String path = slashed.startsWith("/") ? slashed : folder + slashed;
    for (String segment : path.split("/", -1)) {
      if (segment.equals("..")) {
        segments.pollLast();
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        segments.addLast(segment);
      }
    }
    return String.join("/", segments);
  }

  /**
   * {@code uri} with its {@code %XX} escapes decoded as UTF-8 (a part name of other letters is
   * written so in a relationship's target); as it is when an escape is malformed.
   */
  static String percentDecoded(String uri) {
    if (uri.indexOf('%') < 0) {
      return uri;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(uri.length());
    for (int i = 0; i < uri.length(); i++) {
      char c = uri.charAt(i);
      if (c == '%') {
        int hi = i + 2 < uri.length() ? Character.digit(uri.charAt(i + 1), 16) : -1;
        int lo = hi >= 0 ? Character.digit(uri.charAt(i + 2), 16) : -1;
        if (lo < 0 || uri.charAt(i + 1) > 'f' || uri.charAt(i + 2) > 'f') {
          return uri;
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else {
        byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(utf8, 0, utf8.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** What the workbook part says: its date system and its sheets' relationship ids in order. */
  private static final class WorkbookPart extends DefaultHandler {
    private static final String MAIN = SheetXml.MAIN;

    private final List<String> sheetIds = new ArrayList<>();
    private int depth;
    private boolean date1904;
    // The first workbookPr counts, as XMLBeans reads the part for POI (the schema allows one).
    private boolean seen;
    private boolean sheetsOpen;

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes) {
      depth++;
      boolean main = MAIN.equals(uri);
      if (depth == 2 && main && local.equals("workbookPr") && !seen) {
        seen = true;
        String value = attributes.getValue("", "date1904");
        if (value != null) {
          date1904 = switch (PartXml.trim(value)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new InputFormatException("not a readable XLSX workbook: its date"
                + " system (workbookPr date1904) is neither true nor false");
          };
        }
      } else if (depth == 2 && main && local.equals("sheets")) {
        sheetsOpen = true;
      } else if (depth == 3 && main && sheetsOpen && local.equals("sheet")) {
        String id = attributes.getValue(OFFICE, "id");
        if (id != null) {
          sheetIds.add(id);
        }
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      if (depth == 2) {
        sheetsOpen = false;
      }
      depth--;
    }
  }

  /** A part's bytes, refused once they pass the part's limit. */
  private static final class Bounded extends FilterInputStream {
    private final String name;
    private final long limit;
    private long read;

    Bounded(InputStream in, String name, long limit) {
      super(in);
      this.name = name;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n;
      try {
        n = super.read(b, off, len);
      } catch (ZipException | EOFException e) {
        // The message of the JDK's inflater names what is wrong, never a byte of the content.
        throw new InputFormatException("not a readable XLSX workbook: its part " + name
            + " is damaged (" + e.getMessage() + ")");
      }
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      // Skipped bytes are read, so that they count.
      byte[] skipped = new byte[(int) Math.min(Math.max(n, 0), 8192)];
      return skipped.length == 0 ? 0 : Math.max(read(skipped, 0, skipped.length), 0);
    }

    private void count(long n) {
      read += n;
      if (read > limit) {
        throw new InputFormatException("not a readable XLSX workbook: its part " + name
            + " inflates to more than " + MAX_RATIO + " times its compressed size (a damaged"
            + " workbook, or a zip bomb)");
      }
    }
  }
}
