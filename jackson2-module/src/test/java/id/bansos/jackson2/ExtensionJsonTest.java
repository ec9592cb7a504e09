package id.bansos.jackson2;

import static id.bansos.jackson2.Examples.BUSINESS_TURNOVER;
import static id.bansos.jackson2.Examples.FARMER_GROUP;
import static id.bansos.jackson2.Examples.KARTU_SIDOARJO_SEHAT;
import static id.bansos.jackson2.Examples.LAND_OWNED_M2;
import static id.bansos.jackson2.Examples.LAND_TENURE;
import static id.bansos.jackson2.Examples.SIDOARJO;
import static id.bansos.jackson2.Examples.SURVEYED_ON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.bansos.core.household.ExtensionKey;
import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutableHousehold;
import id.bansos.core.household.Person;
import id.bansos.core.identity.Nik;
import id.bansos.core.money.Rupiah;
import id.bansos.rules.Group;
import id.bansos.rules.program.jps.JpsProvinsi2020;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Extension facts on households and people: written by kind, read only when registered. */
class ExtensionJsonTest {

  private static final String KK = "3515010101200007";
  private static final String PROPOSED = "{\"proposedByRegentOrMayor\":true}";
  /** The names the provincial catalog's programs read, as a reader's message lists them. */
  private static final String PROVINCIAL_NAMES = "graduateOfUptRsbkw, hasCapableCarer,"
      + " livesInProvincialUpt, needsWheelchair, pkhComponents, pregnantOrPostpartum,"
      + " proposedByRegentOrMayor, socialPillarRole, uptName";
  private static final String NIK = "3515011204750001";

  /** A household with the given household and first-member {@code extensions} objects. */
  private static String household(String householdExtensions, String memberExtensions) {
    return "{\"kkNumber\":\"" + KK + "\""
        + (householdExtensions.isEmpty() ? "" : ",\"extensions\":" + householdExtensions)
        + ",\"members\":[{\"nik\":\"" + NIK + "\""
        + (memberExtensions.isEmpty() ? "" : ",\"extensions\":" + memberExtensions) + "}]}";
  }

  private static JsonInputException failure(Executable read) {
    return catchThrowableOfType(JsonInputException.class, read::execute);
  }

  private static List<String> located(JsonInputException e) {
    return e.problems().stream().map(p -> p.path() + " " + p.code()).toList();
  }

  @Test
  void factsOfEveryKindOnTheHouseholdAndItsMembersRoundTrip() throws Exception {
    // Given
    Household h = Examples.withExtensions();

    // When
    Household back = BansosJson.readHousehold(BansosJson.write(h), SIDOARJO);

    // Then
    assertThat(back).isEqualTo(h);
    assertThat(back.extension(LAND_OWNED_M2)).contains(350L);
    assertThat(back.extension(KARTU_SIDOARJO_SEHAT)).contains(true);
    assertThat(back.extension(LAND_TENURE)).contains(Examples.LandTenure.FAMILY_LAND);
    assertThat(back.extension(SURVEYED_ON)).contains(LocalDate.of(2025, 9, 15));
    assertThat(back.members().get(0).extension(FARMER_GROUP)).contains("Poktan Sri Rejeki");
    assertThat(back.members().get(0).extension(BUSINESS_TURNOVER))
        .contains(Rupiah.of(2_500_000));
  }

  @Test
  void aPersonWithFactsRoundTripsThroughAMapperThatRegistersThem() throws Exception {
    JsonMapper mapper = BansosJson.builder(SIDOARJO).build();
    Person head = Examples.withExtensions().members().get(0);

    String json = mapper.writeValueAsString(head);

    assertThat(mapper.readValue(json, Person.class)).isEqualTo(head);
  }

  @Test
  void valuesAreWrittenAsTheJsonTypeOfTheirKind() throws Exception {
    JsonNode tree = BansosJson.mapper().readTree(BansosJson.write(Examples.withExtensions()));

    JsonNode household = tree.get("extensions");
    assertThat(household.get("kartuSidoarjoSehat").isBoolean()).isTrue();
    assertThat(household.get("landOwnedM2").isIntegralNumber()).isTrue();
    assertThat(household.get("landTenure").textValue()).isEqualTo("FAMILY_LAND");
    assertThat(household.get("surveyedOn").textValue()).isEqualTo("2025-09-15");
    JsonNode head = tree.get("members").get(0).get("extensions");
    assertThat(head.get("farmerGroup").isTextual()).isTrue();
    assertThat(head.get("monthlyBusinessTurnover").longValue()).isEqualTo(2_500_000L);
  }

  @Test
  void namesAreWrittenInNameOrderWhateverOrderTheMapWasBuiltIn() throws Exception {
    Household h = Examples.withExtensions();
    List<ExtensionKey<?>> keys = new ArrayList<>(h.extensions().keySet());
    Collections.reverse(keys);
    Map<ExtensionKey<?>, Object> reversed = new LinkedHashMap<>();
    keys.forEach(k -> reversed.put(k, h.extensions().get(k)));
    Household rebuilt = ImmutableHousehold.copyOf(h).withExtensions(reversed);

    JsonNode written = BansosJson.mapper().readTree(BansosJson.write(rebuilt)).get("extensions");

    assertThat(written.fieldNames()).toIterable()
        .containsExactly("kartuSidoarjoSehat", "landOwnedM2", "landTenure", "surveyedOn");
    assertThat(BansosJson.write(rebuilt)).isEqualTo(BansosJson.write(h));
  }

  @Test
  void noExtensionsObjectIsWrittenWhenThereAreNone() throws Exception {
    assertThat(BansosJson.write(Examples.minimal())).doesNotContain("extensions");
  }

  @Test
  void anUnregisteredNameIsAnUnknownFieldAtItsPath() throws Exception {
    String json = household("{\"landOwnedM2\":350,\"luasSawah\":1}", "{\"ojolDriver\":true}");

    JsonInputException e = failure(() -> BansosJson.readHousehold(json, SIDOARJO));

    assertThat(located(e)).containsExactly("extensions.luasSawah JSON_UNKNOWN_FIELD",
        "members[0].extensions.ojolDriver JSON_UNKNOWN_FIELD");
    assertThat(e.problems().get(0).message()).isEqualTo("not a registered extension fact;"
        + " registered: farmerGroup, kartuSidoarjoSehat, landOwnedM2, landTenure,"
        + " monthlyBusinessTurnover, surveyedOn");
  }

  @Test
  void aReaderWithoutExtensionFactsRejectsThoseTheProvincialCatalogDoesNotRead() throws Exception {
    String json = household("{\"landOwnedM2\":350}", "{\"farmerGroup\":\"Poktan\"}");

    JsonInputException e = failure(() -> BansosJson.readHousehold(json));

    assertThat(located(e)).containsExactly("extensions.landOwnedM2 JSON_UNKNOWN_FIELD",
        "members[0].extensions.farmerGroup JSON_UNKNOWN_FIELD");
    assertThat(e.problems().get(0).message())
        .isEqualTo("not a registered extension fact; registered: " + PROVINCIAL_NAMES);
  }

  @Test
  void noneRejectsEveryEntryTheProvincialOnesToo() throws Exception {
    String json = household(PROPOSED, "");

    JsonInputException e = failure(() -> BansosJson.readHousehold(json, ExtensionFacts.none()));

    assertThat(located(e)).containsExactly("extensions.proposedByRegentOrMayor JSON_UNKNOWN_FIELD");
    assertThat(e.problems().get(0).message())
        .isEqualTo("no extension facts are registered with this reader");
  }

  @Test
  void everyReaderWithoutExtensionFactsReadsTheProvincialCatalogsFacts() throws Exception {
    String json = household(PROPOSED, "");
    Household expected = ImmutableHousehold.copyOf(BansosJson.readHousehold(household("", "")))
        .withExtensions(Map.of(JpsProvinsi2020.PROPOSED_BY_REGENT_OR_MAYOR, true));
    JsonMapper plain = JsonMapper.builder().addModule(new BansosModule()).build();
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    List<HouseholdLine> lines;
    try (HouseholdReader in = HouseholdReader.of(new StringReader(json + "\n"))) {
      lines = in.stream().toList();
    }

    assertThat(List.of(
        BansosJson.readHousehold(json),
        BansosJson.readHousehold(new StringReader(json)),
        BansosJson.readHousehold(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))),
        BansosJson.mapper().readValue(json, Household.class),
        BansosJson.builder().build().readValue(json, Household.class),
        plain.readValue(json, Household.class),
        found.readValue(json, Household.class),
        lines.get(0).household().orElseThrow()))
        .containsOnly(expected);
    assertThat(expected.extension(JpsProvinsi2020.PROPOSED_BY_REGENT_OR_MAYOR)).contains(true);
  }

  @Test
  void theSharedMapperAndThePlainModuleRejectOtherExtensionFacts() throws Exception {
    String json = household("{\"landOwnedM2\":350}", "");
    JsonMapper plain = JsonMapper.builder().addModule(new BansosModule()).build();

    assertThat(located(failure(() -> BansosJson.mapper().readValue(json, Household.class))))
        .containsExactly("extensions.landOwnedM2 JSON_UNKNOWN_FIELD");
    assertThat(located(failure(() -> plain.readValue(json, Household.class))))
        .containsExactly("extensions.landOwnedM2 JSON_UNKNOWN_FIELD");
  }

  @Test
  void anEmptyOrNullExtensionsObjectAndNullValuesMeanNoFacts() throws Exception {
    Household expected = BansosJson.readHousehold(household("", ""));

    assertThat(BansosJson.readHousehold(household("{}", "null"))).isEqualTo(expected);
    assertThat(BansosJson.readHousehold(household("{\"landOwnedM2\":null}", ""), SIDOARJO))
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("id.bansos.jsonfixtures.BadInput#extensionValues")
  void aValueNotOfItsKindIsRejectedAtItsPathNamingTheExpectedForm(String extensions,
      String path, String code, String message) throws Exception {
    JsonInputException onHousehold =
        failure(() -> BansosJson.readHousehold(household(extensions, ""), SIDOARJO));
    JsonInputException onMember =
        failure(() -> BansosJson.readHousehold(household("", extensions), SIDOARJO));

    assertThat(located(onHousehold)).containsExactly(path + " " + code);
    assertThat(located(onMember)).containsExactly("members[0]." + path + " " + code);
    if (message != null) {
      assertThat(onHousehold.problems().get(0).message()).isEqualTo(message);
    }
  }

  @Test
  void valuesAndUnsafeNamesNeverAppearInMessages() throws Exception {
    String json = household("{\"" + NIK + "\":1,\"kartuSidoarjoSehat\":\"Siti Aminah\"}", "");

    JsonInputException e = failure(() -> BansosJson.readHousehold(json, SIDOARJO));

    assertThat(located(e)).containsExactly("extensions.<unnamed> JSON_UNKNOWN_FIELD",
        "extensions.kartuSidoarjoSehat JSON_WRONG_TYPE");
    assertThat(e).hasMessageNotContaining(NIK).hasMessageNotContaining("Siti");
  }

  @Test
  void aProvincialFactOfTheWrongKindIsRejectedAtItsPath() {
    JsonInputException e = failure(() -> BansosJson.readHousehold(
        household("{\"proposedByRegentOrMayor\":\"ya\"}", "")));

    assertThat(located(e)).containsExactly("extensions.proposedByRegentOrMayor JSON_WRONG_TYPE");
  }

  @Test
  void everyProblemIsReportedAtOnceWithTheRestOfTheHousehold() throws Exception {
    String json = "{\"kkNumber\":\"" + KK + "\",\"extensions\":{\"landOwnedM2\":true,"
        + "\"kebunM2\":10},\"members\":[{\"nik\":\"3515011213750001\",\"extensions\":"
        + "{\"surveyedOn\":\"2025-13-01\",\"farmerGroup\":null,\"ojol\":true}},"
        + "{\"nik\":\"3515016208780002\",\"sex\":\"female\",\"extensions\":"
        + "{\"monthlyBusinessTurnover\":-1}}]}";

    JsonInputException e = failure(() -> BansosJson.readHousehold(json, SIDOARJO));

    assertThat(located(e)).containsExactlyInAnyOrder(
        "extensions.kebunM2 JSON_UNKNOWN_FIELD",
        "extensions.landOwnedM2 JSON_WRONG_TYPE",
        "members[0].nik NIK_MONTH",
        "members[0].extensions.ojol JSON_UNKNOWN_FIELD",
        "members[0].extensions.surveyedOn JSON_DATE_INVALID",
        "members[1].sex JSON_ENUM",
        "members[1].extensions.monthlyBusinessTurnover MONEY_NEGATIVE");
  }

  @Test
  void everyReaderOfHouseholdsTakesTheRegistration() throws Exception {
    String json = BansosJson.write(Examples.withExtensions());
    byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
    JsonMapper module = JsonMapper.builder().addModule(new BansosModule(SIDOARJO)).build();

    assertThat(List.of(
        BansosJson.readHousehold(new StringReader(json), SIDOARJO),
        BansosJson.readHousehold(new ByteArrayInputStream(utf8), SIDOARJO),
        BansosJson.builder(SIDOARJO).build().readValue(json, Household.class),
        module.readValue(json, Household.class),
        module.readValue(json, ImmutableHousehold.class)))
        .containsOnly(Examples.withExtensions());
    assertThat(located(failure(() -> BansosJson.readHousehold(new StringReader(json)))))
        .hasSize(7).allMatch(p -> p.endsWith("JSON_UNKNOWN_FIELD"));
    assertThat(located(failure(() -> BansosJson.readHousehold(new ByteArrayInputStream(utf8)))))
        .hasSize(7);
  }

  @Test
  void aModuleAddedLaterReplacesTheOneTheBuilderBrought() throws Exception {
    JsonMapper mapper = BansosJson.builder().addModule(new BansosModule(SIDOARJO)).build();

    assertThat(mapper.readValue(BansosJson.write(Examples.withExtensions()), Household.class))
        .isEqualTo(Examples.withExtensions());
  }

  @Test
  void jsonLinesHonourTheRegistration() throws Exception {
    String text = BansosJson.write(Examples.withExtensions()) + "\n"
        + household("{\"luasSawah\":1}", "") + "\n";

    List<HouseholdLine> registered;
    try (HouseholdReader in = HouseholdReader.of(new StringReader(text), SIDOARJO)) {
      registered = in.stream().toList();
    }
    List<HouseholdLine> unregistered;
    try (HouseholdReader in = HouseholdReader.of(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      unregistered = in.stream().toList();
    }

    assertThat(registered.get(0).household()).contains(Examples.withExtensions());
    assertThat(registered.get(1).problems()).extracting(p -> p.path() + " " + p.code())
        .containsExactly("extensions.luasSawah JSON_UNKNOWN_FIELD");
    assertThat(unregistered).noneMatch(HouseholdLine::isValid);
    assertThat(unregistered.get(0).problems()).hasSize(7);
  }

  @Test
  void groupsHonourTheRegistrationInEveryMemberFamily() throws Exception {
    Household family = Examples.withExtensions();
    Group group = Group.of("KUBE Tani Makmur",
        List.of(Group.Member.of(family, Nik.parse(NIK))), Optional.empty());
    String json = BansosJson.write(group);

    assertThat(BansosJson.readGroup(json, SIDOARJO)).isEqualTo(group);
    assertThat(BansosJson.builder(SIDOARJO).build().readValue(json, Group.class)).isEqualTo(group);
    assertThat(located(failure(() -> BansosJson.readGroup(json))))
        .contains("members[0].household.extensions.landOwnedM2 JSON_UNKNOWN_FIELD",
            "members[0].household.members[1].extensions.monthlyBusinessTurnover"
                + " JSON_UNKNOWN_FIELD");
  }
}
