package id.bansos.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.AidProgram;
import id.bansos.core.household.DeathCause;
import id.bansos.core.household.DisabilityKind;
import id.bansos.core.household.DisabilitySeverity;
import id.bansos.core.household.ExtensionKey;
import id.bansos.core.household.GrantType;
import id.bansos.core.household.LabourShock;
import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Relationship;
import id.bansos.core.household.SchoolLevel;
import id.bansos.core.identity.Sex;
import id.bansos.core.money.Rupiah;
import id.bansos.core.region.RegionCode;
import id.bansos.core.registry.Register;
import id.bansos.rules.program.pilar.SocialPillarRole;
import id.bansos.rules.program.pkh.PkhComponent;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LabelsTest {

  @Test
  void amountsAreWrittenTheWayEachLanguageWritesThem() {
    assertThat(Labels.money(Rupiah.of(500_000), Language.ID)).isEqualTo("Rp500.000");
    assertThat(Labels.money(Rupiah.of(500_000), Language.EN)).isEqualTo("IDR 500,000");
    assertThat(Labels.money(Rupiah.of(0), Language.EN)).isEqualTo("IDR 0");
    assertThat(Labels.money(Rupiah.of(1_234_567_890L), Language.EN))
        .isEqualTo("IDR 1,234,567,890");
    assertThat(Labels.number(-1250, Language.ID)).isEqualTo("-1.250");
    assertThat(Labels.number(999, Language.EN)).isEqualTo("999");
  }

  @Test
  void datesAreWrittenWithTheMonthsName() {
    assertThat(Labels.date(LocalDate.of(2025, 7, 1), Language.ID)).isEqualTo("1 Juli 2025");
    assertThat(Labels.date(LocalDate.of(2025, 7, 1), Language.EN)).isEqualTo("1 July 2025");
    assertThat(Labels.date(LocalDate.of(2024, 2, 29), Language.ID))
        .isEqualTo("29 Februari 2024");
    assertThat(Labels.date(LocalDate.of(2026, 12, 31), Language.EN))
        .isEqualTo("31 December 2026");
  }

  @Test
  void regionsAreWrittenByNameWithTheirCode() {
    assertThat(Labels.region(RegionCode.parse("35.26"))).isEqualTo("Kabupaten Bangkalan (35.26)");
    assertThat(Labels.region(RegionCode.parse("35.78.01")))
        .isEqualTo("Kecamatan Karang Pilang (35.78.01)");
    assertThat(Labels.region(RegionCode.parse("35.78.01.1002")))
        .isEqualTo("Kelurahan Kebraon (35.78.01.1002)");
    assertThat(Labels.place(RegionCode.parse("35.78.01.1002")))
        .isEqualTo("Kelurahan Kebraon, Kota Surabaya");
    assertThat(Labels.place(RegionCode.parse("35.26.01.2008")))
        .isEqualTo("Desa Sembilangan, Kabupaten Bangkalan");
  }

  @Test
  void aRegionTheRegistryDoesNotKnowIsWrittenAsItsCode() {
    assertThat(Labels.region(RegionCode.parse("31.71"))).isEqualTo("31.71");
    assertThat(Labels.place(RegionCode.parse("31.71.01.1001"))).isEqualTo("31.71.01.1001");
  }

  static Stream<Enum<?>> values() {
    return Stream.of(Sex.values(), Relationship.values(), MaritalStatus.values(),
        Occupation.values(), SchoolLevel.values(), LabourShock.values(), DeathCause.values(),
        DisabilityKind.values(), DisabilitySeverity.values(), GrantType.values(),
        Register.values(), AidProgram.values(), PkhComponent.values(),
        SocialPillarRole.values()).flatMap(Stream::of);
  }

  @ParameterizedTest
  @MethodSource("values")
  void everyValueAFactHoldsHasALabelInBothLanguages(Enum<?> value) {
    Text label = Labels.of(value);

    assertThat(Labels.isLabelled(value)).isTrue();
    assertThat(label.id()).isNotBlank().doesNotContain("_");
    assertThat(label.en()).isNotBlank().doesNotContain("_");
  }

  @Test
  void theExamplesOfTheIssueReadAsAFieldWorkerSaysThem() {
    assertThat(Labels.fact("maritalStatus")).contains(Text.of("status perkawinan",
        "marital status"));
    assertThat(Labels.of(MaritalStatus.WIDOWED).en()).isEqualTo("widowed");
    assertThat(Labels.fact("aid.PKH")).contains(Text.of("status penerima PKH",
        "whether the family receives PKH"));
    assertThat(Labels.fact("noSuchFact")).isEmpty();
  }

  @Test
  void anExtensionFactCarriesItsOwnLabelAndIsLabelledWithItsNameWithoutOne() {
    ExtensionKey<Long> land = ExtensionKey.ofInteger("landOwnedM2")
        .labelled("luas lahan milik (m²)", "land owned (m²)");

    assertThat(Labels.of(land)).isEqualTo(Text.of("luas lahan milik (m²)", "land owned (m²)"));
    assertThat(Labels.of(ExtensionKey.ofInteger("landOwnedM2")))
        .isEqualTo(Text.of("landOwnedM2", "landOwnedM2"));
    assertThat(land).isEqualTo(ExtensionKey.ofInteger("landOwnedM2"));
    assertThat(Facts.household(land).label()).isEqualTo(Labels.of(land));
  }

  @Test
  void aFactKeyWorkedOutFromAnotherIsMissingUnderTheRecordedFactsLabel() {
    assertThat(Facts.AGE.label()).isEqualTo(Text.of("umur", "age"));
    assertThat(Facts.AGE.needsLabel()).isEqualTo(Text.of("tanggal lahir", "date of birth"));
    FactKey<Member, Integer> own = FactKey.member("ownFact", Integer.class,
        m -> java.util.Optional.empty());
    assertThat(own.label()).isEqualTo(Text.of("ownFact", "ownFact"));
    assertThat(own.labelled(Text.of("fakta", "fact")).needsLabel())
        .isEqualTo(Text.of("fakta", "fact"));
  }
}
