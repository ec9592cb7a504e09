package id.bansos.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.quicktheories.QuickTheory.qt;

import id.bansos.core.household.AidProgram;
import id.bansos.core.household.Household;
import id.bansos.core.money.Rupiah;
import id.bansos.rules.criteria.CommonCriteria;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterKey;
import id.bansos.rules.param.ParameterValue;
import id.bansos.rules.program.JawaTimur;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
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
    return program(code, maxMembers, evaluations, Variant.PLAIN, h -> { });
  }

  /** How a test program differs from the plain one. */
  private enum Variant {
    PLAIN,
    /** A required parameter has no value on the date: the program is not decided. */
    LACKING,
    /** The criterion declares a second parameter, with the same value in every program. */
    MORE_USES,
    /** The shared mark is inside another check rather than at the top of the criterion. */
    NESTED
  }

  /**
   * A program "code" whose one household criterion is the "family size" test marked shared,
   * which counts its evaluations and runs {@code during} on each.
   */
  private static Program program(String code, int maxMembers, AtomicInteger evaluations,
      Variant variant, Consumer<Snapshot> during) {
    ParameterKey<Boolean> inForce = ParameterKey.required(code + ".IN_FORCE", Boolean.class);
    ParameterKey<Integer> max = ParameterKey.required(code + ".MAX_MEMBERS", Integer.class);
    ParameterKey<Integer> other = ParameterKey.required(code + ".OTHER", Integer.class);
    ParameterKey<BenefitSchedule> benefit =
        ParameterKey.required(code + ".BENEFIT", BenefitSchedule.class);
    Program.Builder b = Program.builder(new ProgramInfo(code, Text.of(code, code),
            Text.of("Contoh.", "An example."), BeneficiaryUnit.HOUSEHOLD, "Test", inForce))
        .parameters(List.of(
            Parameter.builder(inForce, "In force").from(START).value(true).source("Test", "")
                .add().build(),
            Parameter.builder(max, "Most members").from(START).value(maxMembers)
                .source("Test", "").add().build(),
            Parameter.builder(other, "Another value")
                .from(variant == Variant.LACKING ? DATE.plusDays(1) : START).value(7)
                .source("Test", "").add().build(),
            Parameter.builder(benefit, "Benefit").from(START)
                .value(BenefitSchedule.paid(Text.of("Bantuan", "Aid"), BenefitForm.CASH,
                    Rupiah.of(100_000), PaymentFrequency.ONCE, 1, Optional.empty(),
                    Funder.APBD_PROVINSI))
                .source("Test", "").add().build()));
    Param<Integer> most = b.param(max);
    Param<Integer> another = b.param(other);
    Criterion size = new Criterion(code + ".SMALL_FAMILY",
        Text.of("Keluarga kecil", "A small family"), "Test",
        Text.of("{members} anggota.", "{members} members."),
        Text.of("{members} anggota, lebih dari {MAX_MEMBERS}.",
            "{members} members, more than {MAX_MEMBERS}."),
        Text.of("Domisili belum tercatat.", "The domicile is not recorded."));
    Check<Snapshot> test = Check.shared("TEST.SMALL_FAMILY", Check.outcome((h, r) -> {
      evaluations.incrementAndGet();
      during.accept(h);
      if (h.household().domicile().isEmpty()) {
        return r.absent(h, "domicile");
      }
      r.show("members", h.members().size());
      return h.members().size() <= r.value(most) ? Outcome.PASS : Outcome.FAIL;
    }, "members"));
    switch (variant) {
      case MORE_USES -> b.household(size, test, most, another);
      case NESTED -> b.household(size, Check.allOf(test), most);
      default -> b.household(size, test, most);
    }
    return b.award(Award.household(b.param(benefit))).build();
  }

  private static Engine engine(Program... programs) {
    return Engine.of(Catalog.of("test", List.of(programs)));
  }

  /** Every determination of {@code household}'s assessment equals its program decided alone. */
  private static void assertEachAsDecidedAlone(Engine engine, Household household) {
    for (Determination d : engine.assess(household, DATE).determinations()) {
      Program program = engine.catalog().program(d.programCode()).orElseThrow();
      assertThat(d).as(d.programCode()).isEqualTo(engine.decide(program, household, DATE));
    }
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

  @Test
  void aProgramThatIsNotDecidedLeavesTheCheckToTheNext() {
    AtomicInteger evaluations = new AtomicInteger();
    Engine engine = engine(program("LOCAL_A", 2, evaluations, Variant.LACKING, h -> { }),
        program("LOCAL_B", 2, evaluations), program("LOCAL_C", 2, evaluations));

    Assessment a = engine.assess(family(), DATE);

    assertThat(evaluations).hasValue(1);
    assertThat(a.determinations()).extracting(Determination::status)
        .containsExactly(Status.UNDETERMINED, Status.ELIGIBLE, Status.ELIGIBLE);
    assertEachAsDecidedAlone(engine, family());
  }

  @Test
  void otherDeclaredParametersOrAMarkInsideAnotherCheckShareNothing() {
    AtomicInteger moreUses = new AtomicInteger();
    assertEachAsDecidedAlone(engine(program("LOCAL_A", 2, moreUses),
        program("LOCAL_B", 2, moreUses, Variant.MORE_USES, h -> { })), family());
    // Two assessments: the one checked, and each program's decided alone.
    assertThat(moreUses).hasValue(2 + 2);

    AtomicInteger nested = new AtomicInteger();
    assertEachAsDecidedAlone(engine(program("LOCAL_A", 2, nested, Variant.NESTED, h -> { }),
        program("LOCAL_B", 2, nested, Variant.NESTED, h -> { })), family());
    assertThat(nested).hasValue(2 + 2);
  }

  @Test
  void anAssessmentMadeInsideASharedCheckKeepsItsOwnShares() {
    AtomicInteger inner = new AtomicInteger();
    Engine innerEngine = engine(program("INNER_A", 1, inner), program("INNER_B", 1, inner),
        program("INNER_C", 2, inner));
    Consumer<Snapshot> assessInside = h -> innerEngine.assess(h.household(), DATE);
    AtomicInteger outer = new AtomicInteger();
    Engine engine = engine(program("LOCAL_A", 2, outer, Variant.PLAIN, assessInside),
        program("LOCAL_B", 1, outer, Variant.PLAIN, assessInside),
        program("LOCAL_C", 2, outer, Variant.PLAIN, assessInside),
        program("LOCAL_D", 1, outer, Variant.PLAIN, assessInside));

    Assessment a = engine.assess(family(), DATE);

    assertThat(outer).hasValue(2);
    assertThat(inner).hasValue(2 * 2);
    assertThat(a.determinations()).extracting(Determination::status).containsExactly(
        Status.ELIGIBLE, Status.NOT_ELIGIBLE, Status.ELIGIBLE, Status.NOT_ELIGIBLE);
  }

  @Test
  void anAssessmentThatThrowsLeavesNoShareToTheNext() {
    AtomicInteger evaluations = new AtomicInteger();
    boolean[] fail = {true};
    Consumer<Snapshot> failing = h -> {
      if (fail[0]) {
        throw new IllegalStateException("failed on purpose");
      }
    };
    Engine engine = engine(program("LOCAL_A", 2, evaluations),
        program("LOCAL_B", 1, evaluations, Variant.PLAIN, failing),
        program("LOCAL_C", 2, evaluations), program("LOCAL_D", 1, evaluations));

    assertThatIllegalStateException().isThrownBy(() -> engine.assess(family(), DATE))
        .withMessage("failed on purpose");
    fail[0] = false;
    evaluations.set(0);
    Assessment a = engine.assess(family(), DATE);

    assertThat(evaluations).hasValue(2);
    assertThat(a.determinations()).extracting(Determination::status).containsExactly(
        Status.ELIGIBLE, Status.NOT_ELIGIBLE, Status.ELIGIBLE, Status.NOT_ELIGIBLE);
  }

  @Test
  void receivingAndNotReceivingAnAidAreTwoTests() {
    // Declared here rather than in a program's static field, so that the declaration runs in
    // the test.
    Program receives = aidProgram("LOCAL_RECEIVES", true);
    Program notReceiving = aidProgram("LOCAL_NOT_RECEIVING", false);
    Engine engine = engine(receives, notReceiving);

    Assessment a = engine.assess(family(), DATE);

    assertThat(a.determinations()).extracting(d -> d.criteria().get(0).outcome())
        .containsExactly(Outcome.PASS, Outcome.FAIL);
    assertEachAsDecidedAlone(engine, family());
  }

  /** A program whose one criterion is "the family receives (or does not receive) PKH". */
  private static Program aidProgram(String code, boolean mustReceive) {
    ParameterKey<Boolean> inForce = ParameterKey.required(code + ".IN_FORCE", Boolean.class);
    Program.Builder b = Program.builder(new ProgramInfo(code, Text.of(code, code),
            Text.of("Contoh.", "An example."), BeneficiaryUnit.HOUSEHOLD, "Test", inForce))
        .parameters(List.of(Parameter.builder(inForce, "In force").from(START).value(true)
            .source("Test", "").add().build()));
    CommonCriteria.aid(b, AidProgram.PKH, mustReceive);
    return b.award((h, q, r, g) -> g.household()).build();
  }

  @Test
  void theProvincialSharedChecksReadNoParameterTheyDoNotDeclare() {
    // Each shared check of the default catalog, evaluated with only its declared parameters
    // bound, gives what it gives with every parameter of its program: an undeclared read would
    // throw or answer differently, and could share one program's values with another.
    Catalog catalog = JawaTimur.catalog();
    int[] evaluated = {0};
    qt().withFixedSeed(20261130L).withExamples(300).forAll(RuleGenerators.scenarios())
        .checkAssert(s -> {
          Snapshot household = Snapshot.of(s.household(), s.date());
          for (Plan.ProgramPlan plan : catalog.plan(s.date()).programs) {
            for (int rule : plan.householdRules) {
              Program.Rule r = plan.program.rule(rule);
              if (!(r.check() instanceof Check.Shared shared)) {
                continue;
              }
              ParameterValue<?>[] declared = new ParameterValue<?>[plan.values.length];
              for (Param<?> p : r.uses()) {
                declared[p.slot()] = plan.values[p.slot()];
              }
              Recorder all = new Recorder(s.date(), 8);
              all.bind(plan.values);
              all.about(household.niks(), Priority.NONE);
              Recorder only = new Recorder(s.date(), 8);
              only.bind(declared);
              only.about(household.niks(), Priority.NONE);

              assertThat(shared.eval(household, only)).as(r.criterion().code())
                  .isEqualTo(shared.eval(household, all));
              assertThat(Arrays.copyOf(only.facts, only.factSize))
                  .isEqualTo(Arrays.copyOf(all.facts, all.factSize));
              evaluated[0]++;
            }
          }
        });
    assertThat(evaluated[0]).isGreaterThan(300);
  }
}
