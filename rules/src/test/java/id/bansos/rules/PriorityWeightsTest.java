package id.bansos.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine's own parameter values at the edges of what they accept. */
class PriorityWeightsTest {

  @Test
  void zeroWeightsAreAcceptedAndEveryNegativeOneIsRefused() {
    assertThat(new PriorityWeights(0, 1, 1, 0, 0).mostWithoutElderlyOrDisabled()).isZero();
    for (int[] w : new int[][] {{-1, 100, 100, 0, 0}, {0, -1, 100, 0, 0}, {0, 100, -1, 0, 0},
        {0, 100, 100, -1, 0}, {0, 100, 100, 0, -1}}) {
      assertThatThrownBy(() -> new PriorityWeights(w[0], w[1], w[2], w[3], w[4]))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not negative");
    }
  }

  @Test
  void aZeroElderlyOrDisabledWeightBreaksTheOrderWithoutBeingNegative() {
    assertThatThrownBy(() -> new PriorityWeights(0, 0, 1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("come first");
    assertThatThrownBy(() -> new PriorityWeights(0, 1, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("come first");
  }

  @Test
  void theLargestScoreMayReachButNotPassTheIntRange() {
    // 9 desil steps of 1 + 1_073_741_819 x 2 = Integer.MAX_VALUE.
    PriorityWeights largest = new PriorityWeights(1, 1_073_741_819, 1_073_741_819, 0, 0);
    assertThat((long) largest.mostWithoutElderlyOrDisabled() + largest.elderly()
        + largest.disabled()).isEqualTo(Integer.MAX_VALUE);
    assertThatThrownBy(() -> new PriorityWeights(1, 1_073_741_820, 1_073_741_819, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overflow");
    assertThatThrownBy(() -> new PriorityWeights(1, 1_073_741_819, 1_073_741_820, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overflow");
  }

  @Test
  void aNonStackingPairMatchesItsTwoProgramsInEitherOrderAndNothingElse() {
    NonStackingPair pair = new NonStackingPair("A", "B", "basis");

    assertThat(pair.matches("A", "B")).isTrue();
    assertThat(pair.matches("B", "A")).isTrue();
    assertThat(pair.matches("A", "A")).isFalse();
    assertThat(pair.matches("B", "B")).isFalse();
    assertThat(pair.matches("A", "C")).isFalse();
    assertThat(pair.matches("C", "B")).isFalse();
    assertThat(new NonStackingRules(List.of(pair)).find("B", "A")).containsSame(pair);
    assertThat(new NonStackingRules(List.of(pair)).find("A", "C")).isEmpty();
  }
}
