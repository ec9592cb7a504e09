package id.bansos.rules;

import id.bansos.rules.program.JawaTimur;
import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.AidProgram;
import id.bansos.core.household.Household;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import id.bansos.core.money.Rupiah;
import id.bansos.core.region.RegionCode;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.criteria.RegistryRule;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.ParameterValue;
import id.bansos.rules.param.Source;
import id.bansos.rules.program.aspd.Aspd;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The code of README.md's "Checking eligibility" and "Extending for a regency", kept compiling. */
class ReadmeExamplesTest {

  private static Household readmeFamily() {
    return Household.builder()
        .kkNumber(KkNumber.parse("3526010101200001"))
        .addMembers(Person.builder()
            .nik(Nik.parse("3526011003800001")).birthDate(LocalDate.of(1980, 3, 10))
            .sex(Sex.MALE).relationship(Relationship.HEAD).occupation(Occupation.FARMER).build())
        .addMembers(Person.builder()
            .nik(Nik.parse("3526014106550002")).birthDate(LocalDate.of(1955, 6, 1))
            .sex(Sex.FEMALE).relationship(Relationship.PARENT).occupation(Occupation.NOT_WORKING)
            .build())
        .domicile(RegionCode.parse("35.26.01.2008"))
        .registry(RegistryStatus.dtsen(Desil.of(2), LocalDate.of(2025, 3, 1)))
        .putAid(AidProgram.PKH, true)
        .build();
  }

  @Test
  void checkingEligibility() {
    Engine engine = Engine.of(JawaTimur.catalog());

    Assessment assessment = engine.assess(readmeFamily(), LocalDate.of(2025, 7, 1));

    Determination pkhPlus = assessment.determination("PKH_PLUS").orElseThrow();
    assertThat(pkhPlus.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(pkhPlus.beneficiaries())
        .containsExactly(Beneficiary.member(Nik.parse("3526014106550002")));
    assertThat(pkhPlus.yearlyTotal()).isEqualTo(Rupiah.of(2_000_000));
    assertThat(assessment.yearlyTotal(Funder.APBD_PROVINSI)).isEqualTo(Rupiah.of(2_000_000));
    assertThat(assessment.yearlyTotal(Funder.APBN)).isEqualTo(Rupiah.of(2_400_000));
    assertThat(assessment.render(Language.ID)).contains("PKH_PLUS.AGE_AT_LEAST")
        .doesNotContain("3526014106550002");
  }

  @Test
  void extendingForARegency() {
    Catalog sidoarjo = JawaTimur.catalog().derive("Kabupaten Sidoarjo")
        .override(new ParameterValue<>(Aspd.REGISTRY, RegistryRule.desilAtMost(5),
            LocalDate.of(2026, 1, 1), Optional.empty(), Confidence.CONFIRMED,
            List.of(Source.of("Perbup Sidoarjo (example)", "")), ""))
        .build();

    assertThat(sidoarjo.at(Aspd.REGISTRY, LocalDate.of(2026, 1, 1)).orElseThrow().value())
        .isEqualTo(RegistryRule.desilAtMost(5));
    assertThat(sidoarjo.at(Aspd.REGISTRY, LocalDate.of(2025, 12, 31)).orElseThrow().value())
        .isEqualTo(RegistryRule.desilAtMost(4));
    assertThat(JawaTimur.catalog().at(Aspd.REGISTRY, LocalDate.of(2026, 1, 1)).orElseThrow()
        .value()).isEqualTo(RegistryRule.desilAtMost(4));
  }
}
