package id.bansos.examples;

import id.bansos.rules.program.JawaTimur;
import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.Household;
import id.bansos.core.household.Person;
import id.bansos.core.identity.Nik;
import id.bansos.core.region.RegionRegistry;
import id.bansos.rules.Assessment;
import id.bansos.rules.Engine;
import id.bansos.rules.Status;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QuickStartTest {

  private static String runMain() {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  private static int count(String text, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void printsEachHouseholdInBothLanguagesWithADecisionPerProgram() {
    String out = runMain();

    assertThat(out).contains("=== 1. ", "=== 2. ", "=== 3. ");
    assertThat(count(out, "Penilaian KK ")).isEqualTo(3);
    assertThat(count(out, "Assessment of KK ")).isEqualTo(3);
    // Two programs in force on the date, each decided once per household per language.
    assertThat(count(out, "[PKH_PLUS]: ")).isEqualTo(6);
    assertThat(count(out, "[ASPD]: ")).isEqualTo(6);
    assertThat(out).contains("Kabupaten Bangkalan", "Kabupaten Probolinggo", "Kota Surabaya");
    assertThat(out).contains("MEMENUHI SYARAT", "ELIGIBLE", "NOT ELIGIBLE",
        "Belum diketahui apakah keluarga menerima PKH.",
        "Not known whether the family receives PKH.");
  }

  @Test
  void theDecisionsAreTheOnesEachHouseholdWasBuiltToShow() {
    Engine engine = Engine.of(JawaTimur.catalog());
    List<Household> households = QuickStart.households();

    List<Assessment> a = households.stream().map(h -> engine.assess(h, QuickStart.AS_OF)).toList();

    assertThat(a.get(0).determination("PKH_PLUS").orElseThrow().status())
        .isEqualTo(Status.ELIGIBLE);
    assertThat(a.get(0).determination("PKH_PLUS").orElseThrow().yearlyTotal().amount())
        .isEqualTo(2_000_000L);
    assertThat(a.get(1).determination("ASPD").orElseThrow().status()).isEqualTo(Status.ELIGIBLE);
    assertThat(a.get(2).determination("PKH_PLUS").orElseThrow().status())
        .isEqualTo(Status.NOT_ELIGIBLE);
  }

  @Test
  void householdsUseRealVillagesAndConsistentNiks() {
    for (Household h : QuickStart.households()) {
      assertThat(RegionRegistry.jawaTimur().contains(h.domicile().orElseThrow())).isTrue();
      for (Person p : h.members()) {
        Nik nik = p.nik();
        assertThat(nik.birthDate(QuickStart.AS_OF)).isEqualTo(p.birthDate().orElseThrow());
        assertThat(nik.sex()).isEqualTo(p.sex().orElseThrow());
      }
    }
  }

  @Test
  void printsNoFullNikOrKkNumber() {
    String out = runMain();

    assertThat(out).doesNotContainPattern("(?<![0-9A-Za-z])[0-9]{16}(?![0-9A-Za-z])");
    for (Household h : QuickStart.households()) {
      assertThat(out).doesNotContain(h.kkNumber().value());
    }
  }
}
