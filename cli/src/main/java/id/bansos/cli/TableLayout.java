package id.bansos.cli;

import id.bansos.core.household.AidProgram;
import id.bansos.core.household.ExtensionKey;
import id.bansos.jackson.ExtensionFacts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of the household table of {@code docs/csv-format.md}, shared by CSV and XLSX: one
 * row per person, the household's columns on its first row. Every column has an English and an
 * Indonesian name; a header may use either, column by column. Extension facts are columns too:
 * {@code household.NAME} (or {@code keluarga.NAME}) and {@code person.NAME} (or {@code
 * anggota.NAME}), NAME being the fact's own name.
 */
final class TableLayout {

  /** Whether a column describes the household (first row) or one person (every row). */
  enum Level { HOUSEHOLD, PERSON }

  /**
   * How a date is written besides {@code YYYY-MM-DD}, which is always read: not otherwise
   * ({@code ISO}), or as a spreadsheet shows it, {@code 15/03/1985} day first ({@code DMY}, as
   * Indonesian regional settings show it) or {@code 03/15/1985} month first ({@code MDY}), with
   * {@code /}, {@code .} or {@code -} between and a year of four digits.
   */
  enum DateOrder { ISO, DMY, MDY }

  /**
   * One column.
   *
   * @param english the English header name, also the column's identity
   * @param indonesian the Indonesian header name
   * @param level household or person
   * @param extension the extension fact, for an extension column
   */
  record Column(String english, String indonesian, Level level,
      Optional<ExtensionKey<?>> extension) {
    String name(boolean inIndonesian) {
      return inIndonesian ? indonesian : english;
    }

    // Written out rather than generated: a record's generated equals and hashCode build method
    // handles on their first call, tens of milliseconds of every run that reads a table
    // (docs/performance.md §3n).
    @Override
    public boolean equals(Object o) {
      return o instanceof Column other && english.equals(other.english)
          && indonesian.equals(other.indonesian) && level == other.level
          && extension.equals(other.extension);
    }

    @Override
    public int hashCode() {
      return ((english.hashCode() * 31 + indonesian.hashCode()) * 31 + level.hashCode()) * 31
          + extension.hashCode();
    }
  }

  static final Column KK = household("kk", "no_kk");
  static final Column DOMICILE = household("domicile", "domisili");
  static final Column SMALL_ISLAND = household("small_island", "pulau_kecil");
  static final Column REGISTER = household("register", "jenis_register");
  static final Column REGISTERED = household("registered", "terdaftar");
  static final Column DESIL = household("desil", "desil");
  static final Column REGISTER_CHECKED_ON =
      household("register_checked_on", "tanggal_cek_register");
  static final Map<AidProgram, Column> AID = aidColumns();
  static final Column PAST_GRANTS = household("past_grants", "hibah_sebelumnya");
  static final Column PAST_GRANTS_CHECKED =
      household("past_grants_checked", "hibah_sebelumnya_lengkap");
  static final Column KUBE_GROUP = household("kube_group", "kelompok_kube");
  static final Column KUBE_LIVE_NEAR = household("kube_live_near", "kube_berdekatan");

  static final Column NIK = person("nik", "nik");
  static final Column NAME = person("name", "nama");
  static final Column BIRTH_DATE = person("birth_date", "tanggal_lahir");
  static final Column DEATH_DATE = person("death_date", "tanggal_meninggal");
  static final Column SEX = person("sex", "jenis_kelamin");
  static final Column RELATIONSHIP = person("relationship", "hubungan_keluarga");
  static final Column MARITAL_STATUS = person("marital_status", "status_perkawinan");
  static final Column ABANDONED_BY_SPOUSE = person("abandoned_by_spouse", "ditinggal_pasangan");
  static final Column MAIN_BREADWINNER = person("main_breadwinner", "pencari_nafkah_utama");
  static final Column OCCUPATION = person("occupation", "pekerjaan");
  static final Column HAS_DISABILITY = person("has_disability", "penyandang_disabilitas");
  static final Column DISABILITY_KIND = person("disability_kind", "jenis_disabilitas");
  static final Column DISABILITY_SEVERITY = person("disability_severity", "tingkat_disabilitas");
  static final Column NEEDS_HELP_DAILY_LIVING =
      person("needs_help_daily_living", "butuh_bantuan_harian");
  static final Column REHABILITABLE = person("rehabilitable", "dapat_direhabilitasi");
  static final Column CHRONICALLY_ILL = person("chronically_ill", "sakit_kronis");
  static final Column SCHOOL_LEVEL = person("school_level", "jenjang_sekolah");
  static final Column MONTHLY_INCOME = person("monthly_income", "penghasilan_bulanan");
  static final Column LABOUR_SHOCK = person("labour_shock", "guncangan_kerja");
  static final Column LABOUR_SHOCK_DATE = person("labour_shock_date", "tanggal_guncangan_kerja");
  static final Column FATHER_ALIVE = person("father_alive", "ayah_hidup");
  static final Column FATHER_DEATH_DATE = person("father_death_date", "tanggal_ayah_meninggal");
  static final Column FATHER_DEATH_CAUSE = person("father_death_cause", "sebab_ayah_meninggal");
  static final Column MOTHER_ALIVE = person("mother_alive", "ibu_hidup");
  static final Column MOTHER_DEATH_DATE = person("mother_death_date", "tanggal_ibu_meninggal");
  static final Column MOTHER_DEATH_CAUSE = person("mother_death_cause", "sebab_ibu_meninggal");
  static final Column KUBE_PARTICIPANT = person("kube_participant", "peserta_kube");

  /**
   * A column of the file that is not read ({@code --column HEADER=-}): not one of the layout's,
   * and never among its {@link #BUILT_IN} columns.
   */
  static final Column LEFT_OUT = new Column("-", "-", Level.PERSON, Optional.empty());

  /** The built-in columns, in writing order. */
  static final List<Column> BUILT_IN = builtIn();

  private static final String HOUSEHOLD_PREFIX = "household.";
  private static final String HOUSEHOLD_PREFIX_ID = "keluarga.";
  private static final String PERSON_PREFIX = "person.";
  private static final String PERSON_PREFIX_ID = "anggota.";

  private final ExtensionFacts facts;
  private final DateOrder dates;
  private final Map<String, Column> byName = new HashMap<>();
  // The file's own header names that --column gives a column of the layout, in lower case.
  private final Map<String, Column> renamed = new HashMap<>();
  private boolean leaveOutUnnamed;

  /**
   * The layout for readers that accept the extension facts {@code facts}.
   *
   * @param facts the extension facts accepted as columns
   */
  TableLayout(ExtensionFacts facts) {
    this(facts, List.of(), DateOrder.ISO);
  }

  /**
   * The layout for readers that accept the extension facts {@code facts}, for a file whose
   * header names some columns its own way: {@code columns} gives, for a header cell of the file
   * (any case, space around it ignored), the name of the layout's column it holds (in English or
   * Indonesian, as a header would name it), or {@code -} for a column that is not to be read.
   *
   * @param facts the extension facts accepted as columns
   * @param columns the file's header names and what each is, in the order given
   * @param dates how a date is written besides {@code YYYY-MM-DD}
   * @throws IllegalArgumentException naming every problem: a name given that is not a column of
   *     the layout, a header given twice or empty, kk or nik left out with no other header given
   *     for it
   */
  TableLayout(ExtensionFacts facts, List<Map.Entry<String, String>> columns, DateOrder dates) {
    this.facts = facts;
    this.dates = dates;
    for (Column c : BUILT_IN) {
      byName.put(c.english(), c);
      byName.put(c.indonesian(), c);
    }
    List<String> problems = new ArrayList<>();
    Map<String, Column> leftOutIds = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : columns) {
      String header = cellName(e.getKey());
      String target = cellName(e.getValue());
      // The layout's own columns only: what another --column renames is no target, whatever
      // the order the options come in.
      Optional<Column> column = target.equals("-") ? Optional.of(LEFT_OUT) : ownColumn(target);
      Optional<Column> own = ownColumn(header);
      if (header.isEmpty() && target.equals("-")) {
        // --column "=-": the columns whose header is empty are not read, whatever they hold.
        leaveOutUnnamed = true;
      } else if (header.isEmpty()) {
        problems.add("a HEADER is needed before '=' (only '=-' may leave it empty: it leaves out"
            + " the columns whose header is empty)");
      } else if (target.isEmpty()) {
        problems.add("'" + header + "' needs a COLUMN: HEADER=COLUMN");
      } else if (column.isEmpty()) {
        problems.add("'" + target + "' (for '" + header + "') is not a column of the layout"
            + " (docs/csv-format.md)");
      } else if (renamed.putIfAbsent(header.toLowerCase(Locale.ROOT), column.get()) != null) {
        problems.add("'" + header + "' is given twice");
      } else if (column.get() == LEFT_OUT && own.isPresent()
          && (own.get() == KK || own.get() == NIK)) {
        leftOutIds.put(header, own.get());
      }
    }
    // The file's own kk or nik column may be left out only for another that --column names so.
    leftOutIds.forEach((header, id) -> {
      if (!renamed.containsValue(id)) {
        problems.add("'" + header + "' cannot be left out: every table needs its " + id.english()
            + " column, and no other --column gives it");
      }
    });
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("--column: " + String.join("; ", problems));
    }
  }

  /**
   * Whether the columns whose header cell is empty are left out ({@code --column "=-"}), such as
   * the unnamed index column a script writes first; otherwise a value under one stops the run.
   */
  boolean leavesOutUnnamed() {
    return leaveOutUnnamed;
  }

  /** How a date is written besides {@code YYYY-MM-DD}. */
  DateOrder dates() {
    return dates;
  }

  /** The extension facts this layout accepts. */
  ExtensionFacts facts() {
    return facts;
  }

  /**
   * The column a header cell names (in any case; an extension fact's name in another case only
   * when no other fact has it so), or that {@code --column} says it holds:
   * {@link #LEFT_OUT} for a column not to be read.
   *
   * @return the column, empty when the name is not a column of the layout
   */
  Optional<Column> column(String header) {
    String name = cellName(header);
    Column c = renamed.isEmpty() ? null : renamed.get(name.toLowerCase(Locale.ROOT));
    return c != null ? Optional.of(c) : ownColumn(name);
  }

  /** A header cell or name as it is compared: a no-break space is a space, none around it. */
  private static String cellName(String cell) {
    return cell.replace('\u00A0', ' ').strip();
  }

  /** The column of the layout that {@code name} (stripped) names, --column aside. */
  private Optional<Column> ownColumn(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    Column c = byName.get(lower);
    if (c != null) {
      return Optional.of(c);
    }
    for (String prefix : List.of(HOUSEHOLD_PREFIX, HOUSEHOLD_PREFIX_ID, PERSON_PREFIX,
        PERSON_PREFIX_ID)) {
      if (lower.startsWith(prefix)) {
        Level level = prefix.equals(HOUSEHOLD_PREFIX) || prefix.equals(HOUSEHOLD_PREFIX_ID)
            ? Level.HOUSEHOLD : Level.PERSON;
        return factKey(name.substring(prefix.length())).map(k -> extension(k, level));
      }
    }
    return Optional.empty();
  }

  /**
   * The extension fact named {@code name}: exactly, else in another case when only one fact has
   * that name in any case (a spreadsheet's header in capitals, {@code PERSON.UPTNAME}).
   */
  private Optional<ExtensionKey<?>> factKey(String name) {
    Optional<ExtensionKey<?>> exact = facts.key(name);
    if (exact.isPresent()) {
      return exact;
    }
    List<ExtensionKey<?>> any = facts.keys().stream()
        .filter(k -> k.name().equalsIgnoreCase(name)).toList();
    return any.size() == 1 ? Optional.of(any.get(0)) : Optional.empty();
  }

  /**
   * Whether {@code row} names both the {@link #KK} and the {@link #NIK} column: the two columns
   * every header has.
   */
  boolean namesKkAndNik(List<String> row) {
    boolean kk = false;
    boolean nik = false;
    for (String cell : row) {
      Optional<Column> c = cell == null ? Optional.empty() : column(cell);
      kk |= c.isPresent() && c.get() == KK;
      nik |= c.isPresent() && c.get() == NIK;
    }
    return kk && nik;
  }

  /**
   * The column of an extension fact.
   *
   * @param key the fact
   * @param level where it is recorded
   * @return the column
   */
  static Column extension(ExtensionKey<?> key, Level level) {
    return level == Level.HOUSEHOLD
        ? new Column(HOUSEHOLD_PREFIX + key.name(), HOUSEHOLD_PREFIX_ID + key.name(), level,
            Optional.of(key))
        : new Column(PERSON_PREFIX + key.name(), PERSON_PREFIX_ID + key.name(), level,
            Optional.of(key));
  }

  private static Column household(String en, String id) {
    return new Column(en, id, Level.HOUSEHOLD, Optional.empty());
  }

  private static Column person(String en, String id) {
    return new Column(en, id, Level.PERSON, Optional.empty());
  }

  private static Map<AidProgram, Column> aidColumns() {
    Map<AidProgram, Column> m = new EnumMap<>(AidProgram.class);
    for (AidProgram p : AidProgram.values()) {
      String code = p.name().toLowerCase(Locale.ROOT);
      m.put(p, household("aid_" + code, "bantuan_" + code));
    }
    return m;
  }

  private static List<Column> builtIn() {
    List<Column> all = new ArrayList<>(List.of(KK, DOMICILE, SMALL_ISLAND, REGISTER, REGISTERED,
        DESIL, REGISTER_CHECKED_ON));
    all.addAll(AID.values());
    all.addAll(List.of(PAST_GRANTS, PAST_GRANTS_CHECKED, KUBE_GROUP, KUBE_LIVE_NEAR));
    all.addAll(List.of(NIK, NAME, BIRTH_DATE, DEATH_DATE, SEX, RELATIONSHIP, MARITAL_STATUS,
        ABANDONED_BY_SPOUSE, MAIN_BREADWINNER, OCCUPATION, HAS_DISABILITY, DISABILITY_KIND,
        DISABILITY_SEVERITY, NEEDS_HELP_DAILY_LIVING, REHABILITABLE, CHRONICALLY_ILL,
        SCHOOL_LEVEL, MONTHLY_INCOME, LABOUR_SHOCK, LABOUR_SHOCK_DATE, FATHER_ALIVE,
        FATHER_DEATH_DATE, FATHER_DEATH_CAUSE, MOTHER_ALIVE, MOTHER_DEATH_DATE,
        MOTHER_DEATH_CAUSE, KUBE_PARTICIPANT));
    return List.copyOf(all);
  }
}
