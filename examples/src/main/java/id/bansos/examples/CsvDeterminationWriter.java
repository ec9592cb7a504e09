package id.bansos.examples;

import id.bansos.core.household.Household;
import id.bansos.core.household.Person;
import id.bansos.core.identity.Nik;
import id.bansos.rules.Assessment;
import id.bansos.rules.Beneficiary;
import id.bansos.rules.CriterionResult;
import id.bansos.rules.Determination;
import id.bansos.rules.Funder;
import id.bansos.rules.Outcome;
import id.bansos.rules.Status;
import id.bansos.rules.YearlyTotals;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One CSV row per household and program. Beneficiaries are named by the input line of their row
 * (CSV input) or by their path in the household document, {@code members[1]} (JSON Lines input,
 * where one line holds the whole family), never by NIK, so the file repeats no more personal data
 * than the No. KK.
 */
final class CsvDeterminationWriter implements DeterminationWriter {

  static final List<String> COLUMNS = columns();

  /**
   * The columns: the yearly total of all funders, then one per funder ({@code
   * yearly_total_apbd_provinsi_idr}...), then the funders whose amounts are not all known.
   */
  private static List<String> columns() {
    List<String> c = new ArrayList<>(List.of("kk", "first_line", "last_line", "regency_code",
        "regency", "domicile", "program", "status", "beneficiary_lines", "yearly_total_idr"));
    for (Funder f : Funder.values()) {
      c.add("yearly_total_" + f.name().toLowerCase(Locale.ROOT) + "_idr");
    }
    c.addAll(List.of("unknown_amounts", "weakest_confidence", "reason_codes", "missing_facts"));
    return List.copyOf(c);
  }

  private final Writer out;
  private final boolean byMemberPath;

  CsvDeterminationWriter(Writer out, boolean byMemberPath) throws IOException {
    this.out = out;
    this.byMemberPath = byMemberPath;
    out.write(String.join(",", COLUMNS));
    out.write('\n');
  }

  @Override
  public void write(HouseholdRecord.Valid record, Assessment assessment) throws IOException {
    Household h = record.household();
    Regencies.Key regency = Regencies.of(h);
    String domicile = h.domicile().map(Object::toString).orElse("");
    for (Determination d : assessment.determinations()) {
      List<String> row = new ArrayList<>(COLUMNS.size());
      row.add(h.kkNumber().value());
      row.add(Integer.toString(record.firstLine()));
      row.add(Integer.toString(record.lastLine()));
      row.add(regency.code());
      row.add(regency.name());
      row.add(domicile);
      row.add(d.programCode());
      row.add(d.status().name());
      row.add(beneficiaryLines(record, d, byMemberPath));
      YearlyTotals totals = d.yearlyTotals();
      row.add(Long.toString(totals.total().amount()));
      for (Funder f : Funder.values()) {
        row.add(Long.toString(totals.amount(f).amount()));
      }
      row.add(String.join(";", totals.unknownAmounts().stream().map(Funder::name).toList()));
      row.add(d.weakestConfidence().name());
      row.add(String.join(";", reasonCodes(d)));
      row.add(String.join(";", d.missingFacts().stream().map(Object::toString).toList()));
      out.write(CsvLine.join(row));
      out.write('\n');
    }
  }

  private static String beneficiaryLines(HouseholdRecord.Valid record, Determination d,
      boolean byMemberPath) {
    List<Person> members = record.household().members();
    List<String> lines = new ArrayList<>();
    for (Beneficiary b : d.beneficiaries()) {
      if (b.member().isEmpty()) {
        lines.add("household");
        continue;
      }
      Nik nik = b.member().get();
      for (int i = 0; i < members.size(); i++) {
        if (members.get(i).nik().equals(nik)) {
          lines.add(byMemberPath ? "members[" + i + "]"
              : Integer.toString(record.memberLines().get(i)));
        }
      }
    }
    return String.join(";", lines);
  }

  /** The codes of the criteria that decided: failed ones, or for UNDETERMINED the unknown ones. */
  private static Set<String> reasonCodes(Determination d) {
    Set<String> codes = new LinkedHashSet<>();
    if (d.status() == Status.ELIGIBLE) {
      return codes;
    }
    Outcome deciding = d.status() == Status.NOT_ELIGIBLE ? Outcome.FAIL : Outcome.UNKNOWN;
    for (CriterionResult r : d.criteria()) {
      if (r.outcome() == deciding) {
        codes.add(r.code());
      }
    }
    return codes;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
