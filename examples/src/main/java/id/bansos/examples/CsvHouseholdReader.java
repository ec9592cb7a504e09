package id.bansos.examples;

import static id.bansos.examples.CsvLayout.BIRTH_DATE;
import static id.bansos.examples.CsvLayout.CHRONICALLY_ILL;
import static id.bansos.examples.CsvLayout.DEATH_DATE;
import static id.bansos.examples.CsvLayout.DESIL;
import static id.bansos.examples.CsvLayout.DISABILITY_KIND;
import static id.bansos.examples.CsvLayout.DISABILITY_SEVERITY;
import static id.bansos.examples.CsvLayout.DOMICILE;
import static id.bansos.examples.CsvLayout.HAS_DISABILITY;
import static id.bansos.examples.CsvLayout.KK;
import static id.bansos.examples.CsvLayout.MARITAL_STATUS;
import static id.bansos.examples.CsvLayout.MONTHLY_INCOME;
import static id.bansos.examples.CsvLayout.NAME;
import static id.bansos.examples.CsvLayout.NEEDS_HELP_DAILY_LIVING;
import static id.bansos.examples.CsvLayout.NIK;
import static id.bansos.examples.CsvLayout.OCCUPATION;
import static id.bansos.examples.CsvLayout.PKH_COMPONENTS;
import static id.bansos.examples.CsvLayout.PREGNANT_OR_POSTPARTUM;
import static id.bansos.examples.CsvLayout.REGISTER;
import static id.bansos.examples.CsvLayout.REGISTERED;
import static id.bansos.examples.CsvLayout.REGISTER_CHECKED_ON;
import static id.bansos.examples.CsvLayout.REHABILITABLE;
import static id.bansos.examples.CsvLayout.RELATIONSHIP;
import static id.bansos.examples.CsvLayout.SCHOOL_LEVEL;
import static id.bansos.examples.CsvLayout.SEX;
import static id.bansos.examples.CsvLayout.SMALL_ISLAND;

import id.bansos.core.InvalidDataException;
import id.bansos.core.Problem;
import id.bansos.core.household.AidProgram;
import id.bansos.core.household.Disability;
import id.bansos.core.household.DisabilityKind;
import id.bansos.core.household.DisabilitySeverity;
import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutableHousehold;
import id.bansos.core.household.ImmutablePerson;
import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.Occupation;
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
import id.bansos.rules.program.pkh.NationalPkh;
import id.bansos.rules.program.pkh.PkhComponent;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the household CSV layout. Rows are grouped into households by consecutive equal {@code
 * kk} cells, so memory stays constant however long the file is. No message ever repeats a cell's
 * content: cells hold NIKs, numbers and names.
 */
final class CsvHouseholdReader implements HouseholdReader {

  static final InputFormat FORMAT = new InputFormat() {
    @Override
    public String name() {
      return "csv";
    }

    @Override
    public HouseholdReader open(BufferedReader in) throws IOException {
      return new CsvHouseholdReader(in);
    }
  };

  /**
   * A household larger than this is rejected and its further rows are counted but not kept, so
   * a file whose rows all carry one KK number cannot exhaust memory.
   */
  static final int MAX_MEMBERS = 100;

  private static final Pattern COLUMN_NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");
  private static final List<String> BOOLEAN_WORDS =
      List.of("true", "false", "ya", "tidak", "yes", "no", "y", "n", "1", "0");

  private final BufferedReader in;
  private final Map<String, Integer> index = new HashMap<>();
  private final int width;
  private int lineNumber;
  private Row pending;

  /** One physical row: its line, its grouping key, and its fields (null when unreadable). */
  private record Row(int line, String key, List<String> fields, Problem broken) {}

  private CsvHouseholdReader(BufferedReader in) throws IOException {
    this.in = in;
    String header = in.readLine();
    lineNumber = 1;
    if (header == null) {
      throw new InputFormatException("the input is empty; its first line must be the CSV header");
    }
    if (header.startsWith("\uFEFF")) {
      header = header.substring(1);
    }
    List<String> names = CsvLine.split(header);
    if (names.isEmpty()) {
      throw new InputFormatException("line 1 is not a CSV header (broken quotes)");
    }
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).strip().toLowerCase(Locale.ROOT);
      if (!CsvLayout.ALL.contains(name)) {
        // Echo the header cell only when it looks like a column name: a file without a header
        // would otherwise put a NIK or No. KK into the message.
        throw new InputFormatException("header column " + (i + 1)
            + (COLUMN_NAME.matcher(name).matches() ? " '" + name + "'" : "")
            + " is not a column of the layout (see docs/csv-format.md)");
      }
      if (index.put(name, i) != null) {
        throw new InputFormatException("header column '" + name + "' appears twice");
      }
    }
    for (String required : List.of(KK, NIK)) {
      if (!index.containsKey(required)) {
        throw new InputFormatException("the header has no '" + required + "' column");
      }
    }
    this.width = names.size();
  }

  @Override
  public Optional<HouseholdRecord> next() throws IOException {
    Row first = pending != null ? pending : readRow();
    pending = null;
    if (first == null) {
      return Optional.empty();
    }
    List<Row> rows = new ArrayList<>();
    rows.add(first);
    int count = 1;
    int last = first.line();
    // An empty KK cell cannot tie rows together: each such row is a record of its own.
    while (!first.key().isEmpty()) {
      Row r = readRow();
      if (r == null) {
        break;
      }
      if (!r.key().equals(first.key())) {
        pending = r;
        break;
      }
      count++;
      last = r.line();
      if (rows.size() <= MAX_MEMBERS) {
        rows.add(r);
      }
    }
    return Optional.of(build(rows, count, last));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private Row readRow() throws IOException {
    String line;
    do {
      line = in.readLine();
      if (line == null) {
        return null;
      }
      lineNumber++;
    } while (line.isBlank());
    List<String> fields = CsvLine.split(line);
    if (fields.isEmpty()) {
      return new Row(lineNumber, roughKey(line), null,
          new Problem("", "CSV_QUOTING", "the quotes of this line are not balanced"));
    }
    if (fields.size() != width) {
      return new Row(lineNumber, roughKey(line), null, new Problem("", "CSV_COLUMNS",
          "the line has " + fields.size() + " fields, the header has " + width));
    }
    return new Row(lineNumber, fields.get(index.get(KK)).strip(), fields, null);
  }

  /** The KK cell of an unreadable line, as well as it can be told, to keep its household whole. */
  private String roughKey(String line) {
    if (index.get(KK) != 0) {
      return "";
    }
    int comma = line.indexOf(',');
    return (comma < 0 ? line : line.substring(0, comma)).replace("\"", "").strip();
  }

  private HouseholdRecord build(List<Row> rows, int count, int lastLine) {
    List<RecordProblem> problems = new ArrayList<>();
    int firstLine = rows.get(0).line();
    if (count > MAX_MEMBERS) {
      problems.add(new RecordProblem(firstLine, new Problem(KK, "CSV_HOUSEHOLD_TOO_LARGE",
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
      // Still read the intact rows, so that the rejects file lists every problem at once.
      if (!intact.isEmpty()) {
        buildHousehold(intact, problems);
      }
      return new HouseholdRecord.Invalid(firstLine, lastLine, count, problems);
    }
    Optional<Household> household = buildHousehold(intact, problems);
    if (household.isEmpty()) {
      return new HouseholdRecord.Invalid(firstLine, lastLine, count, problems);
    }
    return new HouseholdRecord.Valid(household.get(), intact.stream().map(Row::line).toList());
  }

  private Optional<Household> buildHousehold(List<Row> rows, List<RecordProblem> problems) {
    int before = problems.size();
    Row head = rows.get(0);
    Cells h = new Cells(head, problems);
    for (int i = 1; i < rows.size(); i++) {
      Row r = rows.get(i);
      for (String column : CsvLayout.HOUSEHOLD_COLUMNS) {
        Integer at = index.get(column);
        if (at != null) {
          String value = r.fields().get(at).strip();
          if (!value.isEmpty() && !value.equals(head.fields().get(at).strip())) {
            problems.add(new RecordProblem(r.line(), new Problem(column, "CSV_HOUSEHOLD_MISMATCH",
                "differs from the household's first row; leave it empty or repeat the same value")));
          }
        }
      }
    }
    ImmutableHousehold.Builder b = Household.builder();
    try {
      b.kkNumber(KkNumber.parse(h.text(KK)));
    } catch (InvalidDataException e) {
      h.addAll(KK, e);
    }
    h.parsed(DOMICILE, RegionCode::parse).ifPresent(b::domicile);
    h.bool(SMALL_ISLAND).ifPresent(b::livesOnSmallIsland);
    registry(h).ifPresent(b::registry);
    for (AidProgram p : AidProgram.values()) {
      h.bool(CsvLayout.aidColumn(p)).ifPresent(v -> b.putAid(p, v));
    }
    Set<PkhComponent> components = EnumSet.noneOf(PkhComponent.class);
    for (String part : h.text(PKH_COMPONENTS).split(";", -1)) {
      if (!part.isBlank()) {
        h.enumValue(PKH_COMPONENTS, part, PkhComponent.class).ifPresent(components::add);
      }
    }
    if (!components.isEmpty()) {
      b.putExtensions(NationalPkh.COMPONENTS, Collections.unmodifiableSet(components));
    }
    List<Integer> lines = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      lines.add(r.line());
      person(new Cells(r, problems), "members[" + i + "]").ifPresent(b::addMembers);
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(b.build());
    } catch (InvalidDataException e) {
      for (Problem p : e.problems()) {
        problems.add(new RecordProblem(lineOf(p.path(), lines), p));
      }
      return Optional.empty();
    }
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

  private static Optional<RegistryStatus> registry(Cells h) {
    Optional<Register> register = h.enumValue(REGISTER, Register.class);
    Optional<Boolean> registered = h.bool(REGISTERED);
    Optional<Integer> desil = h.integer(DESIL);
    Optional<LocalDate> checkedOn = h.date(REGISTER_CHECKED_ON);
    if (register.isEmpty()) {
      if (registered.isPresent() || desil.isPresent() || checkedOn.isPresent()) {
        h.problem(REGISTER, "CSV_REGISTER_MISSING",
            "registered, desil or register_checked_on is given without the register (DTSEN or DTKS)");
      }
      return Optional.empty();
    }
    if (registered.isEmpty() || checkedOn.isEmpty()) {
      h.problem(registered.isEmpty() ? REGISTERED : REGISTER_CHECKED_ON, "CSV_REGISTER_INCOMPLETE",
          "when the register is given, registered and register_checked_on are needed too");
      return Optional.empty();
    }
    try {
      Optional<Desil> d = desil.isEmpty() ? Optional.empty() : Optional.of(Desil.of(desil.get()));
      return Optional.of(new RegistryStatus(register.get(), registered.get(), d, checkedOn.get()));
    } catch (InvalidDataException e) {
      h.addAll(DESIL, e);
      return Optional.empty();
    }
  }

  private static Optional<Person> person(Cells c, String path) {
    ImmutablePerson.Builder b = Person.builder();
    boolean nikOk = false;
    try {
      b.nik(Nik.parse(c.text(NIK)));
      nikOk = true;
    } catch (InvalidDataException e) {
      c.addAll(NIK, e);
    }
    String name = c.text(NAME);
    if (!name.isEmpty()) {
      b.name(name);
    }
    c.date(BIRTH_DATE).ifPresent(b::birthDate);
    c.date(DEATH_DATE).ifPresent(b::deathDate);
    c.enumValue(SEX, Sex.class).ifPresent(b::sex);
    c.enumValue(RELATIONSHIP, Relationship.class).ifPresent(b::relationship);
    c.enumValue(MARITAL_STATUS, MaritalStatus.class).ifPresent(b::maritalStatus);
    c.enumValue(OCCUPATION, Occupation.class).ifPresent(b::occupation);
    c.bool(HAS_DISABILITY).ifPresent(b::hasDisability);
    Optional<DisabilityKind> kind = c.enumValue(DISABILITY_KIND, DisabilityKind.class);
    Optional<DisabilitySeverity> severity =
        c.enumValue(DISABILITY_SEVERITY, DisabilitySeverity.class);
    Optional<Boolean> help = c.bool(NEEDS_HELP_DAILY_LIVING);
    Optional<Boolean> rehabilitable = c.bool(REHABILITABLE);
    if (kind.isPresent()) {
      b.addDisabilities(new Disability(kind.get(), severity, help, rehabilitable));
    } else if (severity.isPresent() || help.isPresent() || rehabilitable.isPresent()) {
      c.problem(DISABILITY_KIND, "CSV_DISABILITY_WITHOUT_KIND",
          "disability facts are given without the disability kind");
    }
    c.bool(CHRONICALLY_ILL).ifPresent(b::chronicallyIll);
    c.bool(PREGNANT_OR_POSTPARTUM)
        .ifPresent(v -> b.putExtensions(NationalPkh.PREGNANT_OR_POSTPARTUM, v));
    c.enumValue(SCHOOL_LEVEL, SchoolLevel.class).ifPresent(b::schoolLevel);
    c.parsed(MONTHLY_INCOME, Rupiah::parse).ifPresent(b::monthlyIncome);
    if (!nikOk || c.failed()) {
      return Optional.empty();
    }
    try {
      return Optional.of(b.build());
    } catch (InvalidDataException e) {
      c.addAll(path, e);
      return Optional.empty();
    }
  }

  /** Typed access to the cells of one row; every failure becomes a problem on that row's line. */
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

    String text(String column) {
      Integer at = index.get(column);
      return at == null ? "" : row.fields().get(at).strip();
    }

    void problem(String column, String code, String message) {
      sink.add(new RecordProblem(row.line(), new Problem(column, code, message)));
    }

    void addAll(String prefix, InvalidDataException e) {
      for (Problem p : e.problems()) {
        sink.add(new RecordProblem(row.line(), p.under(prefix)));
      }
    }

    <T> Optional<T> parsed(String column, java.util.function.Function<String, T> parser) {
      String s = text(column);
      if (s.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(parser.apply(s));
      } catch (InvalidDataException e) {
        addAll(column, e);
        return Optional.empty();
      }
    }

    Optional<Boolean> bool(String column) {
      String s = text(column).toLowerCase(Locale.ROOT);
      if (s.isEmpty()) {
        return Optional.empty();
      }
      int at = BOOLEAN_WORDS.indexOf(s);
      if (at < 0) {
        problem(column, "CSV_BOOLEAN", "expected true/false (also ya/tidak, yes/no, 1/0)");
        return Optional.empty();
      }
      return Optional.of(at % 2 == 0);
    }

    Optional<LocalDate> date(String column) {
      String s = text(column);
      if (s.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(s));
      } catch (DateTimeParseException e) {
        problem(column, "CSV_DATE", "expected a date written YYYY-MM-DD");
        return Optional.empty();
      }
    }

    Optional<Integer> integer(String column) {
      String s = text(column);
      if (s.isEmpty()) {
        return Optional.empty();
      }
      if (s.length() > 9 || !s.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
        problem(column, "CSV_NUMBER", "expected a whole number");
        return Optional.empty();
      }
      return Optional.of(Integer.parseInt(s));
    }

    <E extends Enum<E>> Optional<E> enumValue(String column, Class<E> type) {
      String s = text(column);
      return s.isEmpty() ? Optional.empty() : enumValue(column, s, type);
    }

    <E extends Enum<E>> Optional<E> enumValue(String column, String value, Class<E> type) {
      String constant = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(constant)) {
          return Optional.of(e);
        }
      }
      problem(column, "CSV_VALUE", "expected one of "
          + Arrays.toString(type.getEnumConstants()).replace("[", "").replace("]", ""));
      return Optional.empty();
    }
  }
}
