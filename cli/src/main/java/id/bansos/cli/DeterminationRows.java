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
import java.nio.charset.StandardCharsets;
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
    Long firstLine = (long) record.firstLine();
    Long lastLine = (long) record.lastLine();
    for (Determination d : assessment.determinations()) {
      Object[] row = new Object[COLUMNS.size()];
      int i = 0;
      row[i++] = h.kkNumber().value();
      row[i++] = firstLine;
      row[i++] = lastLine;
      row[i++] = regency.code();
      row[i++] = regency.name();
      row[i++] = domicile;
      row[i++] = d.programCode();
      row[i++] = d.status().name();
      row[i++] = beneficiaryLines(record, d, byMemberPath);
      decisionCells(row, i, d, true, stamp);
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
    // The group is paid, to its account: a family's part names no beneficiary and no amount,
    // so that the rows of a group add up to what the group receives.
    boolean paid = unit.equals("group");
    StringBuilder lines = new StringBuilder();
    for (Beneficiary b : paid ? d.beneficiaries() : List.<Beneficiary>of()) {
      Integer line = b.member().map(participantLines::get).orElse(null);
      if (lines.length() > 0) {
        lines.append(';');
      }
      lines.append(line == null ? "household" : line.toString());
    }
    row[i++] = lines.toString();
    decisionCells(row, i, d, paid, stamp);
    return row;
  }

  /**
   * The cells every determination row ends with, from {@code i} on: the yearly totals (all
   * funders, then each; 0 unless {@code pays}), the funders with amounts not known, the weakest
   * confidence, the deciding codes, the missing facts, and the stamp.
   */
  private static void decisionCells(Object[] row, int i, Determination d, boolean pays,
      String[] stamp) {
    if (pays && d.isEligible()) {
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
  static void appendCsv(Utf8Text out, Object[] cells) {
    appendCsv(out, cells, null);
  }

  /** How many texts {@link #appendCsv(Utf8Text, Object[], Object[])} remembers a column. */
  private static final int KNOWN_PER_COLUMN = 8;

  /** The memory of {@link #appendCsv(Utf8Text, Object[], Object[])} for rows this wide. */
  static Object[] knownTexts(int columns) {
    // A text and its cell's bytes, quoted where needed, per slot.
    return new Object[columns * KNOWN_PER_COLUMN * 2];
  }

  /**
   * As {@link #appendCsv(Utf8Text, Object[])}, remembering in {@code known} ({@link
   * #knownTexts}) the last few texts of each column with their cell's bytes: most columns repeat
   * the same few texts (program codes, statuses, reason codes, regency names, the stamp), which
   * are then neither encoded nor scanned again; null to remember nothing.
   */
  static void appendCsv(Utf8Text out, Object[] cells, Object[] known) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      Object cell = cells[i];
      if (cell instanceof Long n) {
        out.append(n.longValue());
        continue;
      }
      int slots = i * KNOWN_PER_COLUMN * 2;
      byte[] encoded = known == null ? null : knownBytes(known, slots, cell);
      if (encoded == null) {
        encoded = csvCell((String) cell);
        if (known != null) {
          // The newest first: the oldest is forgotten.
          System.arraycopy(known, slots, known, slots + 2, KNOWN_PER_COLUMN * 2 - 2);
          known[slots] = cell;
          known[slots + 1] = encoded;
        }
      }
      out.append(encoded);
    }
    out.append('\n');
  }

  /** The bytes of the very text {@code cell} in a column's slots from {@code at}, or null. */
  private static byte[] knownBytes(Object[] known, int at, Object cell) {
    for (int k = at; k < at + KNOWN_PER_COLUMN * 2; k += 2) {
      if (known[k] == cell) {
        return (byte[]) known[k + 1];
      }
    }
    return null;
  }

  /** One cell's UTF-8 bytes, in quotes (and its quotes doubled) when it holds , " or a line end. */
  private static byte[] csvCell(String value) {
    byte[] encoded = value.getBytes(StandardCharsets.UTF_8);
    int quotes = 0;
    boolean quote = false;
    for (byte b : encoded) {
      if (b == '"') {
        quotes++;
      }
      quote |= b == ',' || b == '"' || b == '\n' || b == '\r';
    }
    if (!quote) {
      return encoded;
    }
    // Every byte of a multi-byte character is 0x80 or above, so none is taken for these.
    byte[] quoted = new byte[encoded.length + quotes + 2];
    int n = 0;
    quoted[n++] = '"';
    for (byte b : encoded) {
      if (b == '"') {
        quoted[n++] = '"';
      }
      quoted[n++] = b;
    }
    quoted[n] = '"';
    return quoted;
  }

  /** The CSV header line of {@code columns}. */
  static String csvHeader(List<String> columns) {
    return String.join(",", columns) + "\n";
  }
}
