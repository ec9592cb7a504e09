package id.bansos.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import id.bansos.core.household.Household;
import id.bansos.rules.param.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyExplanationTest {

  private static final LocalDate DATE = LocalDate.of(2026, 3, 1);
  private static final Household ELDER = Households.elderlyPkhFamily(LocalDate.of(1940, 1, 1))
      .domicile(Households.SIDOARJO_DESA).build();

  /** The Sidoarjo example, except that every other run decides nobody qualifies. */
  private static final class Impure implements Program {
    private final SidoarjoLansia pure = new SidoarjoLansia();
    private final AtomicInteger runs = new AtomicInteger();

    @Override
    public ProgramInfo info() {
      return pure.info();
    }

    @Override
    public List<Parameter<?>> parameters() {
      return pure.parameters();
    }

    @Override
    public List<Criterion> criteria() {
      return pure.criteria();
    }

    @Override
    public Determination assess(Evaluation ev) {
      if (runs.getAndIncrement() % 2 == 0) {
        return pure.assess(ev);
      }
      return ev.decide(List.of(ev.result(pure.criteria().get(0)).fail()), List.of(), List.of(),
          List.of());
    }
  }

  private static Determination sidoarjo(Program program) {
    Catalog catalog = Catalog.jawaTimur().derive("Kabupaten Sidoarjo").add(program).build();
    return Engine.of(catalog).assess(ELDER, DATE).determination(SidoarjoLansia.CODE)
        .orElseThrow();
  }

  @Test
  void readingTheCriteriaTwiceGivesTheSameLists() {
    Determination d = sidoarjo(new SidoarjoLansia());
    List<CriterionResult> first = d.criteria();
    assertThat(d.criteria()).isSameAs(first);
    assertThat(d.members()).isSameAs(d.members());
    assertThat(first).extracting(CriterionResult::code).containsExactly(
        "SIDOARJO_LANSIA.COVERED_REGION", "SIDOARJO_LANSIA.NO_EXCLUDED_OCCUPATION",
        "SIDOARJO_LANSIA.QUALIFYING_MEMBER");
    assertThat(d.result("SIDOARJO_LANSIA.QUALIFYING_MEMBER").orElseThrow().facts())
        .extracting(Fact::name).containsExactly("qualifying", "considered");
    assertThat(d.members()).isNotEmpty().allSatisfy(m -> assertThat(m.criteria())
        .allSatisfy(r -> assertThat(r.member()).contains(m.member())));
  }

  @Test
  void concurrentFirstReadsAgree() throws Exception {
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 20; round++) {
        Determination d = sidoarjo(new SidoarjoLansia());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<CriterionResult>>> reads = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          reads.add(pool.submit(() -> {
            start.await();
            return d.criteria();
          }));
        }
        start.countDown();
        List<CriterionResult> first = reads.get(0).get(10, TimeUnit.SECONDS);
        for (Future<List<CriterionResult>> r : reads) {
          assertThat(r.get(10, TimeUnit.SECONDS)).isEqualTo(first);
        }
        assertThat(d.criteria()).isEqualTo(first);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aProgramThatDecidesDifferentlyWhenExplainingIsCaught() {
    Determination d = sidoarjo(new Impure());
    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThatIllegalStateException().isThrownBy(d::criteria)
        .withMessageContaining("SIDOARJO_LANSIA").withMessageContaining("pure");
  }

  @Test
  void theEngineDecidesWithoutExplainingAndExplainsOnReading() {
    AtomicInteger explaining = new AtomicInteger();
    AtomicInteger deciding = new AtomicInteger();
    SidoarjoLansia pure = new SidoarjoLansia();
    Program counting = new Program() {
      @Override
      public ProgramInfo info() {
        return pure.info();
      }

      @Override
      public List<Parameter<?>> parameters() {
        return pure.parameters();
      }

      @Override
      public List<Criterion> criteria() {
        return pure.criteria();
      }

      @Override
      public Determination assess(Evaluation ev) {
        (ev.explaining() ? explaining : deciding).incrementAndGet();
        return pure.assess(ev);
      }
    };
    Determination d = sidoarjo(counting);
    assertThat(deciding).hasValue(1);
    assertThat(explaining).hasValue(0);
    assertThat(d.beneficiaries()).isNotEmpty();
    d.criteria();
    d.members();
    d.missingFacts();
    assertThat(deciding).hasValue(1);
    assertThat(explaining).hasValue(1);
  }

  @Test
  void anExplainedDeterminationStillChecksItsStatus() {
    Determination d = sidoarjo(new SidoarjoLansia());
    assertThatIllegalArgumentException().isThrownBy(() -> new Determination(d.program(),
        Status.NOT_ELIGIBLE, d.criteria(), d.members(), List.of(), List.of(), d.priority()));
    assertThatIllegalArgumentException().isThrownBy(() -> new Determination(d.program(),
        Status.UNDETERMINED, List.of(), List.of(), d.beneficiaries(), List.of(), d.priority()));
    Determination copy = new Determination(d.program(), d.status(), d.criteria(), d.members(),
        d.beneficiaries(), d.benefits(), d.priority());
    assertThat(copy).isEqualTo(d).hasSameHashCodeAs(d);
  }
}
