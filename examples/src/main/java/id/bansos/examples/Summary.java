package id.bansos.examples;

import id.bansos.core.money.Rupiah;
import id.bansos.rules.Assessment;
import id.bansos.rules.Determination;
import id.bansos.rules.Status;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of determinations per kabupaten/kota and program, with the yearly total in rupiah. Its
 * size depends on the number of regions and programs only, never on the number of households.
 */
final class Summary {

  /** Counts of one kabupaten/kota and program. */
  static final class Cell {
    final long[] byStatus = new long[Status.values().length];
    Rupiah yearlyTotal = Rupiah.ZERO;

    long count(Status s) {
      return byStatus[s.ordinal()];
    }

    void add(Cell other) {
      for (int i = 0; i < byStatus.length; i++) {
        byStatus[i] += other.byStatus[i];
      }
      yearlyTotal = yearlyTotal.plus(other.yearlyTotal);
    }
  }

  private final Map<Regencies.Key, Map<String, Cell>> cells = new TreeMap<>();

  void add(Regencies.Key regency, Assessment assessment) {
    Map<String, Cell> programs = cells.computeIfAbsent(regency, k -> new LinkedHashMap<>());
    for (Determination d : assessment.determinations()) {
      Cell c = programs.computeIfAbsent(d.programCode(), k -> new Cell());
      c.byStatus[d.status().ordinal()]++;
      c.yearlyTotal = c.yearlyTotal.plus(d.yearlyTotal());
    }
  }

  Map<Regencies.Key, Map<String, Cell>> cells() {
    return cells;
  }

  /** The table: one line per kabupaten/kota and program, then one total line per program. */
  void print(PrintStream out, List<String> programOrder) {
    String format = "%-5s %-40s %-12s %10s %13s %13s %22s%n";
    out.printf(Locale.ROOT, format, "Kode", "Kabupaten/Kota", "Program", "ELIGIBLE",
        "NOT_ELIGIBLE", "UNDETERMINED", "Yearly total / setahun");
    Map<String, Cell> totals = new LinkedHashMap<>();
    for (String p : programOrder) {
      totals.put(p, new Cell());
    }
    for (Map.Entry<Regencies.Key, Map<String, Cell>> e : cells.entrySet()) {
      for (Map.Entry<String, Cell> pc : e.getValue().entrySet()) {
        Cell c = pc.getValue();
        totals.computeIfAbsent(pc.getKey(), k -> new Cell()).add(c);
        row(out, format, e.getKey().code(), e.getKey().name(), pc.getKey(), c);
      }
    }
    for (Map.Entry<String, Cell> t : totals.entrySet()) {
      row(out, format, "35", "TOTAL Jawa Timur", t.getKey(), t.getValue());
    }
  }

  private static void row(PrintStream out, String format, String code, String name,
      String program, Cell c) {
    out.printf(Locale.ROOT, format, code.isEmpty() ? "-" : code,
        name.length() > 40 ? name.substring(0, 40) : name, program,
        group(c.count(Status.ELIGIBLE)), group(c.count(Status.NOT_ELIGIBLE)),
        group(c.count(Status.UNDETERMINED)), c.yearlyTotal.format());
  }

  /** Thousands separated by commas, independently of the default locale. */
  static String group(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
