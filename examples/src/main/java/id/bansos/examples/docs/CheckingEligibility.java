package id.bansos.examples.docs;

// snippet:start
import id.bansos.core.household.AidProgram;
import id.bansos.core.household.Household;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import id.bansos.core.region.RegionCode;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.Assessment;
import id.bansos.rules.Determination;
import id.bansos.rules.Engine;
import id.bansos.rules.Funder;
import id.bansos.rules.Language;
import id.bansos.rules.program.JawaTimur;
import java.time.LocalDate;
// snippet:end

/** The README's "Checking eligibility": one family, one date, every program's decision. */
public final class CheckingEligibility {

  private CheckingEligibility() {}

  /**
   * Runs the README's snippet.
   *
   * @return the family's assessment, for the test that checks what the snippet's comments say
   */
  public static Assessment run() {
    // snippet:start
    Household family = Household.builder()
        .kkNumber(KkNumber.parse("3526010101200001"))
        .addMembers(Person.builder()
            .nik(Nik.parse("3526011003800001")).birthDate(LocalDate.of(1980, 3, 10))
            .sex(Sex.MALE).relationship(Relationship.HEAD).occupation(Occupation.FARMER).build())
        .addMembers(Person.builder()
            .nik(Nik.parse("3526014106550002")).birthDate(LocalDate.of(1955, 6, 1))
            .sex(Sex.FEMALE).relationship(Relationship.PARENT)
            .occupation(Occupation.NOT_WORKING).build())
        .domicile(RegionCode.parse("35.26.01.2008"))          // a desa in Kabupaten Bangkalan
        .registry(RegistryStatus.dtsen(Desil.of(2), LocalDate.of(2025, 3, 1)))
        .putAid(AidProgram.PKH, true)
        .build();

    Engine engine = Engine.of(JawaTimur.catalog());           // immutable, thread-safe: share it
    Assessment assessment = engine.assess(family, LocalDate.of(2025, 7, 1));

    Determination pkhPlus = assessment.determination("PKH_PLUS").orElseThrow();
    pkhPlus.status();        // ELIGIBLE
    pkhPlus.beneficiaries(); // the member aged 70
    pkhPlus.yearlyTotal();   // IDR 2000000 (Rp500.000 x 4 tahap)
    assessment.yearlyTotal(Funder.APBD_PROVINSI); // IDR 2000000: the province's own budget
    assessment.yearlyTotal(Funder.APBN);          // IDR 2400000: the national PKH elderly component
    String explained = assessment.render(Language.ID);       // every program, with its reasons
    // snippet:end
    return assessment;
  }
}
