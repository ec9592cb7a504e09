package id.bansos.jackson2;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
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
import java.io.IOException;
import java.util.Objects;

/**
 * The Bansos Jatim wire format as a Jackson 2 module: households, people and groups of families both
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
public final class BansosModule extends Module {

  // The version the build wrote into bansos-rules: every artifact of a release shares it.
  private static final Version VERSION =
      VersionUtil.parseVersion(Library.version(), "id.bansos", "bansos-jackson2");

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
   * @return {@code "bansos-jackson2"}
   */
  @Override
  public String getModuleName() {
    return "bansos-jackson2";
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

  // Jackson 2 only: a Jackson 2 mapper ignores a module whose type id it has seen, where a Jackson
  // 3 mapper replaces it; an id per instance gives the Jackson 3 behaviour, as the mapper consults
  // the module added last first.
  /**
   * The id under which a mapper registers this module: the module itself, so that a second
   * {@code BansosModule} (with other extension facts) is registered too and, added last, is the
   * one the mapper uses; adding the same instance twice registers it once.
   *
   * @return this module
   */
  @Override
  public Object getTypeId() {
    return this;
  }
  // End of Jackson 2 only.

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

    context.setMixInAnnotations(Source.class, SourceMixIn.class);
  }

  // The builders always produce the Immutable* classes, so these casts cannot fail.
  private static com.fasterxml.jackson.databind.JsonDeserializer<ImmutableHousehold> castHousehold(
      HouseholdJson.HouseholdDeserializer d) {
    return new com.fasterxml.jackson.databind.JsonDeserializer<>() {
      @Override
      public ImmutableHousehold deserialize(com.fasterxml.jackson.core.JsonParser p,
          com.fasterxml.jackson.databind.DeserializationContext ctxt) throws IOException {
        return (ImmutableHousehold) d.deserialize(p, ctxt);
      }
    };
  }

  private static com.fasterxml.jackson.databind.JsonDeserializer<ImmutablePerson> castPerson(
      HouseholdJson.PersonDeserializer d) {
    return new com.fasterxml.jackson.databind.JsonDeserializer<>() {
      @Override
      public ImmutablePerson deserialize(com.fasterxml.jackson.core.JsonParser p,
          com.fasterxml.jackson.databind.DeserializationContext ctxt) throws IOException {
        return (ImmutablePerson) d.deserialize(p, ctxt);
      }
    };
  }
}
