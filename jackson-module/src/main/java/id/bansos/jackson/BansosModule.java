package id.bansos.jackson;

import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutableHousehold;
import id.bansos.core.household.ImmutablePerson;
import id.bansos.core.household.Person;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.money.Rupiah;
import id.bansos.core.region.RegionCode;
import id.bansos.core.registry.Desil;
import id.bansos.rules.Assessment;
import id.bansos.rules.Catalog;
import id.bansos.rules.Determination;
import id.bansos.rules.Group;
import id.bansos.rules.GroupAssessment;
import id.bansos.rules.Library;
import id.bansos.rules.param.Source;
import java.util.Objects;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Bansos Jatim wire format as a Jackson 3 module: households, people and groups of families both
 * ways, assessments, determinations, group assessments and catalogs written, and the scalar types of {@code core} (NIK, No. KK, region code,
 * Rupiah, desil) both ways. See {@code docs/json-format.md} for the format.
 *
 * <p>Register it by hand ({@code JsonMapper.builder().addModule(new BansosModule())}) or let
 * {@code findAndAddModules()} find it through {@link java.util.ServiceLoader}. The module adds the
 * format only; the safe reading limits come with {@link BansosJson#mapper()}.
 *
 * <p>Households, people and groups are read with the extension facts given to the constructor
 * ({@link #BansosModule(ExtensionFacts)}; the provincial catalog's, {@link
 * ExtensionFacts#provincial()}, for {@link #BansosModule()} and the {@code ServiceLoader}); every
 * extension fact present is written. A mapper holds one {@code
 * BansosModule}: adding a second replaces the first.
 */
public final class BansosModule extends JacksonModule {

  // The version the build wrote into bansos-rules: every artifact of a release shares it.
  private static final Version VERSION =
      VersionUtil.parseVersion(Library.version(), "id.bansos", "bansos-jackson");

  private final ExtensionFacts extensions;

  /**
   * Creates the module that reads the extension facts of the provincial catalog's programs
   * ({@link ExtensionFacts#provincial()}) and rejects any other; it is immutable, so one
   * instance may serve any number of mappers.
   */
  public BansosModule() {
    this(ExtensionFacts.provincial());
  }

  /**
   * Creates the module that reads the given extension facts and rejects any other; it is
   * immutable, so one instance may serve any number of mappers.
   *
   * @param extensions the extension facts accepted on households and people; never null
   */
  public BansosModule(ExtensionFacts extensions) {
    this.extensions = Objects.requireNonNull(extensions, "extensions");
  }

  /**
   * The module's name.
   *
   * @return {@code "bansos-jackson"}
   */
  @Override
  public String getModuleName() {
    return "bansos-jackson";
  }

  /**
   * The module's version.
   *
   * @return the version of this artifact
   */
  @Override
  public Version version() {
    return VERSION;
  }

  /**
   * Adds the serializers, deserializers and mix-ins to a mapper being built.
   *
   * @param context the mapper's setup context; never null
   */
  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    serializers.addSerializer(Household.class, new HouseholdJson.HouseholdSerializer());
    serializers.addSerializer(Person.class, new HouseholdJson.PersonSerializer());
    serializers.addSerializer(Assessment.class, new AssessmentJson.AssessmentSerializer());
    serializers.addSerializer(Determination.class, new AssessmentJson.DeterminationSerializer());
    serializers.addSerializer(AssessmentDocument.class,
        new AssessmentSummaryJson.DocumentSerializer());
    serializers.addSerializer(Group.class, new GroupJson.GroupSerializer());
    serializers.addSerializer(GroupAssessment.class, new GroupJson.AssessmentSerializer());
    serializers.addSerializer(Catalog.class, new CatalogJson.CatalogSerializer());
    serializers.addSerializer(Nik.class, ValueCodecs.nikSerializer());
    serializers.addSerializer(KkNumber.class, ValueCodecs.kkSerializer());
    serializers.addSerializer(RegionCode.class, ValueCodecs.regionSerializer());
    serializers.addSerializer(Rupiah.class, ValueCodecs.rupiahSerializer());
    serializers.addSerializer(Desil.class, ValueCodecs.desilSerializer());
    context.addSerializers(serializers);

    SimpleDeserializers deserializers = new SimpleDeserializers();
    HouseholdJson.HouseholdDeserializer household =
        new HouseholdJson.HouseholdDeserializer(extensions);
    HouseholdJson.PersonDeserializer person = new HouseholdJson.PersonDeserializer(extensions);
    deserializers.addDeserializer(Household.class, household);
    deserializers.addDeserializer(ImmutableHousehold.class, castHousehold(household));
    deserializers.addDeserializer(Person.class, person);
    deserializers.addDeserializer(ImmutablePerson.class, castPerson(person));
    deserializers.addDeserializer(Group.class, new GroupJson.GroupDeserializer(extensions));
    deserializers.addDeserializer(Nik.class, ValueCodecs.nikDeserializer());
    deserializers.addDeserializer(KkNumber.class, ValueCodecs.kkDeserializer());
    deserializers.addDeserializer(RegionCode.class, ValueCodecs.regionDeserializer());
    deserializers.addDeserializer(Rupiah.class, ValueCodecs.rupiahDeserializer());
    deserializers.addDeserializer(Desil.class, ValueCodecs.desilDeserializer());
    context.addDeserializers(deserializers);

    context.setMixIn(Source.class, SourceMixIn.class);
  }

  // The builders always produce the Immutable* classes, so these casts cannot fail.
  private static tools.jackson.databind.ValueDeserializer<ImmutableHousehold> castHousehold(
      HouseholdJson.HouseholdDeserializer d) {
    return new tools.jackson.databind.ValueDeserializer<>() {
      @Override
      public ImmutableHousehold deserialize(tools.jackson.core.JsonParser p,
          tools.jackson.databind.DeserializationContext ctxt) {
        return (ImmutableHousehold) d.deserialize(p, ctxt);
      }
    };
  }

  private static tools.jackson.databind.ValueDeserializer<ImmutablePerson> castPerson(
      HouseholdJson.PersonDeserializer d) {
    return new tools.jackson.databind.ValueDeserializer<>() {
      @Override
      public ImmutablePerson deserialize(tools.jackson.core.JsonParser p,
          tools.jackson.databind.DeserializationContext ctxt) {
        return (ImmutablePerson) d.deserialize(p, ctxt);
      }
    };
  }
}
