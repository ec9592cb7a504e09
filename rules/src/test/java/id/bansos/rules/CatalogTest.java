package id.bansos.rules;

import id.bansos.rules.program.JawaTimur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.core.household.ExtensionKey;
import id.bansos.core.household.Household;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.Sex;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.criteria.CommonCriteria;
import id.bansos.rules.criteria.RegistryRule;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterKey;
import id.bansos.rules.param.ParameterValue;
import id.bansos.rules.param.Source;
import id.bansos.rules.program.aspd.Aspd;
import id.bansos.rules.program.pkhplus.PkhPlus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogTest {

  private static final Catalog JATIM = JawaTimur.catalog();
  private static final LocalDate LOCAL_START = LocalDate.of(2026, 1, 1);

  private static Catalog sidoarjoWithDesilFive() {
    return JATIM.derive("Kabupaten Sidoarjo")
        .override(new ParameterValue<>(Aspd.REGISTRY, RegistryRule.desilAtMost(5), LOCAL_START,
            Optional.empty(), Confidence.CONFIRMED,
            List.of(Source.of("Perbup Sidoarjo (example)", "")), ""))
        .build();
  }

  private static Household desilFiveFamily() {
    return Households.disabledChildFamily(LocalDate.of(2015, 5, 5))
        .domicile(Households.SIDOARJO_DESA)
        .registry(RegistryStatus.dtsen(Desil.of(5), LocalDate.of(2025, 3, 1))).build();
  }

  // --- the provincial catalog --------------------------------------------------------------

  @Test
  void theProvincialCatalogListsItsProgramsInReportOrder() {
    assertThat(JATIM.name()).isEqualTo("Jawa Timur");
    assertThat(JATIM.programs()).extracting(p -> p.info().code())
        .containsExactly(PkhPlus.CODE, Aspd.CODE, "KUBE", "WRSE", "PKH", "LDP_COVID_ORPHAN",
            "UPT_PROTECTION", "JPS_KELURAHAN_2020", "JPS_PROVINSI_2020", "EXTREME_POVERTY_2023",
            "PILAR_SOSIAL");
    assertThat(JATIM.program("ASPD")).containsSame(Aspd.program());
    assertThat(JATIM.program("KUBE_NOT_HERE")).isEmpty();
    assertThat(JawaTimur.catalog()).isSameAs(JATIM);
  }

  @Test
  void everyProgramListsCriteriaNamedAfterItWithUniqueCodes() {
    Set<String> all = new HashSet<>();
    for (Program p : JATIM.programs()) {
      assertThat(p.criteria()).as(p.info().code()).isNotEmpty();
      for (Criterion c : p.criteria()) {
        assertThat(c.code()).startsWith(p.info().code() + ".");
        assertThat(all.add(c.code())).as("unique %s", c.code()).isTrue();
        assertThat(c.title().id()).isNotBlank();
        assertThat(c.title().en()).isNotBlank();
        assertThat(c.basis()).isNotBlank();
      }
    }
    assertThat(all).contains("PKH_PLUS.AGE_AT_LEAST", "PKH_PLUS.NO_EXCLUDED_OCCUPATION",
        "ASPD.SEVERE_DISABILITY", "ASPD.REGISTRY");
  }

  @Test
  void theCatalogHoldsTheSharedParametersFirstThenEveryProgramsOwn() {
    List<String> names = JATIM.parameters().stream().map(p -> p.key().name()).toList();

    assertThat(names).startsWith("COMMON.CHILD_AGE_LIMIT", "COMMON.ELDERLY_AGE",
        "COMMON.PRIORITY_WEIGHTS", "COMMON.NON_STACKING", "COMMON.EXCLUDED_OCCUPATIONS",
        "COMMON.RECIPIENT_EXCLUDED_OCCUPATIONS");
    for (Program p : JATIM.programs()) {
      assertThat(names).contains(p.info().inForce().name());
      for (Parameter<?> own : p.parameters()) {
        assertThat(names).contains(own.key().name());
        assertThat(own.key().name()).startsWith(p.info().code() + ".");
      }
    }
    assertThat(JATIM.parameter(PkhPlus.MIN_AGE).orElseThrow().description()).isNotBlank();
    assertThat(JATIM.at(PkhPlus.MIN_AGE, LocalDate.of(2025, 7, 1)).orElseThrow().value())
        .isEqualTo(70);
    assertThat(JATIM.at(EngineParameters.CHILD_AGE_LIMIT, LocalDate.of(2025, 7, 1)).orElseThrow()
        .value()).isEqualTo(18);
    assertThat(JATIM.parameter(ParameterKey.required("NOPE.NOTHING", Integer.class))).isEmpty();
  }

  @Test
  void everyParameterValueHasATitledSourceAndAConfidence() {
    for (Parameter<?> p : JATIM.parameters()) {
      if (!p.key().equals(CommonCriteria.RECIPIENT_EXCLUDED_OCCUPATIONS)) {
        assertThat(p.timeline()).as(p.key().name()).isNotEmpty();
      }
      for (ParameterValue<?> v : p.timeline()) {
        String where = p.key().name() + " " + v.period();
        assertThat(v.confidence()).as(where).isNotNull();
        assertThat(v.sources()).as(where).isNotEmpty()
            .anySatisfy(s -> assertThat(s.title()).isNotBlank());
        assertThat(v.sources()).as(where).allSatisfy(s -> assertThat(s.title()).isNotBlank());
      }
    }
  }

  @Test
  void programsComeIntoForceOnTheirOwnDates() {
    assertThat(JATIM.inForce(LocalDate.of(2017, 12, 31))).isEmpty();
    assertThat(JATIM.inForce(LocalDate.of(2018, 12, 31))).extracting(p -> p.info().code())
        .containsExactly("WRSE");
    assertThat(JATIM.inForce(LocalDate.of(2019, 1, 1))).extracting(p -> p.info().code())
        .containsExactly("PKH_PLUS", "ASPD", "WRSE", "PKH", "UPT_PROTECTION");
    assertThat(JATIM.inForce(LocalDate.of(2020, 6, 1))).extracting(p -> p.info().code())
        .contains("KUBE", "JPS_KELURAHAN_2020", "JPS_PROVINSI_2020")
        .doesNotContain("LDP_COVID_ORPHAN", "EXTREME_POVERTY_2023");
    assertThat(JATIM.inForce(LocalDate.of(2023, 6, 1))).extracting(p -> p.info().code())
        .contains("LDP_COVID_ORPHAN", "EXTREME_POVERTY_2023")
        .doesNotContain("JPS_KELURAHAN_2020", "JPS_PROVINSI_2020", "PILAR_SOSIAL");
    assertThat(JATIM.inForce(LocalDate.of(2024, 1, 1))).extracting(p -> p.info().code())
        .contains("PILAR_SOSIAL");
  }

  // --- a regency's catalog -----------------------------------------------------------------

  @Test
  void aRegencyOverrideChangesDesilFiveFamiliesFromItsDateOnly() {
    Engine local = Engine.of(sidoarjoWithDesilFive());
    Engine province = Engine.of(JATIM);
    Household h = desilFiveFamily();

    assertThat(local.assess(h, LocalDate.of(2025, 12, 31)).determination("ASPD").orElseThrow()
        .status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(local.assess(h, LOCAL_START).determination("ASPD").orElseThrow().status())
        .isEqualTo(Status.ELIGIBLE);
    assertThat(province.assess(h, LOCAL_START).determination("ASPD").orElseThrow().status())
        .isEqualTo(Status.NOT_ELIGIBLE);
  }

  @Test
  void anOverrideKeepsTheEarlierValuesCutAtTheDayBefore() {
    Parameter<RegistryRule> registry = sidoarjoWithDesilFive().parameter(Aspd.REGISTRY)
        .orElseThrow();

    assertThat(registry.timeline()).extracting(ParameterValue::period).containsExactly(
        "2019-01-01..2024-12-31", "2025-01-01..2025-12-31", "2026-01-01..");
    assertThat(registry.at(LocalDate.of(2025, 12, 31)).orElseThrow().value())
        .isEqualTo(RegistryRule.desilAtMost(4));
    assertThat(JATIM.parameter(Aspd.REGISTRY).orElseThrow().timeline()).hasSize(2);
  }

  @Test
  void anOverrideOfAnUnknownParameterIsRejected() {
    ParameterKey<Integer> unknown = ParameterKey.required("SIDOARJO.NOTHING", Integer.class);
    ParameterValue<Integer> value = new ParameterValue<>(unknown, 1, LOCAL_START,
        Optional.empty(), Confidence.ASSUMED, List.of(Source.of("example", "")), "");

    assertThatThrownBy(() -> JATIM.derive("Kabupaten Sidoarjo").override(value))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SIDOARJO.NOTHING");
  }

  @Test
  void aLocalProgramAppearsInTheDerivedCatalogOnly() {
    Catalog sidoarjo = JATIM.derive("Kabupaten Sidoarjo").add(SidoarjoLansia.PROGRAM).build();
    Household h = Households.elderlyPkhFamily(LocalDate.of(1960, 1, 1))
        .domicile(Households.SIDOARJO_DESA).build();
    LocalDate date = LocalDate.of(2026, 3, 1);

    Assessment local = Engine.of(sidoarjo).assess(h, date);
    Assessment provincial = Engine.of(JATIM).assess(h, date);

    assertThat(sidoarjo.name()).isEqualTo("Kabupaten Sidoarjo");
    assertThat(local.determinations()).extracting(Determination::programCode)
        .containsExactlyElementsOf(java.util.stream.Stream.concat(
            provincial.determinations().stream().map(Determination::programCode),
            java.util.stream.Stream.of("SIDOARJO_LANSIA")).toList());
    Determination d = local.determination("SIDOARJO_LANSIA").orElseThrow();
    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(d.beneficiaries()).containsExactly(Beneficiary.member(h.members().get(1).nik()));
    assertThat(local.render(Language.EN)).contains("SIDOARJO_LANSIA.AGE_AT_LEAST");
    assertThat(provincial.determination("SIDOARJO_LANSIA")).isEmpty();
    assertThat(JATIM.program("SIDOARJO_LANSIA")).isEmpty();
    assertThat(JATIM.parameter(SidoarjoLansia.MIN_AGE)).isEmpty();
    // The provincial programs decide alike in both catalogs.
    assertThat(local.determination("PKH_PLUS")).isEqualTo(provincial.determination("PKH_PLUS"));
  }

  @Test
  void theLocalProgramIsNotInForceBeforeItsDateAndExcludesByOccupation() {
    Catalog sidoarjo = JATIM.derive("Kabupaten Sidoarjo").add(SidoarjoLansia.PROGRAM).build();
    Household h = Households.elderlyPkhFamily(LocalDate.of(1960, 1, 1))
        .domicile(Households.SIDOARJO_DESA).build()
        .withMembers(Households.person(LocalDate.of(1980, 3, 10), Sex.MALE, Relationship.HEAD,
                Occupation.TNI, 1).build(),
            Households.person(LocalDate.of(1960, 1, 1), Sex.FEMALE, Relationship.PARENT,
                Occupation.NOT_WORKING, 2).build());

    assertThat(Engine.of(sidoarjo).assess(h, LocalDate.of(2025, 12, 31))
        .determination("SIDOARJO_LANSIA")).isEmpty();
    Determination d = Engine.of(sidoarjo).assess(h, LocalDate.of(2026, 3, 1))
        .determination("SIDOARJO_LANSIA").orElseThrow();
    assertThat(d.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(d.result("SIDOARJO_LANSIA.NO_EXCLUDED_OCCUPATION").orElseThrow().outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void aProgramCannotBeAddedTwiceAndCanBeRemoved() {
    assertThatThrownBy(() -> JATIM.derive("x").add(PkhPlus.program()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PKH_PLUS");
    Catalog withoutPkhPlus = JATIM.derive("x").remove("PKH_PLUS").build();
    assertThat(withoutPkhPlus.programs()).extracting(p -> p.info().code())
        .doesNotContain("PKH_PLUS").hasSize(JATIM.programs().size() - 1);
    assertThat(JATIM.programs()).extracting(p -> p.info().code()).contains("PKH_PLUS");
  }

  // --- extension facts ----------------------------------------------------------------------

  private static Program reading(String code, ExtensionKey<?>... facts) {
    ParameterKey<Boolean> inForce = ParameterKey.required(code + ".IN_FORCE", Boolean.class);
    ProgramInfo info = new ProgramInfo(code, Text.of(code, code), Text.of(code, code),
        BeneficiaryUnit.HOUSEHOLD, "test", inForce);
    return Program.builder(info).extensionFacts(facts)
        .award((h, q, r, g) -> g.household()).build();
  }

  @Test
  void aCatalogListsTheExtensionFactsItsProgramsDeclareOnceInNameOrder() {
    ExtensionKey<Long> land = ExtensionKey.ofInteger("landOwnedM2");
    ExtensionKey<Boolean> card = ExtensionKey.ofBoolean("kartuSehat");

    Catalog c = Catalog.of("test", List.of(reading("A", land, card), reading("B", land)));

    assertThat(c.extensionFacts()).containsExactly(card, land);
    assertThat(reading("A", land, card, land).extensionFacts()).containsExactly(land, card);
  }

  @Test
  void aDerivedCatalogListsTheFactsOfTheProgramsItAddsAndDropsThoseOfRemovedOnes() {
    ExtensionKey<Long> land = ExtensionKey.ofInteger("landOwnedM2");

    Catalog added = JATIM.derive("x").add(reading("LOCAL", land)).build();
    Catalog removed = JATIM.derive("x").remove("JPS_PROVINSI_2020").build();

    assertThat(added.extensionFacts()).containsAll(JATIM.extensionFacts()).contains(land)
        .hasSize(JATIM.extensionFacts().size() + 1);
    assertThat(removed.extensionFacts()).extracting(ExtensionKey::name)
        .doesNotContain("proposedByRegentOrMayor");
  }

  @Test
  void oneFactNameWithTwoTypesIsRefused() {
    ExtensionKey<Long> asNumber = ExtensionKey.ofInteger("landOwned");
    ExtensionKey<String> asText = ExtensionKey.ofText("landOwned");

    assertThatThrownBy(() -> Catalog.of("test",
        List.of(reading("A", asNumber), reading("B", asText))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("landOwned");
    assertThatThrownBy(() -> reading("A", asNumber, asText))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("landOwned");
  }

  // --- Parameter.replacedFrom --------------------------------------------------------------

  private static final ParameterKey<Integer> KEY = ParameterKey.required("TEST.VALUE", Integer.class);

  private static ParameterValue<Integer> value(int v, LocalDate from, LocalDate to) {
    return new ParameterValue<>(KEY, v, from, Optional.ofNullable(to), Confidence.ASSUMED,
        List.of(Source.of("test", "")), "");
  }

  private static Parameter<Integer> twoPeriods() {
    return Parameter.of(KEY, "test", List.of(
        value(1, LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31)),
        value(2, LocalDate.of(2021, 1, 1), null)));
  }

  @Test
  void aBoundedReplacementCutsEarlierValuesAndResumesLaterOnesAfterIt() {
    Parameter<Integer> p = twoPeriods().replacedFrom(
        value(9, LocalDate.of(2020, 7, 1), LocalDate.of(2021, 6, 30)));

    assertThat(p.timeline()).extracting(ParameterValue::period).containsExactly(
        "2019-01-01..2020-06-30", "2020-07-01..2021-06-30", "2021-07-01..");
    assertThat(p.timeline()).extracting(ParameterValue::value).containsExactly(1, 9, 2);
    assertThat(p.at(LocalDate.of(2020, 6, 30)).orElseThrow().value()).isEqualTo(1);
    assertThat(p.at(LocalDate.of(2020, 7, 1)).orElseThrow().value()).isEqualTo(9);
    assertThat(p.at(LocalDate.of(2021, 6, 30)).orElseThrow().value()).isEqualTo(9);
    assertThat(p.at(LocalDate.of(2021, 7, 1)).orElseThrow().value()).isEqualTo(2);
    assertThat(p.at(LocalDate.of(2018, 12, 31))).isEmpty();
  }

  @Test
  void aReplacementInsideOneValueSplitsIt() {
    Parameter<Integer> p = twoPeriods().replacedFrom(
        value(9, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)));

    assertThat(p.timeline()).extracting(v -> v.period() + "=" + v.value()).containsExactly(
        "2019-01-01..2020-12-31=1", "2021-01-01..2022-12-31=2", "2023-01-01..2023-12-31=9",
        "2024-01-01..=2");
  }

  @Test
  void anOpenReplacementDropsEverythingAfterItsStart() {
    Parameter<Integer> p = twoPeriods().replacedFrom(value(9, LocalDate.of(2020, 7, 1), null));

    assertThat(p.timeline()).extracting(v -> v.period() + "=" + v.value()).containsExactly(
        "2019-01-01..2020-06-30=1", "2020-07-01..=9");
  }

  @Test
  void aReplacementKeepsTheSourcesOfTheValuesItCuts() {
    Parameter<Integer> p = twoPeriods().replacedFrom(value(9, LocalDate.of(2020, 7, 1), null));

    assertThat(p.timeline().get(0).sources()).containsExactly(Source.of("test", ""));
    assertThat(p.timeline().get(0).confidence()).isEqualTo(Confidence.ASSUMED);
  }

  @Test
  void aDateFindsTheSamePlanInWhateverOrderDatesAreAsked() {
    Catalog catalog = JATIM.derive("Jawa Timur").build();
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2019, 12, 1); d.isBefore(LocalDate.of(2026, 2, 1));
        d = d.plusDays(1)) {
      days.add(d);
    }
    days.add(LocalDate.MIN);
    days.add(LocalDate.of(1900, 1, 1));
    days.add(LocalDate.of(2100, 1, 1));
    Map<LocalDate, Plan> ascending = new HashMap<>();
    Plan previous = null;
    for (LocalDate d : days.subList(0, days.size() - 3)) {
      Plan p = catalog.plan(d);
      assertThat(p.from).isBeforeOrEqualTo(d);
      // A plan holds until the next one starts.
      if (previous != null && p != previous) {
        assertThat(p.from).isEqualTo(d);
      }
      previous = p;
      ascending.put(d, p);
    }
    assertThat(new HashSet<>(ascending.values())).hasSizeGreaterThan(3);
    for (LocalDate d : days.subList(days.size() - 3, days.size())) {
      ascending.put(d, catalog.plan(d));
    }
    List<LocalDate> shuffled = new ArrayList<>(days);
    Collections.shuffle(shuffled, new Random(11));
    for (LocalDate d : shuffled) {
      assertThat(catalog.plan(d)).as("%s", d).isSameAs(ascending.get(d));
    }
    Collections.reverse(days);
    for (LocalDate d : days) {
      assertThat(catalog.plan(d)).as("%s", d).isSameAs(ascending.get(d));
    }
  }
}
