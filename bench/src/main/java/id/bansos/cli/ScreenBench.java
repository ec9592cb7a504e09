package id.bansos.cli;

import id.bansos.jackson.Detail;
import id.bansos.jackson.ExtensionFacts;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import id.bansos.rules.program.JawaTimur;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Times the stages of {@code bansos screen} on one file, for docs/performance.md section 5: a
 * bare parse by the same parser (no households built, no assessment, no output), the rows cut
 * into households but none built, the reading of households (no assessment), and the whole
 * screening. Reports wall time and the process's
 * CPU time (user + sys, every thread, JIT and GC included) of the stage alone, JVM start-up
 * excluded; run each stage in its own JVM.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar id.bansos.cli.ScreenBench parse h100k.csv
 * java -cp bench/target/benchmarks.jar id.bansos.cli.ScreenBench rows  h100k.csv
 * java -cp bench/target/benchmarks.jar id.bansos.cli.ScreenBench read  h100k.csv
 * java -cp bench/target/benchmarks.jar id.bansos.cli.ScreenBench screen h100k.csv r.csv [threads]
 * </pre>
 *
 * In this package only to reach the command line's package-private pipeline; never published.
 */
public final class ScreenBench {

  private ScreenBench() {}

  /**
   * Runs one stage.
   *
   * @param args {@code parse|rows|read|screen IN [OUT [THREADS]]}
   * @throws Exception when the file cannot be read
   */
  public static void main(String[] args) throws Exception {
    String stage = args[0];
    Path in = Path.of(args[1]);
    InputFormat format = InputFormat.of(in).orElseThrow();
    long cpu0 = cpu();
    long t0 = System.nanoTime();
    long households;
    switch (stage) {
      case "parse" -> households = parse(in, format);
      case "read" -> {
        long[] n = new long[1];
        format.read(in, new TableLayout(ExtensionFacts.provincial()), r -> n[0]++, new Progress());
        households = n[0];
      }
      case "rows" -> {
        // The reader's rows cut into households, none of them built.
        long[] n = new long[1];
        format.read(in, new TableLayout(ExtensionFacts.provincial()), new RecordSink() {
          @Override
          public void accept(HouseholdRecord record) {
            n[0]++;
          }

          @Override
          public void acceptLater(java.util.function.Supplier<HouseholdRecord> build) {
            n[0]++;
          }
        }, new Progress());
        households = n[0];
      }
      case "screen" -> {
        Path out = Path.of(args[2]);
        int threads = args.length > 3 ? Integer.parseInt(args[3])
            : Runtime.getRuntime().availableProcessors();
        Screening.Counts c = new Screening(Engine.of(JawaTimur.catalog()),
            LocalDate.of(2025, 7, 1), Language.ID, new TableLayout(ExtensionFacts.provincial()),
            threads, Detail.FULL)
            .run(in, format, out, OutputFormat.of(out).orElseThrow(),
                ScreenCommand.defaultRejects(out), new Summary(), new Progress(), n -> { });
        households = c.households();
      }
      default -> throw new IllegalArgumentException("parse, rows, read or screen");
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (cpu() - cpu0) / 1e9;
    System.out.printf(Locale.ROOT,
        "%s %s: %d households (or rows), %.2f s wall, %.2f s CPU, %.0f per CPU-second%n",
        stage, in.getFileName(), households, wall, cpu, households / cpu);
  }

  /** The same parser as the reader, and nothing else: tokens for CSV, lines for JSON Lines. */
  private static long parse(Path in, InputFormat format) throws Exception {
    switch (format) {
      case CSV -> {
        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY)
            .enable(CsvReadFeature.SKIP_EMPTY_LINES).build();
        long rows = 0;
        try (Reader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
            JsonParser p = mapper.createParser(r)) {
          JsonToken t;
          while ((t = p.nextToken()) != null) {
            if (t == JsonToken.VALUE_STRING) {
              p.getString();
            } else if (t == JsonToken.END_ARRAY) {
              rows++;
            }
          }
        }
        return rows - 2;
      }
      case JSON_LINES -> {
        // One parser per line, over the line's bytes, as the reader has: the mapper's limits are
        // per document.
        long lines = 0;
        var mapper = id.bansos.jackson.BansosJson.mapper();
        try (InputStream r = Files.newInputStream(in)) {
          byte[] buffer = new byte[1 << 16];
          byte[] line = new byte[1 << 12];
          int length = 0;
          int n;
          while ((n = r.read(buffer)) > 0) {
            int start = 0;
            for (int i = 0; i < n; i++) {
              if (buffer[i] == '\n') {
                line = append(line, length, buffer, start, i);
                lines += tokens(mapper, line, length + i - start);
                length = 0;
                start = i + 1;
              }
            }
            line = append(line, length, buffer, start, n);
            length += n - start;
          }
          lines += tokens(mapper, line, length);
        }
        return lines;
      }
      default -> {
        // The sheet's XML through the reader of the command line, every value made a string.
        long[] rows = new long[1];
        try (XlsxPackage pkg = XlsxPackage.open(in)) {
          try (InputStream sheet = pkg.open(pkg.sheet())) {
            SheetXml.read(sheet, new SheetXml.Handler() {
              @Override
              public void start(SheetXml xml, String name) {
                if (name == SheetXml.ROW) {
                  rows[0]++;
                } else if (name == SheetXml.VALUE || name == SheetXml.TEXT) {
                  xml.clearText();
                  xml.collect(true);
                }
              }

              @Override
              public void end(SheetXml xml, String name) {
                if (name == SheetXml.VALUE || name == SheetXml.TEXT) {
                  xml.collect(false);
                  xml.text();
                }
              }
            });
          }
        }
        return rows[0] - 1;
      }
    }
  }

  /** {@code line} with bytes {@code from} to {@code to} of {@code buffer} after its first {@code length}. */
  private static byte[] append(byte[] line, int length, byte[] buffer, int from, int to) {
    byte[] out = length + to - from > line.length
        ? java.util.Arrays.copyOf(line, Math.max(length + to - from, line.length * 2)) : line;
    System.arraycopy(buffer, from, out, length, to - from);
    return out;
  }

  /** Reads the tokens of a line's bytes, making each string; 1 for a line, 0 for none. */
  private static int tokens(tools.jackson.databind.json.JsonMapper mapper, byte[] line,
      int length) {
    if (length == 0) {
      return 0;
    }
    try (JsonParser p = mapper.createParser(line, 0, length)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_STRING) {
          p.getString();
        }
      }
    }
    return 1;
  }

  private static long cpu() throws IOException {
    return ((com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
