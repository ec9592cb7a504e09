package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.AidProgram;
import id.bansos.core.household.DeathCause;
import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutableHousehold;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.ParentStatus;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.household.SchoolLevel;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import id.bansos.core.money.Rupiah;
import id.bansos.core.region.RegionCode;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.Engine;
import id.bansos.rules.Funder;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.program.JawaTimur;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The per-regency summary keeps the province's budget apart from national money, marks totals
 * that leave out an amount not known, and counts decisions by the weakest confidence they rest
 * on. The grandmother of the family turns 70 on 1 Jul 2025: PKH Plus (APBD Provinsi) and the PKH
 * elderly component (APBN) both start that day.
 */
class SummaryTest {

  private static final Engine ENGINE = Engine.of(JawaTimur.catalog());
  private static final LocalDate BIRTHDAY_70 = LocalDate.of(2025, 7, 1);
  private static final LocalDate DAY_BEFORE = BIRTHDAY_70.minusDays(1);
  private static final Regencies.Key BANGKALAN = new Regencies.Key("35.26", "Kabupaten Bangkalan");

  private static ImmutableHousehold.Builder family() {
    return Household.builder()
        .kkNumber(KkNumber.parse("3526010101200001"))
        .addMembers(Person.builder().nik(Nik.parse("3526011003800001"))
            .birthDate(LocalDate.of(1980, 3, 10)).sex(Sex.MALE).relationship(Relationship.HEAD)
            .occupation(Occupation.FARMER).build())
        .addMembers(Person.builder().nik(Nik.parse("3526014107550002"))
            .birthDate(LocalDate.of(1955, 7, 1)).sex(Sex.FEMALE)
            .relationship(Relationship.PARENT).occupation(Occupation.NOT_WORKING).build())
        .domicile(RegionCode.parse("35.26.01.2008"))
        .registry(RegistryStatus.dtsen(Desil.of(2), LocalDate.of(2025, 3, 1)))
        .putAid(AidProgram.PKH, true);
  }

  private static Summary summary(Household h, LocalDate date) {
    Summary s = new Summary();
    s.add(BANGKALAN, ENGINE.assess(h, date));
    return s;
  }

  private static Map<String, Summary.Cell> cells(Summary s) {
    return s.cells().get(BANGKALAN);
  }

  private static String printed(Summary s, LocalDate date) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<String> programs = JawaTimur.catalog().inForce(date).stream()
        .map(p -> p.info().code()).toList();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      s.print(out, programs);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theDayBeforeTheElderTurns70NeitherBudgetPaysAndOnItEachPaysItsOwn() {
    Map<String, Summary.Cell> before = cells(summary(family().build(), DAY_BEFORE));
    Map<String, Summary.Cell> on = cells(summary(family().build(), BIRTHDAY_70));

    assertThat(before.get("PKH_PLUS").yearlyTotals.amount(Funder.APBD_PROVINSI))
        .isEqualTo(Rupiah.ZERO);
    assertThat(before.get("PKH").yearlyTotals.amount(Funder.APBN)).isEqualTo(Rupiah.ZERO);
    assertThat(on.get("PKH_PLUS").yearlyTotals.amount(Funder.APBD_PROVINSI))
        .isEqualTo(Rupiah.of(2_000_000));
    assertThat(on.get("PKH_PLUS").yearlyTotals.amount(Funder.APBN)).isEqualTo(Rupiah.ZERO);
    assertThat(on.get("PKH").yearlyTotals.amount(Funder.APBN)).isEqualTo(Rupiah.of(2_400_000));
    assertThat(on.get("PKH").yearlyTotals.amount(Funder.APBD_PROVINSI)).isEqualTo(Rupiah.ZERO);
  }

  @Test
  void theTableShowsAColumnPerFunderAndALineForAllPrograms() {
    String out = printed(summary(family().build(), BIRTHDAY_70), BIRTHDAY_70);

    assertThat(out).contains("Yearly totals by who pays / total setahun menurut sumber dana:");
    assertThat(out.lines().filter(l -> l.startsWith("Kode ")).findFirst().orElseThrow())
        .contains("APBD_PROVINSI", "APBN", "APBD_KABUPATEN_KOTA")
        .doesNotContain("Yearly total / setahun");
    assertThat(out).containsPattern("35\\.26 +Kabupaten Bangkalan +PKH_PLUS +1 +0 +0 +"
        + "Rp2\\.000\\.000 +Rp0 +Rp0\n");
    assertThat(out).containsPattern("35\\.26 +Kabupaten Bangkalan +PKH +1 +0 +0 +"
        + "Rp0 +Rp2\\.400\\.000 +Rp0\n");
    assertThat(out).containsPattern("35 +TOTAL Jawa Timur +\\(all / semua\\) .* "
        + "Rp2\\.000\\.000 +Rp2\\.400\\.000 +Rp0\n");
    assertThat(out).doesNotContain(">=");
  }

  @Test
  void eligibleNationalPkhRestsOnTheAssumedCapAndTheDayBeforeOnlyOnDisputedValues() {
    Summary.Cell before = cells(summary(family().build(), DAY_BEFORE)).get("PKH");
    Summary.Cell on = cells(summary(family().build(), BIRTHDAY_70)).get("PKH");

    assertThat(before.count(Confidence.DISPUTED)).isEqualTo(1);
    assertThat(before.count(Confidence.ASSUMED)).isZero();
    assertThat(on.count(Confidence.ASSUMED)).isEqualTo(1);
    assertThat(on.count(Confidence.DISPUTED)).isZero();
    String out = printed(summary(family().build(), BIRTHDAY_70), BIRTHDAY_70);
    assertThat(out).contains("Decisions by the weakest confidence of the rules they rest on")
        .containsPattern("Program +CONFIRMED +INFERRED +DISPUTED +ASSUMED\n")
        .containsPattern("\nPKH +0 +0 +0 +1\n")
        .containsPattern("\nPKH_PLUS +0 +0 +1 +0\n");
  }

  @Test
  void aTotalThatLeavesOutAnAmountNotKnownIsMarkedAtLeast() {
    Household orphan = family().addMembers(Person.builder().nik(Nik.parse("3526015508120003"))
        .birthDate(LocalDate.of(2012, 8, 15)).sex(Sex.FEMALE).relationship(Relationship.CHILD)
        .schoolLevel(SchoolLevel.SMP).occupation(Occupation.STUDENT)
        .father(ParentStatus.living())
        .mother(ParentStatus.deceased(LocalDate.of(2021, 7, 20), DeathCause.COVID_19))
        .build()).build();

    String out = printed(summary(orphan, BIRTHDAY_70), BIRTHDAY_70);

    assertThat(out).containsPattern("35\\.26 +Kabupaten Bangkalan +LDP_COVID_ORPHAN +1 +0 +0 +"
        + ">= Rp0 +Rp0 +Rp0\n");
    assertThat(out).contains(">= : at least; some amounts are not known (APBD_PROVINSI)");
  }
}
