package id.bansos.rules.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutableHousehold;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Person;
import id.bansos.core.identity.Nik;
import id.bansos.core.region.RegionCode;
import id.bansos.core.registry.Register;
import id.bansos.rules.CriterionResult;
import id.bansos.rules.Determination;
import id.bansos.rules.Engine;
import id.bansos.rules.Fact;
import id.bansos.rules.Households;
import id.bansos.rules.MissingFact;
import id.bansos.rules.Outcome;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.ParameterValue;
import id.bansos.rules.param.Source;
import id.bansos.rules.program.JawaTimur;
import id.bansos.rules.program.aspd.Aspd;
import id.bansos.rules.program.pkhplus.PkhPlus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The facts the shared criteria show beside their outcome (register, desil, domicile, regency,
 * the grant history), and their edges: a domicile the registry does not know, a covered region
 * in another province, and the recipient rule for children.
 */
class SharedCriteriaExplanationTest {

  private static final Engine PROVINCE = Engine.of(JawaTimur.catalog());
  private static final LocalDate DATE = LocalDate.of(2025, 7, 1);
  private static final LocalDate CHILD = LocalDate.of(2015, 5, 5);

  private static Determination decide(Engine engine, Household h, String code) {
    return engine.assess(h, DATE).determination(code).orElseThrow();
  }

  private static Optional<Object> shown(CriterionResult r, String name) {
    return r.facts().stream().filter(f -> f.name().equals(name)).map(Fact::value).findFirst();
  }

  private static CriterionResult memberResult(Determination d, Nik member, String code) {
    return d.members().stream().filter(m -> m.member().equals(member))
        .flatMap(m -> m.criteria().stream()).filter(r -> r.code().equals(code)).findFirst()
        .orElseThrow();
  }

  @Test
  void theRegistryShowsTheRegisterTheDateAndTheDesil() {
    CriterionResult r = decide(PROVINCE, Households.disabledChildFamily(CHILD).build(), Aspd.CODE)
        .result("ASPD.REGISTRY").orElseThrow();

    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(shown(r, "register")).contains(Register.DTSEN);
    assertThat(shown(r, "checkedOn")).contains(LocalDate.of(2025, 3, 1));
    assertThat(shown(r, "desil")).contains(2);
  }

  @Test
  void theCoveredRegionShowsTheDomicileAndItsRegency() {
    CriterionResult r = decide(PROVINCE, Households.elderlyPkhFamily(LocalDate.of(1945, 2, 1))
        .build(), PkhPlus.CODE).result("PKH_PLUS.COVERED_REGION").orElseThrow();

    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(shown(r, "domicile")).contains(Households.BANGKALAN_DESA);
    assertThat(shown(r, "regency")).contains(RegionCode.parse("35.26"));
  }

  @Test
  void aJawaTimurVillageCodeTheRegistryDoesNotKnowLeavesTheRegionUnknown() {
    Household h = Households.disabledChildFamily(CHILD)
        .domicile(RegionCode.parse("35.26.01.2999")).build();

    CriterionResult r = decide(PROVINCE, h, Aspd.CODE).result("ASPD.COVERED_REGION")
        .orElseThrow();

    assertThat(r.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(r.missingFacts()).extracting(MissingFact::path).contains("domicile");
    assertThat(shown(r, "reason")).isPresent();
  }

  @Test
  void aRegionOfAnotherProvinceThatTheListNamesIsCovered() {
    Engine wider = Engine.of(JawaTimur.catalog().derive("wider").override(new ParameterValue<>(
        Aspd.COVERED_REGIONS, CoveredRegions.exactly("35", "33"), LocalDate.of(2025, 1, 1),
        Optional.empty(), Confidence.ASSUMED, List.of(Source.of("test", "")), "test")).build());
    Household h = Households.disabledChildFamily(CHILD)
        .domicile(RegionCode.parse("33.74.01.1001")).build();

    assertThat(decide(wider, h, Aspd.CODE).result("ASPD.COVERED_REGION").orElseThrow()
        .outcome()).isEqualTo(Outcome.PASS);
    assertThat(decide(PROVINCE, h, Aspd.CODE).result("ASPD.COVERED_REGION").orElseThrow()
        .outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void aCheckedGrantHistoryIsShown() {
    Household h = Households.disabledChildFamily(CHILD).pastGrantsChecked(true).build();

    CriterionResult r = decide(PROVINCE, h, "WRSE").result("WRSE.NO_EARLIER_GRANT")
        .orElseThrow();

    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(shown(r, "pastGrantsChecked")).contains(true);
  }

  @Test
  void theRecipientRuleSparesAChildWithoutAnOccupationButNotOneWithAnExcludedPost() {
    Engine regency = Engine.of(JawaTimur.catalog().derive("Kabupaten Uji")
        .override(CommonCriteria.recipientExclusions2023()).build());
    String code = "ASPD.RECIPIENT_OCCUPATION";

    Outcome seventeen = outcomeOf(regency, DATE.minusYears(18).plusDays(1), Optional.empty(),
        code);
    Outcome eighteen = outcomeOf(regency, DATE.minusYears(18), Optional.empty(), code);
    Outcome official = outcomeOf(regency, DATE.minusYears(18).plusDays(1),
        Optional.of(Occupation.VILLAGE_OFFICIAL), code);

    assertThat(seventeen).isEqualTo(Outcome.PASS);
    assertThat(eighteen).isEqualTo(Outcome.UNKNOWN);
    assertThat(official).isEqualTo(Outcome.FAIL);
  }

  private static Outcome outcomeOf(Engine engine, LocalDate birth, Optional<Occupation> job,
      String code) {
    ImmutableHousehold base = Households.disabledChildFamily(birth).build();
    Person child = Person.builder().from(base.members().get(1)).occupation(job).build();
    Household h = base.withMembers(base.members().get(0), child);
    return memberResult(decide(engine, h, Aspd.CODE), child.nik(), code).outcome();
  }
}
