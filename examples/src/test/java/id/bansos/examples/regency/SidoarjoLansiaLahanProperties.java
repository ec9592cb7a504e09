package id.bansos.examples.regency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import id.bansos.core.household.Household;
import id.bansos.core.region.RegionCode;
import id.bansos.rules.Determination;
import id.bansos.rules.Engine;
import id.bansos.rules.Outcome;
import id.bansos.rules.Status;
import id.bansos.testkit.BansosGen;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The new fact decides the land criterion alone, for any Sidoarjo family with an elder. */
class SidoarjoLansiaLahanProperties {

  private static final LocalDate DATE = LocalDate.of(2026, 7, 1);
  private static final Engine ENGINE = Engine.of(SidoarjoLansiaLahan.catalog());
  private static final String LAND_BELOW = SidoarjoLansiaLahan.CODE + ".LAND_BELOW";

  private static Determination decide(Household h, long m2) {
    Household withLand = Household.builder().from(h)
        .putExtensions(SidoarjoLansiaLahan.LAND_OWNED_M2, m2).build();
    return ENGINE.assess(withLand, DATE).determination(SidoarjoLansiaLahan.CODE).orElseThrow();
  }

  @Test
  void landBelowTheBoundPassesAndFromTheBoundFails() {
    qt().withFixedSeed(20_260_701L).withExamples(80)
        .forAll(BansosGen.households().inRegion(RegionCode.parse("35.15"))
                .withMemberAged(65, DATE).build(),
            longs().between(0L, 5_000L))
        .checkAssert((h, m2) -> {
          Determination d = decide(h, m2);
          Outcome land = d.result(LAND_BELOW).orElseThrow().outcome();

          assertThat(land).isEqualTo(m2 < 500 ? Outcome.PASS : Outcome.FAIL);
          if (m2 >= 500) {
            assertThat(d.status()).isEqualTo(Status.NOT_ELIGIBLE);
          }
        });
  }

  @Test
  void aFamilyWithAnElderAndLittleLandIsEligible() {
    qt().withFixedSeed(20_260_702L).withExamples(50)
        .forAll(BansosGen.households().inRegion(RegionCode.parse("35.15"))
            .withMemberAged(65, DATE).build())
        .checkAssert(h -> assertThat(decide(h, 499L).status()).isEqualTo(Status.ELIGIBLE));
  }
}
