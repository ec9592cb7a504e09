package id.bansos.examples;

import id.bansos.core.household.AidProgram;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The columns of the household CSV layout of {@code docs/csv-format.md}, in writing order. */
final class CsvLayout {

  static final String KK = "kk";
  static final String DOMICILE = "domicile";
  static final String SMALL_ISLAND = "small_island";
  static final String REGISTER = "register";
  static final String REGISTERED = "registered";
  static final String DESIL = "desil";
  static final String REGISTER_CHECKED_ON = "register_checked_on";
  static final String PKH_COMPONENTS = "pkh_components";
  static final String NIK = "nik";
  static final String NAME = "name";
  static final String BIRTH_DATE = "birth_date";
  static final String DEATH_DATE = "death_date";
  static final String SEX = "sex";
  static final String RELATIONSHIP = "relationship";
  static final String MARITAL_STATUS = "marital_status";
  static final String OCCUPATION = "occupation";
  static final String HAS_DISABILITY = "has_disability";
  static final String DISABILITY_KIND = "disability_kind";
  static final String DISABILITY_SEVERITY = "disability_severity";
  static final String NEEDS_HELP_DAILY_LIVING = "needs_help_daily_living";
  static final String REHABILITABLE = "rehabilitable";
  static final String CHRONICALLY_ILL = "chronically_ill";
  static final String PREGNANT_OR_POSTPARTUM = "pregnant_or_postpartum";
  static final String SCHOOL_LEVEL = "school_level";
  static final String MONTHLY_INCOME = "monthly_income";

  /** Columns describing the household: read from its first row, repeated or empty below it. */
  static final List<String> HOUSEHOLD_COLUMNS;
  /** Columns describing one person. */
  static final List<String> PERSON_COLUMNS = List.of(NIK, NAME, BIRTH_DATE, DEATH_DATE, SEX,
      RELATIONSHIP, MARITAL_STATUS, OCCUPATION, HAS_DISABILITY, DISABILITY_KIND,
      DISABILITY_SEVERITY, NEEDS_HELP_DAILY_LIVING, REHABILITABLE, CHRONICALLY_ILL,
      PREGNANT_OR_POSTPARTUM, SCHOOL_LEVEL, MONTHLY_INCOME);
  /** Every column, in the order {@link CsvHouseholdWriter} writes them. */
  static final List<String> ALL;

  static {
    List<String> household = new ArrayList<>(List.of(DOMICILE, SMALL_ISLAND, REGISTER,
        REGISTERED, DESIL, REGISTER_CHECKED_ON));
    for (AidProgram p : AidProgram.values()) {
      household.add(aidColumn(p));
    }
    household.add(PKH_COMPONENTS);
    HOUSEHOLD_COLUMNS = List.copyOf(household);
    List<String> all = new ArrayList<>();
    all.add(KK);
    all.addAll(HOUSEHOLD_COLUMNS);
    all.addAll(PERSON_COLUMNS);
    ALL = List.copyOf(all);
  }

  private CsvLayout() {}

  /** The column of an aid program, for example {@code aid_pkh}. */
  static String aidColumn(AidProgram program) {
    return "aid_" + program.name().toLowerCase(Locale.ROOT);
  }
}
