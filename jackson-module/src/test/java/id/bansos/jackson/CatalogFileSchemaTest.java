package id.bansos.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import id.bansos.jsonfixtures.BadCatalogFiles;
import id.bansos.jsonfixtures.CatalogGen;
import id.bansos.jsonfixtures.RegencyExample;
import id.bansos.rules.Catalog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The shipped schema of catalog files accepts what the writer writes and the example. */
class CatalogFileSchemaTest {

  private static final Schema SCHEMA = SchemaRegistry
      .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(BansosJson.catalogFileSchema());
  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private static final Catalog BASE = RegencyExample.base();

  private static List<Error> validate(String yaml) {
    // Through JSON text: the schema speaks of JSON types, and YAML's tree is the same.
    JsonNode json = BansosJson.mapper().readTree(BansosJson.mapper()
        .writeValueAsString(YAML.readTree(yaml)));
    return SCHEMA.validate(json);
  }

  @Test
  void theExampleIsValid() {
    assertThat(validate(RegencyExample.text())).isEmpty();
  }

  @Test
  void everyWrittenFileIsValid() {
    qt().withFixedSeed(5L).withExamples(40).forAll(CatalogGen.derived(BASE))
        .checkAssert(c -> assertThat(validate(CatalogFiles.write(c, BASE))).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"colour: red\n", "localPrograms: [lower_case]\n",
      "parameters:\n  lower.case: [{value: 1, validFrom: 2026-01-01, confidence: ASSUMED,"
          + " sources: [{title: t}]}]\n",
      "parameters:\n  ASPD.REGISTRY: []\n",
      "parameters:\n  ASPD.REGISTRY: [{value: 1, validFrom: 2026-01-01, confidence: SURE,"
          + " sources: [{title: t}]}]\n",
      "parameters:\n  ASPD.REGISTRY: [{value: 1, validFrom: 2026-01-01, confidence: ASSUMED,"
          + " sources: []}]\n",
      "parameters:\n  ASPD.REGISTRY: [{validFrom: 2026-01-01, confidence: ASSUMED,"
          + " sources: [{title: t}]}]\n"})
  void theSchemaRefusesWhatTheLoaderRefusesByShape(String tail) {
    assertThat(validate(BadCatalogFiles.HEAD + tail)).isNotEmpty();
  }
}
