package id.bansos.examples.regency;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.Household;
import id.bansos.core.household.Person;
import id.bansos.core.region.RegionRegistry;
import id.bansos.rules.Engine;
import id.bansos.rules.Status;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegencyExampleTest {

  private static String runMain() {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      RegencyExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsThreeAssessmentsInBahasaIndonesia() {
    String out = runMain();

    assertThat(out).contains("=== 1. ", "=== 2. ", "=== 3. ")
        .contains("[SIDOARJO_LANSIA_LAHAN]: MEMENUHI SYARAT",
            "[SIDOARJO_LANSIA_LAHAN]: BELUM DAPAT DITENTUKAN",
            "[SIDOARJO_LANSIA_LAHAN]: TIDAK MEMENUHI SYARAT",
            "Keluarga memiliki tanah 350 m2, kurang dari 500 m2.",
            "Data yang masih diperlukan: luas lahan milik (m²)",
            "Tidak dapat digabung: PKH_PLUS + SIDOARJO_LANSIA_LAHAN")
        .doesNotContain("Assessment of KK");
  }

  @Test
  void theFamiliesShowTheThreeOutcomesOfTheNewFact() {
    Engine engine = Engine.of(SidoarjoLansiaLahan.catalog());

    List<Status> statuses = RegencyExample.households().stream()
        .map(h -> engine.assess(h, RegencyExample.AS_OF)
            .determination(SidoarjoLansiaLahan.CODE).orElseThrow().status())
        .toList();

    assertThat(statuses)
        .containsExactly(Status.ELIGIBLE, Status.UNDETERMINED, Status.NOT_ELIGIBLE);
  }

  @Test
  void familiesLiveInRealSidoarjoVillagesWithConsistentNiks() {
    for (Household h : RegencyExample.households()) {
      assertThat(RegionRegistry.jawaTimur().contains(h.domicile().orElseThrow())).isTrue();
      assertThat(h.domicile().orElseThrow().toString()).startsWith("35.15.");
      for (Person p : h.members()) {
        assertThat(p.nik().birthDate(RegencyExample.AS_OF)).isEqualTo(p.birthDate().orElseThrow());
        assertThat(p.nik().sex()).isEqualTo(p.sex().orElseThrow());
      }
    }
  }

  @Test
  void printsNoFullNikOrKkNumber() {
    String out = runMain();

    assertThat(out).doesNotContainPattern("(?<![0-9A-Za-z])[0-9]{16}(?![0-9A-Za-z])");
  }
}
