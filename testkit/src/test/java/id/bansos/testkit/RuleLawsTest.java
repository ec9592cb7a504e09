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
import id.bansos.rules.Param;
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

  @Test
  void aSharedCheckReadingAParameterItDoesNotDeclareBreaksProgramsDecideAsAlone() {
    Catalog broken = JawaTimur.catalog().derive("Broken")
        .add(SmallFamily.program("SMALL_TWO", 2)).add(SmallFamily.program("SMALL_THREE", 3))
        .build();

    assertThatThrownBy(() -> RuleLaws.forCatalog(broken).withExamples(30)
        .verifyProgramsDecideAsAlone())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Rule law 'programs decide as alone' broken for catalog Broken")
        .hasMessageContaining("SMALL_THREE decided with the other programs differs");
    // Declared as it should be, the same pair keeps the law.
    Catalog mended = JawaTimur.catalog().derive("Mended")
        .add(SmallFamily.declared("SMALL_TWO", 2)).add(SmallFamily.declared("SMALL_THREE", 3))
        .build();
    assertThatCode(() -> RuleLaws.forCatalog(mended).withExamples(30)
        .verifyProgramsDecideAsAlone()).doesNotThrowAnyException();
  }

  /**
   * Deliberately wrong local programs: "at most N members", a check marked shared under one id
   * in each, which reads the program's own N without declaring it; so the second program takes
   * the first one's answer. {@link #declared} declares it, as {@code Check.shared} asks.
   */
  private static final class SmallFamily {
    static Program program(String code, int most) {
      return build(code, most, false);
    }

    static Program declared(String code, int most) {
      return build(code, most, true);
    }

    private static Program build(String code, int most, boolean declare) {
      ParameterKey<Boolean> inForce = ParameterKey.required(code + ".IN_FORCE", Boolean.class);
      ParameterKey<Integer> max = ParameterKey.required(code + ".MAX_MEMBERS", Integer.class);
      LocalDate start = LocalDate.of(2019, 1, 1);
      Program.Builder b = Program.builder(new ProgramInfo(code, Text.of("Uji", "Test"),
              Text.of("Program uji", "A test program"), BeneficiaryUnit.HOUSEHOLD, "test",
              inForce))
          .parameters(List.of(
              Parameter.builder(inForce, "in force").from(start).value(true).source("test", "")
                  .add().build(),
              Parameter.builder(max, "most members").from(start).value(most)
                  .source("test", "").add().build()));
      Param<Integer> limit = b.param(max);
      Criterion small = new Criterion(code + ".SMALL", Text.of("Kecil", "Small"), "test",
          Text.of("Kecil.", "Small."), Text.of("Besar.", "Large."), Text.of("?", "?"));
      Check<Snapshot> check = Check.shared("TEST.SMALL_FAMILY",
          Check.test((h, r) -> h.members().size() <= r.value(limit)));
      if (declare) {
        b.household(small, check, limit);
      } else {
        b.household(small, check);
      }
      return b.award((h, q, r, g) -> g.household()).build();
    }

    private SmallFamily() {}
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
