package id.bansos.rules.program.upt;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.Household;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Sex;
import id.bansos.rules.Assessment;
import id.bansos.rules.Beneficiary;
import id.bansos.rules.BenefitForm;
import id.bansos.rules.Catalog;
import id.bansos.rules.Determination;
import id.bansos.rules.Engine;
import id.bansos.rules.Fact;
import id.bansos.rules.Households;
import id.bansos.rules.Language;
import id.bansos.rules.ProgramInfo;
import id.bansos.rules.ServiceRecord;
import id.bansos.rules.Status;
import id.bansos.rules.program.JawaTimur;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** UPT protection is a service record of the assessment, never an eligibility decision. */
class UptClientProtectionTest {

  private static final Engine ENGINE =
      Engine.of(Catalog.of("test", List.of(UptClientProtection.program())));
  private static final LocalDate DATE = LocalDate.of(2023, 5, 1);
  private static final LocalDate BIRTH = LocalDate.of(1950, 2, 3);

  private static Household client(Optional<Boolean> livesInUpt, Occupation occupation) {
    var p = Households.person(BIRTH, Sex.MALE, Relationship.HEAD, occupation, 1);
    livesInUpt.ifPresent(v -> p.putExtensions(UptClientProtection.LIVES_IN_PROVINCIAL_UPT, v));
    if (livesInUpt.orElse(false)) {
      p.putExtensions(UptClientProtection.UPT_NAME, "UPT RSBL Pasuruan");
    }
    return Household.builder().kkNumber(KkNumber.parse("3526010101200001")).addMembers(p.build())
        .build();
  }

  @Test
  void theProgramIsAServiceRecord() {
    ProgramInfo info = UptClientProtection.program().info();

    assertThat(info.kind()).isEqualTo(ProgramInfo.Kind.SERVICE_RECORD);
    assertThat(info.decidesEligibility()).isFalse();
    assertThat(info.description().en()).startsWith("A service record, not an eligibility decision");
    assertThat(JawaTimur.catalog().program(UptClientProtection.CODE))
        .containsSame(UptClientProtection.program());
  }

  @Test
  void aResidentClientIsListedAsAServiceRecordNotAsADetermination() {
    Assessment a = ENGINE.assess(client(Optional.of(true), Occupation.NOT_WORKING), DATE);

    assertThat(a.determinations()).isEmpty();
    assertThat(a.eligible()).isEmpty();
    ServiceRecord r = a.serviceRecords().get(0);
    assertThat(a.serviceRecords()).hasSize(1);
    assertThat(r.programCode()).isEqualTo(UptClientProtection.CODE);
    assertThat(r.beneficiary()).isEqualTo(Beneficiary.member(Households.nik(BIRTH, Sex.MALE, 1)));
    assertThat(r.services()).singleElement()
        .satisfies(b -> assertThat(b.schedule().form()).isEqualTo(BenefitForm.SERVICE));
    assertThat(r.facts()).containsExactly(Fact.of("uptName", "UPT RSBL Pasuruan"),
        Fact.of("livesInProvincialUpt", true));
    assertThat(a.yearlyTotal().amount()).isZero();
    assertThat(r.toString()).doesNotContain(Households.nik(BIRTH, Sex.MALE, 1).value());
  }

  @Test
  void someoneNotLivingInAUptHasNoRecordAndNoDetermination() {
    Assessment a = ENGINE.assess(client(Optional.of(false), Occupation.FARMER), DATE);

    assertThat(a.determinations()).isEmpty();
    assertThat(a.serviceRecords()).isEmpty();
  }

  @Test
  void anUnrecordedResidenceAsksForNothing() {
    Assessment a = ENGINE.assess(client(Optional.empty(), Occupation.FARMER), DATE);

    assertThat(a.determinations()).isEmpty();
    assertThat(a.serviceRecords()).isEmpty();
  }

  @Test
  void askedForByNameTheProgramIsStillEvaluatedAsDeclared() {
    assertThat(ENGINE.decide(UptClientProtection.program(),
        client(Optional.of(true), Occupation.NOT_WORKING), DATE).status())
        .isEqualTo(Status.ELIGIBLE);
    assertThat(ENGINE.decide(UptClientProtection.program(),
        client(Optional.of(false), Occupation.FARMER), DATE).status())
        .isEqualTo(Status.NOT_ELIGIBLE);
    Determination unknown = ENGINE.decide(UptClientProtection.program(),
        client(Optional.empty(), Occupation.FARMER), DATE);
    assertThat(unknown.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(unknown.missingFacts()).singleElement().asString().endsWith("livesInProvincialUpt");
  }

  @Test
  void occupationalExclusionsDoNotApplyToResidentialCare() {
    Assessment a = ENGINE.assess(client(Optional.of(true), Occupation.STATE_PENSIONER), DATE);

    assertThat(a.serviceRecords()).hasSize(1);
  }

  @Test
  void aClientWhoDiedIsNoLongerRecorded() {
    Household h = Household.builder().kkNumber(KkNumber.parse("3526010101200001"))
        .addMembers(Households.person(BIRTH, Sex.MALE, Relationship.HEAD, Occupation.NOT_WORKING, 1)
            .putExtensions(UptClientProtection.LIVES_IN_PROVINCIAL_UPT, true).deathDate(DATE.minusDays(1)).build())
        .build();

    assertThat(ENGINE.assess(h, DATE).serviceRecords()).isEmpty();
    assertThat(ENGINE.assess(h, DATE.minusDays(1)).serviceRecords()).isEmpty();
    assertThat(ENGINE.assess(h, DATE.minusDays(2)).serviceRecords()).hasSize(1);
  }

  @Test
  void recordedFrom2019() {
    Household h = client(Optional.of(true), Occupation.NOT_WORKING);

    assertThat(ENGINE.assess(h, LocalDate.of(2018, 12, 31)).serviceRecords()).isEmpty();
    assertThat(ENGINE.assess(h, LocalDate.of(2019, 1, 1)).serviceRecords()).hasSize(1);
  }

  @Test
  void theProvincialAssessmentSaysItIsAServiceRecordInBothLanguages() {
    Assessment a = Engine.of(JawaTimur.catalog())
        .assess(client(Optional.of(true), Occupation.NOT_WORKING), DATE);

    assertThat(a.determination(UptClientProtection.CODE)).isEmpty();
    assertThat(a.render(Language.EN)).contains("Service records (not eligibility decisions):\n"
        + "  Protection of UPT clients (service record) [UPT_PROTECTION]: member NIK "
        + Households.nik(BIRTH, Sex.MALE, 1) + ", Residential care and protection in a UPT;"
        + " UPT RSBL Pasuruan\n");
    assertThat(a.render(Language.ID)).contains("Catatan layanan (bukan keputusan kelayakan):");
  }
}
