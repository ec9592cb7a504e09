package id.bansos.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.money.Rupiah;
import id.bansos.core.region.RegionCode;
import id.bansos.core.registry.Desil;
import id.bansos.rules.Library;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

class BansosModuleTest {

  @Test
  void theReadersOfAStreamLeaveItOpen() {
    String good = BansosJson.write(BansosJson.readHousehold(household(
        "[{\"nik\":\"3578011203850001\"}]")));
    for (String json : List.of(good, household("[{\"nik\":"))) {
      boolean[] closed = new boolean[2];
      java.io.InputStream bytes = new java.io.ByteArrayInputStream(
          json.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
        @Override
        public void close() {
          closed[0] = true;
        }
      };
      java.io.Reader chars = new java.io.StringReader(json) {
        @Override
        public void close() {
          closed[1] = true;
        }
      };
      for (Runnable read : List.<Runnable>of(() -> BansosJson.readHousehold(bytes),
          () -> BansosJson.readHousehold(chars))) {
        try {
          read.run();
        } catch (JsonInputException expectedForTheTruncatedOne) {
          assertThat(json).isNotEqualTo(good);
        }
      }
      assertThat(closed).containsExactly(false, false);
    }
  }

  /** A household whose {@code members} are {@code members}, as JSON. */
  private static String household(String members) {
    return "{\"kkNumber\":\"3578010101200001\",\"members\":" + members + "}";
  }

  @Test
  void malformedJsonInAHouseholdReadByAMapperQuotesNothingOfIt() {
    JsonMapper plain = JsonMapper.builder().addModule(new BansosModule()).build();
    String nik = "3578011203850001";
    for (String json : List.of(
        household("[{\"nik\":x" + nik + "}]"),
        household("[{\"nik\":\"" + nik + "\",\"name\":Siti_Aminah}]"))) {
      for (JsonMapper mapper : List.of(plain, BansosJson.mapper())) {
        assertThatThrownBy(() -> mapper.readValue(json, id.bansos.core.household.Household.class))
            .isInstanceOfSatisfying(JsonInputException.class,
                e -> assertThat(e.codes()).containsExactly("JSON_SYNTAX"))
            .hasMessageNotContaining(nik).hasMessageNotContaining("Siti");
      }
    }
  }

  @Test
  void fieldNamesThatMayBeDataAreNotShown() {
    String json = "{\"kkNumber\":\"3578010101200001\",\"aid\":{\"KK3578010101200009\":true,"
        + "\"BPNT_SEMBAKO\":true},\"members\":[{\"nik\":\"3578011203850001\","
        + "\"NIK3578011203850002\":1,\"Siti_Aminah\":1,\"SitiAminah\":1,\"SITI_AMINAH\":1,"
        + "\"nickname\":1}]}";

    JsonInputException e = catchProblems(json);

    assertThat(e.paths()).containsExactlyInAnyOrder("aid.<unnamed>", "members[0].<unnamed>",
        "members[0].<unnamed>", "members[0].<unnamed>", "members[0].<unnamed>",
        "members[0].nickname");
    assertThat(e).hasMessageNotContaining("3578010101200009")
        .hasMessageNotContaining("3578011203850002").hasMessageNotContaining("Siti");
  }

  private static JsonInputException catchProblems(String json) {
    try {
      BansosJson.readHousehold(json);
    } catch (JsonInputException e) {
      return e;
    }
    throw new AssertionError("read without a problem");
  }

  @Test
  void moduleHasANameAndTheArtifactVersion() {
    BansosModule module = new BansosModule();

    assertThat(module.getModuleName()).isEqualTo("bansos-jackson");
    assertThat(module.version().getGroupId()).isEqualTo("id.bansos");
    assertThat(module.version().getArtifactId()).isEqualTo("bansos-jackson");
    // The version the build wrote into bansos-rules, read as a version, not written here again.
    assertThat(module.version().isUnknownVersion()).isFalse();
    assertThat(module.version().toString()).isEqualTo(Library.version());
  }

  @Test
  void serviceLoaderFindsTheModule() {
    assertThat(ServiceLoader.load(JacksonModule.class).stream().map(p -> p.type().getName()).toList())
        .contains(BansosModule.class.getName());
  }

  @Test
  void findAndAddModulesGivesTheSameFormat() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();

    assertThat(found.writeValueAsString(Examples.full())).isEqualTo(BansosJson.write(Examples.full()));
  }

  @Test
  void mapperHasTheSafeSettings() {
    JsonMapper mapper = BansosJson.mapper();
    StreamReadConstraints limits = mapper.tokenStreamFactory().streamReadConstraints();

    assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
    assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isTrue();
    assertThat(limits.getMaxNestingDepth()).isEqualTo(BansosJson.MAX_NESTING_DEPTH);
    assertThat(limits.getMaxStringLength()).isEqualTo(BansosJson.MAX_STRING_LENGTH);
    assertThat(limits.getMaxNumberLength()).isEqualTo(BansosJson.MAX_NUMBER_LENGTH);
    assertThat(limits.getMaxDocumentLength()).isEqualTo(BansosJson.MAX_DOCUMENT_LENGTH);
    assertThat(limits.getMaxTokenCount()).isEqualTo(BansosJson.MAX_TOKEN_COUNT);
    assertThat(mapper.registeredModules()).extracting(m -> m.getModuleName())
        .contains("bansos-jackson");
  }

  record Payment(Nik nik, KkNumber kk, RegionCode region, Rupiah amount, Desil desil) {}

  @Test
  void scalarTypesHaveTheirWireForm() {
    Payment p = new Payment(Nik.parse("3526014107500002"), KkNumber.parse("3526010101200001"),
        RegionCode.parse("3526012008"), Rupiah.of(900_000), Desil.of(3));

    String json = BansosJson.mapper().writeValueAsString(p);

    assertThat(BansosJson.mapper().readTree(json)).isEqualTo(BansosJson.mapper()
        .valueToTree(Map.of(
        "nik", "3526014107500002", "kk", "3526010101200001", "region", "35.26.01.2008",
        "amount", 900_000, "desil", 3)));
    assertThat(BansosJson.mapper().readValue(json, Payment.class)).isEqualTo(p);
  }

  @Test
  void scalarTypesRejectBadValuesWithTheirCodes() {
    assertThatThrownBy(() -> BansosJson.mapper().readValue("[\"3526011013800001\"]",
        new tools.jackson.core.type.TypeReference<List<Nik>>() {}))
        .hasRootCauseInstanceOf(JsonInputException.class)
        .rootCause().satisfies(e -> assertThat(((JsonInputException) e).codes())
            .containsExactly("NIK_MONTH"))
        .hasMessageNotContaining("3526011013800001");
    assertThatThrownBy(() -> BansosJson.mapper().readValue("-1", Rupiah.class))
        .isInstanceOfSatisfying(JsonInputException.class,
            e -> assertThat(e.codes()).containsExactly("MONEY_NEGATIVE"));
    assertThatThrownBy(() -> BansosJson.mapper().readValue("\"3\"", Desil.class))
        .isInstanceOfSatisfying(JsonInputException.class,
            e -> assertThat(e.codes()).containsExactly("JSON_WRONG_TYPE"));
    assertThatThrownBy(() -> BansosJson.mapper().readValue("\"3526012008\"", RegionCode.class))
        .isInstanceOfSatisfying(JsonInputException.class,
            e -> assertThat(e.codes()).containsExactly("REGION_CODE_FORMAT"));
  }

  @Test
  void personsRoundTripOnTheirOwn() {
    var person = Examples.full().members().get(1);
    String json = BansosJson.mapper().writeValueAsString(person);

    assertThat(BansosJson.mapper().readValue(json, id.bansos.core.household.Person.class))
        .isEqualTo(person);
  }

  @Test
  void exceptionNeedsAProblem() {
    assertThatThrownBy(() -> new JsonInputException(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
