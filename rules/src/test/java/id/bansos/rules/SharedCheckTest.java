package id.bansos.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.Household;
import id.bansos.core.money.Rupiah;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link Check#shared}: a household check declared by several programs with equal parameter
 * values is evaluated once per assessment, and every program records the same outcome and facts.
 */
class SharedCheckTest {

  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final LocalDate DATE = LocalDate.of(2025, 7, 1);

  /** A program "code" whose one household criterion is the shared "family size" test. */
  private static Program program(String code, int maxMembers, AtomicInteger evaluations) {
    ParameterKey<Boolean> inForce = ParameterKey.required(code + ".IN_FORCE", Boolean.class);
    ParameterKey<Integer> max = ParameterKey.required(code + ".MAX_MEMBERS", Integer.class);
    ParameterKey<BenefitSchedule> benefit =
        ParameterKey.required(code + ".BENEFIT", BenefitSchedule.class);
    Program.Builder b = Program.builder(new ProgramInfo(code, Text.of(code, code),
            Text.of("Contoh.", "An example."), BeneficiaryUnit.HOUSEHOLD, "Test", inForce))
        .parameters(List.of(
            Parameter.builder(inForce, "In force").from(START).value(true).source("Test", "")
                .add().build(),
            Parameter.builder(max, "Most members").from(START).value(maxMembers)
                .source("Test", "").add().build(),
            Parameter.builder(benefit, "Benefit").from(START)
                .value(BenefitSchedule.paid(Text.of("Bantuan", "Aid"), BenefitForm.CASH,
                    Rupiah.of(100_000), PaymentFrequency.ONCE, 1, Optional.empty(),
                    Funder.APBD_PROVINSI))
                .source("Test", "").add().build()));
    Param<Integer> most = b.param(max);
    Criterion size = new Criterion(code + ".SMALL_FAMILY",
        Text.of("Keluarga kecil", "A small family"), "Test",
        Text.of("{members} anggota.", "{members} members."),
        Text.of("{members} anggota, lebih dari {MAX_MEMBERS}.",
            "{members} members, more than {MAX_MEMBERS}."),
        Text.of("Domisili belum tercatat.", "The domicile is not recorded."));
    b.household(size, Check.shared("TEST.SMALL_FAMILY", Check.outcome((h, r) -> {
      evaluations.incrementAndGet();
      if (h.household().domicile().isEmpty()) {
        return r.absent(h, "domicile");
      }
      r.show("members", h.members().size());
      return h.members().size() <= r.value(most) ? Outcome.PASS : Outcome.FAIL;
    }, "members")), most);
    return b.award(Award.household(b.param(benefit))).build();
  }

  private static Household family() {
    return Households.elderlyPkhFamily(LocalDate.of(1950, 1, 1)).build();
  }

  @Test
  void equalValuesAreEvaluatedOnceAndRecordedForEveryProgram() {
    AtomicInteger evaluations = new AtomicInteger();
    Engine engine = Engine.of(Catalog.of("test", List.of(program("LOCAL_A", 2, evaluations),
        program("LOCAL_B", 2, evaluations), program("LOCAL_C", 2, evaluations))));

    Assessment a = engine.assess(family(), DATE);

    assertThat(evaluations).hasValue(1);
    assertThat(a.determinations()).hasSize(3).allSatisfy(d -> {
      assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
      CriterionResult c = d.criteria().get(0);
      assertThat(c.criterion().code()).isEqualTo(d.programCode() + ".SMALL_FAMILY");
      assertThat(c.outcome()).isEqualTo(Outcome.PASS);
      assertThat(c.facts()).isEqualTo(a.determinations().get(0).criteria().get(0).facts());
    });
    // Each assessment evaluates it again.
    engine.assess(family(), DATE);
    assertThat(evaluations).hasValue(2);
  }

  @Test
  void differentValuesAreEvaluatedForEachValue() {
    AtomicInteger evaluations = new AtomicInteger();
    Engine engine = Engine.of(Catalog.of("test", List.of(program("LOCAL_A", 2, evaluations),
        program("LOCAL_B", 1, evaluations), program("LOCAL_C", 2, evaluations))));

    Assessment a = engine.assess(family(), DATE);

    assertThat(evaluations).hasValue(2);
    assertThat(a.determinations()).extracting(Determination::status)
        .containsExactly(Status.ELIGIBLE, Status.NOT_ELIGIBLE, Status.ELIGIBLE);
  }

  @Test
  void anUnknownOutcomeIsRepeatedWithItsMissingFacts() {
    AtomicInteger evaluations = new AtomicInteger();
    Engine engine = Engine.of(Catalog.of("test", List.of(program("LOCAL_A", 2, evaluations),
        program("LOCAL_B", 2, evaluations))));
    Household noDomicile = Households.elderlyPkhFamily(LocalDate.of(1950, 1, 1))
        .domicile(Optional.empty()).build();

    Assessment a = engine.assess(noDomicile, DATE);

    assertThat(evaluations).hasValue(1);
    assertThat(a.determinations()).allSatisfy(d -> {
      assertThat(d.status()).isEqualTo(Status.UNDETERMINED);
      assertThat(d.missingFacts()).extracting(MissingFact::path).containsExactly("domicile");
      assertThat(d.criteria().get(0).missingFacts()).extracting(MissingFact::path)
          .containsExactly("domicile");
    });
  }

  @Test
  void aRepeatedResultEqualsTheProgramDecidedAlone() {
    AtomicInteger evaluations = new AtomicInteger();
    Program second = program("LOCAL_B", 2, evaluations);
    Engine engine = Engine.of(Catalog.of("test", List.of(program("LOCAL_A", 2, evaluations),
        second)));
    for (Household h : List.of(family(), Households.elderlyPkhFamily(LocalDate.of(1950, 1, 1))
        .domicile(Optional.empty()).build())) {
      Determination inAssessment = engine.assess(h, DATE).determination("LOCAL_B").orElseThrow();
      Determination alone = engine.decide(second, h, DATE);

      assertThat(inAssessment).isEqualTo(alone);
      assertThat(inAssessment.criteria()).isEqualTo(alone.criteria());
      assertThat(inAssessment.criteria().get(0).message(Language.EN))
          .isEqualTo(alone.criteria().get(0).message(Language.EN));
    }
  }
}
