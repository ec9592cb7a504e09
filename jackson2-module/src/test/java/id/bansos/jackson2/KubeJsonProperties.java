package id.bansos.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import id.bansos.jsonfixtures.KubeExamples;
import id.bansos.rules.Group;
import java.util.List;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;

class KubeJsonProperties {

  private static final JsonMapper PLAIN = JsonMapper.builder().addModule(new BansosModule()).build();

  @Test
  void readingWhatWasWrittenGivesTheSameGroup() throws Exception {
    qt().withFixedSeed(20261128L).withExamples(150)
        .forAll(KubeExamples.groups())
        .check(g -> BansosJson.readGroup(BansosJson.write(g)).equals(g));
  }

  @Test
  void writingIsDeterministicAndTheSameThroughThePlainMapper() throws Exception {
    qt().withFixedSeed(17L).withExamples(100)
        .forAll(KubeExamples.groups())
        .check(g -> {
          String once = BansosJson.write(g);
          return once.equals(BansosJson.write(BansosJson.readGroup(once)))
              && once.equals(Unchecked.writeValueAsString(PLAIN, g))
              && !once.contains("null");
        });
  }

  @Test
  void groupsRoundTripInsideCollections() throws Exception {
    qt().withFixedSeed(23L).withExamples(40)
        .forAll(KubeExamples.groups(), KubeExamples.groups())
        .check((a, b) -> Unchecked.readValue(BansosJson.mapper(),
            Unchecked.writeValueAsString(BansosJson.mapper(), List.of(a, b)),
            new TypeReference<List<Group>>() {}).equals(List.of(a, b)));
  }

  @Test
  void theGeneratorReachesEmptyLargeAndEachProximity() throws Exception {
    StringBuilder all = new StringBuilder();
    int[] largest = {0};
    int[] empty = {0};
    qt().withFixedSeed(20261128L).withExamples(150)
        .forAll(KubeExamples.groups())
        .check(g -> {
          all.append(BansosJson.write(g)).append('\n');
          largest[0] = Math.max(largest[0], g.size());
          empty[0] += g.liveNearEachOther().isEmpty() ? 1 : 0;
          return true;
        });
    assertThat(all.toString()).contains("\"liveNearEachOther\":true",
        "\"liveNearEachOther\":false", "\"members\":[]", "\"deathDate\"", "\"pastGrants\"");
    assertThat(largest[0]).isGreaterThanOrEqualTo(6);
    assertThat(empty[0]).isPositive();
  }
}
