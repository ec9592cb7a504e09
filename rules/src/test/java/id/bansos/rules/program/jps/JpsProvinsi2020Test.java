package id.bansos.rules.program.jps;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.AidProgram;
import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutableHousehold;
import id.bansos.core.household.ImmutablePerson;
import id.bansos.core.household.LabourShock;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Sex;
import id.bansos.core.registry.Register;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.Catalog;
import id.bansos.rules.Determination;
import id.bansos.rules.Engine;
import id.bansos.rules.Households;
import id.bansos.rules.Language;
import id.bansos.rules.MissingFact;
import id.bansos.rules.Outcome;
import id.bansos.rules.Status;
import id.bansos.rules.program.JawaTimur;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JpsProvinsi2020Test {

  private static final Engine ENGINE =
      Engine.of(Catalog.of("test", List.of(JpsProvinsi2020.program())));
  private static final LocalDate DATE = LocalDate.of(2020, 6, 1);
  private static final LocalDate CHECKED = LocalDate.of(2020, 3, 1);

  private static Map<AidProgram, Boolean> noAid() {
    Map<AidProgram, Boolean> aid = new HashMap<>();
    for (AidProgram a : JpsProvinsi2020.EXCLUDING_AID) {
      aid.put(a, false);
    }
    return aid;
  }

  private static ImmutablePerson.Builder head() {
    return Households.person(LocalDate.of(1980, 2, 2), Sex.MALE, Relationship.HEAD,
        Occupation.LABOURER, 1);
  }

  /** A poor family in a Bangkalan desa, registered in DTKS, receiving no other aid. */
  private static ImmutableHousehold.Builder poorFamily() {
    return Household.builder().kkNumber(KkNumber.parse("3526010101200001"))
        .addMembers(head().labourShock(LabourShock.NONE).build())
        .domicile(Households.BANGKALAN_DESA)
        .registry(RegistryStatus.dtks(CHECKED))
        .aid(noAid());
  }

  private static Determination decide(Household h) {
    return ENGINE.assess(h, DATE).determination(JpsProvinsi2020.CODE).orElseThrow();
  }

  @Test
  void aPoorFamilyWithoutOtherAidGetsTheBaseAmount() {
    Determination d = decide(poorFamily().livesOnSmallIsland(false).build());

    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(d.yearlyTotal().amount()).isEqualTo(600_000L);
  }

  @Test
  void aFamilyOnASmallIslandGetsTheIslandAmount() {
    Determination d = decide(poorFamily().livesOnSmallIsland(true).build());

    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(d.yearlyTotal().amount()).isEqualTo(1_500_000L);
  }

  @Test
  void anUnknownIslandStatusGetsTheBaseAmountAndSaysSo() {
    Determination d = decide(poorFamily().build());

    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(d.yearlyTotal().amount()).isEqualTo(600_000L);
    assertThat(d.result("JPS_PROVINSI_2020.BENEFIT_RATE").orElseThrow().message(Language.EN))
        .contains("unknown").contains("Rp500.000");
  }

  @ParameterizedTest
  @EnumSource(value = AidProgram.class, names = {"PKH", "BPNT_SEMBAKO", "BST", "KARTU_PRAKERJA",
      "BLT_DANA_DESA", "REGENCY_BUDGET_AID"})
  void eachOtherAidExcludesTheFamily(AidProgram aid) {
    Determination d = decide(poorFamily().putAid(aid, true).build());

    assertThat(d.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(d.result("JPS_PROVINSI_2020.NOT_RECEIVING_" + aid.name()).orElseThrow().outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @ParameterizedTest
  @EnumSource(value = AidProgram.class, names = {"PKH", "BPNT_SEMBAKO", "BST", "KARTU_PRAKERJA",
      "BLT_DANA_DESA", "REGENCY_BUDGET_AID"})
  void eachUnknownAidMembershipIsUndetermined(AidProgram aid) {
    Map<AidProgram, Boolean> aidMap = noAid();
    aidMap.remove(aid);

    Determination d = decide(poorFamily().aid(aidMap).build());

    assertThat(d.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(d.missingFacts()).extracting(Object::toString).containsExactly("aid." + aid.name());
  }

  @Test
  void healthInsuranceDoesNotExclude() {
    Determination d = decide(poorFamily().putAid(AidProgram.PBI_JK, true).build());

    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
  }

  @Test
  void anUnregisteredFamilyWithALaidOffMemberIsAffected() {
    Household h = outsideTheRegister()
        .members(List.of(head().labourShock(LabourShock.LAID_OFF).build())).build();

    Determination d = decide(h);

    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(d.result("JPS_PROVINSI_2020.AFFECTED_FAMILY").orElseThrow().message(Language.EN))
        .contains("laid off");
  }

  /** Outside the register, no member lost income: only the regent's or mayor's proposal is left. */
  private static ImmutableHousehold.Builder outsideTheRegister() {
    return poorFamily().registry(RegistryStatus.notRegistered(Register.DTKS, CHECKED));
  }

  @Test
  void aFamilyOutsideTheRegisterProposedByTheRegentOrMayorIsAffected() {
    Household h = outsideTheRegister()
        .putExtensions(JpsProvinsi2020.PROPOSED_BY_REGENT_OR_MAYOR, true).build();

    Determination d = decide(h);

    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(d.yearlyTotal().amount()).isEqualTo(600_000L);
    assertThat(d.result("JPS_PROVINSI_2020.AFFECTED_FAMILY").orElseThrow().message(Language.EN))
        .isEqualTo("The family is affected (proposed by the regent or mayor).");
  }

  @Test
  void aFamilyOutsideTheRegisterNotProposedAndWithoutALabourShockIsNotAffected() {
    Household h = outsideTheRegister()
        .putExtensions(JpsProvinsi2020.PROPOSED_BY_REGENT_OR_MAYOR, false).build();

    Determination d = decide(h);

    assertThat(d.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(d.result("JPS_PROVINSI_2020.AFFECTED_FAMILY").orElseThrow().outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void anUnrecordedProposalWithNoOtherPathIsUndeterminedNotNotEligible() {
    Determination d = decide(outsideTheRegister().build());

    assertThat(d.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(d.missingFacts()).extracting(Object::toString).containsExactly("proposedByRegentOrMayor");
  }

  @Test
  void anUnrecordedProposalDoesNotMatterWhenTheFamilyIsRegisteredAsPoor() {
    Determination d = decide(poorFamily().build());

    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(d.missingFacts()).isEmpty();
  }

  @Test
  void theProvincialCatalogListsTheProposalAsAnExtensionFact() {
    assertThat(JpsProvinsi2020.program().extensionFacts())
        .containsExactly(JpsProvinsi2020.PROPOSED_BY_REGENT_OR_MAYOR);
    assertThat(JawaTimur.catalog().extensionFacts())
        .contains(JpsProvinsi2020.PROPOSED_BY_REGENT_OR_MAYOR);
  }

  @Test
  void anUnregisteredFamilyWithAnUnrecordedLabourSituationIsUndetermined() {
    Household h = outsideTheRegister()
        .putExtensions(JpsProvinsi2020.PROPOSED_BY_REGENT_OR_MAYOR, false)
        .members(List.of(head().build())).build();

    Determination d = decide(h);

    assertThat(d.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(d.missingFacts()).singleElement().asString().endsWith("labourShock");
  }

  @Test
  void anAsnMemberExcludesTheFamily() {
    Household h = poorFamily().addMembers(Households.person(LocalDate.of(1999, 1, 1), Sex.MALE,
        Relationship.CHILD, Occupation.POLRI, 3).build()).build();

    assertThat(decide(h).status()).isEqualTo(Status.NOT_ELIGIBLE);
  }

  @Test
  void inForceIn2020Only() {
    Household h = poorFamily().build();

    assertThat(ENGINE.assess(h, LocalDate.of(2020, 12, 31)).determination(JpsProvinsi2020.CODE))
        .isPresent();
    assertThat(ENGINE.assess(h, LocalDate.of(2021, 1, 1)).determination(JpsProvinsi2020.CODE))
        .isEmpty();
    assertThat(ENGINE.assess(h, LocalDate.of(2020, 3, 31)).determination(JpsProvinsi2020.CODE))
        .isEmpty();
  }

  private static java.util.Optional<Object> shown(Determination d, String code, String name) {
    return d.result(code).orElseThrow().facts().stream().filter(f -> f.name().equals(name))
        .map(id.bansos.rules.Fact::value).findFirst();
  }

  /** Outside the register and not proposed, with one more member born on {@code birth}. */
  private static Household withMember(LocalDate birth, java.util.Optional<LabourShock> shock) {
    return outsideTheRegister().putExtensions(JpsProvinsi2020.PROPOSED_BY_REGENT_OR_MAYOR, false)
        .addMembers(Households.person(birth, Sex.FEMALE, Relationship.CHILD, Occupation.STUDENT,
            2).labourShock(shock).build()).build();
  }

  @Test
  void aChildWithoutARecordedLabourShockIsNotAskedAnAdultIs() {
    Determination seventeen = decide(withMember(DATE.minusYears(18).plusDays(1),
        java.util.Optional.empty()));
    Determination eighteen = decide(withMember(DATE.minusYears(18), java.util.Optional.empty()));
    Determination laidOff = decide(withMember(DATE.minusYears(16),
        java.util.Optional.of(LabourShock.LAID_OFF)));

    assertThat(seventeen.result("JPS_PROVINSI_2020.AFFECTED_FAMILY").orElseThrow().outcome())
        .isEqualTo(Outcome.FAIL);
    assertThat(eighteen.result("JPS_PROVINSI_2020.AFFECTED_FAMILY").orElseThrow().outcome())
        .isEqualTo(Outcome.UNKNOWN);
    assertThat(eighteen.missingFacts()).extracting(MissingFact::path)
        .anyMatch(p -> p.endsWith("labourShock"));
    assertThat(laidOff.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(laidOff.result("JPS_PROVINSI_2020.AFFECTED_FAMILY").orElseThrow().facts())
        .filteredOn(f -> f.name().equals("affectedBy")).extracting(f -> f.value())
        .containsExactly(LabourShock.LAID_OFF);
    assertThat(shown(seventeen, "JPS_PROVINSI_2020.AFFECTED_FAMILY", "affectedBy")).isEmpty();
    assertThat(shown(eighteen, "JPS_PROVINSI_2020.AFFECTED_FAMILY", "affectedBy")).isEmpty();
  }

  @Test
  void theRateReportShowsTheRateGrantedAndWhetherTheFamilyLivesOnASmallIsland() {
    Determination d = decide(poorFamily().livesOnSmallIsland(false).build());

    assertThat(shown(d, "JPS_PROVINSI_2020.BENEFIT_RATE", "rate"))
        .contains(id.bansos.core.money.Rupiah.of(200_000));
    assertThat(shown(d, "JPS_PROVINSI_2020.BENEFIT_RATE", "livesOnSmallIsland")).contains(false);
  }
}
