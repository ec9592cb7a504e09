package id.bansos.cli;

import static id.bansos.cli.BansosTest.bansos;
import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.cli.BansosTest.Run;
import id.bansos.core.household.GrantType;
import id.bansos.core.household.Household;
import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.PastGrant;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import id.bansos.core.region.RegionCode;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.jackson.BansosJson;
import id.bansos.jackson.ExtensionFacts;
import id.bansos.rules.program.kube.Kube;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * {@code bansos screen} decides the groups of families a table names ({@code kube_group}): the
 * families of a group anywhere in the file, the group written after every household, conflicts
 * and rejected families keeping a group undecided, the same bytes whatever the thread count.
 * KUBE's rules (programs.md §6): 5 to 20 families, at least 5 of them qualifying.
 */
class GroupScreeningTest {

  private static final LocalDate DATE = LocalDate.of(2025, 7, 1);
  private static final RegionCode VILLAGE = RegionCode.parse("35.09.02.2003");
  private static final int BENEFIT = 3_000_000;

  @TempDir
  Path dir;

  /** One family of a table: its household and, when it is in one, its group. */
  record Entry(Household household, Optional<HouseholdRecord.Kube> kube) {}

  private int serial;

  /**
   * A family of one married head aged 40, poor (desil 2), its grant history checked: it
   * qualifies for KUBE on {@link #DATE} unless {@code hadKube}.
   */
  private Household family(boolean hadKube, boolean withSpouse) {
    serial++;
    LocalDate birth = LocalDate.of(1985, 1 + serial % 12, 1 + serial % 28);
    List<Person> members = new ArrayList<>();
    members.add(person(birth, Sex.MALE, Relationship.HEAD));
    if (withSpouse) {
      members.add(person(birth.plusYears(2), Sex.FEMALE, Relationship.SPOUSE));
    }
    var b = Household.builder()
        .kkNumber(KkNumber.parse(String.format(Locale.ROOT, "350902150320%04d", serial)))
        .domicile(VILLAGE)
        .registry(RegistryStatus.dtsen(Desil.of(2), DATE.minusDays(30)))
        .pastGrantsChecked(true)
        .addAllMembers(members);
    if (hadKube) {
      b.addPastGrants(new PastGrant(GrantType.KUBE, 2021));
    }
    return b.build();
  }

  private Person person(LocalDate birth, Sex sex, Relationship relationship) {
    serial++;
    int day = birth.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
    return Person.builder()
        .nik(Nik.parse(String.format(Locale.ROOT, "350902%02d%02d%02d%04d", day,
            birth.getMonthValue(), birth.getYear() % 100, serial)))
        .birthDate(birth).sex(sex).relationship(relationship)
        .maritalStatus(MaritalStatus.MARRIED).occupation(Occupation.FARMER).build();
  }

  private static Entry in(String group, Optional<Boolean> near, Household h, int participant) {
    return new Entry(h, Optional.of(new HouseholdRecord.Kube(group, near,
        h.members().get(participant).nik())));
  }

  /** {@code qualifying} families that qualify and {@code others} that do not, in a group. */
  private List<Entry> group(String name, int qualifying, int others) {
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < qualifying + others; i++) {
      boolean spouse = i % 3 == 1;
      out.add(in(name, Optional.of(true), family(i >= qualifying, spouse), spouse ? 1 : 0));
    }
    return out;
  }

  /** A household in no group. */
  private Entry alone() {
    return new Entry(family(false, true), Optional.empty());
  }

  /** The entries of {@code groups} dealt out in turn, a household in no group between each. */
  private List<Entry> interleaved(List<List<Entry>> groups) {
    List<Entry> out = new ArrayList<>();
    int longest = groups.stream().mapToInt(List::size).max().orElse(0);
    for (int i = 0; i < longest; i++) {
      for (List<Entry> g : groups) {
        if (i < g.size()) {
          out.add(g.get(i));
          out.add(alone());
        }
      }
    }
    return out;
  }

  private Path table(String name, List<Entry> entries) throws IOException {
    Path file = dir.resolve(name);
    try (HouseholdTableWriter w = name.endsWith(".csv")
        ? HouseholdTableWriter.csv(Files.newOutputStream(file), ExtensionFacts.provincial(),
            false)
        : HouseholdTableWriter.xlsx(Files.newOutputStream(file), ExtensionFacts.provincial(),
            true)) {
      for (Entry e : entries) {
        w.write(e.household(), e.kube());
      }
    }
    return file;
  }

  private static Run screen(Path in, Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("screen", "--in", in.toString(), "--out",
        out.toString(), "--date", DATE.toString(), "--progress", "none"));
    args.addAll(List.of(more));
    return bansos(args.toArray(String[]::new));
  }

  /** The rows of a CSV result as cells (no line breaks in these files). */
  private static List<String[]> rows(Path csv) throws IOException {
    return Files.readAllLines(csv).stream().skip(1).map(GroupScreeningTest::cells).toList();
  }

  /** One RFC 4180 line's cells. */
  private static String[] cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells.toArray(String[]::new);
  }

  private static List<String[]> groupRows(Path groups) throws IOException {
    return rows(groups).stream().filter(r -> r[2].equals("group")).toList();
  }

  @Test
  void groupsSpreadOverTheFileAreDecidedAfterTheHouseholdsInTheOrderTheyFirstAppear()
      throws IOException {
    List<Entry> melati = group("KUBE Melati", 4, 1);
    List<Entry> mawar = group("KUBE Mawar", 5, 1);
    List<Entry> entries = new ArrayList<>(List.of(alone()));
    entries.addAll(interleaved(List.of(melati, mawar)));
    Path in = table("spread.csv", entries);
    Path out = dir.resolve("spread-results.csv");

    Run run = screen(in, out);

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("Groups / kelompok: +2 +\\(decided / diputuskan 2,"
        + " rejected / ditolak 0\\)").contains("Reconciled / cocok", "Program kelompok");
    List<String[]> groups = groupRows(dir.resolve("spread-results.groups.csv"));
    assertThat(groups).extracting(r -> r[0], r -> r[1], r -> r[8], r -> r[9], r -> r[10])
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("KUBE Melati", "KUBE", "NOT_ELIGIBLE", "5", "4"),
            org.assertj.core.groups.Tuple.tuple("KUBE Mawar", "KUBE", "ELIGIBLE", "6", "5"));
    assertThat(groups.get(0)[19]).isEqualTo("KUBE.ENOUGH_MEMBERS_QUALIFY");
    assertThat(groups.get(1)[13]).isEqualTo(Integer.toString(5 * BENEFIT));
    // Beneficiaries are the participants' lines, the spouse's where the spouse takes part.
    List<String[]> families = rows(dir.resolve("spread-results.groups.csv")).stream()
        .filter(r -> r[0].equals("KUBE Mawar") && r[2].equals("family")).toList();
    assertThat(families).hasSize(6);
    assertThat(families.get(1)[11]).isEqualTo(
        Integer.toString(Integer.parseInt(families.get(1)[4]) + 1));
    assertThat(groups.get(1)[12].split(";")).containsExactlyElementsOf(families.stream()
        .filter(f -> f[8].equals("ELIGIBLE")).map(f -> f[11]).toList());
    assertThat(families.get(5)[8]).isEqualTo("NOT_ELIGIBLE");
    assertThat(families.get(5)[19]).isEqualTo("KUBE.NO_EARLIER_GRANT");
    // The group is paid: a family's row, qualifying or not, names no beneficiary and no amount,
    // so that the rows of the file add up to what the groups receive.
    assertThat(families).allSatisfy(f -> {
      assertThat(f[12]).isEmpty();
      assertThat(List.of(f).subList(13, 17)).containsOnly("0");
    });
    assertThat(rows(dir.resolve("spread-results.groups.csv")).stream()
        .mapToLong(r -> Long.parseLong(r[13])).sum()).isEqualTo(5L * BENEFIT);
    // Spread: the group spans lines far apart, with households of no group between.
    assertThat(Integer.parseInt(groups.get(1)[5]) - Integer.parseInt(groups.get(1)[4]))
        .isGreaterThan(20);
    // Each household keeps its own row for every program, KUBE as a family alone.
    List<String[]> households = rows(out);
    assertThat(households.stream().filter(r -> r[6].equals(Kube.CODE)))
        .hasSize(entries.size())
        .allSatisfy(r -> assertThat(r[15]).isEqualTo("KUBE.GROUP_REQUIRED"));
  }

  @Test
  void groupNamesBeyondAsciiAreWrittenInUtf8QuotedWhereNeeded() throws IOException {
    // An en dash (beyond ISO 8859-1), and a comma with a letter of ISO 8859-1 (quoted).
    String dash = "KUBE Sido Makmur \u2013 Krajan";
    String comma = "KUBE Ngudi Rejeki, Blok \u00dc";
    Path in = table("names.csv", interleaved(List.of(group(dash, 5, 0), group(comma, 5, 0))));
    Path out = dir.resolve("names-results.csv");

    Run run = screen(in, out);

    assertThat(run.code()).as(run.err()).isZero();
    Path groups = dir.resolve("names-results.groups.csv");
    // Read as UTF-8, which refuses bytes of any other encoding of these names.
    assertThat(groupRows(groups)).extracting(r -> r[0], r -> r[8])
        .containsExactly(org.assertj.core.groups.Tuple.tuple(dash, "ELIGIBLE"),
            org.assertj.core.groups.Tuple.tuple(comma, "ELIGIBLE"));
    assertThat(Files.readString(groups)).contains("\"" + comma + "\"");
  }

  static Stream<Arguments> sizes() {
    return Stream.of(
        Arguments.of(4, 0, "NOT_ELIGIBLE", "KUBE.GROUP_SIZE;KUBE.ENOUGH_MEMBERS_QUALIFY"),
        Arguments.of(5, 0, "ELIGIBLE", ""),
        Arguments.of(4, 1, "NOT_ELIGIBLE", "KUBE.ENOUGH_MEMBERS_QUALIFY"),
        Arguments.of(5, 15, "ELIGIBLE", ""),
        Arguments.of(5, 16, "NOT_ELIGIBLE", "KUBE.GROUP_SIZE"));
  }

  @ParameterizedTest(name = "{0} qualifying + {1} others: {2}")
  @MethodSource("sizes")
  void theBoundsOnTheNumberOfFamiliesDecideTheGroup(int qualifying, int others, String status,
      String reasons) throws IOException {
    Path in = table("size.csv", interleaved(List.of(group("KUBE Sejahtera", qualifying,
        others))));
    Path out = dir.resolve("size-results.csv");

    assertThat(screen(in, out).code()).isZero();

    String[] g = groupRows(dir.resolve("size-results.groups.csv")).get(0);
    assertThat(g[8]).isEqualTo(status);
    assertThat(g[9]).isEqualTo(Integer.toString(qualifying + others));
    assertThat(g[19]).isEqualTo(reasons);
    assertThat(g[13]).isEqualTo(status.equals("ELIGIBLE")
        ? Integer.toString(qualifying * BENEFIT) : "0");
  }

  @Test
  void familiesThatDisagreeOnLivingNearKeepTheGroupUndecidedWithATypedReject()
      throws IOException {
    List<Entry> mawar = new ArrayList<>(group("KUBE Mawar", 5, 0));
    // Empty on one family is no conflict; false on another is.
    mawar.set(1, in("KUBE Mawar", Optional.empty(), mawar.get(1).household(), 0));
    mawar.set(3, in("KUBE Mawar", Optional.of(false), mawar.get(3).household(), 0));
    Path in = table("conflict.csv", interleaved(List.of(mawar, group("KUBE Melati", 5, 0))));
    Path out = dir.resolve("conflict-results.csv");

    Run run = screen(in, out);

    assertThat(run.code()).isEqualTo(Bansos.EXIT_REJECTS);
    assertThat(run.out()).containsPattern("Groups / kelompok: +2 +\\(decided / diputuskan 1,"
        + " rejected / ditolak 1\\)").containsPattern("Rejected / ditolak: +0 ")
        .contains("Reconciled / cocok").doesNotContain("Mawar");
    assertThat(groupRows(dir.resolve("conflict-results.groups.csv")))
        .extracting(r -> r[0]).containsExactly("KUBE Melati");
    List<String[]> rejects = rows(dir.resolve("conflict-results.rejects.csv"));
    assertThat(rejects).singleElement().satisfies(r -> {
      assertThat(r[3]).isEqualTo("kube_live_near");
      assertThat(r[4]).isEqualTo("CSV_GROUP_MISMATCH");
      assertThat(r[6]).isEqualTo("KUBE Mawar");
      // The line of the fourth family's first row, and the first family's line in the message.
      int firstFamily = Integer.parseInt(r[0]);
      assertThat(Integer.parseInt(r[2])).isGreaterThan(firstFamily);
      assertThat(r[5]).contains("on line " + firstFamily);
    });
    // Every family is still assessed as a household.
    assertThat(rows(out).stream().map(r -> r[0]).distinct()).hasSize(20);
  }

  @Test
  void aRejectedFamilyKeepsItsGroupUndecidedAndTheRejectsSaySo() throws IOException {
    List<Entry> mawar = group("KUBE Mawar", 6, 0);
    Path in = table("family.csv", interleaved(List.of(mawar)));
    // Spoil the birth date of the third family's head: that family is rejected.
    List<String> lines = new ArrayList<>(Files.readAllLines(in));
    int birth = List.of(lines.get(0).split(",")).indexOf("birth_date");
    String head = mawar.get(2).household().members().get(0).birthDate().orElseThrow().toString();
    int spoiled = -1;
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",", -1);
      if (cells[birth].equals(head)) {
        cells[birth] = "1985-13-45";
        lines.set(i, String.join(",", cells));
        spoiled = i + 1;
      }
    }
    Files.write(in, lines);
    Path out = dir.resolve("family-results.csv");

    Run run = screen(in, out);

    assertThat(run.code()).isEqualTo(Bansos.EXIT_REJECTS);
    assertThat(run.out()).containsPattern("Groups / kelompok: +1 +\\(decided / diputuskan 0,"
        + " rejected / ditolak 1\\)").containsPattern("Rejected / ditolak: +1 ");
    assertThat(groupRows(dir.resolve("family-results.groups.csv"))).isEmpty();
    List<String[]> rejects = rows(dir.resolve("family-results.rejects.csv"));
    assertThat(rejects).extracting(r -> r[4]).containsExactly("CSV_DATE",
        "CSV_GROUP_FAMILY_REJECTED");
    assertThat(rejects.get(1)[2]).isEqualTo(Integer.toString(spoiled));
    assertThat(rejects.get(1)[6]).isEqualTo("KUBE Mawar");
    assertThat(rejects.get(0)[6]).isEmpty();
  }

  @Test
  void aFamilyListedTwiceInAGroupIsTheEnginesRejectOnItsSecondLine() throws IOException {
    List<Entry> mawar = new ArrayList<>(group("KUBE Mawar", 5, 0));
    mawar.add(mawar.get(2));
    Path in = table("twice.csv", interleaved(List.of(mawar)));
    Path out = dir.resolve("twice-results.csv");

    Run run = screen(in, out);

    assertThat(run.code()).isEqualTo(Bansos.EXIT_REJECTS);
    assertThat(groupRows(dir.resolve("twice-results.groups.csv"))).isEmpty();
    assertThat(rows(dir.resolve("twice-results.rejects.csv"))).singleElement().satisfies(r -> {
      assertThat(r[4]).isEqualTo("GROUP_DUPLICATE_KK");
      assertThat(r[3]).isEqualTo("members[5].household.kkNumber");
      assertThat(r[2]).isEqualTo(r[1]);  // the repeated family is the group's last
      assertThat(r[6]).isEqualTo("KUBE Mawar");
    });
  }

  @Test
  void aGroupsFileIsOnlyForACsvResult() throws IOException {
    Path in = table("usage-in.csv", group("KUBE Mawar", 5, 0));
    for (String ext : List.of("xlsx", "jsonl")) {
      Run run = screen(in, dir.resolve("usage." + ext), "--groups",
          dir.resolve("g.csv").toString());
      assertThat(run.code()).isEqualTo(Bansos.EXIT_USAGE);
      assertThat(run.err()).contains("--groups");
    }
    Run same = screen(in, dir.resolve("usage.csv"), "--groups",
        dir.resolve("usage.rejects.csv").toString());
    assertThat(same.code()).isEqualTo(Bansos.EXIT_USAGE);
    Path chosen = dir.resolve("chosen-groups.csv");
    assertThat(screen(in, dir.resolve("usage.csv"), "--groups", chosen.toString()).code())
        .isZero();
    assertThat(groupRows(chosen)).hasSize(1);
    assertThat(dir.resolve("usage.groups.csv")).doesNotExist();
  }

  @Test
  void theThreadCountDoesNotChangeTheBytesWithGroups() throws IOException {
    List<List<Entry>> groups = new ArrayList<>();
    for (int g = 0; g < 2 * Screening.GROUP_BATCH + 3; g++) {
      groups.add(group("KUBE " + g, 5 - g % 2, g % 3));
    }
    List<Entry> entries = new ArrayList<>(interleaved(groups));
    // Enough households for several batches of the pool.
    for (int i = 0; i < 2 * Screening.BATCH; i++) {
      entries.add(i * 3 % entries.size(), alone());
    }
    Path in = table("threads.csv", entries);
    for (String ext : List.of("csv", "jsonl", "xlsx")) {
      Path one = dir.resolve("one." + ext);
      Path four = dir.resolve("four." + ext);
      assertThat(screen(in, one, "--threads", "1").code()).isZero();
      assertThat(screen(in, four, "--threads", "4").code()).isZero();

      // A workbook too: it records no date of writing.
      assertThat(Files.readAllBytes(four)).as(ext).isEqualTo(Files.readAllBytes(one));
      if (ext.equals("xlsx")) {
        assertThat(sheetText(four, XlsxResults.GROUPS)).contains("KUBE 0");
      }
    }
    assertThat(Files.readAllBytes(dir.resolve("four.groups.csv")))
        .isEqualTo(Files.readAllBytes(dir.resolve("one.groups.csv")));
    assertThat(groupRows(dir.resolve("one.groups.csv"))).extracting(r -> r[0])
        .startsWith("KUBE 0", "KUBE 1", "KUBE 2");
  }

  @Test
  void aWorkbookInAndOutCarriesTheGroups() throws IOException {
    List<Entry> entries = interleaved(List.of(group("KUBE Mawar", 5, 1),
        group("KUBE Melati", 3, 0)));
    Path csvIn = table("book.csv", entries);
    Path xlsxIn = table("book.xlsx", entries);
    Path fromCsv = dir.resolve("book-from-csv.csv");
    Path fromXlsx = dir.resolve("book-from-xlsx.csv");
    Path book = dir.resolve("book-results.xlsx");

    assertThat(screen(csvIn, fromCsv).code()).isZero();
    assertThat(screen(xlsxIn, fromXlsx).code()).isZero();
    assertThat(screen(xlsxIn, book).code()).isZero();

    assertThat(Files.readString(dir.resolve("book-from-xlsx.groups.csv")))
        .isEqualTo(Files.readString(dir.resolve("book-from-csv.groups.csv")));
    try (InputStream in = new FileInputStream(book.toFile());
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheetName(1)).isEqualTo(XlsxResults.GROUPS);
      Sheet groups = wb.getSheet(XlsxResults.GROUPS);
      assertThat(groups.getRow(0).getCell(0).getStringCellValue()).isEqualTo("group");
      assertThat(groups.getLastRowNum()).isEqualTo(1 + 6 + 1 + 3);
      assertThat(groups.getRow(1).getCell(8).getStringCellValue()).isEqualTo("ELIGIBLE");
      var total = groups.getRow(1).getCell(13);
      assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(total.getNumericCellValue()).isEqualTo(5.0 * BENEFIT);
      assertThat(total.getCellStyle().getDataFormatString()).contains("Rp");
      Sheet summary = wb.getSheet(XlsxResults.SUMMARY);
      int header = -1;
      for (int r = 0; r <= summary.getLastRowNum(); r++) {
        var row = summary.getRow(r);
        if (row != null && row.getCell(2) != null
            && row.getCell(2).getStringCellValue().equals("group_program")) {
          header = r;
        }
      }
      assertThat(header).isPositive();
      var counted = summary.getRow(header + 1);
      assertThat(counted.getCell(2).getStringCellValue()).isEqualTo("KUBE");
      assertThat(counted.getCell(3).getNumericCellValue()).isEqualTo(1.0);
      assertThat(counted.getCell(4).getNumericCellValue()).isEqualTo(1.0);
    }
  }

  @Test
  void aJsonLinesResultEndsWithOneGroupAssessmentPerGroupAndJsonLinesInputNamesNoGroup()
      throws IOException {
    Path in = table("lines.csv", interleaved(List.of(group("KUBE Mawar", 5, 0),
        group("KUBE Melati", 2, 0))));
    Path out = dir.resolve("lines-results.jsonl");

    Run run = screen(in, out, "--lang", "en", "--detail", "summary");

    assertThat(run.code()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2 * 7 + 2);
    JsonNode mawar = BansosJson.mapper().readTree(lines.get(lines.size() - 2));
    JsonNode melati = BansosJson.mapper().readTree(lines.get(lines.size() - 1));
    assertThat(mawar.get("groupName").asString()).isEqualTo("KUBE Mawar");
    assertThat(mawar.get("status").asString()).isEqualTo("ELIGIBLE");
    assertThat(mawar.get("groupTotal").asLong()).isEqualTo(5L * BENEFIT);
    assertThat(mawar.get("families")).hasSize(5);
    assertThat(melati.get("status").asString()).isEqualTo("NOT_ELIGIBLE");
    assertThat(lines.subList(0, lines.size() - 2)).noneMatch(l -> l.contains("\"groupName\""));

    // A household document has no group: JSON Lines input is screened household by household.
    Path households = dir.resolve("lines.jsonl");
    try (var w = Files.newBufferedWriter(households)) {
      for (Entry e : interleaved(List.of(group("KUBE Mawar", 5, 0)))) {
        w.write(BansosJson.write(e.household()));
        w.write('\n');
      }
    }
    Run jsonl = screen(households, dir.resolve("from-lines.csv"));
    assertThat(jsonl.code()).isZero();
    assertThat(jsonl.out()).containsPattern("Groups / kelompok: +0 ");
  }

  @Test
  void theSampleHasGroupsThatTheScreeningDecides() throws IOException {
    Path sample = dir.resolve("sample.csv");
    Path out = dir.resolve("sample-results.csv");
    assertThat(bansos("sample", "--households", "3000", "--seed", "7", "--bad", "30",
        "--out", sample.toString()).code()).isZero();

    Run run = screen(sample, out);

    assertThat(run.code()).isEqualTo(Bansos.EXIT_REJECTS);
    List<String[]> groups = groupRows(dir.resolve("sample-results.groups.csv"));
    assertThat(groups).hasSizeGreaterThan(20);
    assertThat(groups).extracting(r -> r[8]).contains("ELIGIBLE", "NOT_ELIGIBLE");
    assertThat(groups).allSatisfy(r -> assertThat(Integer.parseInt(r[9])).isBetween(1, 10));
    assertThat(run.out()).contains("Reconciled / cocok");
    // The same seed gives the same file.
    Path again = dir.resolve("sample-again.csv");
    bansos("sample", "--households", "3000", "--seed", "7", "--bad", "30", "--out",
        again.toString());
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(sample));
  }

  /** Every cell of a sheet, as text, row by row. */
  private static String sheetText(Path book, String sheet) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (InputStream in = new FileInputStream(book.toFile());
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (var row : wb.getSheet(sheet)) {
        for (var cell : row) {
          sb.append(cell.toString()).append('|');
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }
}
