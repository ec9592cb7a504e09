package id.bansos.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import id.bansos.core.household.Household;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import id.bansos.rules.program.JawaTimur;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped summary schema accepts the summaries this module writes. */
class SummarySchemaTest {

  private static final Schema SUMMARY = SchemaRegistry
      .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(BansosJson.summarySchema());

  static Stream<Arguments> households() {
    return Stream.of(Arguments.of(Examples.full(), Language.EN),
        Arguments.of(Examples.minimal(), Language.ID));
  }

  @ParameterizedTest
  @MethodSource("households")
  void summariesAreValid(Household household, Language language) {
    String json = BansosJson.write(Engine.of(JawaTimur.catalog())
        .assess(household, LocalDate.of(2026, 1, 15)), language, Detail.SUMMARY);
    assertThat(SUMMARY.validate(json, InputFormat.JSON)).isEmpty();
  }
}
