package id.bansos.cli;

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
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;
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
        format.read(in, ExtensionFacts.provincial(), r -> n[0]++, new Progress());
        households = n[0];
      }
      case "rows" -> {
        // The reader's rows cut into households, none of them built.
        long[] n = new long[1];
        format.read(in, ExtensionFacts.provincial(), new RecordSink() {
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
            LocalDate.of(2025, 7, 1), Language.ID, ExtensionFacts.provincial(), threads)
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
        // One parser per line, as the reader has: the mapper's limits are per document.
        long lines = 0;
        var mapper = id.bansos.jackson.BansosJson.mapper();
        try (java.io.BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
          String line;
          while ((line = r.readLine()) != null) {
            try (JsonParser p = mapper.createParser(line)) {
              JsonToken t;
              while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_STRING) {
                  p.getString();
                }
              }
            }
            lines++;
          }
        }
        return lines;
      }
      default -> {
        long[] rows = new long[1];
        try (var pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(in.toFile(),
            org.apache.poi.openxml4j.opc.PackageAccess.READ)) {
          var reader = new org.apache.poi.xssf.eventusermodel.XSSFReader(pkg);
          try (InputStream sheet = reader.getSheetIterator().next()) {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.newSAXParser().parse(sheet, new DefaultHandler() {
              @Override
              public void startElement(String uri, String local, String q, Attributes a) {
                if (local.equals("row")) {
                  rows[0]++;
                }
              }
            });
          }
        }
        return rows[0] - 1;
      }
    }
  }

  private static long cpu() throws IOException {
    return ((com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
