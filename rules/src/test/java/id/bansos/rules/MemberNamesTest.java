package id.bansos.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.core.household.Household;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import id.bansos.rules.program.JawaTimur;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemberNamesTest {

  private static final LocalDate DATE = LocalDate.of(2025, 7, 1);
  private static final LocalDate TWINS = LocalDate.of(2015, 4, 2);

  private static Person child(int serial) {
    return Households.person(TWINS, Sex.MALE, Relationship.CHILD, Occupation.STUDENT, serial)
        .build();
  }

  @Test
  void membersAreNamedByRelationshipSexAndAgeOnTheDate() {
    Household h = Households.elderlyPkhFamily(LocalDate.of(1951, 2, 14)).build();
    MemberNames names = MemberNames.of(Optional.of(h), DATE, List.of());
    Nik head = h.members().get(0).nik();
    Nik mother = h.members().get(1).nik();

    assertThat(names.label(mother, Language.ID)).isEqualTo("ibu kepala keluarga, 74 th");
    assertThat(names.label(mother, Language.EN)).isEqualTo("head's mother, 74");
    assertThat(names.inSentence(mother, Language.ID)).isEqualTo("ibu kepala keluarga (74 th)");
    assertThat(names.inSentence(mother, Language.EN)).isEqualTo("the head's mother (74)");
    assertThat(names.label(head, Language.ID)).isEqualTo("kepala keluarga, 45 th");
  }

  @Test
  void twinsAreToldApartByTheirMaskedNik() {
    Household h = Households.elderlyPkhFamily(LocalDate.of(1951, 2, 14))
        .addMembers(child(3), child(4)).build();
    MemberNames names = MemberNames.of(Optional.of(h), DATE, List.of());

    assertThat(names.label(child(3).nik(), Language.ID))
        .isEqualTo("anak laki-laki, 10 th, NIK " + child(3).nik());
    assertThat(names.label(child(4).nik(), Language.EN))
        .isEqualTo("son, 10, NIK " + child(4).nik());
    assertThat(names.label(h.members().get(0).nik(), Language.ID))
        .isEqualTo("kepala keluarga, 45 th");
  }

  @Test
  void twinsWhoseMaskedNiksAgreeAreNumberedInNikOrder() {
    Household h = Households.elderlyPkhFamily(LocalDate.of(1951, 2, 14))
        .addMembers(child(3), child(103)).build();
    MemberNames names = MemberNames.of(Optional.of(h), DATE, List.of());

    assertThat(child(3).nik().toString()).isEqualTo(child(103).nik().toString());
    assertThat(names.label(child(3).nik(), Language.ID)).endsWith(" (1)");
    assertThat(names.label(child(103).nik(), Language.ID)).endsWith(" (2)");
  }

  @Test
  void withoutTheHouseholdMembersAreNamedByMaskedNikAndStillApart() {
    MemberNames names = MemberNames.of(Optional.empty(), DATE,
        List.of(child(3).nik(), child(103).nik(), child(4).nik()));

    Set<String> labels = new HashSet<>();
    for (Nik n : List.of(child(3).nik(), child(103).nik(), child(4).nik())) {
      labels.add(names.label(n, Language.EN));
      assertThat(names.label(n, Language.EN)).startsWith("member NIK " + n);
    }
    assertThat(labels).hasSize(3);
  }

  @Test
  void aSheetForAnotherFamilyIsRefusedWithoutShowingEitherCardNumber() {
    Household h = Households.elderlyPkhFamily(LocalDate.of(1951, 2, 14)).build();
    Assessment a = Engine.of(JawaTimur.catalog()).assess(h, DATE);
    Household other = Household.builder().from(h)
        .kkNumber(KkNumber.parse("3526010101200002")).build();

    assertThatThrownBy(() -> Render.html(a, other, Language.ID))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(h.kkNumber().value())
        .hasMessageNotContaining(other.kkNumber().value());
  }
}
