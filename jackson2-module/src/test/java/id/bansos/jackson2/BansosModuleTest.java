package id.bansos.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.money.Rupiah;
import id.bansos.core.region.RegionCode;
import id.bansos.core.registry.Desil;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.json.JsonMapper;

class BansosModuleTest {

  @Test
  void moduleHasANameAndTheArtifactVersion() throws Exception {
    BansosModule module = new BansosModule();

    assertThat(module.getModuleName()).isEqualTo("bansos-jackson2");
    assertThat(module.version().getGroupId()).isEqualTo("id.bansos");
    assertThat(module.version().getArtifactId()).isEqualTo("bansos-jackson2");
    assertThat(module.version().toString()).isEqualTo("0.1.0-SNAPSHOT");
  }

  @Test
  void serviceLoaderFindsTheModule() throws Exception {
    assertThat(ServiceLoader.load(Module.class).stream().map(p -> p.type().getName()).toList())
        .contains(BansosModule.class.getName());
  }

  @Test
  void findAndAddModulesGivesTheSameFormat() throws Exception {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();

    assertThat(found.writeValueAsString(Examples.full())).isEqualTo(BansosJson.write(Examples.full()));
  }

  @Test
  void mapperHasTheSafeSettings() throws Exception {
    JsonMapper mapper = BansosJson.mapper();
    StreamReadConstraints limits = mapper.getFactory().streamReadConstraints();

    assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
    assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isTrue();
    assertThat(limits.getMaxNestingDepth()).isEqualTo(BansosJson.MAX_NESTING_DEPTH);
    assertThat(limits.getMaxStringLength()).isEqualTo(BansosJson.MAX_STRING_LENGTH);
    assertThat(limits.getMaxNumberLength()).isEqualTo(BansosJson.MAX_NUMBER_LENGTH);
    assertThat(limits.getMaxDocumentLength()).isEqualTo(BansosJson.MAX_DOCUMENT_LENGTH);
    assertThat(limits.getMaxTokenCount()).isEqualTo(BansosJson.MAX_TOKEN_COUNT);
    assertThat(mapper.getRegisteredModuleIds()).hasSize(1)
        .allSatisfy(id -> assertThat(id).isInstanceOf(BansosModule.class));
  }

  record Payment(Nik nik, KkNumber kk, RegionCode region, Rupiah amount, Desil desil) {}

  @Test
  void scalarTypesHaveTheirWireForm() throws Exception {
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
  void scalarTypesRejectBadValuesWithTheirCodes() throws Exception {
    assertThatThrownBy(() -> BansosJson.mapper().readValue("[\"3526011013800001\"]",
        new com.fasterxml.jackson.core.type.TypeReference<List<Nik>>() {}))
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
  void personsRoundTripOnTheirOwn() throws Exception {
    var person = Examples.full().members().get(1);
    String json = BansosJson.mapper().writeValueAsString(person);

    assertThat(BansosJson.mapper().readValue(json, id.bansos.core.household.Person.class))
        .isEqualTo(person);
  }

  @Test
  void exceptionNeedsAProblem() throws Exception {
    assertThatThrownBy(() -> new JsonInputException(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
