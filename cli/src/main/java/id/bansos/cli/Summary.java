package id.bansos.cli;

import id.bansos.core.money.Rupiah;
import id.bansos.rules.Assessment;
import id.bansos.rules.Determination;
import id.bansos.rules.GroupAssessment;
import id.bansos.rules.Funder;
import id.bansos.rules.Status;
import id.bansos.rules.YearlyTotals;
import id.bansos.rules.param.Confidence;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of determinations per kabupaten/kota and program, with the yearly totals per funder
 * (the provincial budget apart from national money), and, per program, how many decisions rest
 * on values no source confirms. Its size depends on the number of regions and programs only,
 * never on the number of households.
 */
final class Summary {

  private static final Confidence[] CONFIDENCES = Confidence.values();
  /** The program column of the line that adds up every program. */
  static final String ALL_PROGRAMS = "(all / semua)";

  /** Counts of one kabupaten/kota and program. */
  static final class Cell {
    final long[] byStatus = new long[Status.values().length];
    /** Decisions by the weakest confidence of the values they rest on. */
    final long[] byWeakestConfidence = new long[CONFIDENCES.length];
    YearlyTotals yearlyTotals = YearlyTotals.NONE;

    long count(Status s) {
      return byStatus[s.ordinal()];
    }

    long count(Confidence c) {
      return byWeakestConfidence[c.ordinal()];
    }

    void add(Determination d) {
      byStatus[d.status().ordinal()]++;
      byWeakestConfidence[d.weakestConfidence().ordinal()]++;
      if (d.isEligible()) {
        // Only an eligible determination pays anything.
        yearlyTotals = yearlyTotals.plus(d.yearlyTotals());
      }
    }

    void add(Cell other) {
      for (int i = 0; i < byStatus.length; i++) {
        byStatus[i] += other.byStatus[i];
      }
      for (int i = 0; i < byWeakestConfidence.length; i++) {
        byWeakestConfidence[i] += other.byWeakestConfidence[i];
      }
      yearlyTotals = yearlyTotals.plus(other.yearlyTotals);
    }
  }

  private final Map<Regencies.Key, Map<String, Cell>> cells = new TreeMap<>();
  /** The group determinations, apart: a group is not a household. */
  private final Map<Regencies.Key, Map<String, Cell>> groupCells = new TreeMap<>();

  void add(Regencies.Key regency, Assessment assessment) {
    Map<String, Cell> programs = cells.computeIfAbsent(regency, k -> new LinkedHashMap<>());
    for (Determination d : assessment.determinations()) {
      programs.computeIfAbsent(d.programCode(), k -> new Cell()).add(d);
    }
  }

  /**
   * Counts one group's determination under {@code regency} (that of its first family).
   *
   * @param regency the group's kabupaten/kota
   * @param assessment the group assessment
   */
  void add(Regencies.Key regency, GroupAssessment assessment) {
    groupCells.computeIfAbsent(regency, k -> new LinkedHashMap<>())
        .computeIfAbsent(assessment.determination().programCode(), k -> new Cell())
        .add(assessment.determination());
  }

  /** Adds every count of {@code other} to this summary. */
  void merge(Summary other) {
    merge(cells, other.cells);
    merge(groupCells, other.groupCells);
  }

  private static void merge(Map<Regencies.Key, Map<String, Cell>> into,
      Map<Regencies.Key, Map<String, Cell>> from) {
    for (Map.Entry<Regencies.Key, Map<String, Cell>> e : from.entrySet()) {
      Map<String, Cell> programs = into.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>());
      for (Map.Entry<String, Cell> pc : e.getValue().entrySet()) {
        programs.computeIfAbsent(pc.getKey(), k -> new Cell()).add(pc.getValue());
      }
    }
  }

  Map<Regencies.Key, Map<String, Cell>> cells() {
    return cells;
  }

  /** The group determinations' counts per kabupaten/kota and group program. */
  Map<Regencies.Key, Map<String, Cell>> groupCells() {
    return groupCells;
  }

  /**
   * The table of group determinations, one line per kabupaten/kota and group program, then a
   * total line per group program; nothing when no group was decided.
   */
  void printGroups(PrintStream out, List<String> groupPrograms) {
    if (groupCells.isEmpty()) {
      return;
    }
    out.println();
    out.println("Groups of families, counted once per group, by who pays"
        + " / kelompok keluarga, dihitung per kelompok, menurut sumber dana:");
    String rowFormat = rowFormat();
    out.printf(Locale.ROOT, rowFormat, header("Program kelompok"));
    regencyRows(out, rowFormat, groupCells, groupPrograms);
  }

  /**
   * One line per kabupaten/kota and program of {@code byRegency}, then one total line per
   * program, in {@code order} first; returns the totals per program.
   */
  private static Map<String, Cell> regencyRows(PrintStream out, String rowFormat,
      Map<Regencies.Key, Map<String, Cell>> byRegency, List<String> order) {
    Map<String, Cell> totals = new LinkedHashMap<>();
    for (String p : order) {
      totals.put(p, new Cell());
    }
    for (Map.Entry<Regencies.Key, Map<String, Cell>> e : byRegency.entrySet()) {
      for (Map.Entry<String, Cell> pc : e.getValue().entrySet()) {
        totals.computeIfAbsent(pc.getKey(), k -> new Cell()).add(pc.getValue());
        row(out, rowFormat, e.getKey().code(), e.getKey().name(), pc.getKey(), pc.getValue());
      }
    }
    for (Map.Entry<String, Cell> t : totals.entrySet()) {
      row(out, rowFormat, "35", "TOTAL Jawa Timur", t.getKey(), t.getValue());
    }
    return totals;
  }

  private static String rowFormat() {
    StringBuilder format = new StringBuilder("%-5s %-40s %-20s %10s %13s %13s");
    for (int i = 0; i < Funder.values().length; i++) {
      format.append(" %22s");
    }
    return format.append("%n").toString();
  }

  private static Object[] header(String program) {
    Object[] header = new Object[6 + Funder.values().length];
    System.arraycopy(new Object[] {"Kode", "Kabupaten/Kota", program, "ELIGIBLE",
        "NOT_ELIGIBLE", "UNDETERMINED"}, 0, header, 0, 6);
    for (Funder f : Funder.values()) {
      header[6 + f.ordinal()] = f.name();
    }
    return header;
  }

  /**
   * The tables: one line per kabupaten/kota and program with a yearly total per funder, then one
   * total line per program; then, per program, the decisions by the weakest confidence of the
   * values they rest on.
   */
  void print(PrintStream out, List<String> programOrder) {
    String rowFormat = rowFormat();
    out.println("Yearly totals by who pays / total setahun menurut sumber dana:");
    out.printf(Locale.ROOT, rowFormat, header("Program"));
    Map<String, Cell> totals = regencyRows(out, rowFormat, cells, programOrder);
    Cell all = new Cell();
    for (Cell t : totals.values()) {
      all.add(t);
    }
    row(out, rowFormat, "35", "TOTAL Jawa Timur", ALL_PROGRAMS, all);
    if (all.yearlyTotals.hasUnknownAmounts()) {
      out.println(">= : at least; some amounts are not known (" + String.join(", ",
          all.yearlyTotals.unknownAmounts().stream().map(Funder::name).toList())
          + ") / setidaknya; ada bantuan yang jumlahnya belum diketahui");
    }
    out.println();
    out.println("Decisions by the weakest confidence of the rules they rest on"
        + " / keputusan menurut keyakinan terlemah aturan yang mendasarinya:");
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-20s", "Program"));
    for (Confidence c : CONFIDENCES) {
      line.append(String.format(Locale.ROOT, " %12s", c));
    }
    out.println(line);
    for (Map.Entry<String, Cell> t : totals.entrySet()) {
      line.setLength(0);
      line.append(String.format(Locale.ROOT, "%-20s", t.getKey()));
      for (Confidence c : CONFIDENCES) {
        line.append(String.format(Locale.ROOT, " %12s", group(t.getValue().count(c))));
      }
      out.println(line);
    }
  }

  private static void row(PrintStream out, String format, String code, String name,
      String program, Cell c) {
    Object[] values = new Object[6 + Funder.values().length];
    values[0] = code.isEmpty() ? "-" : code;
    values[1] = name.length() > 40 ? name.substring(0, 40) : name;
    values[2] = program;
    values[3] = group(c.count(Status.ELIGIBLE));
    values[4] = group(c.count(Status.NOT_ELIGIBLE));
    values[5] = group(c.count(Status.UNDETERMINED));
    for (Funder f : Funder.values()) {
      values[6 + f.ordinal()] = amount(c.yearlyTotals, f);
    }
    out.printf(Locale.ROOT, format, values);
  }

  /** A funder's total, marked {@code >=} when it leaves out an amount that is not known. */
  static String amount(YearlyTotals totals, Funder f) {
    Rupiah r = totals.amount(f);
    return (totals.unknownAmounts().contains(f) ? ">= " : "") + r.format();
  }

  /** Thousands separated by commas, independently of the default locale. */
  static String group(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
