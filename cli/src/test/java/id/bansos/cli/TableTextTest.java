package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A CSV file's text: UTF-8 as UTF-8, Windows-1252 (Excel's plain "CSV") as Windows-1252, whatever
 * the sizes of the reads and of the buffer.
 */
class TableTextTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Reads {@code bytes} in reads of at most {@code chunk} chars through a buffer of {@code size}. */
  private static String read(byte[] bytes, int chunk, int size) throws Exception {
    StringBuilder out = new StringBuilder();
    try (Reader r = new TableText(new ByteArrayInputStream(bytes), size)) {
      char[] buffer = new char[chunk];
      int n;
      while ((n = r.read(buffer, 0, chunk)) >= 0) {
        assertThat(n).isPositive();
        out.append(buffer, 0, n);
      }
    }
    return out.toString();
  }

  private static void readsAs(byte[] bytes, String expected) throws Exception {
    for (int size : new int[] {4, 5, 7, 64, 1 << 16}) {
      for (int chunk : new int[] {1, 2, 3, 4000}) {
        assertThat(read(bytes, chunk, size)).as("buffer %d, reads of %d", size, chunk)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void namesAsExcelSavesThemInEitherEncodingReadTheSame() throws Exception {
    String names = "kk,name\n1,Ma’ruf\n2,Ni’mah\n3,José Sitompul\n4,Ainul “Ain”\n";
    readsAs(names.getBytes(StandardCharsets.UTF_8), names);
    readsAs(names.getBytes(WINDOWS_1252), names);
    readsAs(("\uFEFF" + names).getBytes(StandardCharsets.UTF_8), "\uFEFF" + names);
  }

  @Test
  void anyUtf8ReadsAsUtf8() throws Exception {
    Random random = new Random(3);
    for (int round = 0; round < 300; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(200); i > 0; i--) {
        int kind = random.nextInt(5);
        text.appendCodePoint(switch (kind) {
          case 0 -> 0x20 + random.nextInt(0x5F);
          case 1 -> 0xA0 + random.nextInt(0x700);
          case 2 -> 0x800 + random.nextInt(0xD000);
          case 3 -> 0x10000 + random.nextInt(0x10000);
          default -> ",;\n\"".charAt(random.nextInt(4));
        });
      }
      String s = text.toString();
      readsAs(s.getBytes(StandardCharsets.UTF_8), s);
    }
  }

  @Test
  void windows1252WithoutAccidentalUtf8ReadsAsWindows1252() throws Exception {
    Random random = new Random(5);
    for (int round = 0; round < 300; round++) {
      byte[] bytes = new byte[random.nextInt(300)];
      for (int i = 0; i < bytes.length; i++) {
        // A byte from 0x80 followed by ASCII is never part of UTF-8.
        bytes[i] = (byte) (i % 2 == 1 && random.nextBoolean() ? 0x80 + random.nextInt(0x80)
            : 0x20 + random.nextInt(0x5F));
      }
      readsAs(bytes, new String(bytes, WINDOWS_1252));
    }
  }

  @Test
  void anUnfinishedCharacterAtTheEndReadsByteByByte() throws Exception {
    // The first two bytes of a three-byte character (U+2019), then the end.
    readsAs(new byte[] {'a', (byte) 0xE2, (byte) 0x80}, "a\u00e2\u20ac");
    readsAs(new byte[] {(byte) 0x81, 'x'}, "\uFFFDx");
    readsAs(new byte[0], "");
  }
}
