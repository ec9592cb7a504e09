package id.bansos.rules;

import id.bansos.core.household.AidProgram;
import id.bansos.core.household.DeathCause;
import id.bansos.core.household.DisabilityKind;
import id.bansos.core.household.DisabilitySeverity;
import id.bansos.core.household.ExtensionKey;
import id.bansos.core.household.GrantType;
import id.bansos.core.household.LabourShock;
import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Relationship;
import id.bansos.core.household.SchoolLevel;
import id.bansos.core.identity.Sex;
import id.bansos.core.money.Rupiah;
import id.bansos.core.region.Region;
import id.bansos.core.region.RegionCode;
import id.bansos.core.region.RegionLevel;
import id.bansos.core.region.RegionRegistry;
import id.bansos.core.registry.Register;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The words a field worker reads, in Bahasa Indonesia and English: labels of the facts the
 * programs read (by the path missing-fact lists and the JSON format spell), labels of the values
 * of the core model's enums, and amounts, numbers, dates and regions written the way each
 * language writes them ({@code Rp500.000} / {@code IDR 500,000}, {@code 1 Juli 2025} / {@code 1
 * July 2025}, {@code Kabupaten Bangkalan (35.26)}). Never uses the default locale.
 *
 * <p>A fact of a regency's own is labelled on its key: {@link ExtensionKey#labelled} or {@link
 * FactKey#labelled}.
 */
public final class Labels {

  private static final Map<String, Text> FACTS = facts();
  private static final Map<Enum<?>, Text> VALUES = values();
  private static final List<String> BULAN = List.of("Januari", "Februari", "Maret", "April",
      "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember");
  private static final List<String> MONTHS = List.of("January", "February", "March", "April",
      "May", "June", "July", "August", "September", "October", "November", "December");

  private Labels() {}

  private static Map<String, Text> facts() {
    Map<String, Text> m = new HashMap<>();
    m.put("birthDate", Text.of("tanggal lahir", "date of birth"));
    m.put("age", Text.of("umur", "age"));
    m.put("sex", Text.of("jenis kelamin", "sex"));
    m.put("relationship", Text.of("hubungan dalam keluarga", "relationship to the head"));
    m.put("maritalStatus", Text.of("status perkawinan", "marital status"));
    m.put("abandonedBySpouse", Text.of("ditinggal suami tanpa nafkah",
        "left by her husband without support"));
    m.put("mainBreadwinner", Text.of("pencari nafkah utama", "main breadwinner"));
    m.put("hasDisability", Text.of("ada disabilitas", "has a disability"));
    m.put("disabilities", Text.of("jenis disabilitas", "kind of disability"));
    m.put("disabilities.severity", Text.of("tingkat disabilitas", "severity of the disability"));
    m.put("disabilities.needsHelpWithDailyLiving", Text.of(
        "perlu bantuan untuk kegiatan sehari-hari", "needs help with daily living"));
    m.put("disabilities.rehabilitable", Text.of("disabilitas dapat direhabilitasi",
        "disability can be rehabilitated"));
    m.put("chronicallyIll", Text.of("sakit menahun", "chronically ill"));
    m.put("schoolLevel", Text.of("jenjang sekolah", "school level"));
    m.put("occupation", Text.of("pekerjaan", "occupation"));
    m.put("labourShock", Text.of("PHK atau kehilangan penghasilan",
        "laid off or lost income"));
    m.put("monthlyIncome", Text.of("penghasilan per bulan", "monthly income"));
    for (String parent : List.of("father", "mother")) {
      boolean f = parent.equals("father");
      String ayah = f ? "ayah" : "ibu";
      String en = f ? "father" : "mother";
      m.put(parent, Text.of("status " + ayah + " (hidup/meninggal)",
          en + "'s status (living or dead)"));
      m.put(parent + ".cause", Text.of("sebab kematian " + ayah, "cause of the " + en + "'s death"));
      m.put(parent + ".deathDate", Text.of("tanggal kematian " + ayah,
          "date of the " + en + "'s death"));
    }
    m.put("husband", Text.of("suami (tercatat di KK)", "husband (on the family card)"));
    m.put("husband.chronicallyIll", Text.of("suami sakit menahun", "husband chronically ill"));
    m.put("husband.labourShock", Text.of("suami terkena PHK atau kehilangan penghasilan",
        "husband laid off or lost income"));
    m.put("domicile", Text.of("desa/kelurahan domisili", "village of domicile"));
    m.put("livesOnSmallIsland", Text.of("tinggal di pulau kecil", "lives on a small island"));
    m.put("registry", Text.of("status di DTKS/DTSEN", "status in DTKS/DTSEN"));
    m.put("registry.desil", Text.of("desil kesejahteraan (DTSEN)", "welfare decile (DTSEN)"));
    m.put("pastGrants", Text.of("riwayat bantuan yang pernah diterima",
        "grants received before"));
    m.put("group", Text.of("kelompok keluarga (KUBE)", "group of families (KUBE)"));
    m.put("liveNearEachOther", Text.of("keluarga kelompok tinggal berdekatan",
        "the group's families live near each other"));
    for (AidProgram a : AidProgram.values()) {
      Text name = aidName(a);
      m.put("aid." + a.name(), Text.of("status penerima " + name.id(),
          "whether the family receives " + name.en()));
    }
    return Map.copyOf(m);
  }

  private static Text aidName(AidProgram a) {
    return switch (a) {
      case PKH -> Text.of("PKH", "PKH");
      case BPNT_SEMBAKO -> Text.of("BPNT/Sembako", "BPNT/Sembako");
      case PBI_JK -> Text.of("PBI JK (BPJS Kesehatan)", "PBI JK (health insurance)");
      case BST -> Text.of("BST", "BST");
      case KARTU_PRAKERJA -> Text.of("Kartu Prakerja", "Kartu Prakerja");
      case BLT_DANA_DESA -> Text.of("BLT Dana Desa", "BLT Dana Desa");
      case REGENCY_BUDGET_AID -> Text.of("bantuan APBD kabupaten/kota",
          "regency or city budget aid");
    };
  }

  private static Map<Enum<?>, Text> values() {
    Map<Enum<?>, Text> m = new HashMap<>();
    m.put(Sex.MALE, Text.of("laki-laki", "male"));
    m.put(Sex.FEMALE, Text.of("perempuan", "female"));
    m.put(Relationship.HEAD, Text.of("kepala keluarga", "head of the family"));
    m.put(Relationship.SPOUSE, Text.of("suami/istri", "spouse"));
    m.put(Relationship.CHILD, Text.of("anak", "child"));
    m.put(Relationship.CHILD_IN_LAW, Text.of("menantu", "child-in-law"));
    m.put(Relationship.GRANDCHILD, Text.of("cucu", "grandchild"));
    m.put(Relationship.PARENT, Text.of("orang tua", "parent"));
    m.put(Relationship.PARENT_IN_LAW, Text.of("mertua", "parent-in-law"));
    m.put(Relationship.OTHER_RELATIVE, Text.of("famili lain", "other relative"));
    m.put(Relationship.HOUSEHOLD_HELPER, Text.of("pembantu", "household helper"));
    m.put(Relationship.OTHER, Text.of("lainnya", "other"));
    m.put(MaritalStatus.SINGLE, Text.of("belum kawin", "single"));
    m.put(MaritalStatus.MARRIED, Text.of("kawin", "married"));
    m.put(MaritalStatus.DIVORCED, Text.of("cerai hidup", "divorced"));
    m.put(MaritalStatus.WIDOWED, Text.of("cerai mati (janda/duda)", "widowed"));
    m.put(Occupation.ASN, Text.of("ASN (PNS/PPPK)", "civil servant (ASN)"));
    m.put(Occupation.TNI, Text.of("TNI", "armed forces (TNI)"));
    m.put(Occupation.POLRI, Text.of("Polri", "police (Polri)"));
    m.put(Occupation.BUMN_BUMD_EMPLOYEE, Text.of("pegawai BUMN/BUMD",
        "state-owned enterprise employee"));
    m.put(Occupation.STATE_OFFICIAL, Text.of("pejabat negara", "state official"));
    m.put(Occupation.STATE_PENSIONER, Text.of("pensiunan ASN/TNI/Polri", "state pensioner"));
    m.put(Occupation.VILLAGE_OFFICIAL, Text.of("perangkat desa", "village official"));
    m.put(Occupation.CERTIFIED_TEACHER, Text.of("guru bersertifikat", "certified teacher"));
    m.put(Occupation.HEALTH_WORKER, Text.of("tenaga kesehatan", "health worker"));
    m.put(Occupation.COMPANY_OWNER_OR_OFFICER, Text.of("pemilik atau pengurus perusahaan",
        "company owner or officer"));
    m.put(Occupation.PRIVATE_EMPLOYEE, Text.of("karyawan swasta", "private employee"));
    m.put(Occupation.LABOURER, Text.of("buruh", "labourer"));
    m.put(Occupation.FARMER, Text.of("petani", "farmer"));
    m.put(Occupation.FISHER, Text.of("nelayan", "fisher"));
    m.put(Occupation.TRADER, Text.of("pedagang", "trader"));
    m.put(Occupation.SELF_EMPLOYED, Text.of("wiraswasta", "self-employed"));
    m.put(Occupation.HOMEMAKER, Text.of("mengurus rumah tangga", "homemaker"));
    m.put(Occupation.STUDENT, Text.of("pelajar/mahasiswa", "student"));
    m.put(Occupation.NOT_WORKING, Text.of("tidak bekerja", "not working"));
    m.put(Occupation.OTHER, Text.of("lainnya", "other"));
    m.put(SchoolLevel.NOT_IN_SCHOOL, Text.of("tidak bersekolah", "not in school"));
    m.put(SchoolLevel.EARLY_CHILDHOOD, Text.of("PAUD", "early childhood (PAUD)"));
    m.put(SchoolLevel.SD, Text.of("SD/MI", "primary school (SD/MI)"));
    m.put(SchoolLevel.SMP, Text.of("SMP/MTs", "junior high school (SMP/MTs)"));
    m.put(SchoolLevel.SMA, Text.of("SMA/SMK/MA", "senior high school (SMA/SMK/MA)"));
    m.put(SchoolLevel.HIGHER, Text.of("perguruan tinggi", "higher education"));
    m.put(LabourShock.NONE, Text.of("tidak ada", "none"));
    m.put(LabourShock.LAID_OFF, Text.of("terkena PHK", "laid off"));
    m.put(LabourShock.FURLOUGHED_UNPAID, Text.of("dirumahkan tanpa upah",
        "furloughed without pay"));
    m.put(LabourShock.WAGE_CUT, Text.of("upah dipotong", "wage cut"));
    m.put(DeathCause.COVID_19, Text.of("Covid-19", "Covid-19"));
    m.put(DeathCause.OTHER, Text.of("sebab lain", "another cause"));
    m.put(DisabilityKind.PHYSICAL, Text.of("fisik", "physical"));
    m.put(DisabilityKind.INTELLECTUAL, Text.of("intelektual", "intellectual"));
    m.put(DisabilityKind.MENTAL, Text.of("mental", "mental"));
    m.put(DisabilityKind.SENSORY_VISUAL, Text.of("sensorik netra", "visual"));
    m.put(DisabilityKind.SENSORY_HEARING, Text.of("sensorik rungu", "hearing"));
    m.put(DisabilityKind.SENSORY_SPEECH, Text.of("sensorik wicara", "speech"));
    m.put(DisabilityKind.MULTIPLE, Text.of("ganda", "multiple"));
    m.put(DisabilitySeverity.MILD, Text.of("ringan", "mild"));
    m.put(DisabilitySeverity.MODERATE, Text.of("sedang", "moderate"));
    m.put(DisabilitySeverity.SEVERE, Text.of("berat", "severe"));
    m.put(GrantType.KUBE, Text.of("KUBE", "KUBE"));
    m.put(GrantType.WRSE, Text.of("WRSE", "WRSE"));
    m.put(GrantType.EXTREME_POVERTY_CAPITAL, Text.of("modal usaha kemiskinan ekstrem",
        "extreme-poverty business capital"));
    m.put(Register.DTKS, Text.of("DTKS", "DTKS"));
    m.put(Register.DTSEN, Text.of("DTSEN", "DTSEN"));
    for (AidProgram a : AidProgram.values()) {
      m.put(a, aidName(a));
    }
    return Map.copyOf(m);
  }

  /**
   * The label of a fact of the core model, by the path missing-fact lists spell: {@code
   * maritalStatus} is "status perkawinan" / "marital status", {@code aid.PKH} "status penerima
   * PKH" / "whether the family receives PKH".
   *
   * @param path the fact's path; never null
   * @return the label, empty for a path the core model does not name (an extension fact, whose
   *     key carries its label)
   */
  public static Optional<Text> fact(String path) {
    return Optional.ofNullable(FACTS.get(Objects.requireNonNull(path, "path")));
  }

  /**
   * The label of an extension fact, as given to {@link ExtensionKey#labelled}.
   *
   * @param key the key; never null
   * @return the label; the name in both languages when the key has none
   */
  public static Text of(ExtensionKey<?> key) {
    return Text.of(key.indonesianLabel(), key.englishLabel());
  }

  /**
   * The label of an enum value: a value of the core model ({@code WIDOWED} is "cerai mati
   * (janda/duda)" / "widowed"), a {@link Labelled} value (a program's own enum), or else its
   * name.
   *
   * @param value the value; never null
   * @return the label; never null
   */
  public static Text of(Enum<?> value) {
    Objects.requireNonNull(value, "value");
    if (value instanceof Labelled l) {
      return l.label();
    }
    Text t = VALUES.get(value);
    return t != null ? t : Text.of(value.name(), value.name());
  }

  /**
   * Whether {@link #of(Enum)} has a label for {@code value} other than its name.
   *
   * @param value the value; never null
   * @return true when labelled
   */
  public static boolean isLabelled(Enum<?> value) {
    return value instanceof Labelled || VALUES.containsKey(value);
  }

  /**
   * An amount as each language writes it: {@code Rp500.000} in Bahasa Indonesia, {@code IDR
   * 500,000} in English.
   *
   * @param amount the amount; never null
   * @param language the language; never null
   * @return the text
   */
  public static String money(Rupiah amount, Language language) {
    return language == Language.ID ? amount.format()
        : "IDR " + number(amount.amount(), language);
  }

  /**
   * A whole number with the language's digit grouping: {@code 1.250} / {@code 1,250}.
   *
   * @param n the number
   * @param language the language; never null
   * @return the text
   */
  public static String number(long n, Language language) {
    char sep = language == Language.ID ? '.' : ',';
    String digits = Long.toString(Math.abs(n));
    StringBuilder sb = new StringBuilder(digits.length() + 8);
    if (n < 0) {
      sb.append('-');
    }
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    sb.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      sb.append(sep).append(digits, i, i + 3);
    }
    return sb.toString();
  }

  /**
   * A date as each language writes it: {@code 1 Juli 2025} / {@code 1 July 2025}.
   *
   * @param date the date; never null
   * @param language the language; never null
   * @return the text
   */
  public static String date(LocalDate date, Language language) {
    List<String> months = language == Language.ID ? BULAN : MONTHS;
    return date.getDayOfMonth() + " " + months.get(date.getMonthValue() - 1) + " "
        + date.getYear();
  }

  /**
   * A region of Jawa Timur by its name, with the code in brackets: {@code Kabupaten Bangkalan
   * (35.26)}, {@code Kecamatan Karang Pilang (35.78.01)}, {@code Kelurahan Kebraon (35.78.01.1002)};
   * a code the registry does not know is written as the code.
   *
   * @param code the region's code; never null
   * @return the text
   */
  public static String region(RegionCode code) {
    Optional<Region> r = RegionRegistry.jawaTimur().find(code);
    return r.map(region -> name(region) + " (" + code + ")").orElse(code.toString());
  }

  /**
   * A village of Jawa Timur as a clerk writes an address: {@code Kelurahan Kebraon, Kota
   * Surabaya}, {@code Desa Sembilangan, Kabupaten Bangkalan}; any other region by its name, a code
   * the registry does not know as the code.
   *
   * @param code the village's code; never null
   * @return the text
   */
  public static String place(RegionCode code) {
    RegionRegistry registry = RegionRegistry.jawaTimur();
    Optional<Region> r = registry.find(code);
    if (r.isEmpty()) {
      return code.toString();
    }
    if (code.level() != RegionLevel.VILLAGE) {
      return name(r.get());
    }
    return registry.find(code.at(RegionLevel.REGENCY))
        .map(regency -> name(r.get()) + ", " + regency.name()).orElse(name(r.get()));
  }

  private static String name(Region r) {
    return switch (r.level()) {
      case PROVINCE, REGENCY -> r.name();
      case DISTRICT -> "Kecamatan " + r.name();
      case VILLAGE -> (r.isKelurahan() ? "Kelurahan " : "Desa ") + r.name();
    };
  }
}
