package id.bansos.cli;

import id.bansos.core.household.DeathCause;
import id.bansos.core.household.DisabilityKind;
import id.bansos.core.household.DisabilitySeverity;
import id.bansos.core.household.LabourShock;
import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Relationship;
import id.bansos.core.household.SchoolLevel;
import id.bansos.core.identity.Sex;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Indonesian words a household table may use for a code value, besides the code's English
 * name: the words a Kartu Keluarga prints (jenis kelamin, status hubungan dalam keluarga, status
 * perkawinan, and the jenis pekerjaan of the card whose meaning is one code of the layout), the
 * kinds of disability of UU 8/2016 (Pasal 4: fisik, intelektual, mental, sensorik netra, rungu,
 * wicara; ganda), and the plain words for the other columns. Words are matched as codes are:
 * any case, {@code -} or a space standing for {@code _}.
 *
 * <p>A word is listed only where it names one code without doubt: the card's {@code GURU} is not
 * always a certified teacher, {@code PENSIUNAN} a state pensioner, {@code KEPALA DESA} one of the
 * perangkat desa, {@code WIRASWASTA} self-employed rather than a company's owner (a code some
 * exclusions read), nor is a worker {@code DIRUMAHKAN} always without pay; these are refused as
 * any other value the layout does not know, and the officer writes the code.
 */
final class IndonesianCodes {

  private IndonesianCodes() {}

  private static final Map<Class<?>, Map<String, Enum<?>>> WORDS = new HashMap<>();

  private static void words(Enum<?> code, String... words) {
    Map<String, Enum<?>> byWord =
        WORDS.computeIfAbsent(code.getDeclaringClass(), t -> new HashMap<>());
    for (String word : words) {
      if (byWord.put(word, code) != null) {
        throw new IllegalStateException(word + " names two codes");
      }
    }
  }

  static {
    words(Sex.MALE, "LAKI_LAKI", "LAKI", "L", "PRIA");
    words(Sex.FEMALE, "PEREMPUAN", "P", "WANITA");

    words(Relationship.HEAD, "KEPALA_KELUARGA");
    words(Relationship.SPOUSE, "SUAMI", "ISTRI", "ISTERI", "SUAMI/ISTRI");
    words(Relationship.CHILD, "ANAK");
    words(Relationship.CHILD_IN_LAW, "MENANTU");
    words(Relationship.GRANDCHILD, "CUCU");
    words(Relationship.PARENT, "ORANG_TUA", "ORANGTUA");
    words(Relationship.PARENT_IN_LAW, "MERTUA");
    words(Relationship.OTHER_RELATIVE, "FAMILI_LAIN");
    words(Relationship.HOUSEHOLD_HELPER, "PEMBANTU");
    words(Relationship.OTHER, "LAINNYA");

    words(MaritalStatus.SINGLE, "BELUM_KAWIN");
    words(MaritalStatus.MARRIED, "KAWIN", "KAWIN_TERCATAT", "KAWIN_BELUM_TERCATAT");
    words(MaritalStatus.DIVORCED, "CERAI_HIDUP", "CERAI_HIDUP_TERCATAT",
        "CERAI_HIDUP_BELUM_TERCATAT");
    words(MaritalStatus.WIDOWED, "CERAI_MATI", "CERAI_MATI_TERCATAT",
        "CERAI_MATI_BELUM_TERCATAT");

    words(Occupation.ASN, "PNS", "PEGAWAI_NEGERI_SIPIL", "PEGAWAI_NEGERI_SIPIL_(PNS)");
    words(Occupation.TNI, "TENTARA_NASIONAL_INDONESIA", "TENTARA_NASIONAL_INDONESIA_(TNI)");
    words(Occupation.POLRI, "KEPOLISIAN_RI", "KEPOLISIAN_RI_(POLRI)");
    words(Occupation.BUMN_BUMD_EMPLOYEE, "KARYAWAN_BUMN", "KARYAWAN_BUMD");
    words(Occupation.STATE_OFFICIAL, "PEJABAT_NEGARA");
    words(Occupation.VILLAGE_OFFICIAL, "PERANGKAT_DESA");
    words(Occupation.CERTIFIED_TEACHER, "GURU_BERSERTIFIKAT", "GURU_BERSERTIFIKASI");
    words(Occupation.HEALTH_WORKER, "TENAGA_KESEHATAN", "DOKTER", "BIDAN", "PERAWAT", "APOTEKER");
    words(Occupation.PRIVATE_EMPLOYEE, "KARYAWAN_SWASTA");
    words(Occupation.LABOURER, "BURUH", "BURUH_HARIAN_LEPAS");
    words(Occupation.FARMER, "PETANI", "PEKEBUN", "PETANI/PEKEBUN");
    words(Occupation.FISHER, "NELAYAN", "NELAYAN/PERIKANAN");
    words(Occupation.TRADER, "PEDAGANG", "PERDAGANGAN");
    words(Occupation.HOMEMAKER, "MENGURUS_RUMAH_TANGGA", "IBU_RUMAH_TANGGA");
    words(Occupation.STUDENT, "PELAJAR", "MAHASISWA", "PELAJAR/MAHASISWA");
    words(Occupation.NOT_WORKING, "BELUM_BEKERJA", "TIDAK_BEKERJA", "BELUM/TIDAK_BEKERJA");
    words(Occupation.OTHER, "LAINNYA");

    // The older words of the registers (tuna...) too.
    words(DisabilityKind.PHYSICAL, "FISIK", "DISABILITAS_FISIK", "TUNADAKSA", "TUNA_DAKSA");
    words(DisabilityKind.INTELLECTUAL, "INTELEKTUAL", "DISABILITAS_INTELEKTUAL", "TUNAGRAHITA",
        "TUNA_GRAHITA");
    words(DisabilityKind.MENTAL, "DISABILITAS_MENTAL");
    words(DisabilityKind.SENSORY_VISUAL, "NETRA", "SENSORIK_NETRA", "TUNANETRA", "TUNA_NETRA");
    words(DisabilityKind.SENSORY_HEARING, "RUNGU", "SENSORIK_RUNGU", "TUNARUNGU", "TUNA_RUNGU");
    words(DisabilityKind.SENSORY_SPEECH, "WICARA", "SENSORIK_WICARA", "TUNAWICARA",
        "TUNA_WICARA");
    words(DisabilityKind.MULTIPLE, "GANDA", "DISABILITAS_GANDA");

    words(DisabilitySeverity.MILD, "RINGAN");
    words(DisabilitySeverity.MODERATE, "SEDANG");
    words(DisabilitySeverity.SEVERE, "BERAT");

    words(SchoolLevel.NOT_IN_SCHOOL, "TIDAK_SEKOLAH", "TIDAK_BERSEKOLAH");
    words(SchoolLevel.EARLY_CHILDHOOD, "PAUD", "TK", "RA");
    words(SchoolLevel.SD, "MI");
    words(SchoolLevel.SMP, "MTS", "SLTP");
    words(SchoolLevel.SMA, "SMK", "MA", "SLTA");
    words(SchoolLevel.HIGHER, "PERGURUAN_TINGGI", "KULIAH");

    words(LabourShock.NONE, "TIDAK_ADA");
    words(LabourShock.LAID_OFF, "PHK");
    words(LabourShock.FURLOUGHED_UNPAID, "DIRUMAHKAN_TANPA_UPAH");
    words(LabourShock.WAGE_CUT, "POTONG_GAJI", "PEMOTONGAN_UPAH", "UPAH_DIPOTONG");

    words(DeathCause.OTHER, "LAINNYA");
  }

  /**
   * The codes of {@code type} by their Indonesian words (upper case, {@code _} for {@code -} and
   * spaces); none for a type without words.
   */
  static Map<String, Enum<?>> wordsOf(Class<?> type) {
    return Collections.unmodifiableMap(WORDS.getOrDefault(type, Map.of()));
  }

  /** Whether some code of {@code type} has Indonesian words. */
  static boolean covers(Class<?> type) {
    return WORDS.containsKey(type);
  }

  /** The Indonesian words of {@code code}, as listed (for the docs and their test). */
  static List<String> words(Enum<?> code) {
    Map<String, Enum<?>> byWord = WORDS.getOrDefault(code.getDeclaringClass(), Map.of());
    return byWord.entrySet().stream().filter(e -> e.getValue() == code).map(Map.Entry::getKey)
        .sorted().toList();
  }
}
