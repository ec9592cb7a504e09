package id.bansos.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The XML of a worksheet part, read from its UTF-8 bytes for what a sheet's cells are made of:
 * the start and end of each element of SpreadsheetML's main namespace (by local name, as {@link
 * #ROW}, {@link #CELL}, {@link #VALUE}, {@link #INLINE}, {@link #TEXT}, {@link #INLINE_STRING} or
 * {@link #OTHER}), the unprefixed attributes of an element that starts, and the text of the
 * elements the handler collects.
 *
 * <p>It reads the XML a SAX parser with namespaces reads, for a document without a DOCTYPE (which
 * POI's parser refuses as well): namespace prefixes and declarations on any element, elements of
 * other namespaces (skipped), comments, processing instructions, CDATA sections, the five named
 * entities and character references, single or double quotes, white space inside tags, and the
 * line ends and attribute white space that XML normalises. What is not well-formed XML where a
 * cell is read from (an unclosed or mismatched tag, an unknown entity, an unbound prefix, a
 * character XML forbids, malformed UTF-8 in a value) stops the reading with an {@link
 * InputFormatException} that names the problem and how many rows came before, never the sheet's
 * text. Damage where nothing is read from (the XML declaration's own syntax, the characters of a
 * name, the space between attributes, an attribute that is not read, bytes outside the values
 * read, {@code --} in a comment) is not looked for as a validating parser would, nor are an
 * attribute given twice (the first counts) and {@code ]]>} in text. A sheet in another encoding
 * than UTF-8 (which spreadsheet programs do not write) is refused.
 *
 * <p>A SAX parser turns every element, attribute and piece of text into objects; this reader
 * makes a string only for a value the handler asks for. The sheet of 100,000 households (240 MB
 * of XML) took 2.8 s of CPU through the JDK's SAX parser and took 1.4 s through this reader,
 * inflating included (docs/performance.md, section 6, round 8); 1.05 s since a cell written as
 * spreadsheet programs write it is read at once (section 3i).
 */
final class SheetXml {

  /** The namespace of a worksheet's elements. */
  static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  static final String ROW = "row";
  static final String CELL = "c";
  static final String VALUE = "v";
  static final String INLINE = "is";
  static final String TEXT = "t";
  static final String INLINE_STRING = "inlineStr";
  /** Any other element of the main namespace. */
  static final String OTHER = "";

  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  // The most bytes a value or a tag may take: far beyond Excel's 32,767 characters a cell.
  private static final int MAX_BYTES = 1 << 26;

  /** Told of the elements of the main namespace; names are the constants above. */
  interface Handler {
    /**
     * An element starts; its attributes are read with {@link #attribute} until this returns.
     *
     * @param xml the reader
     * @param name the local name, one of the constants
     */
    void start(SheetXml xml, String name) throws IOException, InterruptedException;

    /**
     * An element ends.
     *
     * @param xml the reader
     * @param name the local name, one of the constants
     */
    void end(SheetXml xml, String name) throws IOException, InterruptedException;
  }

  private final InputStream in;
  private final Handler handler;
  private byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private boolean eof;

  // The collected text, as UTF-8 bytes with entities decoded and line ends normalised.
  private boolean collecting;
  private byte[] text = new byte[256];
  private int textLength;
  private boolean textNonAscii;

  // The attributes of the element that starts: where each one's name and value start and end in
  // buf, four ints an attribute. Valid only during Handler.start.
  private int attributes;
  private int[] attrs = new int[16 * 4];

  // The qualified names of the open elements, end to end, and where each starts.
  private byte[] names = new byte[256];
  private int namesLength;
  private int[] nameStarts = new int[32];
  // How many namespace bindings each open element found when it started.
  private int[] bindingMarks = new int[32];
  private int depth;
  private boolean rootSeen;

  // Namespace bindings in force, innermost last.
  private String[] prefixes = new String[8];
  private String[] uris = new String[8];
  private int bindings;
  // Whether the default namespace is the main one: most elements are unprefixed, and comparing
  // the namespace's name for each of them would cost more than the rest of the element.
  private boolean defaultIsMain;

  // How many rows have started, for messages.
  private int rowsSeen;

  private SheetXml(InputStream in, Handler handler) {
    this.in = in;
    this.handler = handler;
  }

  /**
   * Reads {@code in} to its end, telling {@code handler}.
   *
   * @throws InputFormatException when the XML is not well-formed, or not UTF-8
   */
  static void read(InputStream in, Handler handler) throws IOException, InterruptedException {
    new SheetXml(in, handler).document();
  }

  /** Starts or stops collecting text; what was collected stays until {@link #clearText()}. */
  void collect(boolean on) {
    collecting = on;
  }

  void clearText() {
    textLength = 0;
    textNonAscii = false;
  }

  /** The text collected since it was last cleared. */
  String text() {
    return textNonAscii ? decode(text, 0, textLength, "a value")
        : new String(text, 0, textLength, StandardCharsets.ISO_8859_1);
  }

  /**
   * The value of the element's unprefixed attribute {@code name}, with its references decoded
   * and its white space turned into spaces as XML does, or null when it has none.
   */
  String attribute(String name) {
    int a = attributeAt(name);
    return a < 0 ? null : attributeValue(attrs[a * 4 + 2], attrs[a * 4 + 3]);
  }

  /**
   * {@link #attribute(String)}, giving the string of {@code known} that the value equals
   * without making one: for an attribute with a few usual values.
   */
  String attribute(String name, String[] known) {
    int a = attributeAt(name);
    if (a < 0) {
      return null;
    }
    int from = attrs[a * 4 + 2];
    int to = attrs[a * 4 + 3];
    for (String k : known) {
      if (k.length() == to - from && matches(from, k)) {
        return k;
      }
    }
    return attributeValue(from, to);
  }

  /** The last column a worksheet has (XFD). */
  static final int MAX_COLUMN = 16_384;

  /**
   * The number the leading letters of the attribute make in base 26 (A is 1, Z 26, AA 27; in
   * either case, as Apache POI reads a cell reference), as a cell reference's column: 0 when it
   * starts with none, -1 when there is no such attribute, more than {@link #MAX_COLUMN} (not
   * necessarily the letters' number) for a column no worksheet has.
   */
  int letters(String name) {
    int a = attributeAt(name);
    if (a < 0) {
      return -1;
    }
    int from = attrs[a * 4 + 2];
    int to = attrs[a * 4 + 3];
    byte[] value = buf;
    if (special(from, to) < to) {
      value = attributeValue(from, to).getBytes(StandardCharsets.ISO_8859_1);
      from = 0;
      to = value.length;
    }
    int n = 0;
    for (int i = from; i < to && n <= MAX_COLUMN; i++) {
      int letter = (value[i] | 0x20) - 'a';
      if (letter < 0 || letter >= 26) {
        break;
      }
      n = n * 26 + letter + 1;
    }
    return n;
  }

  private int attributeAt(String name) {
    for (int a = 0; a < attributes; a++) {
      int from = attrs[a * 4];
      int to = attrs[a * 4 + 1];
      if (to - from == name.length() && matches(from, name)) {
        return a;
      }
    }
    return -1;
  }

  private boolean matches(int from, String name) {
    for (int i = 0; i < name.length(); i++) {
      if (buf[from + i] != name.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The first byte from {@code from} that is a reference or white space XML normalises. */
  private int special(int from, int to) {
    int i = from;
    while (i < to && buf[i] != '&' && (buf[i] < 0 || buf[i] >= 0x20)) {
      i++;
    }
    return i;
  }

  private String attributeValue(int from, int to) {
    if (special(from, to) == to) {
      return decode(buf, from, to, "an attribute");
    }
    // References or white space: through the text buffer, after what it holds.
    boolean was = collecting;
    int saved = textLength;
    collecting = true;
    for (int i = from; i < to; ) {
      byte b = buf[i];
      if (b == '&') {
        i = reference(i, to);
      } else {
        if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
          throw malformed("a character XML does not allow");
        }
        if (b == '\r' && i + 1 < to && buf[i + 1] == '\n') {
          i++;
        }
        append(b == '\t' || b == '\n' || b == '\r' ? (byte) ' ' : b);
        i++;
      }
    }
    String value = decode(text, saved, textLength, "an attribute");
    textLength = saved;
    collecting = was;
    return value;
  }

  /** The text of UTF-8 bytes, refusing malformed ones as the XML parser would. */
  private String decode(byte[] bytes, int from, int to, String what) {
    boolean ascii = true;
    for (int i = from; i < to && ascii; i++) {
      ascii = bytes[i] >= 0;
    }
    if (ascii) {
      return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
    } catch (CharacterCodingException e) {
      throw malformed(what + " is not UTF-8");
    }
    // The two characters beyond ASCII that XML does not allow, written as themselves.
    if (text.indexOf('\uFFFE') >= 0 || text.indexOf('\uFFFF') >= 0) {
      throw malformed("a character XML does not allow");
    }
    return text;
  }

  private void document() throws IOException, InterruptedException {
    more();
    if (limit - pos >= 2 && (buf[pos] == (byte) 0xFE && buf[pos + 1] == (byte) 0xFF
        || buf[pos] == (byte) 0xFF && buf[pos + 1] == (byte) 0xFE)) {
      throw notUtf8("UTF-16");
    }
    if (limit - pos >= 3 && buf[pos] == (byte) 0xEF && buf[pos + 1] == (byte) 0xBB
        && buf[pos + 2] == (byte) 0xBF) {
      pos += 3;
    }
    boolean first = true;
    while (true) {
      content();
      if (pos >= limit && !more()) {
        break;
      }
      // At '<'.
      if (!ensure(2)) {
        throw malformed("the document ends inside a tag");
      }
      byte next = buf[pos + 1];
      if (next == '/') {
        endTag();
      } else if (next == '?') {
        instruction(first);
      } else if (next == '!') {
        declaration();
      } else {
        startTag();
      }
      first = false;
    }
    if (depth > 0 || !rootSeen) {
      throw malformed(rootSeen ? "the document ends inside an element" : "there is no element");
    }
  }

  /** Text up to the next '<' or the end: collected when asked, else only checked. */
  private void content() throws IOException {
    while (true) {
      byte[] b = buf;
      int end = limit;
      // A run of plain characters, copied at once when collected.
      int i = plainEnd(b, pos, end);
      if (i > pos) {
        if (depth == 0) {
          for (int k = pos; k < i; k++) {
            if (b[k] != ' ') {
              throw malformed("text outside the document's element");
            }
          }
        }
        if (collecting) {
          append(b, pos, i);
        }
        pos = i;
      }
      if (i == end) {
        if (!more()) {
          return;
        }
        continue;
      }
      byte c = b[i];
      if (c == '<') {
        return;
      }
      if (c == '&') {
        if (depth == 0) {
          throw malformed("text outside the document's element");
        }
        if (!ensureReference()) {
          throw malformed("the document ends inside an entity");
        }
        pos = reference(pos, limit);
      } else if (c == '\r') {
        // \r\n and a lone \r both read as \n; the \n of a pair may be in the next buffer.
        boolean pair = ensure(2) && buf[pos + 1] == '\n';
        if (collecting) {
          append((byte) '\n');
        }
        pos += pair ? 2 : 1;
      } else if (c == '\n' || c == '\t') {
        if (collecting) {
          append(c);
        }
        pos++;
      } else {
        throw malformed("a character XML does not allow");
      }
    }
  }

  /**
   * Makes sure a whole reference starting at pos ('&') is in the buffer: up to its ';', however
   * many leading zeros a character reference has.
   */
  private boolean ensureReference() throws IOException {
    int n = 1;
    while (true) {
      if (!ensure(n + 1)) {
        return false;
      }
      byte c = buf[pos + n];
      if (c == ';') {
        return true;
      }
      if (c == '<' || c == '&' || space(c)) {
        throw malformed("an entity that is not closed");
      }
      n++;
    }
  }

  /** Decodes the reference at {@code at} ('&' up to ';' before {@code to}); returns after it. */
  private int reference(int at, int to) {
    int semi = at + 1;
    while (semi < to && buf[semi] != ';') {
      semi++;
    }
    if (semi >= to || semi == at + 1) {
      throw malformed("an entity that is not closed");
    }
    int from = at + 1;
    int length = semi - from;
    if (buf[from] == '#') {
      int code = 0;
      int digits = 0;
      boolean hex = length > 1 && buf[from + 1] == 'x';
      for (int i = from + (hex ? 2 : 1); i < semi; i++) {
        int d = Character.digit(buf[i], hex ? 16 : 10);
        if (d < 0 || code > 0x10FFFF) {
          throw malformed("a character reference that is not a number");
        }
        code = code * (hex ? 16 : 10) + d;
        digits++;
      }
      if (digits == 0 || !allowed(code)) {
        throw malformed("a character reference to a character XML does not allow");
      }
      if (collecting) {
        appendCodePoint(code);
      }
    } else {
      byte c;
      if (is(from, length, "lt")) {
        c = '<';
      } else if (is(from, length, "gt")) {
        c = '>';
      } else if (is(from, length, "amp")) {
        c = '&';
      } else if (is(from, length, "quot")) {
        c = '"';
      } else if (is(from, length, "apos")) {
        c = '\'';
      } else {
        throw malformed("an entity that is not declared");
      }
      if (collecting) {
        append(c);
      }
    }
    return semi + 1;
  }

  private boolean is(int from, int length, String name) {
    return length == name.length() && matches(from, name);
  }

  private static boolean allowed(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
        || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
  }

  private void appendCodePoint(int c) {
    if (c < 0x80) {
      append((byte) c);
    } else if (c < 0x800) {
      append((byte) (0xC0 | c >> 6));
      append((byte) (0x80 | c & 0x3F));
    } else if (c < 0x10000) {
      append((byte) (0xE0 | c >> 12));
      append((byte) (0x80 | c >> 6 & 0x3F));
      append((byte) (0x80 | c & 0x3F));
    } else {
      append((byte) (0xF0 | c >> 18));
      append((byte) (0x80 | c >> 12 & 0x3F));
      append((byte) (0x80 | c >> 6 & 0x3F));
      append((byte) (0x80 | c & 0x3F));
    }
  }

  /**
   * Where the run of plain characters from {@code from} ends: at the first {@code <}, {@code &}
   * or control character, else at {@code end}.
   */
  private static int plainEnd(byte[] b, int from, int end) {
    int i = from;
    while (i < end) {
      byte c = b[i];
      if (c == '<' || c == '&' || c >= 0 && c < 0x20) {
        return i;
      }
      i++;
    }
    return end;
  }

  private void append(byte[] from, int start, int end) {
    // Whether the text holds a byte beyond ASCII, for text(): looked for until one is found.
    boolean nonAscii = textNonAscii;
    for (int i = start; i < end && !nonAscii; i++) {
      nonAscii = from[i] < 0;
    }
    int n = end - start;
    if (textLength + n > text.length) {
      if (textLength + n > MAX_BYTES) {
        throw malformed("a value longer than " + MAX_BYTES + " bytes");
      }
      text = Arrays.copyOf(text, Math.max(textLength + n, text.length * 2));
    }
    System.arraycopy(from, start, text, textLength, n);
    textLength += n;
    textNonAscii = nonAscii;
  }

  private void append(byte b) {
    if (textLength == text.length) {
      if (textLength >= MAX_BYTES) {
        throw malformed("a value longer than " + MAX_BYTES + " bytes");
      }
      text = Arrays.copyOf(text, textLength * 2);
    }
    text[textLength++] = b;
    textNonAscii |= b < 0;
  }

  private void startTag() throws IOException, InterruptedException {
    if (depth == 0 && rootSeen) {
      throw malformed("a second document element");
    }
    int end = tagEnd();
    // From here to end the whole tag is in the buffer; no refill until the handler returns.
    byte[] b = buf;
    int i = pos + 1;
    int nameFrom = i;
    while (i < end && !space(b[i]) && b[i] != '/' && b[i] != '>') {
      i++;
    }
    int nameTo = i;
    if (nameTo == nameFrom) {
      throw malformed("a tag without a name");
    }
    attributes = 0;
    int mark = bindings;
    boolean empty = false;
    while (true) {
      while (space(b[i])) {
        i++;
      }
      byte c = b[i];
      if (c == '>') {
        break;
      }
      if (c == '/') {
        if (b[i + 1] != '>') {
          throw malformed("a '/' inside a tag");
        }
        empty = true;
        break;
      }
      int aFrom = i;
      while (!space(b[i]) && b[i] != '=' && b[i] != '>' && b[i] != '/') {
        i++;
      }
      int aTo = i;
      if (aTo == aFrom) {
        throw malformed("an attribute without a name");
      }
      while (space(b[i])) {
        i++;
      }
      if (b[i] != '=') {
        throw malformed("an attribute without a value");
      }
      i++;
      while (space(b[i])) {
        i++;
      }
      byte quote = b[i];
      if (quote != '"' && quote != '\'') {
        throw malformed("an attribute value without quotes");
      }
      int vFrom = ++i;
      while (i < end && b[i] != quote) {
        if (b[i] == '<') {
          throw malformed("a '<' in an attribute value");
        }
        i++;
      }
      if (i == end) {
        throw malformed("an attribute value without its closing quote");
      }
      int vTo = i++;
      if (aTo - aFrom >= 5 && matches(aFrom, "xmlns")
          && (aTo - aFrom == 5 || b[aFrom + 5] == ':')) {
        bind(aTo - aFrom == 5 ? "" : latin(aFrom + 6, aTo), attributeValue(vFrom, vTo));
      } else {
        if (attributes * 4 == attrs.length) {
          attrs = Arrays.copyOf(attrs, attrs.length * 2);
        }
        attrs[attributes * 4] = aFrom;
        attrs[attributes * 4 + 1] = aTo;
        attrs[attributes * 4 + 2] = vFrom;
        attrs[attributes * 4 + 3] = vTo;
        attributes++;
      }
    }
    push(nameFrom, nameTo, mark);
    rootSeen = true;
    String name = mainName(nameFrom, nameTo);
    if (name == ROW) {
      rowsSeen++;
    }
    if (name != null) {
      handler.start(this, name);
    }
    attributes = 0;
    pos = end + 1;
    if (empty) {
      close(name);
    } else if (name == CELL) {
      cellContent();
    }
  }

  // A cell's content and end tag as spreadsheet programs write them, unprefixed and without
  // attributes: an inline string, or a value (a number, or a shared string's index).
  private static final byte[] INLINE_OPEN = {'<', 'i', 's', '>', '<', 't', '>'};
  private static final byte[] INLINE_CLOSE = {'<', '/', 't', '>', '<', '/', 'i', 's', '>', '<',
      '/', 'c', '>'};
  private static final byte[] VALUE_OPEN = {'<', 'v', '>'};
  private static final byte[] VALUE_CLOSE = {'<', '/', 'v', '>', '<', '/', 'c', '>'};

  /**
   * Reads the content and end tag of the cell whose start tag was just read, when the buffer
   * holds them as spreadsheet programs write them ({@code <is><t>text</t></is></c>} or {@code
   * <v>text</v></c>}, the main namespace the default, the cell's own tag unprefixed, the text
   * without references, markup or control characters), telling the handler what the tags would
   * have told it, in the same order; else reads nothing. Most of a sheet's tags are these: read
   * one by one, each cost as much as the rest of its cell (docs/performance.md, section 3i).
   */
  private void cellContent() throws IOException, InterruptedException {
    int start = nameStarts[depth - 1];
    // The cell's own tag unprefixed: its end tag is then </c>.
    if (!defaultIsMain || namesLength - start != 1) {
      return;
    }
    byte[] b = buf;
    int end = limit;
    boolean inline;
    int p = pos;
    if (at(b, p, end, INLINE_OPEN)) {
      inline = true;
      p += INLINE_OPEN.length;
    } else if (at(b, p, end, VALUE_OPEN)) {
      inline = false;
      p += VALUE_OPEN.length;
    } else {
      return;
    }
    int from = p;
    p = plainEnd(b, p, end);
    byte[] close = inline ? INLINE_CLOSE : VALUE_CLOSE;
    if (!at(b, p, end, close)) {
      return;
    }
    if (inline) {
      handler.start(this, INLINE);
      handler.start(this, TEXT);
    } else {
      handler.start(this, VALUE);
    }
    if (collecting && p > from) {
      append(b, from, p);
    }
    if (inline) {
      handler.end(this, TEXT);
      handler.end(this, INLINE);
    } else {
      handler.end(this, VALUE);
    }
    pos = p + close.length;
    close(CELL);
  }

  /** Whether {@code b} holds {@code bytes} from {@code p}, before {@code end}. */
  private static boolean at(byte[] b, int p, int end, byte[] bytes) {
    if (end - p < bytes.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if (b[p + i] != bytes[i]) {
        return false;
      }
    }
    return true;
  }

  /** The local name as one of the constants when the element is of the main namespace. */
  private String mainName(int from, int to) {
    int colon = -1;
    for (int i = from; i < to; i++) {
      if (buf[i] == ':') {
        colon = i;
        break;
      }
    }
    boolean main;
    int local = from;
    if (colon < 0) {
      main = defaultIsMain;
    } else {
      main = MAIN.equals(uri(latin(from, colon)));
      local = colon + 1;
    }
    if (!main) {
      return null;
    }
    int length = to - local;
    switch (length) {
      case 1:
        return buf[local] == 'c' ? CELL : buf[local] == 'v' ? VALUE
            : buf[local] == 't' ? TEXT : OTHER;
      case 2:
        return buf[local] == 'i' && buf[local + 1] == 's' ? INLINE : OTHER;
      case 3:
        return matches(local, ROW) ? ROW : OTHER;
      case 9:
        return matches(local, INLINE_STRING) ? INLINE_STRING : OTHER;
      default:
        return OTHER;
    }
  }

  private String uri(String prefix) {
    if (prefix.equals("xml")) {
      return XML_NS;
    }
    for (int b = bindings - 1; b >= 0; b--) {
      if (prefixes[b].equals(prefix)) {
        return uris[b];
      }
    }
    throw malformed("a namespace prefix that is not declared");
  }

  private void bind(String prefix, String uri) {
    if (!prefix.isEmpty() && uri.isEmpty()) {
      throw malformed("a namespace prefix bound to nothing");
    }
    if (bindings == prefixes.length) {
      prefixes = Arrays.copyOf(prefixes, bindings * 2);
      uris = Arrays.copyOf(uris, bindings * 2);
    }
    prefixes[bindings] = prefix;
    uris[bindings] = uri;
    bindings++;
    if (prefix.isEmpty()) {
      defaultIsMain = MAIN.equals(uri);
    }
  }

  private void push(int from, int to, int mark) {
    if (depth == nameStarts.length) {
      nameStarts = Arrays.copyOf(nameStarts, depth * 2);
      bindingMarks = Arrays.copyOf(bindingMarks, depth * 2);
    }
    int length = to - from;
    if (namesLength + length > names.length) {
      names = Arrays.copyOf(names, Math.max(names.length * 2, namesLength + length));
    }
    System.arraycopy(buf, from, names, namesLength, length);
    nameStarts[depth] = namesLength;
    bindingMarks[depth] = mark;
    namesLength += length;
    depth++;
  }

  private void endTag() throws IOException, InterruptedException {
    int end = tagEnd();
    int i = pos + 2;
    int from = i;
    while (i < end && !space(buf[i])) {
      i++;
    }
    int to = i;
    while (i < end && space(buf[i])) {
      i++;
    }
    if (i != end || depth == 0) {
      throw malformed("an end tag that closes nothing");
    }
    int start = nameStarts[depth - 1];
    int length = namesLength - start;
    if (to - from != length || !Arrays.equals(buf, from, to, names, start, namesLength)) {
      throw malformed("an end tag that does not match its start");
    }
    String name = mainName(from, to);
    pos = end + 1;
    close(name);
  }

  private void close(String name) throws IOException, InterruptedException {
    if (name != null) {
      handler.end(this, name);
    }
    depth--;
    namesLength = nameStarts[depth];
    int mark = bindingMarks[depth];
    if (bindings != mark) {
      bindings = mark;
      defaultIsMain = false;
      for (int b = bindings - 1; b >= 0; b--) {
        if (prefixes[b].isEmpty()) {
          defaultIsMain = MAIN.equals(uris[b]);
          break;
        }
      }
    }
  }

  /** Where the tag at pos ends ('>' outside quotes), with all of it in the buffer. */
  private int tagEnd() throws IOException {
    int i = pos + 1;
    byte quote = 0;
    while (true) {
      // The buffer and its end in locals: this runs for every byte of every tag.
      byte[] b = buf;
      int end = limit;
      while (i < end) {
        byte c = b[i];
        if (quote != 0) {
          if (c == quote) {
            quote = 0;
          }
        } else if (c == '>') {
          return i;
        } else if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '<') {
          throw malformed("a '<' inside a tag");
        }
        i++;
      }
      int at = i - pos;
      if (!moreKeeping()) {
        throw malformed("the document ends inside a tag");
      }
      i = pos + at;
    }
  }

  /** A comment, CDATA section or DOCTYPE at pos. */
  private void declaration() throws IOException {
    if (startsWith("<!--")) {
      pos = after("-->", 4);
    } else if (startsWith("<![CDATA[")) {
      if (depth == 0) {
        throw malformed("text outside the document's element");
      }
      int from = pos + 9;
      int end = find("]]>", 9);
      // find may have moved the buffer: the section starts 9 bytes after pos still.
      from = pos + 9;
      if (collecting) {
        for (int i = from; i < end; i++) {
          byte c = buf[i];
          if (c >= 0 && c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            throw malformed("a character XML does not allow");
          }
          if (c == '\r') {
            if (i + 1 < end && buf[i + 1] == '\n') {
              continue;
            }
            c = '\n';
          }
          append(c);
        }
      }
      pos = end + 3;
    } else if (startsWith("<!DOCTYPE")) {
      throw malformed("a DOCTYPE, which a workbook's parts may not have");
    } else {
      throw malformed("a '<!' that starts nothing XML knows");
    }
  }

  /** A processing instruction at pos; the first may be the XML declaration. */
  private void instruction(boolean first) throws IOException {
    int end = find("?>", 2);
    if (first && end - pos >= 5 && startsWith("<?xml") && space(buf[pos + 5])) {
      String declaration = latin(pos + 5, end);
      int at = declaration.indexOf("encoding");
      if (at >= 0) {
        int q = at + 8;
        while (q < declaration.length() && declaration.charAt(q) != '"'
            && declaration.charAt(q) != '\'') {
          q++;
        }
        int close = q + 1 < declaration.length()
            ? declaration.indexOf(declaration.charAt(q), q + 1) : -1;
        String encoding = close > q ? declaration.substring(q + 1, close) : "";
        if (!encoding.equalsIgnoreCase("UTF-8") && !encoding.equalsIgnoreCase("UTF8")) {
          throw notUtf8(encoding);
        }
      }
    }
    pos = end + 2;
  }

  private boolean startsWith(String s) throws IOException {
    return ensure(s.length()) && matches(pos, s);
  }

  /** Where {@code s} first occurs at or after pos + {@code skip}, with all of it in the buffer. */
  private int find(String s, int skip) throws IOException {
    int i = pos + skip;
    while (true) {
      if (i + s.length() > limit) {
        int at = i - pos;
        if (!moreKeeping()) {
          throw malformed("the document ends inside a comment, section or instruction");
        }
        i = pos + at;
        continue;
      }
      if (buf[i] == s.charAt(0) && matches(i, s)) {
        return i;
      }
      i++;
    }
  }

  private int after(String s, int skip) throws IOException {
    return find(s, skip) + s.length();
  }

  private static boolean space(byte b) {
    return b == ' ' || b == '\n' || b == '\t' || b == '\r';
  }

  private String latin(int from, int to) {
    return new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
  }

  /** At least {@code n} bytes from pos in the buffer, reading more when needed. */
  private boolean ensure(int n) throws IOException {
    while (limit - pos < n) {
      if (!moreKeeping()) {
        return false;
      }
    }
    return true;
  }

  /** Reads more after what pos has not passed; false at the end. */
  private boolean more() throws IOException {
    if (pos >= limit) {
      pos = 0;
      limit = 0;
    }
    return moreKeeping();
  }

  /** Reads more, keeping everything from pos (moved to the start, or the buffer grown). */
  private boolean moreKeeping() throws IOException {
    if (eof) {
      return false;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      pos = 0;
    } else if (limit == buf.length) {
      if (buf.length >= MAX_BYTES) {
        throw malformed("a tag longer than " + MAX_BYTES + " bytes");
      }
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
      return false;
    }
    limit += n;
    return true;
  }

  private InputFormatException malformed(String problem) {
    return new InputFormatException("not a readable XLSX workbook: the sheet's XML is not"
        + " well-formed after its first " + rowsSeen + " rows (" + problem + ")");
  }

  private static InputFormatException notUtf8(String encoding) {
    return new InputFormatException("not a readable XLSX workbook: the sheet's XML is in "
        + (encoding.length() > 20 || !encoding.chars().allMatch(c -> c > 0x20 && c < 0x7F)
            ? "an encoding" : encoding)
        + ", and only UTF-8 is read");
  }
}
