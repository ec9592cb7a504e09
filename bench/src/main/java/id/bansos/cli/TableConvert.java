package id.bansos.cli;

import id.bansos.jackson.BansosJson;
import id.bansos.jackson.ExtensionFacts;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the households of a table (CSV or XLSX, read as {@code bansos screen} reads it) to
 * JSON Lines or to a workbook, so that one set of households can be screened from every input
 * format. {@code bench/versus-0.1.sh} uses it to give today's {@code bansos screen} the
 * households of version 0.1's {@code SampleData} in each format ({@code docs/performance.md},
 * section 3k).
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar id.bansos.cli.TableConvert IN OUT
 * [HEADER=COLUMN...]}, where each {@code HEADER=COLUMN} is what {@code --column} says to {@code
 * bansos screen}. Refuses a file with a rejected household (exit code 1, the lines named), and
 * a family in a KUBE group for JSON Lines, which cannot name a group: a conversion that lost
 * either would compare different files. The output is written under a temporary name and moved
 * into place when complete.
 */
public final class TableConvert {

  private TableConvert() {}

  /**
   * Converts one file.
   *
   * @param args {@code IN OUT [HEADER=COLUMN...]}
   * @throws Exception when a file cannot be read or written
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: TableConvert IN.csv|IN.xlsx OUT.jsonl|OUT.xlsx [HEADER=COLUMN...]");
      System.exit(2);
    }
    List<Map.Entry<String, String>> columns = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      int eq = args[i].indexOf('=');
      columns.add(Map.entry(args[i].substring(0, Math.max(eq, 0)), args[i].substring(eq + 1)));
    }
    Path out = Path.of(args[1]);
    try {
      long households = convert(Path.of(args[0]), out, columns);
      System.out.println("TableConvert: " + households + " households -> " + out);
    } catch (IllegalStateException e) {
      System.err.println("TableConvert: " + e.getMessage());
      System.exit(1);
    }
  }

  /**
   * Writes the households of {@code in} to {@code out}.
   *
   * @param in a .csv or .xlsx file in the layout of docs/csv-format.md
   * @param out a .jsonl or .xlsx file
   * @param columns what {@code --column} would say: a header of the file and the layout's column
   * @return how many households were written
   * @throws IllegalStateException when a household is rejected, or names a group for JSON Lines;
   *     then {@code out} is not written
   * @throws IllegalArgumentException for a file of another kind or a column not of the layout
   * @throws IOException when a file cannot be read or written
   */
  static long convert(Path in, Path out, List<Map.Entry<String, String>> columns)
      throws IOException, InterruptedException {
    ExtensionFacts facts = ExtensionFacts.provincial();
    TableLayout layout = new TableLayout(facts, columns, TableLayout.DateOrder.ISO);
    InputFormat from = InputFormat.of(in).filter(f -> f != InputFormat.JSON_LINES)
        .orElseThrow(() -> new IllegalArgumentException("IN must end in .csv or .xlsx"));
    OutputFormat to = OutputFormat.of(out).filter(f -> f != OutputFormat.CSV)
        .orElseThrow(() -> new IllegalArgumentException("OUT must end in .jsonl or .xlsx"));
    long[] written = new long[1];
    List<String> rejected = new ArrayList<>();
    Path temporary = Files.createTempFile(out.toAbsolutePath().getParent(), ".convert", ".tmp");
    boolean moved = false;
    try {
      try (Writer json = to == OutputFormat.JSON_LINES
              ? Files.newBufferedWriter(temporary, StandardCharsets.UTF_8) : null;
          HouseholdTableWriter table = to == OutputFormat.XLSX ? HouseholdTableWriter.xlsx(
              new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16), facts, false)
              : null) {
        from.read(in, layout, record -> {
          if (record instanceof HouseholdRecord.Valid v && json != null
              && v.kube().isPresent()) {
            rejected.add(v.memberLines().get(0) + " (a family of a KUBE group, which JSON Lines"
                + " cannot name)");
          } else if (record instanceof HouseholdRecord.Valid v) {
            if (json != null) {
              json.write(BansosJson.write(v.household()));
              json.write('\n');
            } else {
              table.write(v.household(), v.kube());
            }
            written[0]++;
          } else {
            HouseholdRecord.Invalid bad = (HouseholdRecord.Invalid) record;
            rejected.add(bad.firstLine() + "-" + bad.lastLine());
          }
        }, new Progress());
      } catch (InputFormatException e) {
        throw new IllegalStateException(in + " is not in the layout: " + e.getMessage(), e);
      }
      if (!rejected.isEmpty()) {
        throw new IllegalStateException(rejected.size() + " households not converted (lines "
            + String.join(", ", rejected.subList(0, Math.min(10, rejected.size())))
            + (rejected.size() > 10 ? ", ..." : "") + "); nothing written");
      }
      Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING);
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temporary);
      }
    }
    return written[0];
  }
}
