package id.bansos.rules.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.core.household.Occupation;
import id.bansos.core.region.RegionCode;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The value types of the shared criteria, at the edges of what they accept. */
class CriterionValuesTest {

  @Test
  void anAgeBandAcceptsZeroAndOneAgeAndRefusesANegativeOrReversedBand() {
    assertThat(new AgeBand(0, 0).contains(0)).isTrue();
    assertThat(new AgeBand(7, 7).contains(7)).isTrue();
    assertThat(new AgeBand(7, 7).contains(6)).isFalse();
    assertThat(new AgeBand(7, 7).contains(8)).isFalse();
    assertThatThrownBy(() -> new AgeBand(-1, 5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 <= min <= max");
    assertThatThrownBy(() -> new AgeBand(6, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new AgeBand(18, 60)).hasToString("18-60");
  }

  @Test
  void aDesilBoundIsOneToTen() {
    assertThat(RegistryRule.desilAtMost(1).maxDesil()).contains(1);
    assertThat(RegistryRule.desilAtMost(10).maxDesil()).contains(10);
    assertThatThrownBy(() -> RegistryRule.desilAtMost(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 10");
    assertThatThrownBy(() -> RegistryRule.desilAtMost(11))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RegistryRule.registered().maxDesil()).isEmpty();
    assertThat(RegistryRule.registered()).hasToString("registered");
    assertThat(RegistryRule.desilAtMost(4)).hasToString("desil <= 4");
  }

  @Test
  void aKelurahanDigitIsOneToNine() {
    assertThat(new KelurahanCodes('1').leadingDigit()).isEqualTo('1');
    assertThat(new KelurahanCodes('9').leadingDigit()).isEqualTo('9');
    assertThatThrownBy(() -> new KelurahanCodes('0'))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1-9");
    assertThatThrownBy(() -> new KelurahanCodes(':'))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(KelurahanCodes.KEMENDAGRI.isKelurahan(RegionCode.parse("35.78.01.1001"))).isTrue();
    assertThat(KelurahanCodes.KEMENDAGRI.isKelurahan(RegionCode.parse("35.78.01.2001"))).isFalse();
    assertThat(KelurahanCodes.KEMENDAGRI.isKelurahan(RegionCode.parse("35.78.01"))).isFalse();
  }

  @Test
  void anOccupationSetMayBeEmptyAndCopiesWhatItIsGiven() {
    assertThat(new OccupationSet(Set.of()).occupations()).isEmpty();
    assertThat(new OccupationSet(Set.of()).contains(Occupation.ASN)).isFalse();
    EnumSet<Occupation> given = EnumSet.of(Occupation.ASN);
    OccupationSet set = new OccupationSet(given);
    given.add(Occupation.TNI);
    assertThat(set.occupations()).containsExactly(Occupation.ASN);
    assertThat(set.contains(Occupation.TNI)).isFalse();
    assertThat(OccupationSet.of(Occupation.TNI, Occupation.ASN)).hasToString("[ASN, TNI]");
  }

  @Test
  void coveredRegionsAreProvincesOrRegenciesAndKeepTheirExclusions() {
    assertThatThrownBy(() -> CoveredRegions.exactly("35.15.01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("provinces or kabupaten/kota");
    assertThatThrownBy(() -> CoveredRegions.atLeast("35").except("35.15.01.2001"))
        .isInstanceOf(IllegalArgumentException.class);
    CoveredRegions regions = CoveredRegions.atLeast("35.26", "35").except("35.15");
    assertThat(regions.regions()).extracting(RegionCode::toString).containsExactly("35", "35.26");
    assertThat(regions.excluded()).extracting(RegionCode::toString).containsExactly("35.15");
    assertThat(regions.complete()).isFalse();
    assertThat(regions.covers(RegionCode.parse("35.26.01.2008"))).isTrue();
    assertThat(regions.covers(RegionCode.parse("35.15.01.2001"))).isFalse();
    assertThat(regions.isExcluded(RegionCode.parse("35.15.01.2001"))).isTrue();
    assertThat(regions.isExcluded(RegionCode.parse("35.26.01.2008"))).isFalse();
    assertThat(CoveredRegions.exactly("35.26").covers(RegionCode.parse("35.15.01.2001")))
        .isFalse();
    assertThat(regions).hasToString("[35, 35.26] (incomplete list) except [35.15]");
    assertThat(CoveredRegions.exactly("35")).hasToString("[35]");
    assertThat(new CoveredRegions(Set.of(), true, Set.of()).covers(RegionCode.parse("35")))
        .isFalse();
  }

  @Test
  void coveredRegionsCopyTheirSets() {
    java.util.TreeSet<RegionCode> given = new java.util.TreeSet<>(List.of(RegionCode.parse("35")));
    CoveredRegions regions = new CoveredRegions(given, true, Set.of());
    given.add(RegionCode.parse("36"));
    assertThat(regions.regions()).hasSize(1);
    assertThat(Optional.of(regions).map(CoveredRegions::complete)).contains(true);
  }

  @Test
  void coveredRegionsAreSetsOfTheirCodesInOrder() {
    CoveredRegions regions = CoveredRegions.atLeast("35.78", "35.26", "35.15").except("35.16");
    Set<RegionCode> expected = Set.of(RegionCode.parse("35.15"), RegionCode.parse("35.26"),
        RegionCode.parse("35.78"));

    assertThat(regions.regions()).containsExactly(RegionCode.parse("35.15"),
        RegionCode.parse("35.26"), RegionCode.parse("35.78"));
    assertThat(regions.regions()).contains(RegionCode.parse("35.26"))
        .doesNotContain(RegionCode.parse("35.27"), RegionCode.parse("35.26.01"));
    assertThat(regions.regions().contains("35.26")).isFalse();
    assertThat(regions.regions()).isEqualTo(expected).hasSameHashCodeAs(expected);
    assertThat(regions).isEqualTo(CoveredRegions.atLeast("35.15", "35.26", "35.78")
        .except("35.16"));
  }

  @Test
  void criterionValuesAreEqualByWhatTheyHoldAndHashAlike() {
    assertThat(CoveredRegions.atLeast("35.26", "35.15").except("35.16"))
        .isEqualTo(CoveredRegions.atLeast("35.15", "35.26").except("35.16"))
        .hasSameHashCodeAs(CoveredRegions.atLeast("35.15", "35.26").except("35.16"))
        .isNotEqualTo(CoveredRegions.exactly("35.15", "35.26").except("35.16"))
        .isNotEqualTo(CoveredRegions.atLeast("35.15", "35.26"))
        .isNotEqualTo(CoveredRegions.atLeast("35.15").except("35.16"))
        .isNotEqualTo("35.15");
    assertThat(RegistryRule.desilAtMost(4)).isEqualTo(RegistryRule.desilAtMost(4))
        .hasSameHashCodeAs(RegistryRule.desilAtMost(4))
        .isNotEqualTo(RegistryRule.desilAtMost(5)).isNotEqualTo(RegistryRule.registered());
    assertThat(RegistryRule.registered()).isEqualTo(new RegistryRule(Optional.empty()));
    assertThat(OccupationSet.of(Occupation.ASN, Occupation.TNI))
        .isEqualTo(new OccupationSet(EnumSet.of(Occupation.TNI, Occupation.ASN)))
        .hasSameHashCodeAs(new OccupationSet(Set.of(Occupation.TNI,
            Occupation.ASN)))
        .isNotEqualTo(OccupationSet.of(Occupation.ASN))
        .isNotEqualTo(new OccupationSet(Set.of()));
  }
}
