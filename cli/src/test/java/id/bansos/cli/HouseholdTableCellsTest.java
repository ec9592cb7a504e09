package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.AidProgram;
import id.bansos.core.household.DeathCause;
import id.bansos.core.household.DisabilityKind;
import id.bansos.core.household.DisabilitySeverity;
import id.bansos.core.household.Household;
import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.ParentStatus;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.Sex;
import id.bansos.core.registry.Register;
import id.bansos.jackson.ExtensionFacts;
import id.bansos.rules.program.pkh.NationalPkh;
import id.bansos.rules.program.pkh.PkhComponent;
import id.bansos.rules.program.wrse.Wrse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How the household table reads its cells (docs/csv-format.md): the words it accepts, and the
 * typed problem, with its column, that each kind of bad cell or incomplete combination gives.
 */
class HouseholdTableCellsTest {

  @TempDir
  static Path dir;

  private static final String KK = "3509021503200001";
  private static final String NIK = "3509024101850001";

  /** A household of one row: the columns given, in this order, over a head of family. */
  private static List<HouseholdRecord> read(Map<String, String> cells) throws Exception {
    return read(cells, new TableLayout(ExtensionFacts.provincial()));
  }

  /** {@link #read(Map)}, the table read with {@code layout}. */
  private static List<HouseholdRecord> read(Map<String, String> cells, TableLayout layout)
      throws Exception {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("kk", KK);
    row.put("domicile", "35.09.02.2001");
    row.put("nik", NIK);
    row.put("relationship", "head");
    row.putAll(cells);
    Path file = Files.createTempFile(dir, "cells", ".csv");
    Files.writeString(file, String.join(",", row.keySet()) + "\n"
        + String.join(",", row.values().stream().map(HouseholdTableCellsTest::quoted).toList())
        + "\n");
    List<HouseholdRecord> out = new ArrayList<>();
    InputFormat.CSV.read(file, layout, out::add, new Progress());
    return out;
  }

  private static String quoted(String cell) {
    return cell.contains(",") ? "\"" + cell + "\"" : cell;
  }

  private static Person head(Map<String, String> cells) throws Exception {
    List<HouseholdRecord> read = read(cells);
    assertThat(read).singleElement().isInstanceOf(HouseholdRecord.Valid.class);
    Household h = ((HouseholdRecord.Valid) read.get(0)).household();
    return h.members().get(0);
  }

  @Test
  void wordsForYesAndNoEnumsInAnyCaseAndDatesAreRead() throws Exception {
    Person p = head(Map.of("sex", "Female", "marital_status", "widowed",
        "main_breadwinner", "Ya", "has_disability", "tidak", "chronically_ill", "1",
        "birth_date", "1985-01-01", "father_alive", "no", "father_death_date", "2021-07-20",
        "father_death_cause", "covid_19"));

    assertThat(p.sex()).contains(Sex.FEMALE);
    assertThat(p.relationship()).contains(Relationship.HEAD);
    assertThat(p.mainBreadwinner()).contains(true);
    assertThat(p.hasDisability()).contains(false);
    assertThat(p.chronicallyIll()).contains(true);
    assertThat(p.birthDate()).contains(LocalDate.of(1985, 1, 1));
    assertThat(p.father()).hasValueSatisfying(f -> {
      assertThat(f.alive()).isFalse();
      assertThat(f.deathDate()).contains(LocalDate.of(2021, 7, 20));
      assertThat(f.cause()).contains(DeathCause.COVID_19);
    });
    assertThat(p.mother()).isEmpty();
    assertThat(p.maritalStatus()).contains(MaritalStatus.WIDOWED);
  }

  @Test
  void disabilitiesAreReadSideBySideAndTheRegisterAsAWhole() throws Exception {
    List<HouseholdRecord> read = read(Map.of("disability_kind", "physical;mental",
        "disability_severity", "severe;", "needs_help_daily_living", "yes;no",
        "register", "dtsen", "registered", "true", "desil", "2",
        "register_checked_on", "2025-01-15"));

    Household h = ((HouseholdRecord.Valid) read.get(0)).household();
    Person p = h.members().get(0);
    assertThat(p.disabilities()).hasSize(2);
    assertThat(p.disabilities().get(0).kind()).isEqualTo(DisabilityKind.PHYSICAL);
    assertThat(p.disabilities().get(0).severity()).contains(DisabilitySeverity.SEVERE);
    assertThat(p.disabilities().get(0).needsHelpWithDailyLiving()).contains(true);
    assertThat(p.disabilities().get(1).severity()).isEmpty();
    assertThat(p.disabilities().get(1).needsHelpWithDailyLiving()).contains(false);
    assertThat(h.registry()).hasValueSatisfying(r -> {
      assertThat(r.register()).isEqualTo(Register.DTSEN);
      assertThat(r.registered()).isTrue();
      assertThat(r.desil().map(d -> d.value())).contains(2);
    });
  }

  @Test
  void aidSmallIslandsAndExtensionFactsAreRead() throws Exception {
    List<HouseholdRecord> read = read(Map.of("aid_pkh", "ya", "aid_bpnt_sembako", "No",
        "small_island", "1", "household.pkhComponents", "sd; early-childhood",
        "person.graduateOfUptRsbkw", "true"));

    Household h = ((HouseholdRecord.Valid) read.get(0)).household();
    assertThat(h.receives(AidProgram.PKH)).contains(true);
    assertThat(h.receives(AidProgram.BPNT_SEMBAKO)).contains(false);
    assertThat(h.receives(AidProgram.PBI_JK)).isEmpty();
    assertThat(h.livesOnSmallIsland()).contains(true);
    assertThat(h.extension(NationalPkh.COMPONENTS))
        .contains(Set.of(PkhComponent.SD, PkhComponent.EARLY_CHILDHOOD));
    assertThat(h.members().get(0).extension(Wrse.GRADUATE_OF_UPT_RSBKW)).contains(true);
  }

  @Test
  void indonesianWordsReadAsTheirCodes() throws Exception {
    Person inWords = head(Map.of("sex", "Perempuan", "relationship", "kepala keluarga",
        "marital_status", "Cerai Mati", "occupation", "Petani/Pekebun",
        "disability_kind", "fisik;sensorik-netra", "disability_severity", "berat;ringan",
        "school_level", "MTs", "labour_shock", "dirumahkan tanpa upah"));
    Person inCodes = head(Map.of("sex", "FEMALE", "relationship", "HEAD",
        "marital_status", "WIDOWED", "occupation", "FARMER",
        "disability_kind", "PHYSICAL;SENSORY_VISUAL", "disability_severity", "SEVERE;MILD",
        "school_level", "SMP", "labour_shock", "FURLOUGHED_UNPAID"));
    assertThat(inWords).isEqualTo(inCodes);
    assertThat(inWords.sex()).contains(Sex.FEMALE);
    assertThat(inWords.maritalStatus()).contains(MaritalStatus.WIDOWED);
  }

  /** The enum each column of the docs' list of Indonesian words reads. */
  private static final Map<String, Class<? extends Enum<?>>> WORD_COLUMNS = Map.of(
      "sex", Sex.class, "relationship", Relationship.class, "marital_status", MaritalStatus.class,
      "occupation", id.bansos.core.household.Occupation.class,
      "disability_kind", DisabilityKind.class, "disability_severity", DisabilitySeverity.class,
      "school_level", id.bansos.core.household.SchoolLevel.class,
      "labour_shock", id.bansos.core.household.LabourShock.class,
      "father_death_cause", DeathCause.class);

  @Test
  void theDocsListEveryIndonesianWordWithItsCodeAndNoWordShadowsACode() throws Exception {
    String docs = Files.readString(Path.of("..", "docs", "csv-format.md"));
    String section = docs.substring(docs.indexOf("**Indonesian words for codes.**"),
        docs.indexOf("**Extension facts**"));
    // "- `column` (`kolom`): `WORD`, `WORD` = `CODE`; `WORD` = `CODE`." with lines wrapped.
    java.util.regex.Matcher bullet = java.util.regex.Pattern
        .compile("(?m)^- `([a-z_]+)`[^:]*:\\s+(.*?)\\.$(?=\\n(?:- |\\n|$))",
            java.util.regex.Pattern.DOTALL)
        .matcher(section);
    int columns = 0;
    while (bullet.find()) {
      Class<? extends Enum<?>> type = WORD_COLUMNS.get(bullet.group(1));
      assertThat(type).as(bullet.group(1)).isNotNull();
      Map<String, String> listed = new java.util.TreeMap<>();
      for (String pair : bullet.group(2).replace("\n", " ").split("; ")) {
        String[] sides = pair.split(" = ");
        String code = sides[1].replace("`", "").strip();
        for (String word : sides[0].split(", ")) {
          listed.put(word.replace("`", "").strip(), code);
        }
      }
      Map<String, String> inCode = new java.util.TreeMap<>();
      IndonesianCodes.wordsOf(type).forEach((word, code) -> inCode.put(word, code.name()));
      assertThat(listed).as(bullet.group(1)).isEqualTo(inCode);
      for (Enum<?> code : type.getEnumConstants()) {
        // A word is never a code's English name.
        assertThat(inCode).doesNotContainKey(code.name());
      }
      columns++;
    }
    assertThat(columns).isEqualTo(WORD_COLUMNS.size());
  }

  static Stream<Arguments> printedWords() {
    return Stream.of(
        Arguments.of("sex", "Laki-laki", Sex.MALE),
        Arguments.of("sex", "p", Sex.FEMALE),
        Arguments.of("relationship", "Famili Lain", Relationship.OTHER_RELATIVE),
        Arguments.of("relationship", "ISTRI", Relationship.SPOUSE),
        Arguments.of("marital_status", "Cerai Hidup Tercatat", MaritalStatus.DIVORCED),
        Arguments.of("marital_status", "KAWIN BELUM TERCATAT", MaritalStatus.MARRIED),
        Arguments.of("occupation", "Pegawai Negeri Sipil (PNS)",
            id.bansos.core.household.Occupation.ASN),
        Arguments.of("occupation", "Belum/Tidak Bekerja",
            id.bansos.core.household.Occupation.NOT_WORKING),
        Arguments.of("occupation", "Petani/Pekebun", id.bansos.core.household.Occupation.FARMER),
        Arguments.of("occupation", "farmer", id.bansos.core.household.Occupation.FARMER),
        Arguments.of("school_level", "SLTA", id.bansos.core.household.SchoolLevel.SMA),
        Arguments.of("labour_shock", "Dirumahkan tanpa upah",
            id.bansos.core.household.LabourShock.FURLOUGHED_UNPAID),
        Arguments.of("disability_kind", "Tuna Netra", DisabilityKind.SENSORY_VISUAL),
        Arguments.of("father_death_cause", "Lainnya", DeathCause.OTHER));
  }

  @ParameterizedTest
  @MethodSource("printedWords")
  void aWordAsTheCardPrintsItReadsAsItsCode(String column, String word, Enum<?> code)
      throws Exception {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put(column, word);
    if (column.equals("disability_kind")) {
      cells.put("has_disability", "ya");
    }
    if (column.equals("father_death_cause")) {
      cells.put("father_alive", "tidak");
      cells.put("father_death_date", "2021-07-20");
    }
    Person p = head(cells);
    Object value = switch (column) {
      case "sex" -> p.sex().orElseThrow();
      case "relationship" -> p.relationship().orElseThrow();
      case "marital_status" -> p.maritalStatus().orElseThrow();
      case "occupation" -> p.occupation().orElseThrow();
      case "school_level" -> p.schoolLevel().orElseThrow();
      case "labour_shock" -> p.labourShock().orElseThrow();
      case "disability_kind" -> p.disabilities().get(0).kind();
      default -> p.father().flatMap(ParentStatus::cause).orElseThrow();
    };
    assertThat(value).isEqualTo(code);
  }

  @Test
  void aWordThatNamesNoCodeWithoutDoubtIsRefused() throws Exception {
    for (Map<String, String> cells : List.of(Map.of("occupation", "Wiraswasta"),
        Map.of("labour_shock", "Dirumahkan"))) {
      assertThat(read(cells)).as(cells.toString()).singleElement()
          .isInstanceOf(HouseholdRecord.Invalid.class);
    }
    List<HouseholdRecord> read = read(Map.of("occupation", "guru"));
    assertThat(read).singleElement().isInstanceOfSatisfying(HouseholdRecord.Invalid.class,
        bad -> assertThat(bad.problems()).singleElement().satisfies(p -> {
          assertThat(p.problem().code()).isEqualTo("CSV_VALUE");
          assertThat(p.problem().message()).endsWith("(or its Indonesian word,"
              + " docs/csv-format.md)");
        }));
  }

  static Stream<Arguments> badCells() {
    return Stream.of(
        Arguments.of(Map.of("birth_date", "1985-13-01"), "birth_date", "CSV_DATE"),
        Arguments.of(Map.of("birth_date", "1 Jan 1985"), "birth_date", "CSV_DATE"),
        Arguments.of(Map.of("sex", "X"), "sex", "CSV_VALUE"),
        Arguments.of(Map.of("has_disability", "maybe"), "has_disability", "CSV_BOOLEAN"),
        Arguments.of(Map.of("register", "DTSEN", "registered", "true", "desil", "two",
            "register_checked_on", "2025-01-15"), "desil", "CSV_NUMBER"),
        Arguments.of(Map.of("registered", "true"), "register", "CSV_REGISTER_MISSING"),
        Arguments.of(Map.of("register", "DTSEN", "register_checked_on", "2025-01-15"),
            "registered", "CSV_REGISTER_INCOMPLETE"),
        Arguments.of(Map.of("register", "DTSEN", "registered", "true"),
            "register_checked_on", "CSV_REGISTER_INCOMPLETE"),
        Arguments.of(Map.of("father_death_date", "2021-07-20"), "father_alive",
            "CSV_PARENT_INCOMPLETE"),
        Arguments.of(Map.of("mother_alive", "true", "mother_death_cause", "covid_19"),
            "mother_alive", "CSV_PARENT_INCOMPLETE"),
        Arguments.of(Map.of("past_grants", "KUBE"), "past_grants", "CSV_PAST_GRANT"),
        Arguments.of(Map.of("past_grants", "KUBE:21"), "past_grants", "CSV_PAST_GRANT"),
        Arguments.of(Map.of("past_grants", "LOTTERY:2021"), "past_grants", "CSV_VALUE"),
        Arguments.of(Map.of("disability_severity", "severe"), "disability_kind",
            "CSV_DISABILITY_WITHOUT_KIND"),
        Arguments.of(Map.of("kube_live_near", "true"), "kube_group", "CSV_GROUP_MISSING"),
        Arguments.of(Map.of("kube_group", "Kube Mawar"), "kube_participant",
            "CSV_GROUP_PARTICIPANTS"),
        Arguments.of(Map.of("kube_participant", "true"), "kube_participant",
            "CSV_GROUP_MISSING"),
        Arguments.of(Map.of("monthly_income", "lots"), "monthly_income", null));
  }

  @ParameterizedTest
  @MethodSource("badCells")
  void aBadCellRejectsTheHouseholdNamingItsColumnAndCode(Map<String, String> cells,
      String column, String code) throws Exception {
    List<HouseholdRecord> read = read(cells);

    assertThat(read).singleElement().isInstanceOfSatisfying(HouseholdRecord.Invalid.class,
        bad -> {
          assertThat(bad.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.line())
              .isEqualTo(2));
          assertThat(bad.problems()).anySatisfy(p -> {
            assertThat(p.problem().path()).startsWith(column);
            if (code != null) {
              assertThat(p.problem().code()).isEqualTo(code);
            }
          });
          assertThat(bad.kk()).isEqualTo(KK);
        });
  }

  @Test
  void withDatesDayOrMonthFirstADateAsASpreadsheetShowsItIsRead() throws Exception {
    TableLayout dmy = new TableLayout(ExtensionFacts.provincial(), List.of(),
        TableLayout.DateOrder.DMY);
    TableLayout mdy = new TableLayout(ExtensionFacts.provincial(), List.of(),
        TableLayout.DateOrder.MDY);
    for (String date : List.of("15/03/1985", "15.3.1985", "15-03-1985", "1985-03-15")) {
      List<HouseholdRecord> read = read(Map.of("birth_date", date), dmy);
      assertThat(read).as(date).singleElement().isInstanceOfSatisfying(
          HouseholdRecord.Valid.class, v -> assertThat(v.household().members().get(0)
              .birthDate()).contains(LocalDate.of(1985, 3, 15)));
    }
    // A time after the date, as a column of dates and times shows it, is no part of the day.
    assertThat(((HouseholdRecord.Valid) read(Map.of("birth_date", "15/03/1985 0:00"), dmy)
        .get(0)).household().members().get(0).birthDate()).contains(LocalDate.of(1985, 3, 15));
    List<HouseholdRecord> monthFirst = read(Map.of("birth_date", "03/15/1985"), mdy);
    assertThat(((HouseholdRecord.Valid) monthFirst.get(0)).household().members().get(0)
        .birthDate()).contains(LocalDate.of(1985, 3, 15));
    // Day first, 03/15 is no date; a year of two digits could be of two centuries.
    for (Map.Entry<String, String> bad : Map.of("03/15/1985", "not a date, read day first"
        + " (--dates dmy)",
        "15/03/85", "expected a year of four digits (--dates dmy)").entrySet()) {
      assertThat(read(Map.of("birth_date", bad.getKey()), dmy)).singleElement()
          .isInstanceOfSatisfying(HouseholdRecord.Invalid.class, r -> assertThat(r.problems())
              .singleElement().satisfies(p -> {
                assertThat(p.problem().code()).isEqualTo("CSV_DATE");
                assertThat(p.problem().message()).isEqualTo(bad.getValue());
              }));
    }
  }

  @Test
  void aDayNotInTheCalendarAndAYearBefore1900AreRefusedSayingWhy() throws Exception {
    TableLayout dmy = new TableLayout(ExtensionFacts.provincial(), List.of(),
        TableLayout.DateOrder.DMY);
    Map<String, String> expected = Map.of(
        "2025-02-30", "the date does not exist in the calendar",
        "0085-03-15", "a year before 1900 is most likely a typing slip or a year of two digits:"
            + " write the four digits of the year",
        "15/03/0085", "a year before 1900 is most likely a typing slip or a year of two digits:"
            + " write the four digits of the year",
        "1899-12-31", "a year before 1900 is most likely a typing slip or a year of two digits:"
            + " write the four digits of the year");
    for (Map.Entry<String, String> bad : expected.entrySet()) {
      assertThat(read(Map.of("birth_date", bad.getKey()), dmy)).as(bad.getKey()).singleElement()
          .isInstanceOfSatisfying(HouseholdRecord.Invalid.class, r -> assertThat(r.problems())
              .singleElement().satisfies(p -> {
                assertThat(p.problem().code()).isEqualTo("CSV_DATE");
                assertThat(p.problem().message()).isEqualTo(bad.getValue());
              }));
    }
    assertThat(read(Map.of("birth_date", "1900-01-01"), dmy)).singleElement()
        .isInstanceOf(HouseholdRecord.Valid.class);
  }

  @Test
  void aDateWrittenAsASpreadsheetShowsItSaysHowToSaveIt() throws Exception {
    for (String date : List.of("15/03/1985", "5-3-1985", "15.03.1985 10:30")) {
      assertThat(read(Map.of("birth_date", date))).singleElement()
          .isInstanceOfSatisfying(HouseholdRecord.Invalid.class, bad -> assertThat(bad.problems())
              .singleElement().satisfies(p -> {
                assertThat(p.problem().code()).isEqualTo("CSV_DATE");
                assertThat(p.problem().message()).contains("as a spreadsheet shows", "yyyy-mm-dd",
                        "--dates dmy")
                    .doesNotContain(date);
              }));
    }
    assertThat(read(Map.of("birth_date", "15/03/85"))).singleElement()
        .isInstanceOfSatisfying(HouseholdRecord.Invalid.class, bad -> assertThat(bad.problems())
            .singleElement().satisfies(p -> assertThat(p.problem().message())
                .contains("a year of four digits").doesNotContain("--dates")));
    for (String other : List.of("1 Jan 1985", "15/03-1985", "31121")) {
      assertThat(read(Map.of("birth_date", other))).singleElement()
          .isInstanceOfSatisfying(HouseholdRecord.Invalid.class, bad -> assertThat(bad.problems())
              .singleElement().satisfies(p -> assertThat(p.problem().message())
                  .isEqualTo("expected a date written YYYY-MM-DD")));
    }
  }

  static Stream<Arguments> paddedNames() {
    return Stream.of(
        Arguments.of("Nama", Optional.of("Nama")),
        Arguments.of("\tNama", Optional.of("Nama")),
        Arguments.of("Nama\u2003", Optional.of("Nama")),
        Arguments.of(" \u2003Nama Satu\t ", Optional.of("Nama Satu")),
        Arguments.of("\u3000Nama\u2028", Optional.of("Nama")),
        // A no-break space is not white space to String.strip: it stays.
        Arguments.of("\u00a0Nama\u00a0", Optional.of("\u00a0Nama\u00a0")),
        Arguments.of(" ", Optional.empty()),
        Arguments.of("\t\u2003", Optional.empty()));
  }

  @ParameterizedTest
  @MethodSource("paddedNames")
  void aCellLosesTheWhiteSpaceAtEitherEnd(String cell, Optional<String> name) throws Exception {
    assertThat(head(Map.of("name", cell)).name()).isEqualTo(name);
  }

  @Test
  void anEmptyCellIsUnknownNotAProblem() throws Exception {
    Person p = head(Map.of("sex", "", "birth_date", "", "has_disability", "",
        "father_alive", ""));

    assertThat(p.sex()).isEmpty();
    assertThat(p.birthDate()).isEmpty();
    assertThat(p.hasDisability()).isEmpty();
    assertThat(p.father()).isEqualTo(Optional.empty());
  }
}
