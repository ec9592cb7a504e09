package id.bansos.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.core.household.Household;
import id.bansos.jsonfixtures.GeneratedReader;
import id.bansos.rules.Assessment;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import id.bansos.rules.program.JawaTimur;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

  private static final String GOOD_1 = BansosJson.write(Examples.minimal());
  private static final String GOOD_2 = BansosJson.write(Examples.full());

  private static List<HouseholdLine> read(String text) {
    try (HouseholdReader reader = HouseholdReader.of(new StringReader(text))) {
      return reader.stream().toList();
    }
  }

  @Test
  void aBadLineInTheMiddleIsReportedAndReadingGoesOn() throws Exception {
    String text = GOOD_1 + "\n" + "{\"kkNumber\":\"3526010101200001\",\"members\":[{\"nik\":\"1\"}]}"
        + "\n" + "this is not json" + "\n" + GOOD_2 + "\n";

    List<HouseholdLine> lines = read(text);

    assertThat(lines).extracting(HouseholdLine::lineNumber).containsExactly(1L, 2L, 3L, 4L);
    assertThat(lines).extracting(HouseholdLine::isValid).containsExactly(true, false, false, true);
    assertThat(lines.get(0).household()).contains(Examples.minimal());
    assertThat(lines.get(1).problems()).extracting(p -> p.path() + " " + p.code())
        .containsExactly("members[0].nik NIK_LENGTH");
    assertThat(lines.get(2).problems()).extracting(p -> p.code()).containsExactly("JSON_SYNTAX");
    assertThat(lines.get(3).household()).contains(Examples.full());
  }

  @Test
  void blankLinesAreSkippedButCounted() throws Exception {
    List<HouseholdLine> lines = read("\n" + GOOD_1 + "\r\n   \n" + GOOD_2);

    assertThat(lines).extracting(HouseholdLine::lineNumber).containsExactly(2L, 4L);
    assertThat(lines).allMatch(HouseholdLine::isValid);
  }

  @Test
  void anOverlongLineIsSkippedWithoutHoldingIt() throws Exception {
    String text = GOOD_1 + "\n" + "x".repeat(5000) + "\n" + GOOD_1 + "\n";
    List<HouseholdLine> lines;
    try (HouseholdReader reader = HouseholdReader.of(new StringReader(text), 1000)) {
      lines = reader.stream().toList();
    }

    assertThat(lines).extracting(HouseholdLine::isValid).containsExactly(true, false, true);
    assertThat(lines.get(1).problems()).extracting(p -> p.code()).containsExactly("JSON_TOO_LONG");
  }

  @Test
  void aStreamOfManyHouseholdsIsReadOneLineAtATime() throws Exception {
    GeneratedReader input = new GeneratedReader("", GOOD_2 + "\n", 2_000, "");
    long valid = 0;
    try (HouseholdReader reader = HouseholdReader.of(input)) {
      for (HouseholdLine line : reader) {
        valid += line.isValid() ? 1 : 0;
      }
    }
    assertThat(valid).isEqualTo(2_000);
  }

  @Test
  void utf8BytesAreDecoded() {
    String text = BansosJson.write(Household.builder().from(Examples.minimal())
        .members(List.of(id.bansos.core.household.Person.builder()
            .from(Examples.minimal().members().get(0)).name("Çağlar").build())).build());
    try (HouseholdReader reader = HouseholdReader.of(
        new ByteArrayInputStream((text + "\n").getBytes(StandardCharsets.UTF_8)))) {
      assertThat(reader.stream().toList().get(0).household().orElseThrow()
          .members().get(0).name()).contains("Çağlar");
    }
  }

  @Test
  void aReaderIsReadWholeWhereACharacterStraddlesItsBuffer() throws Exception {
    String line = BansosJson.write(Household.builder().from(Examples.minimal())
        .members(List.of(id.bansos.core.household.Person.builder()
            .from(Examples.minimal().members().get(0)).name("Nama 😀 Satu").build())).build());
    int at = line.indexOf("😀");
    // The reader encodes 8,192 characters at a time: the pair of surrogates lands before, across
    // and after that boundary.
    for (int shift = -2; shift <= 2; shift++) {
      String text = " ".repeat(8_192 - at - 1 + shift) + "\n" + line + "\n";
      List<HouseholdLine> lines = read(text);

      assertThat(lines).as("shift %d", shift).hasSize(1);
      assertThat(lines.get(0).household().orElseThrow().members().get(0).name())
          .as("shift %d", shift).contains("Nama 😀 Satu");
    }
  }

  @Test
  void aLineTurnsIntoTheExceptionWithItsNumber() throws Exception {
    HouseholdLine bad = read(GOOD_1 + "\n{}\n").get(1);

    assertThatThrownBy(bad::orThrow).isInstanceOf(JsonInputException.class)
        .hasMessageContaining("line 2");
    assertThat(read(GOOD_1).get(0).orThrow()).isEqualTo(Examples.minimal());
  }

  @Test
  void aLineHasEitherAHouseholdOrProblems() throws Exception {
    assertThatThrownBy(() -> new HouseholdLine(1, Optional.empty(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theReaderIteratesOnce() throws Exception {
    try (HouseholdReader reader = HouseholdReader.of(new StringReader(GOOD_1))) {
      reader.iterator();
      assertThatThrownBy(reader::iterator).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void assessmentsAreWrittenOnePerLine() throws Exception {
    Engine engine = Engine.of(JawaTimur.catalog());
    LocalDate date = LocalDate.of(2026, 1, 15);
    Assessment a = engine.assess(Examples.minimal(), date);
    Assessment b = engine.assess(Examples.full(), date);
    StringWriter out = new StringWriter();

    try (AssessmentWriter writer = AssessmentWriter.of(out, Language.EN)) {
      writer.write(a).write(b);
    }

    assertThat(out.toString()).isEqualTo(BansosJson.write(a, Language.EN) + "\n"
        + BansosJson.write(b, Language.EN) + "\n");
  }

  @Test
  void aByteStreamGetsTheUtf8OfWhatACharacterStreamGets() {
    Engine engine = Engine.of(JawaTimur.catalog());
    LocalDate date = LocalDate.of(2026, 1, 15);
    List<Assessment> assessments = List.of(engine.assess(Examples.minimal(), date),
        engine.assess(Examples.full(), date));
    for (Language language : Language.values()) {
      for (Detail detail : Detail.values()) {
        StringWriter chars = new StringWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (AssessmentWriter c = AssessmentWriter.of(chars, language, detail);
            AssessmentWriter b = AssessmentWriter.of(bytes, language, detail)) {
          assessments.forEach(a -> {
            c.write(a);
            b.write(a);
          });
        }
        // The full documents carry the sources' titles and notes, not all of them ASCII.
        assertThat(bytes.toByteArray())
            .isEqualTo(chars.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(chars.toString().lines()).hasSize(2);
      }
    }
  }

  @Test
  void aCharacterOutsideTheBasicPlaneIsWrittenAsItsUtf8Bytes() throws Exception {
    // The mapper's byte output, which AssessmentWriter writes to a byte stream, is the UTF-8 of
    // its text output, not two escaped halves of the character.
    Household named = Household.builder().from(Examples.minimal())
        .members(List.of(id.bansos.core.household.Person.builder()
            .from(Examples.minimal().members().get(0)).name("Nama 😀 Satu").build())).build();

    byte[] bytes = BansosJson.mapper().writeValueAsBytes(named);

    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Nama 😀 Satu")
        .isEqualTo(BansosJson.write(named));
  }

  @Test
  void aClosedWriterRefusesToWrite() {
    Assessment a = Engine.of(JawaTimur.catalog()).assess(Examples.minimal(),
        LocalDate.of(2026, 1, 15));
    AssessmentWriter toBytes = AssessmentWriter.of(new ByteArrayOutputStream(), Language.EN,
        Detail.SUMMARY);
    AssessmentWriter toChars = AssessmentWriter.of(new StringWriter(), Language.EN);
    toBytes.close();
    toChars.close();

    for (AssessmentWriter closed : List.of(toBytes, toChars)) {
      assertThatThrownBy(() -> closed.write(a)).isInstanceOf(java.io.UncheckedIOException.class);
    }
  }

  @Test
  void aBatchRunsFromJsonLinesToJsonLines() throws Exception {
    String input = GOOD_1 + "\n{\"kkNumber\":1}\n" + GOOD_2 + "\n";
    Engine engine = Engine.of(JawaTimur.catalog());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int failed = 0;
    try (HouseholdReader in = HouseholdReader.of(new StringReader(input));
        AssessmentWriter out = AssessmentWriter.of(bytes, Language.ID)) {
      for (HouseholdLine line : in) {
        if (line.isValid()) {
          out.write(engine.assess(line.household().orElseThrow(), LocalDate.of(2026, 1, 15)));
        } else {
          failed++;
        }
      }
    }
    String[] written = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(failed).isEqualTo(1);
    assertThat(written).hasSize(2);
    assertThat(BansosJson.mapper().readTree(written[1]).get("kkNumber").textValue())
        .isEqualTo(Examples.full().kkNumber().value());
  }

  /** The line with {@code bytes} in place of the name's "Nama". */
  private static byte[] malformed(String line, byte[] bytes) {
    byte[] text = line.getBytes(StandardCharsets.UTF_8);
    int at = line.indexOf("Nama");
    byte[] out = new byte[text.length - 4 + bytes.length];
    System.arraycopy(text, 0, out, 0, at);
    System.arraycopy(bytes, 0, out, at, bytes.length);
    System.arraycopy(text, at + 4, out, at + bytes.length, text.length - at - 4);
    return out;
  }

  /**
   * The lines of {@code input} as this reader reads them, worked out the plain way: cut at each
   * {@code \n}; a line longer than {@code max} characters ({@code \r} included) refused; a
   * {@code \r} at its end dropped; a UTF-8 byte-order mark at the start of the first dropped;
   * from bytes, a line that looks like UTF-16 or UTF-32 or is not well-formed UTF-8 refused
   * ({@code JSON_ENCODING}); a blank one skipped; each of the others decoded and read as one
   * document.
   */
  private static List<HouseholdLine> readAsText(byte[] input, int max, boolean fromBytes) {
    List<HouseholdLine> lines = new java.util.ArrayList<>();
    long number = 0;
    for (int from = 0; from < input.length; ) {
      int end = from;
      while (end < input.length && input[end] != '\n') {
        end++;
      }
      byte[] line = Arrays.copyOfRange(input, from, end);
      from = end + 1;
      number++;
      if (new String(line, StandardCharsets.UTF_8).length() > max) {
        lines.add(HouseholdLine.failed(number, List.of(new id.bansos.core.Problem("",
            "JSON_TOO_LONG", "the line is longer than " + max + " characters"))));
        continue;
      }
      if (line.length > 0 && line[line.length - 1] == '\r') {
        line = Arrays.copyOf(line, line.length - 1);
      }
      if (number == 1 && line.length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB
          && line[2] == (byte) 0xBF) {
        line = Arrays.copyOfRange(line, 3, line.length);
      }
      if (fromBytes && takenForAnotherEncoding(line)) {
        lines.add(HouseholdLine.failed(number, List.of(new id.bansos.core.Problem("",
            "JSON_ENCODING", "the line is not UTF-8 but looks like UTF-16 or UTF-32: save the"
                + " file as UTF-8"))));
        continue;
      }
      int malformed = fromBytes ? malformedAt(line) : -1;
      if (malformed >= 0) {
        lines.add(HouseholdLine.failed(number, List.of(new id.bansos.core.Problem("",
            "JSON_ENCODING", "the line is not UTF-8: the sequence at byte " + (malformed + 1)
                + " is malformed"))));
        continue;
      }
      String text = new String(line, StandardCharsets.UTF_8);
      if (text.isBlank()) {
        continue;
      }
      try {
        lines.add(HouseholdLine.ok(number, BansosJson.readHousehold(text)));
      } catch (JsonInputException e) {
        lines.add(HouseholdLine.failed(number, e.problems()));
      }
    }
    return lines;
  }

  private static boolean takenForAnotherEncoding(byte[] line) {
    if (line.length > 0 && (line[0] == (byte) 0xFE || line[0] == (byte) 0xFF)) {
      return true;
    }
    for (int i = 0; i < Math.min(4, line.length); i++) {
      if (line[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** Where the JDK's strict UTF-8 decoder finds the first malformed sequence, or -1. */
  private static int malformedAt(byte[] line) {
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(line);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(line.length + 1);
    java.nio.charset.CoderResult r = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
        .decode(in, out, true);
    return r.isError() ? in.position() : -1;
  }

  @Test
  void aByteOrderMarkIsSkippedAndALineThatIsNotUtf8IsRefusedOnItsOwn() throws Exception {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    input.writeBytes((GOOD_1 + "\n").getBytes(StandardCharsets.UTF_8));
    // A name in Windows-1252, as a spreadsheet may save it: 0xE9 alone is no UTF-8.
    byte[] latin1 = GOOD_1.replace("}]}", ",\"name\":\"Jos\"}]}")
        .getBytes(StandardCharsets.UTF_8);
    input.writeBytes(Arrays.copyOf(latin1, latin1.length));
    input.write(0xE9);
    input.writeBytes("\"}]}\n".getBytes(StandardCharsets.UTF_8));
    input.writeBytes(GOOD_2.getBytes(StandardCharsets.UTF_8));

    List<HouseholdLine> lines;
    try (HouseholdReader reader = HouseholdReader.of(
        new ByteArrayInputStream(input.toByteArray()))) {
      lines = reader.stream().toList();
    }

    assertThat(lines).extracting(HouseholdLine::lineNumber).containsExactly(1L, 2L, 3L);
    assertThat(lines.get(0).isValid()).isTrue();
    assertThat(lines.get(1).problems()).extracting(id.bansos.core.Problem::code)
        .containsExactly("JSON_ENCODING");
    assertThat(lines.get(2).isValid()).isTrue();
    // A document with a byte-order mark reads as without one, from text as from bytes.
    assertThat(BansosJson.readHousehold("\uFEFF" + GOOD_1))
        .isEqualTo(BansosJson.readHousehold(GOOD_1));
    assertThat(BansosJson.readHousehold(new StringReader("\uFEFF" + GOOD_1)))
        .isEqualTo(BansosJson.readHousehold(GOOD_1));
  }

  @Test
  void bytesAreReadAsTheirDecodedTextIsRead() throws Exception {
    byte[] good = GOOD_2.getBytes(StandardCharsets.UTF_8);
    String named = BansosJson.write(Household.builder().from(Examples.minimal())
        .members(List.of(id.bansos.core.household.Person.builder()
            .from(Examples.minimal().members().get(0)).name("Nama Ŝatu 名").build())).build());
    byte[] bad = "{\"kkNumber\":\"3526010101200001\",\"members\":[{\"nik\":\"1\"}]}"
        .getBytes(StandardCharsets.UTF_8);
    List<byte[]> lines = List.of(good, named.getBytes(StandardCharsets.UTF_8), bad,
        "not json".getBytes(StandardCharsets.UTF_8),
        "{\"kkNumber\": \"ü\", \"members\": [}".getBytes(StandardCharsets.UTF_8),
        "{\"kkNumber\":1,\"kkNumber\":2}".getBytes(StandardCharsets.UTF_8),
        "{} {}".getBytes(StandardCharsets.UTF_8),
        "\u3000\u2003 \t".getBytes(StandardCharsets.UTF_8),
        "\u00a0".getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'},
        new byte[] {'{', '"', 'k', (byte) 0xC3, '"', ':', '1', '}'},
        new byte[] {(byte) 0xFF, (byte) 0xFE},
        named.getBytes(StandardCharsets.UTF_16LE), named.getBytes(StandardCharsets.UTF_16BE),
        named.getBytes(StandardCharsets.UTF_16), named.getBytes(java.nio.charset.Charset.forName("UTF-32")),
        ("\uFEFF" + named).getBytes(java.nio.charset.Charset.forName("UTF-32LE")),
        // Malformed UTF-8 inside a value: an encoded surrogate, an overlong slash, beyond U+10FFFF.
        named.replace("Nama", "N\u0001a").getBytes(StandardCharsets.UTF_8),
        malformed(named, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
        malformed(named, new byte[] {(byte) 0xC0, (byte) 0xAF}),
        malformed(named, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}),
        malformed(named, new byte[] {(byte) 0xE4, (byte) 0xB8}),
        named.replace("Nama", "\u00e9".repeat(300)).getBytes(StandardCharsets.UTF_8),
        named.replace("Nama", "\ud83d\ude00".repeat(200)).getBytes(StandardCharsets.UTF_8),
        "é".repeat(999).getBytes(StandardCharsets.UTF_8),
        "é".repeat(1001).getBytes(StandardCharsets.UTF_8),
        new byte[0]);
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    java.util.Map<String, Integer> seen = new java.util.TreeMap<>();
    for (int round = 0; round < 400; round++) {
      ByteArrayOutputStream text = new ByteArrayOutputStream();
      int count = 1 + random.nextInt(8);
      for (int i = 0; i < count; i++) {
        byte[] line = lines.get(random.nextInt(lines.size()));
        if (random.nextInt(6) == 0 && line.length > 0) {
          line = line.clone();
          line[random.nextInt(line.length)] = (byte) random.nextInt(256);
        }
        text.writeBytes(line);
        text.writeBytes(random.nextInt(4) == 0 ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
      }
      if (random.nextBoolean()) {
        text.writeBytes(lines.get(random.nextInt(lines.size())));
      }
      byte[] input = text.toByteArray();

      List<HouseholdLine> asText = readAsText(input, 1000, true);
      List<HouseholdLine> asBytes;
      try (HouseholdReader reader = HouseholdReader.of(new ByteArrayInputStream(input), 1000)) {
        asBytes = reader.stream().toList();
      }
      assertThat(asBytes).as("round %d", round).isEqualTo(asText);
      List<HouseholdLine> asCharacters;
      try (HouseholdReader reader = HouseholdReader.of(
          new StringReader(new String(input, StandardCharsets.UTF_8)), 1000)) {
        asCharacters = reader.stream().toList();
      }
      // Characters hold no malformed UTF-8: the decoder replaced it before the reader saw it.
      assertThat(asCharacters).as("round %d, from a Reader", round).isEqualTo(readAsText(
          new String(input, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8), 1000,
          false));
      for (HouseholdLine line : asBytes) {
        seen.merge(line.isValid() ? "valid" : line.problems().get(0).code(), 1, Integer::sum);
      }
    }
    // The rounds reach the byte parser's households, its refusals and the length limit.
    assertThat(seen).containsKeys("valid", "JSON_SYNTAX", "JSON_TOO_LONG", "JSON_DUPLICATE_FIELD",
        "JSON_TRAILING", "NIK_LENGTH", "JSON_ENCODING");
  }
}
