package id.bansos.cli;

import id.bansos.core.household.Household;
import id.bansos.core.household.Person;
import id.bansos.core.identity.Nik;
import id.bansos.rules.Assessment;
import id.bansos.rules.Beneficiary;
import id.bansos.rules.CatalogStamp;
import id.bansos.rules.Determination;
import id.bansos.rules.GroupAssessment;
import id.bansos.rules.MissingFact;
import id.bansos.rules.Funder;
import id.bansos.rules.Status;
import id.bansos.rules.YearlyTotals;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The determination rows of the screening's outputs, one per household and program, as cells
 * (texts and whole numbers) that the CSV and XLSX writers format. Beneficiaries are named by the
 * input line of their row (table input) or by their path in the household document, {@code
 * members[1]} (JSON Lines input, where one line holds the whole family), never by NIK, so the
 * output repeats no more personal data than the No. KK.
 */
final class DeterminationRows {

  private static final Funder[] FUNDERS = Funder.values();
  static final List<String> COLUMNS = columns();
  /** The columns that hold rupiah. */
  static final int FIRST_AMOUNT = 9;
  static final int LAST_AMOUNT = 9 + FUNDERS.length;
  /**
   * The rejects' columns; {@code group} names the group of a group's reject (its
   * {@code kube_group}), empty for a household's.
   */
  static final List<String> REJECT_COLUMNS =
      List.of("first_line", "last_line", "line", "path", "code", "message", "group");
  static final List<String> GROUP_COLUMNS = groupColumns();
  /** The columns of {@link #GROUP_COLUMNS} that hold rupiah. */
  static final int GROUP_FIRST_AMOUNT = 13;
  static final int GROUP_LAST_AMOUNT = 13 + FUNDERS.length;

  /**
   * The columns: the yearly total of all funders, then one per funder ({@code
   * yearly_total_apbd_provinsi_idr}...), then the funders whose amounts are not all known, the
   * deciding reasons, and last the stamp of the rules that decided ({@code catalog}, {@code
   * catalog_fingerprint}, {@code library_version}): on every row, so that a row copied, filtered
   * or merged with another run's rows still says which rules made it.
   */
  private static List<String> columns() {
    List<String> c = new ArrayList<>(List.of("kk", "first_line", "last_line", "regency_code",
        "regency", "domicile", "program", "status", "beneficiary_lines"));
    return decisionColumns(c);
  }

  /**
   * The columns of the group determinations: the group, the program and the row's unit ({@code
   * group} for the group's own decision, then {@code family} for each member family's part in
   * it), the family's No. KK, lines and regency, the status, the group's size and qualifying
   * families, the participant's line, and then the same amount, reason and stamp columns as
   * the households' determinations.
   */
  private static List<String> groupColumns() {
    List<String> c = new ArrayList<>(List.of("group", "program", "unit", "kk", "first_line",
        "last_line", "regency_code", "regency", "status", "families", "qualifying_families",
        "participant_line", "beneficiary_lines"));
    return decisionColumns(c);
  }

  /** {@code first} followed by the columns of {@link #decisionCells}, as an immutable list. */
  private static List<String> decisionColumns(List<String> first) {
    List<String> c = new ArrayList<>(first);
    c.add("yearly_total_idr");
    for (Funder f : FUNDERS) {
      c.add("yearly_total_" + f.name().toLowerCase(Locale.ROOT) + "_idr");
    }
    c.addAll(List.of("unknown_amounts", "weakest_confidence", "reason_codes", "missing_facts",
        "catalog", "catalog_fingerprint", "library_version"));
    return List.copyOf(c);
  }

  private DeterminationRows() {}

  /** The three stamp cells of {@code stamp}: catalog, fingerprint, library version. */
  static String[] stampCells(CatalogStamp stamp) {
    return new String[] {stamp.catalog(), stamp.fingerprint().toString(), stamp.libraryVersion()};
  }

  /**
   * The rows of one assessment; {@code stamp} is {@link #stampCells} of the assessment's stamp,
   * made once per run.
   */
  static List<Object[]> rows(HouseholdRecord.Valid record, Assessment assessment,
      boolean byMemberPath, String[] stamp) {
    Household h = record.household();
    Regencies.Key regency = Regencies.of(h);
    String domicile = h.domicile().map(Object::toString).orElse("");
    List<Object[]> rows = new ArrayList<>(assessment.determinations().size());
    for (Determination d : assessment.determinations()) {
      Object[] row = new Object[COLUMNS.size()];
      int i = 0;
      row[i++] = h.kkNumber().value();
      row[i++] = (long) record.firstLine();
      row[i++] = (long) record.lastLine();
      row[i++] = regency.code();
      row[i++] = regency.name();
      row[i++] = domicile;
      row[i++] = d.programCode();
      row[i++] = d.status().name();
      row[i++] = beneficiaryLines(record, d, byMemberPath);
      decisionCells(row, i, d, stamp);
      rows.add(row);
    }
    return rows;
  }

  static List<Object[]> rejects(HouseholdRecord.Invalid bad) {
    List<Object[]> rows = new ArrayList<>(bad.problems().size());
    for (RecordProblem p : bad.problems()) {
      rows.add(new Object[] {(long) bad.firstLine(), (long) bad.lastLine(), (long) p.line(),
          p.problem().path(), p.problem().code(), p.problem().message(), ""});
    }
    return rows;
  }

  /** The reject rows of a group that is not decided, one per problem. */
  static List<Object[]> rejects(Groups.Pending group, List<RecordProblem> problems) {
    List<Object[]> rows = new ArrayList<>(problems.size());
    for (RecordProblem p : problems) {
      rows.add(new Object[] {(long) group.firstLine, (long) group.lastLine, (long) p.line(),
          p.problem().path(), p.problem().code(), p.problem().message(), group.name});
    }
    return rows;
  }

  /**
   * The rows of one group assessment: the group's own, then one per member family in the
   * group's order. Beneficiaries are named by the input line of the participant's row.
   */
  static List<Object[]> groupRows(Groups.Pending group, GroupAssessment assessment,
      String[] stamp) {
    List<Object[]> rows = new ArrayList<>(1 + group.families.size());
    Map<Nik, Integer> participantLines = new HashMap<>();
    for (Groups.Family f : group.families) {
      participantLines.put(f.participant(), f.participantLine());
    }
    Regencies.Key regency = Regencies.of(group.families.get(0).household());
    rows.add(groupRow(group.name, "group", "", group.firstLine, group.lastLine, regency,
        assessment.determination(), (long) group.families.size(),
        (long) assessment.qualifyingFamilies(), "", participantLines, stamp));
    for (int i = 0; i < group.families.size(); i++) {
      Groups.Family f = group.families.get(i);
      GroupAssessment.Family part = assessment.families().get(i);
      rows.add(groupRow(group.name, "family", f.household().kkNumber().value(), f.firstLine(),
          f.lastLine(), Regencies.of(f.household()), part.determination(), "", "",
          (long) f.participantLine(), participantLines, stamp));
    }
    return rows;
  }

  private static Object[] groupRow(String group, String unit, String kk, int firstLine,
      int lastLine, Regencies.Key regency, Determination d, Object families, Object qualifying,
      Object participantLine, Map<Nik, Integer> participantLines, String[] stamp) {
    Object[] row = new Object[GROUP_COLUMNS.size()];
    int i = 0;
    row[i++] = group;
    row[i++] = d.programCode();
    row[i++] = unit;
    row[i++] = kk;
    row[i++] = (long) firstLine;
    row[i++] = (long) lastLine;
    row[i++] = regency.code();
    row[i++] = regency.name();
    row[i++] = d.status().name();
    row[i++] = families;
    row[i++] = qualifying;
    row[i++] = participantLine;
    StringBuilder lines = new StringBuilder();
    for (Beneficiary b : d.beneficiaries()) {
      Integer line = b.member().map(participantLines::get).orElse(null);
      if (lines.length() > 0) {
        lines.append(';');
      }
      lines.append(line == null ? "household" : line.toString());
    }
    row[i++] = lines.toString();
    decisionCells(row, i, d, stamp);
    return row;
  }

  /**
   * The cells every determination row ends with, from {@code i} on: the yearly totals (all
   * funders, then each), the funders with amounts not known, the weakest confidence, the deciding
   * codes, the missing facts, and the stamp.
   */
  private static void decisionCells(Object[] row, int i, Determination d, String[] stamp) {
    if (d.isEligible()) {
      YearlyTotals totals = d.yearlyTotals();
      row[i++] = totals.total().amount();
      for (Funder f : FUNDERS) {
        row[i++] = totals.amount(f).amount();
      }
      StringBuilder unknown = new StringBuilder();
      for (Funder f : totals.unknownAmounts()) {
        unknown.append(unknown.length() > 0 ? ";" : "").append(f.name());
      }
      row[i++] = unknown.toString();
    } else {
      // Only an eligible determination pays anything.
      for (int f = 0; f <= FUNDERS.length; f++) {
        row[i++] = 0L;
      }
      row[i++] = "";
    }
    row[i++] = d.weakestConfidence().name();
    List<String> codes = d.decidingCodes();
    // One code, the usual case, is the criterion's own text, which appendCsv then knows.
    row[i++] = codes.size() == 1 ? codes.get(0) : String.join(";", codes);
    row[i++] = missingFacts(d);
    for (String cell : stamp) {
      row[i++] = cell;
    }
  }

  private static String beneficiaryLines(HouseholdRecord.Valid record, Determination d,
      boolean byMemberPath) {
    if (d.beneficiaries().isEmpty()) {
      return "";
    }
    List<Person> members = record.household().members();
    StringBuilder lines = new StringBuilder();
    for (Beneficiary b : d.beneficiaries()) {
      if (lines.length() > 0) {
        lines.append(';');
      }
      if (b.member().isEmpty()) {
        lines.append("household");
        continue;
      }
      Nik nik = b.member().get();
      for (int i = 0; i < members.size(); i++) {
        if (members.get(i).nik().equals(nik)) {
          lines.append(byMemberPath ? "members[" + i + "]"
              : Integer.toString(record.memberLines().get(i)));
        }
      }
    }
    return lines.toString();
  }

  /**
   * The facts still needed, for UNDETERMINED, each in its masked form ("member
   * 3526**********02: birthDate"), {@code ;}-separated.
   */
  private static String missingFacts(Determination d) {
    if (d.status() != Status.UNDETERMINED) {
      return "";
    }
    List<MissingFact> facts = d.missingFacts();
    if (facts.size() == 1) {
      return facts.get(0).toString();
    }
    // Two facts may read the same once masked; each text is shown once. Few facts are missing
    // at a time, so a list is the cheaper set.
    List<String> texts = new ArrayList<>(facts.size());
    for (MissingFact m : facts) {
      String text = m.toString();
      if (!texts.contains(text)) {
        texts.add(text);
      }
    }
    return String.join(";", texts);
  }

  /** Appends one CSV line (RFC 4180 quoting, {@code \n} terminated) of {@code cells}. */
  static void appendCsv(StringBuilder sb, Object[] cells) {
    appendCsv(sb, cells, null);
  }

  /** How many texts {@link #appendCsv(StringBuilder, Object[], Object[])} remembers a column. */
  private static final int KNOWN_PER_COLUMN = 8;

  /** The memory of {@link #appendCsv(StringBuilder, Object[], Object[])} for rows this wide. */
  static Object[] knownTexts(int columns) {
    return new Object[columns * KNOWN_PER_COLUMN];
  }

  /**
   * As {@link #appendCsv(StringBuilder, Object[])}, remembering in {@code known} ({@link
   * #knownTexts}) the last few texts of each column that were all ASCII and needed no quotes:
   * most columns repeat the same few texts (program codes, statuses, reason codes, regency names,
   * the stamp), which are then not scanned again; null to remember nothing.
   *
   * @return whether every character appended is ASCII, so that the text's UTF-8 bytes are its
   *     ISO 8859-1 bytes, which the JDK copies without a scan
   */
  static boolean appendCsv(StringBuilder sb, Object[] cells, Object[] known) {
    boolean ascii = true;
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      Object cell = cells[i];
      if (cell instanceof Long n) {
        sb.append(n.longValue());
        continue;
      }
      if (known != null && isKnown(known, i * KNOWN_PER_COLUMN, cell)) {
        sb.append((String) cell);
        continue;
      }
      String value = (String) cell;
      boolean quote = false;
      boolean plain = true;
      for (int j = 0; j < value.length(); j++) {
        char c = value.charAt(j);
        if (c >= 0x80) {
          plain = false;
        } else if (c == ',' || c == '"' || c == '\n' || c == '\r') {
          quote = true;
        }
      }
      ascii &= plain;
      if (!quote) {
        sb.append(value);
        if (known != null && plain) {
          // The newest first: the oldest is forgotten.
          int at = i * KNOWN_PER_COLUMN;
          System.arraycopy(known, at, known, at + 1, KNOWN_PER_COLUMN - 1);
          known[at] = value;
        }
        continue;
      }
      sb.append('"');
      for (int j = 0; j < value.length(); j++) {
        char c = value.charAt(j);
        if (c == '"') {
          sb.append('"');
        }
        sb.append(c);
      }
      sb.append('"');
    }
    sb.append('\n');
    return ascii;
  }

  /** Whether {@code cell} is the very text of one of a column's slots from {@code at}. */
  private static boolean isKnown(Object[] known, int at, Object cell) {
    for (int k = at; k < at + KNOWN_PER_COLUMN; k++) {
      if (known[k] == cell) {
        return cell != null;
      }
    }
    return false;
  }

  /** The CSV header line of {@code columns}. */
  static String csvHeader(List<String> columns) {
    return String.join(",", columns) + "\n";
  }
}
