package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The CSV text of the results: RFC 4180 quoting, UTF-8, numbers, and the memory of each column's
 * recent texts, which must never change a byte.
 */
class CsvTextTest {

  private static String csv(Object[]... rows) {
    Utf8Text out = new Utf8Text(16);
    for (Object[] row : rows) {
      DeterminationRows.appendCsv(out, row);
    }
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  @Test
  void cellsAreQuotedOnlyWhenTheyHoldACommaAQuoteOrALineEnd() {
    assertThat(csv(new Object[] {"plain", "a,b", "say \"ya\"", "two\nlines", "cr\r", "", 0L,
        -12L, Long.MAX_VALUE, Long.MIN_VALUE, "Kabupaten Pacitan \u2013 \u00dc \ud83d\ude00"}))
        .isEqualTo("plain,\"a,b\",\"say \"\"ya\"\"\",\"two\nlines\",\"cr\r\",,0,-12,"
            + Long.MAX_VALUE + "," + Long.MIN_VALUE + ",Kabupaten Pacitan \u2013 \u00dc"
            + " \ud83d\ude00\n");
  }

  @Test
  void rememberingAColumnsTextsWritesTheSameBytesAsNot() {
    // More distinct texts per column than a column remembers, some repeated by identity, some
    // equal but not identical, some quoted, some beyond ASCII, and numbers between them.
    List<String> pool = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      pool.add(switch (i % 4) {
        case 0 -> "CODE_" + i;
        case 1 -> "with, comma " + i;
        case 2 -> "\u00e9t\u00e9 \"" + i + "\"";
        default -> "";
      });
    }
    Random random = new Random(7);
    Object[] known = DeterminationRows.knownTexts(3);
    Utf8Text remembered = new Utf8Text(16);
    Utf8Text plain = new Utf8Text(16);
    for (int row = 0; row < 2_000; row++) {
      Object[] cells = new Object[3];
      for (int c = 0; c < 3; c++) {
        String s = pool.get(random.nextInt(pool.size()));
        cells[c] = switch (random.nextInt(4)) {
          case 0 -> new String(s);
          case 1 -> (long) random.nextInt(1000) - 500;
          default -> s;
        };
      }
      DeterminationRows.appendCsv(remembered, cells, known);
      DeterminationRows.appendCsv(plain, cells, null);
    }

    assertThat(remembered.toByteArray()).isEqualTo(plain.toByteArray());
  }

  @Test
  void numbersAreWrittenAsLongToStringWritesThem() {
    long[] numbers = {0, 7, 9, 10, 99, 100, 101, 1_250_000, Integer.MAX_VALUE,
        Integer.MAX_VALUE + 1L, -1, -10, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE + 1,
        Long.MIN_VALUE};
    Utf8Text text = new Utf8Text(1);
    StringBuilder expected = new StringBuilder();
    for (long n : numbers) {
      text.append(n).append(';');
      expected.append(n).append(';');
    }

    assertThat(new String(text.toByteArray(), StandardCharsets.UTF_8))
        .isEqualTo(expected.toString());
  }

  @Test
  void textIsWrittenAsUtf8AndOnlyAsciiGoesInAsOneCharacter() throws Exception {
    Utf8Text text = new Utf8Text(1);
    text.append("Ng\u00e1wi").append(',').append(0).append(';').append(-7).append('\n');
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    text.writeTo(out);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Ng\u00e1wi,0;-7\n");
    assertThat(text.toByteArray()).isEqualTo(out.toByteArray());
    assertThatThrownBy(() -> text.append('\u00e1')).isInstanceOf(IllegalArgumentException.class);
    text.clear();
    assertThat(text.toByteArray()).isEmpty();
  }
}
