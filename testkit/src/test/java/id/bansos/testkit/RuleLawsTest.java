package id.bansos.testkit;

import id.bansos.rules.program.JawaTimur;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.BeneficiaryUnit;
import id.bansos.rules.Catalog;
import id.bansos.rules.Criterion;
import id.bansos.rules.Check;
import id.bansos.rules.FactKey;
import id.bansos.rules.Program;
import id.bansos.rules.ProgramInfo;
import id.bansos.rules.Snapshot;
import id.bansos.rules.Text;
import id.bansos.rules.criteria.RegistryRule;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterKey;
import id.bansos.rules.param.ParameterValue;
import id.bansos.rules.param.Source;
import id.bansos.rules.program.aspd.Aspd;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleLawsTest {

  @Test
  void derivedCatalogWithAWiderDesilBoundKeepsTheLaws() {
    Catalog regency = JawaTimur.catalog().derive("Kabupaten Contoh")
        .override(new ParameterValue<>(Aspd.REGISTRY, RegistryRule.desilAtMost(5),
            LocalDate.of(2026, 1, 1), Optional.empty(), Confidence.ASSUMED,
            List.of(Source.of("Keputusan Bupati (test)", "")), ""))
        .build();

    assertThatCode(() -> RuleLaws.forCatalog(regency).withExamples(40).verifyAll())
        .doesNotThrowAnyException();
  }

  @Test
  void aProgramForTheRicherDecilesBreaksDesilMonotonicity() {
    Catalog broken = JawaTimur.catalog().derive("Broken").add(RichOnly.PROGRAM).build();

    assertThatThrownBy(() -> RuleLaws.forCatalog(broken).verifyDesilMonotonicity())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Rule law 'desil monotonicity' broken for catalog Broken")
        .hasMessageContaining("RICH_ONLY is ELIGIBLE at desil");
  }

  @Test
  void theSameBrokenProgramStillKeepsTheOtherLaws() {
    Catalog broken = JawaTimur.catalog().derive("Broken").add(RichOnly.PROGRAM).build();
    RuleLaws laws = RuleLaws.forCatalog(broken).withExamples(30);

    assertThatCode(() -> {
      laws.verifyDeterminism();
      laws.verifyMemberOrderIndependence();
      laws.verifyStatusFollowsCriteria();
      laws.verifyExclusionMonotonicity();
    }).doesNotThrowAnyException();
  }

  @Test
  void settingsAreChecked() {
    assertThatThrownBy(() -> RuleLaws.forCatalog(JawaTimur.catalog()).withExamples(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RuleLaws.forCatalog(JawaTimur.catalog())
        .between(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aProgramThatReadsAnAbsentFactAsNoBreaksInformationMonotonicity() {
    Catalog broken = JawaTimur.catalog().derive("Broken").add(Unchecked.PROGRAM).build();

    assertThatThrownBy(() -> RuleLaws.forCatalog(broken).withExamples(30)
        .verifyInformationMonotonicity())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("information monotonicity")
        .hasMessageContaining("UNCHECKED");
  }

  /**
   * A deliberately wrong local program: it reads the register around the engine and takes "not
   * checked" for "not registered", so forgetting the register makes a family eligible.
   */
  private static final class Unchecked {
    static final ParameterKey<Boolean> IN_FORCE =
        ParameterKey.required("UNCHECKED.IN_FORCE", Boolean.class);
    static final Criterion NOT_REGISTERED = new Criterion("UNCHECKED.NOT_REGISTERED",
        Text.of("Tidak terdaftar", "Not registered"), "test", Text.of("Ya.", "Yes."),
        Text.of("Tidak.", "No."), Text.of("?", "?"));
    static final Program PROGRAM = Program.builder(new ProgramInfo("UNCHECKED",
            Text.of("Uji", "Test"), Text.of("Program uji", "A test program"),
            BeneficiaryUnit.HOUSEHOLD, "test", IN_FORCE))
        .parameters(List.of(Parameter.builder(IN_FORCE, "in force")
            .from(LocalDate.of(2019, 1, 1)).value(true).source("test", "").add().build()))
        .household(NOT_REGISTERED, Check.test((h, r) -> h.household().registry()
            .map(s -> !s.registered()).orElse(true)))
        .award((h, q, r, g) -> g.household())
        .build();

    private Unchecked() {}
  }

  /** A deliberately wrong local program: only families in desil 6 or above qualify. */
  private static final class RichOnly {
    static final ParameterKey<Boolean> IN_FORCE =
        ParameterKey.required("RICH_ONLY.IN_FORCE", Boolean.class);
    static final Criterion RICH = new Criterion("RICH_ONLY.RICH", Text.of("Kaya", "Rich"),
        "test", Text.of("Kaya.", "Rich."), Text.of("Tidak kaya.", "Not rich."),
        Text.of("Desil belum diketahui.", "Desil not known."));
    static final ProgramInfo INFO = new ProgramInfo("RICH_ONLY", Text.of("Kaya", "Rich only"),
        Text.of("Program uji", "A test program"), BeneficiaryUnit.HOUSEHOLD, "test", IN_FORCE);
    static final FactKey<Snapshot, Integer> DESIL = FactKey.household("registry.desil",
        Integer.class, s -> s.household().registry().flatMap(RegistryStatus::desil)
            .map(d -> d.value()));
    static final Program PROGRAM = Program.builder(INFO)
        .parameters(List.of(Parameter.builder(IN_FORCE, "in force")
            .from(LocalDate.of(2019, 1, 1)).value(true).source("test", "").add().build()))
        .household(RICH, Check.fact(DESIL, d -> d >= 6))
        .award((h, q, r, g) -> g.household())
        .build();

    private RichOnly() {}
  }
}
