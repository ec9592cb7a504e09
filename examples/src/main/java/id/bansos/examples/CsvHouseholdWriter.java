package id.bansos.examples;

import id.bansos.core.household.AidProgram;
import id.bansos.core.household.Disability;
import id.bansos.core.household.Household;
import id.bansos.core.household.Person;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.program.pkh.NationalPkh;
import id.bansos.rules.program.pkh.PkhComponent;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes households in the CSV layout of {@code docs/csv-format.md}: a header, then one row per
 * person. The household's columns are filled on its first row and left empty below it; an absent
 * fact is an empty cell. Only the first disability of a person fits the layout. The output holds
 * personal data (NIK, No. KK, names): it is meant for the Dinas Sosial office's own files.
 */
public final class CsvHouseholdWriter implements Closeable {

  private final Writer out;

  /**
   * Starts a file: writes the header.
   *
   * @param out where to write; never null. Closed by {@link #close()}.
   * @throws IOException when writing fails
   */
  public CsvHouseholdWriter(Writer out) throws IOException {
    this.out = Objects.requireNonNull(out, "out");
    out.write(String.join(",", CsvLayout.ALL));
    out.write('\n');
  }

  /**
   * Writes one household, one row per member.
   *
   * @param household the household; never null
   * @throws IOException when writing fails
   */
  public void write(Household household) throws IOException {
    Map<String, String> cells = new HashMap<>();
    cells.put(CsvLayout.KK, household.kkNumber().value());
    householdCells(household, cells);
    boolean first = true;
    for (Person p : household.members()) {
      if (!first) {
        cells.keySet().retainAll(List.of(CsvLayout.KK));
      }
      first = false;
      personCells(p, cells);
      List<String> row = new ArrayList<>(CsvLayout.ALL.size());
      for (String column : CsvLayout.ALL) {
        row.add(cells.getOrDefault(column, ""));
      }
      out.write(CsvLine.join(row));
      out.write('\n');
    }
  }

  private static void householdCells(Household h, Map<String, String> cells) {
    h.domicile().ifPresent(d -> cells.put(CsvLayout.DOMICILE, d.toString()));
    put(cells, CsvLayout.SMALL_ISLAND, h.livesOnSmallIsland());
    if (h.registry().isPresent()) {
      RegistryStatus r = h.registry().get();
      cells.put(CsvLayout.REGISTER, r.register().name());
      cells.put(CsvLayout.REGISTERED, Boolean.toString(r.registered()));
      r.desil().ifPresent(d -> cells.put(CsvLayout.DESIL, Integer.toString(d.value())));
      cells.put(CsvLayout.REGISTER_CHECKED_ON, r.checkedOn().toString());
    }
    for (AidProgram p : AidProgram.values()) {
      put(cells, CsvLayout.aidColumn(p), h.receives(p));
    }
    cells.put(CsvLayout.PKH_COMPONENTS, h.extension(NationalPkh.COMPONENTS).orElse(Set.of())
        .stream().map(PkhComponent::name)
        .sorted().collect(Collectors.joining(";")));
  }

  private static void personCells(Person p, Map<String, String> cells) {
    cells.put(CsvLayout.NIK, p.nik().value());
    p.name().ifPresent(n -> cells.put(CsvLayout.NAME, n));
    put(cells, CsvLayout.BIRTH_DATE, p.birthDate());
    put(cells, CsvLayout.DEATH_DATE, p.deathDate());
    put(cells, CsvLayout.SEX, p.sex());
    put(cells, CsvLayout.RELATIONSHIP, p.relationship());
    put(cells, CsvLayout.MARITAL_STATUS, p.maritalStatus());
    put(cells, CsvLayout.OCCUPATION, p.occupation());
    put(cells, CsvLayout.HAS_DISABILITY, p.hasDisability());
    if (!p.disabilities().isEmpty()) {
      Disability d = p.disabilities().get(0);
      cells.put(CsvLayout.DISABILITY_KIND, d.kind().name());
      put(cells, CsvLayout.DISABILITY_SEVERITY, d.severity());
      put(cells, CsvLayout.NEEDS_HELP_DAILY_LIVING, d.needsHelpWithDailyLiving());
      put(cells, CsvLayout.REHABILITABLE, d.rehabilitable());
    }
    put(cells, CsvLayout.CHRONICALLY_ILL, p.chronicallyIll());
    put(cells, CsvLayout.PREGNANT_OR_POSTPARTUM,
        p.extension(NationalPkh.PREGNANT_OR_POSTPARTUM));
    put(cells, CsvLayout.SCHOOL_LEVEL, p.schoolLevel());
    p.monthlyIncome().ifPresent(m -> cells.put(CsvLayout.MONTHLY_INCOME,
        Long.toString(m.amount())));
  }

  private static void put(Map<String, String> cells, String column, Optional<?> value) {
    value.ifPresent(v -> cells.put(column, v instanceof Enum<?> e ? e.name()
        : v.toString().toLowerCase(Locale.ROOT)));
  }

  /**
   * Flushes and closes the underlying writer.
   *
   * @throws IOException when flushing or closing fails
   */
  @Override
  public void close() throws IOException {
    out.close();
  }
}
