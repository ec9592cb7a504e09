package id.bansos.core.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import id.bansos.core.Generators;
import id.bansos.core.InvalidDataException;
import id.bansos.core.Problem;
import id.bansos.core.region.RegionCode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class HouseholdProperties {

  private static final long SEED = 0x4B4B4A4154494DL;
  private static final int EXAMPLES = 300;

  /** An index in [0, 1000); taken modulo the list size, so it fits any household. */
  private static final Gen<Integer> ANY_INDEX = integers().between(0, 999);

  @Test
  void toStringShowsNoPersonalData() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(Generators.households())
        .checkAssert(h -> {
          assertNoPersonalData(h.toString(), h);
          h.members().forEach(p -> assertNoPersonalData(p.toString(), h));
        });
  }

  @Test
  void generatedHouseholdsHaveOneHeadAndUniqueNiks() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(Generators.households())
        .checkAssert(h -> {
          assertThat(h.head()).isPresent();
          assertThat(h.members()).extracting(Person::nik).doesNotHaveDuplicates();
          h.members().forEach(p -> assertThat(h.member(p.nik())).contains(p));
        });
  }

  @Test
  void duplicatedMemberAlwaysFailsAtTheLaterIndex() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(Generators.households(), ANY_INDEX, ANY_INDEX, Generate.booleans())
        .checkAssert((h, anyOriginal, anyPosition, sameFacts) -> {
          List<Person> members = new ArrayList<>(h.members());
          int original = anyOriginal % members.size();
          int position = anyPosition % (members.size() + 1);
          Person copy = sameFacts ? members.get(original)
              : Person.builder().nik(members.get(original).nik())
                  .relationship(Relationship.OTHER).build();
          members.add(position, copy);
          int laterIndex = Math.max(position, original < position ? original : original + 1);

          InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
              () -> Household.builder().from(h).members(members).build());

          assertThat(e).isNotNull();
          assertThat(e.problems()).extracting(Problem::code, Problem::path)
              .containsOnlyOnce(tuple("HOUSEHOLD_DUPLICATE_NIK", "members[" + laterIndex + "].nik"));
          assertNoPersonalData(e.getMessage(), h);
        });
  }

  @Test
  void exceptionMessagesShowNoPersonalData() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(Generators.households(), ANY_INDEX, integers().between(1, 4))
        .checkAssert((h, anyMember, faults) -> {
          Person someone = h.members().get(anyMember % h.members().size());
          var b = Household.builder().from(h).addMembers(someone);
          if (faults >= 2) {
            b.domicile(RegionCode.parse(someone.nik().districtCode()));
          }
          if (faults >= 3) {
            b.putExtensions(ExtensionKey.ofBoolean("someFact"), "not a boolean");
          }
          if (faults >= 4) {
            b.addPastGrants(new PastGrant(GrantType.KUBE, 1900));
          }

          InvalidDataException e = catchThrowableOfType(InvalidDataException.class, b::build);

          assertThat(e).isNotNull();
          assertThat(e.problems().size()).isGreaterThanOrEqualTo(faults);
          assertNoPersonalData(e.getMessage(), h);
          assertNoPersonalData(e.toString(), h);
        });
  }

  private static void assertNoPersonalData(String text, Household h) {
    assertThat(text).doesNotContain(h.kkNumber().value());
    for (Person p : h.members()) {
      assertThat(text).doesNotContain(p.nik().value());
      p.name().ifPresent(name -> assertThat(text).doesNotContain(name));
    }
  }
}
