package id.bansos.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The value records whose equals and hashCode are written out (so that no process pays for the
 * generated ones at its start): equal by every component, hashed alike.
 */
class ValueEqualityTest {

  private static final Nik ONE = Households.nik(LocalDate.of(1950, 3, 1), Sex.FEMALE, 1);
  private static final Nik TWO = Households.nik(LocalDate.of(1950, 3, 1), Sex.FEMALE, 2);

  @Test
  void textsAreEqualByBothLanguages() {
    assertThat(Text.of("a", "b")).isEqualTo(Text.of("a", "b"))
        .hasSameHashCodeAs(Text.of("a", "b")).isNotEqualTo(Text.of("a", "c"))
        .isNotEqualTo(Text.of("c", "b")).isNotEqualTo("a");
  }

  @Test
  void beneficiariesAreEqualByMember() {
    assertThat(Beneficiary.member(ONE)).isEqualTo(Beneficiary.member(ONE))
        .hasSameHashCodeAs(Beneficiary.member(ONE)).isNotEqualTo(Beneficiary.member(TWO))
        .isNotEqualTo(Beneficiary.household());
    assertThat(Beneficiary.household()).isEqualTo(new Beneficiary(Optional.empty()));
  }

  @Test
  void missingFactsAreEqualByPathLabelMemberAndHousehold() {
    Text label = Text.of("umur", "age");
    MissingFact base = new MissingFact("age", label, Optional.of(ONE), Optional.empty());
    assertThat(base).isEqualTo(new MissingFact("age", Text.of("umur", "age"), Optional.of(ONE),
        Optional.empty())).hasSameHashCodeAs(new MissingFact("age", label, Optional.of(ONE),
        Optional.empty()));
    List<MissingFact> others = List.of(
        new MissingFact("birthDate", label, Optional.of(ONE), Optional.empty()),
        new MissingFact("age", Text.of("usia", "age"), Optional.of(ONE), Optional.empty()),
        new MissingFact("age", label, Optional.of(TWO), Optional.empty()),
        new MissingFact("age", label, Optional.empty(), Optional.empty()),
        base.ofHousehold(KkNumber.parse("3526010101200001")));
    assertThat(others).allSatisfy(o -> assertThat(o).isNotEqualTo(base))
        .doesNotHaveDuplicates();
  }
}
