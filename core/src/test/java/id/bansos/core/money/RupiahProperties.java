package id.bansos.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

class RupiahProperties {

  private static final long SEED = 0x494452L;
  private static final long MAX = 1_000_000_000_000_000L;

  @Test
  void parsesItsToString() {
    qt().withFixedSeed(SEED).withExamples(2_000)
        .forAll(longs().between(0, MAX))
        .checkAssert(amount -> {
          Rupiah money = Rupiah.of(amount);

          assertThat(Rupiah.parse(money.toString())).isEqualTo(money);
        });
  }

  @Test
  void parsesItsDisplayForm() {
    qt().withFixedSeed(SEED).withExamples(2_000)
        .forAll(longs().between(0, MAX))
        .checkAssert(amount -> {
          Rupiah money = Rupiah.of(amount);

          assertThat(Rupiah.parse(money.format())).isEqualTo(money);
          assertThat(money.format()).matches("Rp\\d{1,3}(\\.\\d{3})*");
        });
  }
}
