package id.bansos.rules.program.upt;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.Household;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Sex;
import id.bansos.rules.Beneficiary;
import id.bansos.rules.BenefitForm;
import id.bansos.rules.Catalog;
import id.bansos.rules.Determination;
import id.bansos.rules.Engine;
import id.bansos.rules.Households;
import id.bansos.rules.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UptClientProtectionTest {

  private static final Engine ENGINE =
      Engine.of(Catalog.of("test", List.of(UptClientProtection.program())));
  private static final LocalDate DATE = LocalDate.of(2023, 5, 1);
  private static final LocalDate BIRTH = LocalDate.of(1950, 2, 3);

  private static Household client(Optional<Boolean> livesInUpt, Occupation occupation) {
    var p = Households.person(BIRTH, Sex.MALE, Relationship.HEAD, occupation, 1)
        .livesInProvincialUpt(livesInUpt);
    if (livesInUpt.orElse(false)) {
      p.uptName("UPT RSBL Pasuruan");
    }
    return Household.builder().kkNumber(KkNumber.parse("3526010101200001")).addMembers(p.build())
        .build();
  }

  private static Determination decide(Household h, LocalDate date) {
    return ENGINE.assess(h, date).determination(UptClientProtection.CODE).orElseThrow();
  }

  @Test
  void aResidentClientReceivesResidentialCare() {
    Determination d = decide(client(Optional.of(true), Occupation.NOT_WORKING), DATE);

    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(d.beneficiaries()).containsExactly(
        Beneficiary.member(Households.nik(BIRTH, Sex.MALE, 1)));
    assertThat(d.benefits()).singleElement()
        .satisfies(b -> assertThat(b.schedule().form()).isEqualTo(BenefitForm.SERVICE));
    assertThat(d.yearlyTotal().amount()).isZero();
  }

  @Test
  void someoneNotLivingInAUptIsNotEligible() {
    Determination d = decide(client(Optional.of(false), Occupation.FARMER), DATE);

    assertThat(d.status()).isEqualTo(Status.NOT_ELIGIBLE);
  }

  @Test
  void unrecordedResidenceIsUndetermined() {
    Determination d = decide(client(Optional.empty(), Occupation.FARMER), DATE);

    assertThat(d.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(d.missingFacts()).singleElement().asString().endsWith("livesInProvincialUpt");
  }

  @Test
  void occupationalExclusionsDoNotApplyToResidentialCare() {
    Determination d = decide(client(Optional.of(true), Occupation.STATE_PENSIONER), DATE);

    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
  }

  @Test
  void aClientWhoDiedIsNoLongerProtected() {
    Household h = Household.builder().kkNumber(KkNumber.parse("3526010101200001"))
        .addMembers(Households.person(BIRTH, Sex.MALE, Relationship.HEAD, Occupation.NOT_WORKING, 1)
            .livesInProvincialUpt(true).deathDate(DATE.minusDays(1)).build())
        .build();

    assertThat(decide(h, DATE).status()).isEqualTo(Status.NOT_ELIGIBLE);
  }

  @Test
  void inForceFrom2019() {
    Household h = client(Optional.of(true), Occupation.NOT_WORKING);

    assertThat(ENGINE.assess(h, LocalDate.of(2018, 12, 31))
        .determination(UptClientProtection.CODE)).isEmpty();
    assertThat(ENGINE.assess(h, LocalDate.of(2019, 1, 1))
        .determination(UptClientProtection.CODE)).isPresent();
  }
}
