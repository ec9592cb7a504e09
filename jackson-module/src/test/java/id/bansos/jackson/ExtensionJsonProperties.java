package id.bansos.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import id.bansos.core.household.ExtensionKey;
import id.bansos.core.household.Household;
import id.bansos.core.household.Person;
import id.bansos.jsonfixtures.WireHouseholds;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.databind.JsonNode;

class ExtensionJsonProperties {

  /** A registration of random facts and a household carrying random values of them. */
  record Case(List<ExtensionKey<?>> keys, Household household) {
    /** The random facts and the provincial catalog's, which the generator sets too. */
    ExtensionFacts registered() {
      List<ExtensionKey<?>> all = new ArrayList<>(ExtensionFacts.provincial().keys());
      all.addAll(keys);
      return ExtensionFacts.of(all);
    }
  }

  private static Gen<Case> cases() {
    return WireHouseholds.extensionKeys()
        .flatMap(keys -> WireHouseholds.households(keys).map(h -> new Case(keys, h)));
  }

  @Test
  void readingWhatWasWrittenWithTheFactsRegisteredGivesTheSameHousehold() {
    qt().withFixedSeed(20261130L).withExamples(300)
        .forAll(cases())
        .check(c -> BansosJson.readHousehold(BansosJson.write(c.household()), c.registered())
            .equals(c.household()));
  }

  @Test
  void extensionNamesAreWrittenInNameOrder() {
    qt().withFixedSeed(13L).withExamples(150)
        .forAll(cases())
        .check(c -> {
          JsonNode tree = BansosJson.mapper().readTree(BansosJson.write(c.household()));
          List<JsonNode> owners = new ArrayList<>();
          owners.add(tree);
          tree.get("members").forEach(owners::add);
          for (JsonNode owner : owners) {
            JsonNode extensions = owner.get("extensions");
            if (extensions != null) {
              List<String> names = List.copyOf(extensions.propertyNames());
              if (names.isEmpty() || !names.equals(names.stream().sorted().toList())) {
                return false;
              }
            }
          }
          return true;
        });
  }

  @Test
  void aReaderWithoutTheFactsReportsEachOneAtItsPath() {
    qt().withFixedSeed(17L).withExamples(150)
        .forAll(cases())
        .check(c -> {
          Set<String> expected = new HashSet<>();
          // The reader without facts accepts the provincial catalog's.
          List<ExtensionKey<?>> provincial = ExtensionFacts.provincial().keys();
          c.household().extensions().keySet().stream().filter(k -> !provincial.contains(k))
              .forEach(k -> expected.add("extensions." + k.name()));
          List<Person> members = c.household().members();
          for (int i = 0; i < members.size(); i++) {
            for (ExtensionKey<?> k : members.get(i).extensions().keySet()) {
              if (provincial.contains(k)) {
                continue;
              }
              expected.add("members[" + i + "].extensions." + k.name());
            }
          }
          String json = BansosJson.write(c.household());
          try {
            Household read = BansosJson.readHousehold(json);
            return expected.isEmpty() && read.equals(c.household());
          } catch (JsonInputException e) {
            return e.codes().stream().allMatch("JSON_UNKNOWN_FIELD"::equals)
                && Set.copyOf(e.paths()).equals(expected) && e.paths().size() == expected.size();
          }
        });
  }

  @Test
  void theGeneratorReachesEveryKindOnHouseholdsAndMembers() {
    // Guards the generator: a round trip that never meets a kind proves nothing about it.
    Set<String> seen = new HashSet<>();
    qt().withFixedSeed(20261130L).withExamples(300)
        .forAll(cases())
        .check(c -> {
          c.household().extensions().keySet().forEach(k -> seen.add("household " + k.kind()));
          c.household().members().forEach(m -> m.extensions().keySet()
              .forEach(k -> seen.add("member " + k.kind())));
          return true;
        });
    List<String> all = new ArrayList<>();
    for (ExtensionKey.Kind kind : ExtensionKey.Kind.values()) {
      all.add("household " + kind);
      all.add("member " + kind);
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(all);
  }
}
