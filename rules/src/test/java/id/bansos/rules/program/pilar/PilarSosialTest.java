package id.bansos.rules.program.pilar;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutablePerson;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Sex;
import id.bansos.core.region.RegionCode;
import id.bansos.rules.Beneficiary;
import id.bansos.rules.Benefit;
import id.bansos.rules.Catalog;
import id.bansos.rules.Determination;
import id.bansos.rules.Engine;
import id.bansos.rules.Households;
import id.bansos.rules.Outcome;
import id.bansos.rules.Language;
import id.bansos.rules.PaymentFrequency;
import id.bansos.rules.Status;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.program.JawaTimur;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PilarSosialTest {

  private static final Engine ENGINE =
      Engine.of(Catalog.of("test", List.of(PilarSosial.program())));
  private static final LocalDate DATE = LocalDate.of(2024, 7, 1);
  private static final LocalDate ADULT = LocalDate.of(1985, 4, 4);

  private static ImmutablePerson.Builder adult(int serial) {
    return Households.person(ADULT, Sex.MALE, serial == 1 ? Relationship.HEAD : Relationship.CHILD,
        Occupation.LABOURER, serial);
  }

  private static Household family(ImmutablePerson... members) {
    return Household.builder().kkNumber(KkNumber.parse("3526010101200001"))
        .domicile(Households.BANGKALAN_DESA).addMembers(members).build();
  }

  private static Household withRole(SocialPillarRole role) {
    return family(adult(1).putExtensions(PilarSosial.ROLE, role).build());
  }

  private static Determination decide(Household h, LocalDate date) {
    return ENGINE.assess(h, date).determination(PilarSosial.CODE).orElseThrow();
  }

  static Stream<Arguments> roles() {
    return Stream.of(
        Arguments.of(SocialPillarRole.TKSK, 1_500_000L),
        Arguments.of(SocialPillarRole.TAGANA, 750_000L),
        Arguments.of(SocialPillarRole.PKH_PLUS_COMPANION_COORDINATOR, 1_500_000L));
  }

  @ParameterizedTest(name = "{0}: {1} a quarter")
  @MethodSource("roles")
  void eachRoleIsPaidItsQuarterlyIncentiveFourTimesIn2024(SocialPillarRole role, long perQuarter) {
    Determination d = decide(withRole(role), DATE);

    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(d.beneficiaries())
        .containsExactly(Beneficiary.member(Households.nik(ADULT, Sex.MALE, 1)));
    Benefit b = d.benefits().get(0);
    assertThat(d.benefits()).hasSize(1);
    assertThat(b.schedule().amountPerPayment().orElseThrow().amount()).isEqualTo(perQuarter);
    assertThat(b.schedule().frequency()).isEqualTo(PaymentFrequency.PER_TAHAP);
    assertThat(b.schedule().paymentsPerYear()).isEqualTo(4);
    assertThat(d.yearlyTotal().amount()).isEqualTo(4 * perQuarter);
    assertThat(d.weakestConfidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(d.members().get(0).criteria().get(0).message(Language.EN))
        .isEqualTo("Social-pillar role: " + role.label().en() + ".");
  }

  @Test
  void noRoleIsNotEligible() {
    Determination d = decide(withRole(SocialPillarRole.NONE), DATE);

    assertThat(d.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(d.beneficiaries()).isEmpty();
  }

  @Test
  void anUnrecordedRoleOfAnAdultIsUndetermined() {
    Determination d = decide(family(adult(1).build()), DATE);

    assertThat(d.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(d.missingFacts()).singleElement().asString().endsWith("socialPillarRole");
  }

  @Test
  void aChildWithoutARecordedRoleIsTakenToHoldNoneButAnAdultJustAtTheLimitIsAsked() {
    LocalDate date = LocalDate.of(2024, 7, 1);
    ImmutablePerson head = adult(1).putExtensions(PilarSosial.ROLE, SocialPillarRole.NONE).build();
    ImmutablePerson justUnder18 = Households.person(date.minusYears(18).plusDays(1), Sex.FEMALE,
        Relationship.CHILD, Occupation.STUDENT, 2).build();
    ImmutablePerson just18 = Households.person(date.minusYears(18), Sex.FEMALE,
        Relationship.CHILD, Occupation.STUDENT, 3).build();

    assertThat(decide(family(head, justUnder18), date).status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(decide(family(head, just18), date).status()).isEqualTo(Status.UNDETERMINED);
  }

  @Test
  void everyMemberWithARoleQualifiesEachWithTheAmountOfTheirRole() {
    Household h = family(adult(1).putExtensions(PilarSosial.ROLE, SocialPillarRole.TKSK).build(),
        adult(2).putExtensions(PilarSosial.ROLE, SocialPillarRole.TAGANA).build(),
        adult(3).putExtensions(PilarSosial.ROLE, SocialPillarRole.NONE).build());

    Determination d = decide(h, DATE);

    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(d.beneficiaries()).containsExactly(
        Beneficiary.member(Households.nik(ADULT, Sex.MALE, 1)),
        Beneficiary.member(Households.nik(ADULT, Sex.MALE, 2)));
    assertThat(d.benefits()).extracting(b -> b.recipient().orElseThrow())
        .containsExactly(Households.nik(ADULT, Sex.MALE, 1), Households.nik(ADULT, Sex.MALE, 2));
    assertThat(d.yearlyTotal().amount()).isEqualTo(6_000_000L + 3_000_000L);
  }

  @Test
  void inForceFrom2024ConfirmedThatYearAndAssumedAfter() {
    Household tksk = withRole(SocialPillarRole.TKSK);

    assertThat(ENGINE.assess(tksk, LocalDate.of(2023, 12, 31))
        .determination(PilarSosial.CODE)).isEmpty();
    Determination first = decide(tksk, LocalDate.of(2024, 1, 1));
    Determination last = decide(tksk, LocalDate.of(2024, 12, 31));
    Determination next = decide(tksk, LocalDate.of(2025, 1, 1));

    assertThat(List.of(first, last, next)).extracting(Determination::status)
        .containsOnly(Status.ELIGIBLE);
    assertThat(first.weakestConfidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(last.weakestConfidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(next.weakestConfidence()).isEqualTo(Confidence.ASSUMED);
    assertThat(next.uncertainValues()).extracting(v -> v.key().name())
        .contains("PILAR_SOSIAL.IN_FORCE", "PILAR_SOSIAL.TKSK_INCENTIVE");
    assertThat(next.yearlyTotal().amount()).isEqualTo(6_000_000L);
  }

  @Test
  void theFamilysDomicileAndOccupationsDoNotDecide() {
    Household elsewhere = Household.builder().kkNumber(KkNumber.parse("3374010101200001"))
        .domicile(RegionCode.parse("33.74.01.1001"))
        .addMembers(adult(1).occupation(Occupation.ASN)
            .putExtensions(PilarSosial.ROLE, SocialPillarRole.TAGANA).build())
        .build();

    assertThat(decide(elsewhere, DATE).status()).isEqualTo(Status.ELIGIBLE);
  }

  @Test
  void theProvincialCatalogHoldsTheProgramAndListsTheRoleFact() {
    assertThat(JawaTimur.catalog().program(PilarSosial.CODE)).containsSame(PilarSosial.program());
    assertThat(JawaTimur.catalog().extensionFacts()).contains(PilarSosial.ROLE);
    assertThat(PilarSosial.program().extensionFacts()).containsExactly(PilarSosial.ROLE);
  }

  @Test
  void aChildWithoutARecordedRoleHasNoneAndAnAdultIsAsked() {
    ImmutablePerson seventeen = Households.person(DATE.minusYears(18).plusDays(1), Sex.MALE,
        Relationship.CHILD, Occupation.STUDENT, 2).build();
    ImmutablePerson eighteen = Households.person(DATE.minusYears(18), Sex.MALE,
        Relationship.CHILD, Occupation.STUDENT, 3).build();
    ImmutablePerson youngVolunteer = Households.person(DATE.minusYears(18).plusDays(1), Sex.FEMALE,
        Relationship.CHILD, Occupation.STUDENT, 4).putExtensions(PilarSosial.ROLE,
        SocialPillarRole.TAGANA).build();
    ImmutablePerson ageUnknown = Households.person(DATE.minusYears(30), Sex.MALE,
        Relationship.CHILD, Occupation.LABOURER, 5).birthDate(java.util.Optional.empty()).build();
    Determination d = decide(family(adult(1).putExtensions(PilarSosial.ROLE,
        SocialPillarRole.NONE).build(), seventeen, eighteen, youngVolunteer, ageUnknown), DATE);

    assertThat(roleOf(d, seventeen)).isEqualTo(Outcome.FAIL);
    assertThat(roleOf(d, eighteen)).isEqualTo(Outcome.UNKNOWN);
    assertThat(roleOf(d, youngVolunteer)).isEqualTo(Outcome.PASS);
    assertThat(roleOf(d, ageUnknown)).isEqualTo(Outcome.UNKNOWN);
  }

  private static Outcome roleOf(Determination d, ImmutablePerson p) {
    return d.members().stream().filter(m -> m.member().equals(p.nik()))
        .flatMap(m -> m.criteria().stream()).filter(r -> r.code().endsWith(".HAS_ROLE"))
        .findFirst().orElseThrow().outcome();
  }
}
