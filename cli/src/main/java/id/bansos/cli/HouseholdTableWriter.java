package id.bansos.cli;

import id.bansos.cli.TableLayout.Column;
import id.bansos.cli.TableLayout.Level;
import id.bansos.core.household.AidProgram;
import id.bansos.core.household.Disability;
import id.bansos.core.household.ExtensionKey;
import id.bansos.core.household.Household;
import id.bansos.core.household.ParentStatus;
import id.bansos.core.household.Person;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.jackson.ExtensionFacts;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes households in the table layout of {@code docs/csv-format.md} as CSV or XLSX: a header
 * (English or Indonesian names), then one row per person, the household's columns on its first
 * row only; an absent fact is an empty cell. Every cell is text, so a NIK never turns into a
 * rounded number in Excel. The output holds personal data: it is meant for the office's own
 * files.
 */
abstract class HouseholdTableWriter implements AutoCloseable {

  /** The provincial catalog's household-level extension facts; the others are per person. */
  private static final Set<String> HOUSEHOLD_FACTS =
      Set.of("pkhComponents", "proposedByRegentOrMayor");

  private final List<Column> columns;

  HouseholdTableWriter(ExtensionFacts facts) {
    List<Column> all = new ArrayList<>(TableLayout.BUILT_IN);
    for (ExtensionKey<?> key : facts.keys()) {
      all.add(TableLayout.extension(key,
          HOUSEHOLD_FACTS.contains(key.name()) ? Level.HOUSEHOLD : Level.PERSON));
    }
    this.columns = List.copyOf(all);
  }

  private HouseholdTableWriter(List<Column> columns) {
    this.columns = columns;
  }

  /** The header names. */
  List<String> header(boolean indonesian) {
    return columns.stream().map(c -> c.name(indonesian)).toList();
  }

  /** Writes one row of cells. */
  abstract void row(List<String> cells) throws IOException;

  /**
   * Writes one household, one row per member.
   *
   * @param household the household
   * @param kube the group the family is proposed in, if any
   */
  void write(Household household, Optional<HouseholdRecord.Kube> kube) throws IOException {
    Map<Column, String> cells = new HashMap<>();
    cells.put(TableLayout.KK, household.kkNumber().value());
    householdCells(household, cells);
    kube.ifPresent(k -> {
      cells.put(TableLayout.KUBE_GROUP, k.group());
      put(cells, TableLayout.KUBE_LIVE_NEAR, k.liveNearEachOther());
    });
    boolean first = true;
    for (Person p : household.members()) {
      if (!first) {
        cells.keySet().retainAll(List.of(TableLayout.KK));
      }
      first = false;
      personCells(p, cells);
      if (kube.isPresent() && kube.get().participant().equals(p.nik())) {
        cells.put(TableLayout.KUBE_PARTICIPANT, "true");
      }
      List<String> row = new ArrayList<>(columns.size());
      for (Column column : columns) {
        row.add(cells.getOrDefault(column, ""));
      }
      row(row);
    }
  }

  /**
   * Writes one household whose first row {@code edit} spoils, for sample data with rejects.
   *
   * @param household the household
   * @param kube the group the family is proposed in, if any
   * @param edit changes the first row's cells (in English header order)
   */
  void damaged(Household household, Optional<HouseholdRecord.Kube> kube,
      java.util.function.UnaryOperator<List<String>> edit) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    HouseholdTableWriter collect = new HouseholdTableWriter(this.columns) {
      @Override
      void row(List<String> cells) {
        rows.add(cells);
      }

      @Override
      public void close() {}
    };
    collect.write(household, kube);
    rows.set(0, edit.apply(rows.get(0)));
    for (List<String> r : rows) {
      row(r);
    }
  }

  private void householdCells(Household h, Map<Column, String> cells) {
    h.domicile().ifPresent(d -> cells.put(TableLayout.DOMICILE, d.toString()));
    put(cells, TableLayout.SMALL_ISLAND, h.livesOnSmallIsland());
    if (h.registry().isPresent()) {
      RegistryStatus r = h.registry().get();
      cells.put(TableLayout.REGISTER, r.register().name());
      cells.put(TableLayout.REGISTERED, Boolean.toString(r.registered()));
      r.desil().ifPresent(d -> cells.put(TableLayout.DESIL, Integer.toString(d.value())));
      cells.put(TableLayout.REGISTER_CHECKED_ON, r.checkedOn().toString());
    }
    for (AidProgram p : AidProgram.values()) {
      put(cells, TableLayout.AID.get(p), h.receives(p));
    }
    if (!h.pastGrants().isEmpty()) {
      cells.put(TableLayout.PAST_GRANTS, h.pastGrants().stream()
          .map(g -> g.type().name() + ":" + g.year()).collect(Collectors.joining(";")));
    }
    if (h.pastGrantsChecked()) {
      cells.put(TableLayout.PAST_GRANTS_CHECKED, "true");
    }
    extensions(h.extensions(), Level.HOUSEHOLD, cells);
  }

  private void extensions(Map<ExtensionKey<?>, Object> values, Level level,
      Map<Column, String> cells) {
    for (Map.Entry<ExtensionKey<?>, Object> e : values.entrySet()) {
      Column c = TableLayout.extension(e.getKey(), level);
      if (!columns.contains(c)) {
        throw new IllegalArgumentException("the table has no column for the extension fact "
            + e.getKey().name() + " at the " + level.name().toLowerCase(Locale.ROOT) + " level");
      }
      cells.put(c, format(e.getKey(), e.getValue()));
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> String format(ExtensionKey<T> key, Object value) {
    return key.format((T) value);
  }

  private void personCells(Person p, Map<Column, String> cells) {
    cells.put(TableLayout.NIK, p.nik().value());
    p.name().ifPresent(n -> cells.put(TableLayout.NAME, n));
    put(cells, TableLayout.BIRTH_DATE, p.birthDate());
    put(cells, TableLayout.DEATH_DATE, p.deathDate());
    put(cells, TableLayout.SEX, p.sex());
    put(cells, TableLayout.RELATIONSHIP, p.relationship());
    put(cells, TableLayout.MARITAL_STATUS, p.maritalStatus());
    put(cells, TableLayout.ABANDONED_BY_SPOUSE, p.abandonedBySpouse());
    put(cells, TableLayout.MAIN_BREADWINNER, p.mainBreadwinner());
    put(cells, TableLayout.OCCUPATION, p.occupation());
    put(cells, TableLayout.HAS_DISABILITY, p.hasDisability());
    if (!p.disabilities().isEmpty()) {
      List<Disability> ds = p.disabilities();
      cells.put(TableLayout.DISABILITY_KIND, join(ds, d -> Optional.of(d.kind())));
      cells.put(TableLayout.DISABILITY_SEVERITY, join(ds, Disability::severity));
      cells.put(TableLayout.NEEDS_HELP_DAILY_LIVING, join(ds, Disability::needsHelpWithDailyLiving));
      cells.put(TableLayout.REHABILITABLE, join(ds, Disability::rehabilitable));
    }
    put(cells, TableLayout.CHRONICALLY_ILL, p.chronicallyIll());
    put(cells, TableLayout.SCHOOL_LEVEL, p.schoolLevel());
    p.monthlyIncome().ifPresent(m -> cells.put(TableLayout.MONTHLY_INCOME,
        Long.toString(m.amount())));
    put(cells, TableLayout.LABOUR_SHOCK, p.labourShock());
    put(cells, TableLayout.LABOUR_SHOCK_DATE, p.labourShockDate());
    parent(cells, p.father(), TableLayout.FATHER_ALIVE, TableLayout.FATHER_DEATH_DATE,
        TableLayout.FATHER_DEATH_CAUSE);
    parent(cells, p.mother(), TableLayout.MOTHER_ALIVE, TableLayout.MOTHER_DEATH_DATE,
        TableLayout.MOTHER_DEATH_CAUSE);
    extensions(p.extensions(), Level.PERSON, cells);
  }

  private static void parent(Map<Column, String> cells, Optional<ParentStatus> parent,
      Column alive, Column date, Column cause) {
    parent.ifPresent(s -> {
      cells.put(alive, Boolean.toString(s.alive()));
      put(cells, date, s.deathDate());
      put(cells, cause, s.cause());
    });
  }

  private static String join(List<Disability> ds,
      java.util.function.Function<Disability, Optional<?>> part) {
    List<String> out = new ArrayList<>();
    boolean any = false;
    for (Disability d : ds) {
      Optional<?> v = part.apply(d);
      any |= v.isPresent();
      out.add(v.map(HouseholdTableWriter::text).orElse(""));
    }
    return any ? String.join(";", out) : "";
  }

  private static void put(Map<Column, String> cells, Column column, Optional<?> value) {
    value.ifPresent(v -> cells.put(column, text(v)));
  }

  private static String text(Object v) {
    return v instanceof Enum<?> e ? e.name() : v.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * A CSV writer; writes the header at once.
   *
   * @param out where to write; closed by {@link #close()}
   * @param facts the extension facts that get a column
   * @param indonesian whether the header is in Indonesian
   */
  static HouseholdTableWriter csv(OutputStream out, ExtensionFacts facts, boolean indonesian)
      throws IOException {
    HouseholdTableWriter w = new HouseholdTableWriter(facts) {
      private final Utf8Text line = new Utf8Text(512);

      @Override
      void row(List<String> cells) throws IOException {
        line.clear();
        DeterminationRows.appendCsv(line, cells.toArray());
        line.writeTo(out);
      }

      @Override
      public void close() throws IOException {
        out.close();
      }
    };
    w.row(w.header(indonesian));
    return w;
  }

  /**
   * An XLSX writer (one sheet, {@code households} or {@code keluarga}, streamed with {@link
   * XlsxWriter}); writes the header at once.
   *
   * @param out where the workbook goes, closed by {@link #close()}
   * @param facts the extension facts that get a column
   * @param indonesian whether the header and sheet name are in Indonesian
   */
  static HouseholdTableWriter xlsx(OutputStream out, ExtensionFacts facts, boolean indonesian)
      throws IOException {
    // One sheet, streamed: the workbook needs no scratch file.
    XlsxWriter workbook = new XlsxWriter(out, () -> {
      throw new IllegalStateException("the household table is one streamed sheet");
    });
    XlsxWriter.Sheet sheet = workbook.sheet(indonesian ? "keluarga" : "households", true);
    HouseholdTableWriter w = new HouseholdTableWriter(facts) {
      @Override
      void row(List<String> cells) throws IOException {
        sheet.row();
        for (String cell : cells) {
          sheet.text(cell, XlsxWriter.PLAIN);
        }
      }

      @Override
      public void close() throws IOException {
        workbook.close();
      }
    };
    w.row(w.header(indonesian));
    return w;
  }

  @Override
  public abstract void close() throws IOException;
}
