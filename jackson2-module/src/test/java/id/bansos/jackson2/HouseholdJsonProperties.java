package id.bansos.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import id.bansos.core.household.Household;
import id.bansos.jsonfixtures.WireHouseholds;
import java.util.List;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.core.type.TypeReference;

class HouseholdJsonProperties {

  private static final com.fasterxml.jackson.databind.json.JsonMapper PLAIN =
      com.fasterxml.jackson.databind.json.JsonMapper.builder().addModule(new BansosModule()).build();

  @Test
  void readingWhatWasWrittenGivesTheSameHousehold() throws Exception {
    qt().withFixedSeed(20261128L).withExamples(300)
        .forAll(WireHouseholds.households())
        .check(h -> BansosJson.readHousehold(BansosJson.write(h)).equals(h));
  }

  @Test
  void writingIsDeterministic() throws Exception {
    qt().withFixedSeed(7L).withExamples(200)
        .forAll(WireHouseholds.households())
        .check(h -> {
          Household copy = BansosJson.readHousehold(BansosJson.write(h));
          // A fresh mapper with the module alone writes the same bytes as the shared one.
          String plain = Unchecked.writeValueAsString(PLAIN, h);
          return BansosJson.write(h).equals(BansosJson.write(copy))
              && BansosJson.write(h).equals(plain);
        });
  }

  @Test
  void householdsRoundTripInsideCollectionsThroughThePlainMapper() throws Exception {
    qt().withFixedSeed(11L).withExamples(50)
        .forAll(WireHouseholds.households(), WireHouseholds.households())
        .check((a, b) -> {
          String json = Unchecked.writeValueAsString(BansosJson.mapper(), List.of(a, b));
          List<Household> back = Unchecked.readValue(BansosJson.mapper(), json,
              new TypeReference<List<Household>>() {});
          return back.equals(List.of(a, b));
        });
  }

  @Test
  void writtenHouseholdsNeverContainNull() throws Exception {
    qt().withFixedSeed(3L).withExamples(100)
        .forAll(WireHouseholds.households())
        .check(h -> !BansosJson.write(h).contains("null"));
  }

  @Test
  void theGeneratorReachesTheRareFacts() throws Exception {
    // Guards the generator itself: a round trip over households without these facts proves less.
    StringBuilder all = new StringBuilder();
    qt().withFixedSeed(20261128L).withExamples(300)
        .forAll(WireHouseholds.households())
        .check(h -> {
          all.append(BansosJson.write(h));
          return true;
        });
    assertThat(all.toString()).contains("\"deathDate\"", "\"disabilities\"", "\"labourShockDate\"",
        "\"uptName\"", "\"cause\"", "\"pastGrants\"", "\"desil\"", "\"pkhComponents\":[",
        "\"hasDisability\":false", "\"pastGrantsChecked\":true");
  }
}
