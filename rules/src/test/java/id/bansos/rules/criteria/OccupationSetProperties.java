package id.bansos.rules.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import id.bansos.core.household.Occupation;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** An occupation set is the set of its occupations: membership, equality, hash and text. */
class OccupationSetProperties {

  private static final long SEED = 20261130L;

  @Test
  void anOccupationSetHoldsExactlyItsOccupations() {
    qt().withFixedSeed(SEED).withExamples(500)
        .forAll(lists().of(Generate.enumValues(Occupation.class)).ofSizeBetween(0, 25))
        .checkAssert(chosen -> {
          Set<Occupation> expected = chosen.isEmpty() ? EnumSet.noneOf(Occupation.class)
              : EnumSet.copyOf(chosen);
          OccupationSet set = new OccupationSet(new HashSet<>(chosen));

          for (Occupation o : Occupation.values()) {
            assertThat(set.contains(o)).isEqualTo(expected.contains(o));
          }
          assertThat(set.occupations()).isEqualTo(expected).hasSameHashCodeAs(expected)
              .containsExactlyElementsOf(expected).doesNotContain((Occupation) null);
          assertThat(set.occupations().contains("ASN")).isFalse();
          if (!chosen.isEmpty()) {
            assertThat(set.occupations().contains(null)).isFalse();
          }
          assertThat(set).isEqualTo(new OccupationSet(expected)).hasSameHashCodeAs(
              new OccupationSet(expected));
          assertThat(set.toString()).isEqualTo(expected.toString());
        });
  }
}
