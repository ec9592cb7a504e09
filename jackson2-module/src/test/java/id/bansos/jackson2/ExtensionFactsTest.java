package id.bansos.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.core.household.ExtensionKey;
import id.bansos.rules.Catalog;
import id.bansos.rules.program.JawaTimur;
import id.bansos.rules.program.jps.JpsProvinsi2020;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtensionFactsTest {

  @Test
  void keysAreInNameOrderWhateverOrderTheyWereGiven() throws Exception {
    ExtensionFacts facts = ExtensionFacts.of(Examples.SURVEYED_ON, Examples.LAND_OWNED_M2,
        Examples.KARTU_SIDOARJO_SEHAT);

    assertThat(facts.keys()).extracting(ExtensionKey::name)
        .containsExactly("kartuSidoarjoSehat", "landOwnedM2", "surveyedOn");
  }

  @Test
  void aKeyIsFoundByItsName() throws Exception {
    assertThat(Examples.SIDOARJO.key("landTenure")).containsSame(Examples.LAND_TENURE);
    assertThat(Examples.SIDOARJO.key("landtenure")).isEmpty();
  }

  @Test
  void provincialIsWhatTheProvincialCatalogsProgramsRead() {
    assertThat(ExtensionFacts.provincial()).isEqualTo(ExtensionFacts.of(JawaTimur.catalog()))
        .isSameAs(ExtensionFacts.provincial());
    assertThat(ExtensionFacts.provincial().key("proposedByRegentOrMayor"))
        .containsSame(JpsProvinsi2020.PROPOSED_BY_REGENT_OR_MAYOR);
  }

  @Test
  void aDerivedCatalogRegistersTheProvincialFactsAndThoseOfItsLocalPrograms() {
    Catalog sidoarjo = JawaTimur.catalog().derive("Kabupaten Sidoarjo")
        .add(Examples.localProgramReading(Examples.LAND_OWNED_M2)).build();

    assertThat(ExtensionFacts.of(sidoarjo).keys())
        .containsAll(ExtensionFacts.provincial().keys()).contains(Examples.LAND_OWNED_M2)
        .hasSize(ExtensionFacts.provincial().keys().size() + 1);
  }

  @Test
  void noneRegistersNothingAndIsWhatAnEmptyListGives() throws Exception {
    assertThat(ExtensionFacts.none().keys()).isEmpty();
    assertThat(ExtensionFacts.of()).isSameAs(ExtensionFacts.none());
    assertThat(ExtensionFacts.of(List.of())).isSameAs(ExtensionFacts.none());
  }

  @Test
  void theSameFactGivenTwiceIsRegisteredOnce() throws Exception {
    ExtensionFacts facts = ExtensionFacts.of(Examples.LAND_OWNED_M2,
        ExtensionKey.ofInteger("landOwnedM2"));

    assertThat(facts.keys()).containsExactly(Examples.LAND_OWNED_M2);
  }

  @Test
  void oneNameWithTwoTypesIsRejectedNamingTheFact() throws Exception {
    assertThatThrownBy(() -> ExtensionFacts.of(Examples.LAND_OWNED_M2,
        ExtensionKey.ofRupiah("landOwnedM2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("landOwnedM2");
  }

  @Test
  void oneNameForSetsOfTwoEnumsIsRejectedAndTheyAreNotEqual() throws Exception {
    ExtensionKey<java.util.Set<java.time.DayOfWeek>> days =
        ExtensionKey.ofEnumSet("visits", java.time.DayOfWeek.class);
    ExtensionKey<java.util.Set<java.time.Month>> months =
        ExtensionKey.ofEnumSet("visits", java.time.Month.class);

    assertThatThrownBy(() -> ExtensionFacts.of(days, months))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("visits");
    assertThat(ExtensionFacts.of(days)).isNotEqualTo(ExtensionFacts.of(months))
        .isEqualTo(ExtensionFacts.of(ExtensionKey.ofEnumSet("visits", java.time.DayOfWeek.class)));
  }

  @Test
  void nullsAreRejectedWithTheArgumentNamed() throws Exception {
    assertThatThrownBy(() -> ExtensionFacts.of((ExtensionKey<?>[]) null))
        .isInstanceOf(NullPointerException.class).hasMessage("keys");
    assertThatThrownBy(() -> ExtensionFacts.of(Examples.LAND_OWNED_M2, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("keys");
    assertThatThrownBy(() -> Examples.SIDOARJO.key(null))
        .isInstanceOf(NullPointerException.class).hasMessage("name");
    assertThatThrownBy(() -> new BansosModule(null))
        .isInstanceOf(NullPointerException.class).hasMessage("extensions");
    assertThatThrownBy(() -> BansosJson.readHousehold("{}", null))
        .isInstanceOf(NullPointerException.class).hasMessage("extensions");
    assertThatThrownBy(() -> HouseholdReader.of(new java.io.StringReader(""), null))
        .isInstanceOf(NullPointerException.class).hasMessage("extensions");
  }

  @Test
  void equalWhenTheSameNamesHaveTheSameTypes() throws Exception {
    ExtensionFacts a = ExtensionFacts.of(Examples.LAND_OWNED_M2, Examples.SURVEYED_ON);
    ExtensionFacts b = ExtensionFacts.of(ExtensionKey.ofDate("surveyedOn"),
        ExtensionKey.ofInteger("landOwnedM2"));
    ExtensionFacts otherType = ExtensionFacts.of(ExtensionKey.ofRupiah("landOwnedM2"),
        Examples.SURVEYED_ON);

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(otherType)
        .isNotEqualTo(ExtensionFacts.none()).isNotEqualTo("landOwnedM2");
  }

  @Test
  void toStringListsTheNames() throws Exception {
    assertThat(ExtensionFacts.of(Examples.SURVEYED_ON, Examples.LAND_OWNED_M2))
        .hasToString("ExtensionFacts[landOwnedM2, surveyedOn]");
  }
}
