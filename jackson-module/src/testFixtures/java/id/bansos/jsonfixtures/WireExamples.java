package id.bansos.jsonfixtures;

import id.bansos.core.household.AidProgram;
import id.bansos.core.household.DeathCause;
import id.bansos.core.household.Disability;
import id.bansos.core.household.DisabilityKind;
import id.bansos.core.household.DisabilitySeverity;
import id.bansos.core.household.ExtensionKey;
import id.bansos.core.household.GrantType;
import id.bansos.core.household.Household;
import id.bansos.core.household.LabourShock;
import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.ParentStatus;
import id.bansos.core.household.PastGrant;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.household.SchoolLevel;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import id.bansos.core.money.Rupiah;
import id.bansos.core.region.RegionCode;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.program.aspd.Aspd;
import id.bansos.rules.program.ldp.CovidOrphanSupport;
import id.bansos.rules.program.pkh.NationalPkh;
import id.bansos.rules.program.pkh.PkhComponent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The households of the documented examples, built in Java, the extension facts of a regency, and
 * the golden files: one copy for the tests of bansos-jackson and bansos-jackson2, which must agree
 * with both byte for byte. Each module's {@code Examples} extends this with its own registration
 * of {@link #SIDOARJO_KEYS}.
 */
public class WireExamples {

  protected WireExamples() {}

  /** The smallest valid household: a No. KK and one member with a NIK. */
  public static Household minimal() {
    return Household.builder()
        .kkNumber(KkNumber.parse("3578010101200001"))
        .addMembers(Person.builder().nik(Nik.parse("3578011203850001")).build())
        .build();
  }

  /** An elderly woman in a PKH family in Bangkalan, with most facts recorded. */
  public static Household full() {
    Person head = Person.builder()
        .nik(Nik.parse("3526011003800001"))
        .name("Slamet")
        .birthDate(LocalDate.of(1980, 3, 10))
        .sex(Sex.MALE)
        .relationship(Relationship.HEAD)
        .maritalStatus(MaritalStatus.MARRIED)
        .mainBreadwinner(true)
        .hasDisability(false)
        .occupation(Occupation.FARMER)
        .labourShock(LabourShock.WAGE_CUT)
        .labourShockDate(LocalDate.of(2025, 11, 1))
        .monthlyIncome(Rupiah.of(1_250_000))
        .build();
    Person grandmother = Person.builder()
        .nik(Nik.parse("3526014107500002"))
        .name("Siti Aminah")
        .birthDate(LocalDate.of(1950, 7, 1))
        .sex(Sex.FEMALE)
        .relationship(Relationship.PARENT)
        .maritalStatus(MaritalStatus.WIDOWED)
        .hasDisability(true)
        .addDisabilities(new Disability(DisabilityKind.PHYSICAL,
            Optional.of(DisabilitySeverity.SEVERE), Optional.of(true), Optional.empty()))
        .chronicallyIll(true)
        .occupation(Occupation.NOT_WORKING)
        .putExtensions(Aspd.NEEDS_WHEELCHAIR, true)
        .build();
    Person child = Person.builder()
        .nik(Nik.parse("3526015508120003"))
        .birthDate(LocalDate.of(2012, 8, 15))
        .sex(Sex.FEMALE)
        .relationship(Relationship.CHILD)
        .schoolLevel(SchoolLevel.SMP)
        .occupation(Occupation.STUDENT)
        .father(ParentStatus.living())
        .mother(ParentStatus.deceased(LocalDate.of(2021, 7, 20), DeathCause.COVID_19))
        .putExtensions(CovidOrphanSupport.HAS_CAPABLE_CARER, true)
        .build();
    return Household.builder()
        .kkNumber(KkNumber.parse("3526010101200001"))
        .domicile(RegionCode.parse("35.26.01.2008"))
        .livesOnSmallIsland(false)
        .registry(RegistryStatus.dtsen(Desil.of(2), LocalDate.of(2025, 3, 1)))
        .putAid(AidProgram.PKH, true)
        .putAid(AidProgram.BPNT_SEMBAKO, false)
        .putExtensions(NationalPkh.COMPONENTS, Set.of(PkhComponent.SMP, PkhComponent.ELDERLY))
        .addPastGrants(new PastGrant(GrantType.KUBE, 2019))
        .pastGrantsChecked(true)
        .addMembers(head, grandmother, child)
        .build();
  }

  /** How a family holds the land it farms: a regency's own enum, for an extension fact. */
  public enum LandTenure {
    OWNED,
    RENTED,
    FAMILY_LAND
  }

  // Facts a regency (Sidoarjo here) adds for a local program, one of each kind.
  public static final ExtensionKey<Long> LAND_OWNED_M2 = ExtensionKey.ofInteger("landOwnedM2");
  public static final ExtensionKey<Boolean> KARTU_SIDOARJO_SEHAT =
      ExtensionKey.ofBoolean("kartuSidoarjoSehat");
  public static final ExtensionKey<LandTenure> LAND_TENURE =
      ExtensionKey.ofEnum("landTenure", LandTenure.class);
  public static final ExtensionKey<LocalDate> SURVEYED_ON = ExtensionKey.ofDate("surveyedOn");
  public static final ExtensionKey<String> FARMER_GROUP = ExtensionKey.ofText("farmerGroup");
  public static final ExtensionKey<Rupiah> BUSINESS_TURNOVER =
      ExtensionKey.ofRupiah("monthlyBusinessTurnover");

  /** The facts above, which each module's {@code Examples.SIDOARJO} registers. */
  public static final List<ExtensionKey<?>> SIDOARJO_KEYS = List.of(LAND_OWNED_M2,
      KARTU_SIDOARJO_SEHAT, LAND_TENURE, SURVEYED_ON, FARMER_GROUP, BUSINESS_TURNOVER);

  /**
   * A farming family in Tarik, Sidoarjo, with extension facts of every kind on the household and
   * on its members, put in no particular order.
   */
  public static Household withExtensions() {
    Person head = Person.builder()
        .nik(Nik.parse("3515011204750001"))
        .birthDate(LocalDate.of(1975, 4, 12))
        .sex(Sex.MALE)
        .relationship(Relationship.HEAD)
        .occupation(Occupation.FARMER)
        .putExtensions(FARMER_GROUP, "Poktan Sri Rejeki")
        .putExtensions(BUSINESS_TURNOVER, Rupiah.of(2_500_000))
        .build();
    Person wife = Person.builder()
        .nik(Nik.parse("3515016208780002"))
        .birthDate(LocalDate.of(1978, 8, 22))
        .sex(Sex.FEMALE)
        .relationship(Relationship.SPOUSE)
        .occupation(Occupation.TRADER)
        .putExtensions(BUSINESS_TURNOVER, Rupiah.of(750_000))
        .build();
    return Household.builder()
        .kkNumber(KkNumber.parse("3515010101200007"))
        .domicile(RegionCode.parse("35.15.01.2004"))
        .putExtensions(SURVEYED_ON, LocalDate.of(2025, 9, 15))
        .putExtensions(LAND_OWNED_M2, 350L)
        .putExtensions(LAND_TENURE, LandTenure.FAMILY_LAND)
        .putExtensions(KARTU_SIDOARJO_SEHAT, true)
        .addMembers(head, wife)
        .build();
  }

  /**
   * A golden file under {@code jackson-module/src/test/resources/id/bansos/jackson/}, exactly as
   * stored; both modules' tests have that directory on their class path.
   */
  public static String golden(String name) {
    try (InputStream in = WireExamples.class.getResourceAsStream("/id/bansos/jackson/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no golden file " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
