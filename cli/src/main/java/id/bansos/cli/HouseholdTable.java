package id.bansos.cli;

import static id.bansos.cli.TableLayout.ABANDONED_BY_SPOUSE;
import static id.bansos.cli.TableLayout.BIRTH_DATE;
import static id.bansos.cli.TableLayout.CHRONICALLY_ILL;
import static id.bansos.cli.TableLayout.DEATH_DATE;
import static id.bansos.cli.TableLayout.DESIL;
import static id.bansos.cli.TableLayout.DISABILITY_KIND;
import static id.bansos.cli.TableLayout.DISABILITY_SEVERITY;
import static id.bansos.cli.TableLayout.DOMICILE;
import static id.bansos.cli.TableLayout.FATHER_ALIVE;
import static id.bansos.cli.TableLayout.FATHER_DEATH_CAUSE;
import static id.bansos.cli.TableLayout.FATHER_DEATH_DATE;
import static id.bansos.cli.TableLayout.HAS_DISABILITY;
import static id.bansos.cli.TableLayout.KK;
import static id.bansos.cli.TableLayout.KUBE_GROUP;
import static id.bansos.cli.TableLayout.KUBE_LIVE_NEAR;
import static id.bansos.cli.TableLayout.KUBE_PARTICIPANT;
import static id.bansos.cli.TableLayout.LABOUR_SHOCK;
import static id.bansos.cli.TableLayout.LABOUR_SHOCK_DATE;
import static id.bansos.cli.TableLayout.MAIN_BREADWINNER;
import static id.bansos.cli.TableLayout.MARITAL_STATUS;
import static id.bansos.cli.TableLayout.MONTHLY_INCOME;
import static id.bansos.cli.TableLayout.MOTHER_ALIVE;
import static id.bansos.cli.TableLayout.MOTHER_DEATH_CAUSE;
import static id.bansos.cli.TableLayout.MOTHER_DEATH_DATE;
import static id.bansos.cli.TableLayout.NAME;
import static id.bansos.cli.TableLayout.NEEDS_HELP_DAILY_LIVING;
import static id.bansos.cli.TableLayout.NIK;
import static id.bansos.cli.TableLayout.OCCUPATION;
import static id.bansos.cli.TableLayout.PAST_GRANTS;
import static id.bansos.cli.TableLayout.PAST_GRANTS_CHECKED;
import static id.bansos.cli.TableLayout.REGISTER;
import static id.bansos.cli.TableLayout.REGISTERED;
import static id.bansos.cli.TableLayout.REGISTER_CHECKED_ON;
import static id.bansos.cli.TableLayout.REHABILITABLE;
import static id.bansos.cli.TableLayout.RELATIONSHIP;
import static id.bansos.cli.TableLayout.SCHOOL_LEVEL;
import static id.bansos.cli.TableLayout.SEX;
import static id.bansos.cli.TableLayout.SMALL_ISLAND;

import id.bansos.cli.TableLayout.Column;
import id.bansos.cli.TableLayout.Level;
import id.bansos.core.InvalidDataException;
import id.bansos.core.Problem;
import id.bansos.core.household.AidProgram;
import id.bansos.core.household.DeathCause;
import id.bansos.core.household.Disability;
import id.bansos.core.household.DisabilityKind;
import id.bansos.core.household.DisabilitySeverity;
import id.bansos.core.household.ExtensionKey;
import id.bansos.core.household.GrantType;
import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutableHousehold;
import id.bansos.core.household.ImmutablePerson;
import id.bansos.core.household.LabourShock;
import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.ParentStatus;
import id.bansos.core.household.PastGrant;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.household.SchoolLevel;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import id.bansos.core.money.Rupiah;
import id.bansos.core.region.RegionCode;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.Register;
import id.bansos.core.registry.RegistryStatus;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the rows of a household table (CSV or XLSX, the layout of {@link TableLayout}) into
 * household records: rows are grouped into households by consecutive equal {@code kk} cells, so
 * memory stays constant however long the file is. The one household reader of tables: {@link
 * CsvSource} and {@link XlsxSource} only cut their files into rows. No message ever repeats a
 * cell's content: cells hold NIKs, numbers and names.
 */
final class HouseholdTable {

  /**
   * A household larger than this is rejected and its further rows are counted but not kept, so
   * a file whose rows all carry one KK number cannot exhaust memory.
   */
  static final int MAX_MEMBERS = 100;

  /** What separates the values of a set in one cell. */
  private static final Pattern LIST_SEPARATOR = Pattern.compile("[;,]");
  private static final String DIGITS_LOST = "XLSX_DIGITS_LOST";
  // No cell of a CSV row lost digits: empty, and never set.
  private static final BitSet NONE_LOST = new BitSet();
  // A header cell quoted in a message: letters first, no run of five digits and no ten digits in
  // all (a NIK or a No. KK, however written).
  private static final Pattern COLUMN_NAME = Pattern.compile(
      "(?!.*\\d{5})(?!(?:\\D*\\d){10})[A-Za-z][A-Za-z0-9_. /()-]{0,59}");
  // A date as a spreadsheet shows it (15/03/1985 under Indonesian regional settings), which a
  // CSV file saved by it carries as text.
  // A time after it, as a column formatted as a date and time shows one, is no part of the day.
  private static final Pattern SHOWN_DATE = Pattern.compile(
      "(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{2,4})(?:[ T]\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?)?");
  private static final List<String> BOOLEAN_WORDS =
      List.of("true", "false", "ya", "tidak", "yes", "no", "y", "n", "1", "0");

  private final Map<Column, Integer> index = new IdentityHashMap<>();
  private final TableLayout.DateOrder dates;
  /** The cell position of each column, by the column's identity, for the hot path. */
  private final Map<Column, Integer> position;
  /** The cell positions of the household columns, for the check of a household's other rows. */
  private final int[] householdAt;
  private final Column[] householdColumns;
  private final List<Column> extensions = new ArrayList<>();
  private final int width;
  // The positions of header cells left empty before or between named ones: a value under one
  // stops the run unless --column "=-" leaves them out. Empty for most tables.
  private final int[] unnamed;
  private final boolean leaveOutUnnamed;
  private final int kkAt;
  private final int nikAt;
  /** The cell position of {@code kube_group}, or -1 when the table has no such column. */
  private final int groupAt;
  private final RecordSink sink;
  private final List<Row> rows = new ArrayList<>();
  private int count;
  private int lastLine;
  // The line of a person's row without a No. KK that was put with the family above it: until the
  // next family starts, whose first row it may be as well (its No. KK left out there).
  private int kkEmptyLine = -1;
  // What rejects the family being gathered besides its rows: the person's row without a No. KK
  // just above it, which may be its own first row.
  private RecordProblem familyProblem;

  /**
   * One physical row: its line, its grouping key, its group cell (kept even when the row is
   * unreadable, so that a rejected family is still known to belong to its group), and its cells
   * (null when unreadable).
   */
  private record Row(int line, String key, String group, String[] cells, Problem broken) {}

  /**
   * Two cells of the header give one column: the same name twice, or a name and another that
   * {@code --column} reads as that column. The header names both kk and nik, so its cells are
   * quoted.
   */
  private static InputFormatException twice(List<String> header, int first, int second,
      Column column) {
    String a = header.get(first).replace('\u00A0', ' ').strip();
    String b = header.get(second).replace('\u00A0', ' ').strip();
    return new InputFormatException(a.equalsIgnoreCase(b)
        ? "header column '" + b + "' appears twice (columns " + (first + 1) + " and "
            + (second + 1) + ")"
        : "header columns '" + a + "' (column " + (first + 1) + ") and '" + b + "' (column "
            + (second + 1) + ") both give the layout's '" + column.english() + "' column"
            + " (--column HEADER=- leaves one out)");
  }

  /**
   * How a message names cell {@code i} of a header that is not a column of the layout: with its
   * text only when that looks like a column's name, so that a row taken for a header never puts
   * a NIK, a No. KK or a name-like value of digits into a message.
   */
  static String unknownColumn(int i, String name) {
    return "column " + (i + 1) + (COLUMN_NAME.matcher(name).matches()
        && !name.chars().allMatch(Character::isDigit) ? " '" + name + "'" : "");
  }

  /**
   * Reads the header.
   *
   * @param layout the columns accepted
   * @param header the header cells
   * @param sink where the households go
   * @throws InputFormatException when a column is unknown, doubled, or kk or nik is missing
   */
  HouseholdTable(TableLayout layout, List<String> header, RecordSink sink) {
    this.sink = sink;
    this.dates = layout.dates();
    if (header.isEmpty() || header.size() == 1 && header.get(0).isBlank()) {
      throw new InputFormatException("the first row must be the header of the household table");
    }
    List<String> unknown = new ArrayList<>();
    // Empty cells after the last name (a spreadsheet saves the separators of a wider range) are
    // no columns: a value under one is a cell beyond the header. Empty cells between names are
    // columns without a name, whose cells must be empty too.
    int named = header.size();
    while (named > 0 && blank(header.get(named - 1))) {
      named--;
    }
    List<Integer> blank = new ArrayList<>();
    for (int i = 0; i < named; i++) {
      String name = header.get(i).replace('\u00A0', ' ').strip();
      if (name.isEmpty()) {
        blank.add(i);
        continue;
      }
      Optional<Column> column = layout.column(name);
      if (column.isEmpty()) {
        unknown.add(unknownColumn(i, name));
        continue;
      }
      Column c = column.get();
      if (c == TableLayout.LEFT_OUT) {
        continue;
      }
      if (c.extension().isPresent()) {
        for (Column e : extensions) {
          if (e.equals(c)) {
            throw twice(header, index.get(e), i, e);
          }
        }
        extensions.add(c);
        c = extensions.get(extensions.size() - 1);
      }
      Integer earlier = index.put(c, i);
      if (earlier != null) {
        throw twice(header, earlier, i, c);
      }
    }
    if (!unknown.isEmpty()) {
      int shown = Math.min(unknown.size(), 20);
      throw new InputFormatException("not a column of the layout (docs/csv-format.md): "
          + String.join(", ", unknown.subList(0, shown))
          + (shown < unknown.size() ? " and " + (unknown.size() - shown) + " more" : "")
          + " (--column HEADER=COLUMN names the column a header"
          + " holds, --column HEADER=- leaves it out)");
    }
    for (Column required : List.of(KK, NIK)) {
      if (!index.containsKey(required)) {
        throw new InputFormatException("the header has no '" + required.english() + "' (or '"
            + required.indonesian() + "') column");
      }
    }
    this.width = named;
    this.unnamed = blank.stream().mapToInt(Integer::intValue).toArray();
    this.leaveOutUnnamed = layout.leavesOutUnnamed();
    this.kkAt = index.get(KK);
    this.nikAt = index.get(NIK);
    this.groupAt = index.getOrDefault(KUBE_GROUP, -1);
    this.position = index;
    List<Column> household = new ArrayList<>();
    for (Map.Entry<Column, Integer> e : index.entrySet()) {
      if (e.getKey().level() == Level.HOUSEHOLD) {
        household.add(e.getKey());
      }
    }
    household.sort(java.util.Comparator.comparing(index::get));
    this.householdColumns = household.toArray(new Column[0]);
    this.householdAt = household.stream().mapToInt(index::get).toArray();
  }

  /**
   * One data row. Cells beyond the header's width must be empty.
   *
   * @param line the row's line (CSV) or row number (XLSX), 1-based
   * @param cells the cells, {@code null} for a missing one
   */
  void row(int line, String[] cells) throws IOException, InterruptedException {
    row(line, cells, NONE_LOST);
  }


  /**
   * One data row of a workbook: as {@link #row(int, String[])}, but {@code lostDigits} marks the
   * cells that held a number of 16 digits or more, which a spreadsheet does not keep (only 15).
   * When the No. KK or the NIK is one of them, the row's household is rejected naming that
   * column rather than read with digits no one wrote.
   *
   * @param lostDigits the positions of such cells; read, not kept
   */
  void row(int line, String[] cells, BitSet lostDigits)
      throws IOException, InterruptedException {
    if (blank(cells)) {
      // An empty row (;;; as a spreadsheet saves one) holds no one: skipped, as above the header.
      return;
    }
    int n = cells.length;
    while (n > width && (cells[n - 1] == null || cells[n - 1].isBlank())) {
      n--;
    }
    Row r;
    int valueUnnamed = unnamed.length == 0 || leaveOutUnnamed ? -1 : valueUnnamed(cells);
    if (valueUnnamed >= 0) {
      // A column of values without a name, such as the index a script writes first: as an
      // unknown column, it stops the run rather than be read as nothing.
      throw new InputFormatException("column " + (valueUnnamed + 1) + " has no header, but line "
          + line + " holds a value in it: give the column its name in the header, or leave out"
          + " every column without a header with --column \"=-\"");
    }
    if (n > width) {
      // Keep the row with its household: the kk cell is still where the header says.
      String key = cells[kkAt] == null ? "" : cells[kkAt].strip();
      String group = groupAt < 0 || cells[groupAt] == null ? "" : cells[groupAt].strip();
      r = new Row(line, key, group, null, new Problem("", "CSV_COLUMNS",
          "the row has " + n + " cells, the header has " + width));
    } else {
      String[] c = n == width ? cells : Arrays.copyOf(cells, width);
      for (int i = 0; i < width; i++) {
        c[i] = stripped(c[i]);
      }
      Column lost = lostDigits.get(kkAt) ? KK : lostDigits.get(nikAt) ? NIK : null;
      r = lost == null
          ? new Row(line, c[kkAt], groupAt < 0 ? "" : c[groupAt], c, null)
          : new Row(line, c[kkAt], groupAt < 0 ? "" : c[groupAt], null,
              new Problem(lost.english(), DIGITS_LOST, "a number cell of 16 digits or more:"
                  + " a spreadsheet keeps only 15, so these may not be the digits written;"
                  + " write NIK and No. KK as text cells"));
    }
    boolean personWithoutKk = blank(r.key()) && nikAt < cells.length
        && TableStart.mayBeId(cells[nikAt]);
    if (personWithoutKk) {
      kkEmptyLine = line;
    }
    if (personWithoutKk && !rows.isEmpty() && !blank(rows.get(0).key())) {
      // A person's row without its No. KK under a family's rows: most likely the family's (a
      // merged cell keeps the number on its first row only). The family is rejected whole,
      // rather than decided without this member or this row read as a household of its own.
      // A row without a NIK-like number either (a total under the table) stays a record of its
      // own.
      r = new Row(line, rows.get(0).key(), r.group(), null, r.broken() != null ? r.broken()
          : new Problem(KK.english(), "CSV_KK_EMPTY", "the No. KK is empty on this row under"
              + " the family's rows: write it on every row (a merged cell holds it on its first"
              + " row only)"));
    }
    add(r);
  }

  /** Whether every cell is missing or blank. */
  private static boolean blank(String[] cells) {
    for (String c : cells) {
      if (!blank(c)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code cell} is missing, empty or white space, a no-break space counted as one. */
  private static boolean blank(String cell) {
    return cell == null || cell.replace('\u00A0', ' ').isBlank();
  }

  /** The first position under an empty header cell that holds a value, or -1. */
  private int valueUnnamed(String[] cells) {
    for (int i : unnamed) {
      if (i < cells.length && cells[i] != null && !cells[i].isBlank()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The cell without leading and trailing white space, "" for a missing one. Most cells are
   * empty or start and end with a printable ASCII character, and are kept as they are without
   * the search {@link String#strip} makes.
   */
  private static String stripped(String cell) {
    if (cell == null) {
      return "";
    }
    int last = cell.length() - 1;
    if (last < 0 || (plain(cell.charAt(0)) && plain(cell.charAt(last)))) {
      return cell;
    }
    return cell.strip();
  }

  /** Whether {@code c} is printable ASCII other than the space: never white space. */
  private static boolean plain(char c) {
    return c > ' ' && c < 0x7f;
  }

  /**
   * A row the file format could not read at all (broken quoting).
   *
   * @param line its line
   * @param problem what is wrong
   */
  void brokenRow(int line, Problem problem) throws IOException, InterruptedException {
    add(new Row(line, "", "", null, problem));
  }

  /** The end of the input: the last household. */
  void end() throws IOException, InterruptedException {
    flush();
  }

  private void add(Row r) throws IOException, InterruptedException {
    if (!rows.isEmpty()) {
      String key = rows.get(0).key();
      if (key.isEmpty() || !(r.key().equals(key) || sameFamilyRounded(rows.get(0), r))) {
        flush();
      }
    }
    if (!rows.isEmpty() && kkEmptyLine >= 0 && r.line() != kkEmptyLine) {
      // A row of the family above after the row without a No. KK: that row was inside the
      // family, so it is the family's own and says nothing of the family after it.
      kkEmptyLine = -1;
    }
    if (rows.isEmpty() && kkEmptyLine >= 0 && r.line() != kkEmptyLine) {
      // The family that follows a person's row without a No. KK: that row may be its first (the
      // head's, its number left out) as well as the family above's member. Both are rejected
      // rather than one of them decided without a member.
      if (!blank(r.key())) {
        familyProblem = new RecordProblem(r.line(), new Problem(KK.english(), "CSV_KK_EMPTY",
            "the person's row just above this family, line " + kkEmptyLine + ", has no No. KK:"
                + " it may be this family's first row; write the No. KK on every row"));
      }
      kkEmptyLine = -1;
    }
    count++;
    lastLine = r.line();
    if (rows.size() <= MAX_MEMBERS) {
      rows.add(r);
    }
  }

  /**
   * Whether {@code r} belongs to the household {@code first} begins although their No. KK
   * differ: one of the two came from a number cell that lost its last digits, and the other
   * agrees with it in the 15 a spreadsheet keeps (cut or rounded). The household is rejected
   * whole then, rather than decided without the member whose row lost them.
   */
  private static boolean sameFamilyRounded(Row first, Row r) {
    if (!kkLostDigits(first) && !kkLostDigits(r)) {
      return false;
    }
    String a = first.key();
    String b = r.key();
    if (a.length() != 16 || b.length() != 16 || !allDigits(a) || !allDigits(b)) {
      return false;
    }
    MathContext fifteen = new MathContext(15, RoundingMode.HALF_UP);
    return a.regionMatches(0, b, 0, 15)
        || new BigDecimal(a).round(fifteen).compareTo(new BigDecimal(b).round(fifteen)) == 0;
  }

  private static boolean kkLostDigits(Row r) {
    return r.broken() != null && r.broken().code().equals(DIGITS_LOST)
        && r.broken().path().equals(KK.english());
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private void flush() throws IOException, InterruptedException {
    if (rows.isEmpty()) {
      return;
    }
    List<Row> group = List.copyOf(rows);
    int n = count;
    int last = lastLine;
    RecordProblem besides = familyProblem;
    rows.clear();
    count = 0;
    familyProblem = null;
    // Building the household is most of the reading: the sink may do it on another thread.
    sink.acceptLater(() -> build(group, n, last, besides));
  }

  private HouseholdRecord build(List<Row> rows, int count, int lastLine,
      RecordProblem besides) {
    List<RecordProblem> problems = new ArrayList<>();
    int firstLine = rows.get(0).line();
    if (besides != null) {
      problems.add(besides);
    }
    if (count > MAX_MEMBERS) {
      problems.add(new RecordProblem(firstLine, new Problem(KK.english(),
          "CSV_HOUSEHOLD_TOO_LARGE",
          count + " rows share this No. KK; a household has at most " + MAX_MEMBERS)));
    }
    List<Row> intact = new ArrayList<>(rows.size());
    for (Row r : rows) {
      if (r.broken() != null) {
        problems.add(new RecordProblem(r.line(), r.broken()));
      } else {
        intact.add(r);
      }
    }
    if (intact.isEmpty() || !problems.isEmpty()) {
      // Still read the intact rows, so that the rejects list every problem at once.
      if (!intact.isEmpty()) {
        buildHousehold(intact, problems);
      }
      return new HouseholdRecord.Invalid(firstLine, lastLine, count, problems,
          rows.get(0).key(), group(rows));
    }
    Optional<HouseholdRecord.Valid> household = buildHousehold(intact, problems);
    if (household.isEmpty()) {
      return new HouseholdRecord.Invalid(firstLine, lastLine, count, problems,
          rows.get(0).key(), group(rows));
    }
    return household.get();
  }

  /** The group a rejected family names: its first non-empty {@code kube_group} cell. */
  private static String group(List<Row> rows) {
    for (Row r : rows) {
      if (!r.group().isEmpty()) {
        return r.group();
      }
    }
    return "";
  }

  private Optional<HouseholdRecord.Valid> buildHousehold(List<Row> rows,
      List<RecordProblem> problems) {
    int before = problems.size();
    Row head = rows.get(0);
    Cells h = new Cells(head, problems);
    for (int i = 1; i < rows.size(); i++) {
      Row r = rows.get(i);
      for (int k = 0; k < householdAt.length; k++) {
        int at = householdAt[k];
        String value = r.cells()[at];
        if (!value.isEmpty() && !value.equals(head.cells()[at])) {
          problems.add(new RecordProblem(r.line(), new Problem(householdColumns[k].english(),
              "CSV_HOUSEHOLD_MISMATCH", "differs from the household's first row;"
                  + " leave it empty or repeat the same value")));
        }
      }
    }
    ImmutableHousehold.Builder b = Household.builder();
    try {
      b.kkNumber(KkNumber.parse(h.text(KK)));
    } catch (InvalidDataException e) {
      h.addAll(KK.english(), e);
    }
    RegionCode domicile = h.parsed(DOMICILE, RegionCode::parse);
    if (domicile != null) {
      b.domicile(domicile);
    }
    Boolean smallIsland = h.bool(SMALL_ISLAND);
    if (smallIsland != null) {
      b.livesOnSmallIsland(smallIsland);
    }
    RegistryStatus registry = registry(h);
    if (registry != null) {
      b.registry(registry);
    }
    for (Map.Entry<AidProgram, Column> aid : TableLayout.AID.entrySet()) {
      Boolean receives = h.bool(aid.getValue());
      if (receives != null) {
        b.putAid(aid.getKey(), receives);
      }
    }
    if (!h.text(PAST_GRANTS).isEmpty()) {
      for (String part : h.text(PAST_GRANTS).split(";", -1)) {
        if (!part.isBlank()) {
          PastGrant grant = pastGrant(h, part);
          if (grant != null) {
            b.addPastGrants(grant);
          }
        }
      }
    }
    Boolean checked = h.bool(PAST_GRANTS_CHECKED);
    if (checked != null) {
      b.pastGrantsChecked(checked);
    }
    for (Column c : extensions) {
      if (c.level() == Level.HOUSEHOLD) {
        Object value = h.extension(c);
        if (value != null) {
          put(b, c.extension().get(), value);
        }
      }
    }
    Optional<String> group = h.text(KUBE_GROUP).isEmpty() ? Optional.empty()
        : Optional.of(h.text(KUBE_GROUP));
    Optional<Boolean> liveNear = Optional.ofNullable(h.bool(KUBE_LIVE_NEAR));
    if (group.isEmpty() && liveNear.isPresent()) {
      h.problem(KUBE_GROUP, "CSV_GROUP_MISSING", "kube_live_near is given without kube_group");
    }
    List<Integer> lines = new ArrayList<>(rows.size());
    Optional<Nik> participant = Optional.empty();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      lines.add(r.line());
      Cells c = new Cells(r, problems);
      Person person = person(c, i);
      if (person != null) {
        b.addMembers(person);
      }
      if (Boolean.TRUE.equals(c.bool(KUBE_PARTICIPANT)) && person != null) {
        if (group.isEmpty()) {
          c.problem(KUBE_PARTICIPANT, "CSV_GROUP_MISSING",
              "kube_participant is given without the household's kube_group");
        } else if (participant.isPresent()) {
          c.problem(KUBE_PARTICIPANT, "CSV_GROUP_PARTICIPANTS",
              "a family takes part in its group through one member only");
        } else {
          participant = Optional.of(person.nik());
        }
      }
    }
    if (group.isPresent() && participant.isEmpty() && problems.size() == before) {
      h.problem(KUBE_PARTICIPANT, "CSV_GROUP_PARTICIPANTS",
          "a family in a kube_group needs one member marked kube_participant");
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    Household household;
    try {
      household = b.build();
    } catch (InvalidDataException e) {
      for (Problem p : e.problems()) {
        problems.add(new RecordProblem(lineOf(p.path(), lines), p));
      }
      return Optional.empty();
    }
    Optional<Nik> chosen = participant;
    Optional<HouseholdRecord.Kube> kube =
        group.map(g -> new HouseholdRecord.Kube(g, liveNear, chosen.orElseThrow()));
    return Optional.of(new HouseholdRecord.Valid(household, lines, kube));
  }

  @SuppressWarnings("unchecked")
  private static <T> void put(ImmutableHousehold.Builder b, ExtensionKey<T> key, Object value) {
    b.putExtensions(key, (T) value);
  }

  @SuppressWarnings("unchecked")
  private static <T> void put(ImmutablePerson.Builder b, ExtensionKey<T> key, Object value) {
    b.putExtensions(key, (T) value);
  }

  /** The input line a problem of the built household is on: its member's row, else the first. */
  private static int lineOf(String path, List<Integer> lines) {
    if (path.startsWith("members[")) {
      int close = path.indexOf(']');
      try {
        int i = Integer.parseInt(path.substring("members[".length(), close));
        if (i >= 0 && i < lines.size()) {
          return lines.get(i);
        }
      } catch (RuntimeException e) {
        // fall through to the household's first line
      }
    }
    return lines.get(0);
  }

  /** One {@code TYPE:YEAR} of the past grants; null when absent or wrong (a problem then). */
  private static PastGrant pastGrant(Cells h, String part) {
    int colon = part.indexOf(':');
    GrantType type = colon < 0 ? null
        : h.enumValue(PAST_GRANTS, part.substring(0, colon), GrantType.class);
    String year = colon < 0 ? "" : part.substring(colon + 1).strip();
    if (colon < 0 || year.length() != 4 || !year.chars().allMatch(Character::isDigit)) {
      h.problem(PAST_GRANTS, "CSV_PAST_GRANT", "expected TYPE:YEAR, e.g. KUBE:2021, ;-separated");
      return null;
    }
    return type == null ? null : new PastGrant(type, Integer.parseInt(year));
  }

  /** The register columns as one status; null when empty or incomplete (a problem then). */
  private static RegistryStatus registry(Cells h) {
    Register register = h.enumValue(REGISTER, Register.class);
    Boolean registered = h.bool(REGISTERED);
    Integer desil = h.integer(DESIL);
    LocalDate checkedOn = h.date(REGISTER_CHECKED_ON);
    if (register == null) {
      if (registered != null || desil != null || checkedOn != null) {
        h.problem(REGISTER, "CSV_REGISTER_MISSING", "registered, desil or register_checked_on"
            + " is given without the register (DTSEN or DTKS)");
      }
      return null;
    }
    if (registered == null || checkedOn == null) {
      h.problem(registered == null ? REGISTERED : REGISTER_CHECKED_ON,
          "CSV_REGISTER_INCOMPLETE",
          "when the register is given, registered and register_checked_on are needed too");
      return null;
    }
    try {
      Optional<Desil> d = desil == null ? Optional.empty() : Optional.of(Desil.of(desil));
      return new RegistryStatus(register, registered, d, checkedOn);
    } catch (InvalidDataException e) {
      h.addAll(DESIL.english(), e);
      return null;
    }
  }

  /**
   * The person of one row, member {@code i} of the household; null when a cell or the person
   * has a problem, which is then among the row's problems.
   */
  private Person person(Cells c, int i) {
    ImmutablePerson.Builder b = Person.builder();
    boolean nikOk = false;
    try {
      b.nik(Nik.parse(c.text(NIK)));
      nikOk = true;
    } catch (InvalidDataException e) {
      c.addAll(NIK.english(), e);
    }
    String name = c.text(NAME);
    if (!name.isEmpty()) {
      b.name(name);
    }
    // Most cells of a row are empty: each is read as a value or null, without an Optional or a
    // setter made for it.
    LocalDate birth = c.date(BIRTH_DATE);
    if (birth != null) {
      b.birthDate(birth);
    }
    LocalDate death = c.date(DEATH_DATE);
    if (death != null) {
      b.deathDate(death);
    }
    Sex sex = c.enumValue(SEX, Sex.class);
    if (sex != null) {
      b.sex(sex);
    }
    Relationship relationship = c.enumValue(RELATIONSHIP, Relationship.class);
    if (relationship != null) {
      b.relationship(relationship);
    }
    MaritalStatus marital = c.enumValue(MARITAL_STATUS, MaritalStatus.class);
    if (marital != null) {
      b.maritalStatus(marital);
    }
    Boolean abandoned = c.bool(ABANDONED_BY_SPOUSE);
    if (abandoned != null) {
      b.abandonedBySpouse(abandoned);
    }
    Boolean breadwinner = c.bool(MAIN_BREADWINNER);
    if (breadwinner != null) {
      b.mainBreadwinner(breadwinner);
    }
    Occupation occupation = c.enumValue(OCCUPATION, Occupation.class);
    if (occupation != null) {
      b.occupation(occupation);
    }
    Boolean disabled = c.bool(HAS_DISABILITY);
    if (disabled != null) {
      b.hasDisability(disabled);
    }
    b.addAllDisabilities(disabilities(c));
    Boolean ill = c.bool(CHRONICALLY_ILL);
    if (ill != null) {
      b.chronicallyIll(ill);
    }
    SchoolLevel school = c.enumValue(SCHOOL_LEVEL, SchoolLevel.class);
    if (school != null) {
      b.schoolLevel(school);
    }
    Rupiah income = c.parsed(MONTHLY_INCOME, Rupiah::parse);
    if (income != null) {
      b.monthlyIncome(income);
    }
    LabourShock shock = c.enumValue(LABOUR_SHOCK, LabourShock.class);
    if (shock != null) {
      b.labourShock(shock);
    }
    LocalDate shockDate = c.date(LABOUR_SHOCK_DATE);
    if (shockDate != null) {
      b.labourShockDate(shockDate);
    }
    ParentStatus father = parent(c, FATHER_ALIVE, FATHER_DEATH_DATE, FATHER_DEATH_CAUSE);
    if (father != null) {
      b.father(father);
    }
    ParentStatus mother = parent(c, MOTHER_ALIVE, MOTHER_DEATH_DATE, MOTHER_DEATH_CAUSE);
    if (mother != null) {
      b.mother(mother);
    }
    for (Column e : extensions) {
      if (e.level() == Level.PERSON) {
        Object value = c.extension(e);
        if (value != null) {
          put(b, e.extension().get(), value);
        }
      }
    }
    if (!nikOk || c.failed()) {
      return null;
    }
    try {
      return b.build();
    } catch (InvalidDataException e) {
      c.addAll("members[" + i + "]", e);
      return null;
    }
  }

  /**
   * The disabilities: the four disability columns hold {@code ;}-separated lists read side by
   * side, one entry per disability; an empty entry is unknown.
   */
  private static List<Disability> disabilities(Cells c) {
    String kinds = c.text(DISABILITY_KIND);
    if (kinds.isEmpty() && c.text(DISABILITY_SEVERITY).isEmpty()
        && c.text(NEEDS_HELP_DAILY_LIVING).isEmpty() && c.text(REHABILITABLE).isEmpty()) {
      return List.of();
    }
    String[] severity = c.text(DISABILITY_SEVERITY).split(";", -1);
    String[] help = c.text(NEEDS_HELP_DAILY_LIVING).split(";", -1);
    String[] rehab = c.text(REHABILITABLE).split(";", -1);
    if (kinds.isEmpty()) {
      c.problem(DISABILITY_KIND, "CSV_DISABILITY_WITHOUT_KIND",
          "disability facts are given without the disability kind");
      return List.of();
    }
    String[] kind = kinds.split(";", -1);
    if (severity.length > kind.length || help.length > kind.length
        || rehab.length > kind.length) {
      c.problem(DISABILITY_KIND, "CSV_DISABILITY_WITHOUT_KIND",
          "more disability entries than disability kinds");
      return List.of();
    }
    List<Disability> out = new ArrayList<>(kind.length);
    for (int i = 0; i < kind.length; i++) {
      DisabilityKind k = c.enumValue(DISABILITY_KIND, kind[i], DisabilityKind.class);
      DisabilitySeverity s = i < severity.length && !severity[i].isBlank()
          ? c.enumValue(DISABILITY_SEVERITY, severity[i], DisabilitySeverity.class)
          : null;
      Boolean h = i < help.length ? c.bool(NEEDS_HELP_DAILY_LIVING, help[i]) : null;
      Boolean r = i < rehab.length ? c.bool(REHABILITABLE, rehab[i]) : null;
      if (k != null) {
        out.add(new Disability(k, Optional.ofNullable(s), Optional.ofNullable(h),
            Optional.ofNullable(r)));
      }
    }
    return out;
  }

  /** A parent's three columns as one status; null when empty or inconsistent (a problem then). */
  private static ParentStatus parent(Cells c, Column alive, Column deathDate,
      Column cause) {
    Boolean isAlive = c.bool(alive);
    LocalDate date = c.date(deathDate);
    DeathCause why = c.enumValue(cause, DeathCause.class);
    if (isAlive == null) {
      if (date != null || why != null) {
        c.problem(alive, "CSV_PARENT_INCOMPLETE",
            "a parent's death date or cause is given without " + alive.english());
      }
      return null;
    }
    if (isAlive) {
      if (date != null || why != null) {
        c.problem(alive, "CSV_PARENT_INCOMPLETE",
            "a living parent has no death date or cause");
        return null;
      }
      return ParentStatus.living();
    }
    return ParentStatus.deceased(Optional.ofNullable(date), Optional.ofNullable(why));
  }

  /**
   * Typed access to the cells of one row; every failure becomes a problem on that row's line.
   * Each read gives null for an empty cell (and for one that fails): most cells of a row are
   * empty, and reading them makes nothing.
   */
  private final class Cells {
    private final Row row;
    private final List<RecordProblem> sink;
    private final int start;

    Cells(Row row, List<RecordProblem> sink) {
      this.row = row;
      this.sink = sink;
      this.start = sink.size();
    }

    boolean failed() {
      return sink.size() > start;
    }

    String text(Column column) {
      Integer at = position.get(column);
      return at == null ? "" : row.cells()[at];
    }

    void problem(Column column, String code, String message) {
      sink.add(new RecordProblem(row.line(), new Problem(column.english(), code, message)));
    }

    void addAll(String prefix, InvalidDataException e) {
      for (Problem p : e.problems()) {
        sink.add(new RecordProblem(row.line(), p.under(prefix)));
      }
    }

    <T> T parsed(Column column, Function<String, T> parser) {
      String s = text(column);
      if (s.isEmpty()) {
        return null;
      }
      try {
        return parser.apply(s);
      } catch (InvalidDataException e) {
        addAll(column.english(), e);
        return null;
      }
    }

    Object extension(Column column) {
      String s = text(column);
      if (s.isEmpty()) {
        return null;
      }
      ExtensionKey<?> key = column.extension().orElseThrow();
      String text = switch (key.kind()) {
        case BOOLEAN -> {
          Boolean b = bool(column, s);
          yield b == null ? null : b.toString();
        }
        case ENUM -> normalized(s);
        case ENUM_SET -> {
          StringBuilder sb = new StringBuilder();
          for (String part : LIST_SEPARATOR.split(s, -1)) {
            if (!part.isBlank()) {
              sb.append(sb.length() == 0 ? "" : ",").append(normalized(part));
            }
          }
          yield sb.toString();
        }
        case RUPIAH -> {
          try {
            yield Long.toString(Rupiah.parse(s).amount());
          } catch (InvalidDataException e) {
            yield "-";
          }
        }
        default -> s;
      };
      if (text == null) {
        return null;
      }
      try {
        return key.parse(text);
      } catch (IllegalArgumentException e) {
        // The message names the fact and the expected form, never the cell.
        problem(column, "CSV_VALUE", e.getMessage());
        return null;
      }
    }

    Boolean bool(Column column) {
      return bool(column, text(column));
    }

    Boolean bool(Column column, String value) {
      if (value.isEmpty()) {
        return null;
      }
      switch (value) {
        case "true":
          return Boolean.TRUE;
        case "false":
          return Boolean.FALSE;
        default:
          break;
      }
      String s = value.strip().toLowerCase(Locale.ROOT);
      if (s.isEmpty()) {
        return null;
      }
      int at = BOOLEAN_WORDS.indexOf(s);
      if (at < 0) {
        problem(column, "CSV_BOOLEAN", "expected true/false (also ya/tidak, yes/no, 1/0)");
        return null;
      }
      return at % 2 == 0;
    }

    LocalDate date(Column column) {
      String s = text(column);
      if (s.isEmpty()) {
        return null;
      }
      if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
        int y = digits(s, 0, 4);
        int m = digits(s, 5, 7);
        int d = digits(s, 8, 10);
        if (y >= 0 && m >= 0 && d >= 0) {
          try {
            return plausible(column, LocalDate.of(y, m, d));
          } catch (java.time.DateTimeException e) {
            problem(column, "CSV_DATE", "the date does not exist in the calendar");
            return null;
          }
        }
      }
      Matcher shown = SHOWN_DATE.matcher(s);
      if (shown.matches() && dates != TableLayout.DateOrder.ISO) {
        return shownDate(column, shown);
      }
      try {
        return plausible(column, LocalDate.parse(s));
      } catch (DateTimeParseException e) {
        String hint = "";
        if (shown.matches()) {
          hint = shown.group(4).length() == 4 ? ", not as a spreadsheet shows a date: format the"
              + " column's dates as yyyy-mm-dd before saving (a date typed as text must be typed"
              + " again), or read them day first with --dates dmy (month first: --dates mdy)"
              : ", with a year of four digits: format the column's dates as yyyy-mm-dd before"
              + " saving (a year of two digits has no century)";
        }
        problem(column, "CSV_DATE", "expected a date written YYYY-MM-DD" + hint);
        return null;
      }
    }

    /**
     * {@code date}, or null with a problem when it is before 1900: no one registered today was
     * born then, and such a year is a typing slip or a year of two digits padded with zeros
     * ({@code 0085}), which read as written would make the person more than a hundred years old
     * (and the elderly programs pay them).
     */
    private LocalDate plausible(Column column, LocalDate date) {
      if (date.getYear() < 1900) {
        problem(column, "CSV_DATE", "a year before 1900 is most likely a typing slip or a year of"
            + " two digits: write the four digits of the year");
        return null;
      }
      return date;
    }

    /** A date as a spreadsheet shows it, read in the order --dates gives. */
    private LocalDate shownDate(Column column, Matcher shown) {
      String year = shown.group(4);
      if (year.length() != 4) {
        problem(column, "CSV_DATE", "expected a year of four digits (--dates "
            + dates.name().toLowerCase(Locale.ROOT) + ")");
        return null;
      }
      int first = Integer.parseInt(shown.group(1));
      int second = Integer.parseInt(shown.group(3));
      boolean dayFirst = dates == TableLayout.DateOrder.DMY;
      try {
        return plausible(column, LocalDate.of(Integer.parseInt(year), dayFirst ? second : first,
            dayFirst ? first : second));
      } catch (java.time.DateTimeException e) {
        problem(column, "CSV_DATE", "not a date, read " + (dayFirst ? "day" : "month")
            + " first (--dates " + dates.name().toLowerCase(Locale.ROOT) + ")");
        return null;
      }
    }

    Integer integer(Column column) {
      String s = text(column);
      if (s.isEmpty()) {
        return null;
      }
      if (s.length() > 9 || !s.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
        problem(column, "CSV_NUMBER", "expected a whole number");
        return null;
      }
      return Integer.parseInt(s);
    }

    <E extends Enum<E>> E enumValue(Column column, Class<E> type) {
      String s = text(column);
      return s.isEmpty() ? null : enumValue(column, s, type);
    }

    <E extends Enum<E>> E enumValue(Column column, String value, Class<E> type) {
      Map<String, Object> named = NAMED.get(type);
      Object code = named.get(value);
      if (code == null) {
        code = named.get(normalized(value));
      }
      if (code != null) {
        return type.cast(code);
      }
      problem(column, "CSV_VALUE", "expected one of "
          + Arrays.toString(type.getEnumConstants()).replace("[", "").replace("]", "")
          + (IndonesianCodes.covers(type) ? " (or its Indonesian word, docs/csv-format.md)"
              : ""));
      return null;
    }
  }

  /**
   * Each enum's constants by name and by their Indonesian words ({@link IndonesianCodes}), in
   * upper case with {@code _} for spaces and dashes: a cell is looked up as written (the common
   * case), then so normalized.
   */
  private static final ClassValue<Map<String, Object>> NAMED = new ClassValue<>() {
    @Override
    protected Map<String, Object> computeValue(Class<?> type) {
      Map<String, Object> m = new java.util.HashMap<>(IndonesianCodes.wordsOf(type));
      for (Object c : type.getEnumConstants()) {
        m.put(((Enum<?>) c).name(), c);
      }
      return Map.copyOf(m);
    }
  };

  /** The whole number written in s[from, to), or -1 when it is not all ASCII digits. */
  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private static String normalized(String code) {
    return code.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
  }
}
