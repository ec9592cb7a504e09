package id.bansos.jackson2;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import id.bansos.core.InvalidDataException;
import id.bansos.core.Problem;
import id.bansos.core.household.AidProgram;
import id.bansos.core.household.DeathCause;
import id.bansos.core.household.Disability;
import id.bansos.core.household.DisabilityKind;
import id.bansos.core.household.DisabilitySeverity;
import id.bansos.core.household.ExtensionKey;
import id.bansos.core.household.GrantType;
import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutableHousehold;
import id.bansos.core.household.ImmutablePerson;
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
import id.bansos.core.registry.Register;
import id.bansos.core.registry.RegistryStatus;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Households and people, both ways. Writing follows a fixed field order and omits absent facts;
 * reading walks the tree field by field and calls the Immutables builders only with values that
 * are present, so a JSON {@code null} means "absent" and never reaches a builder.
 */
final class HouseholdJson {

  private HouseholdJson() {}

  static final FieldNames HOUSEHOLD_FIELDS = FieldNames.of("kkNumber", "domicile",
      "livesOnSmallIsland", "registry", "aid", "pastGrants", "pastGrantsChecked", "extensions",
      "members");

  static final FieldNames PERSON_FIELDS = FieldNames.of("nik", "name", "birthDate", "deathDate",
      "sex", "relationship", "maritalStatus", "abandonedBySpouse", "mainBreadwinner",
      "hasDisability", "disabilities", "chronicallyIll", "schoolLevel", "occupation",
      "labourShock", "labourShockDate", "monthlyIncome", "father", "mother", "extensions");

  private static final FieldNames REGISTRY_FIELDS =
      FieldNames.of("register", "registered", "desil", "checkedOn");
  private static final FieldNames GRANT_FIELDS = FieldNames.of("type", "year");
  private static final FieldNames DISABILITY_FIELDS =
      FieldNames.of("kind", "severity", "needsHelpWithDailyLiving", "rehabilitable");
  private static final FieldNames PARENT_FIELDS = FieldNames.of("alive", "deathDate", "cause");

  // ---------------------------------------------------------------- writing

  static void write(Household h, UncheckedGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("kkNumber", h.kkNumber().value());
    h.domicile().ifPresent(d -> g.writeStringProperty("domicile", d.toString()));
    h.livesOnSmallIsland().ifPresent(b -> g.writeBooleanProperty("livesOnSmallIsland", b));
    h.registry().ifPresent(r -> {
      g.writeObjectPropertyStart("registry");
      g.writeStringProperty("register", r.register().name());
      g.writeBooleanProperty("registered", r.registered());
      r.desil().ifPresent(d -> g.writeNumberProperty("desil", d.value()));
      g.writeStringProperty("checkedOn", r.checkedOn().toString());
      g.writeEndObject();
    });
    if (!h.aid().isEmpty()) {
      g.writeObjectPropertyStart("aid");
      // Enum order, whatever order the map was built in.
      for (Map.Entry<AidProgram, Boolean> e : new TreeMap<>(h.aid()).entrySet()) {
        g.writeBooleanProperty(e.getKey().name(), e.getValue());
      }
      g.writeEndObject();
    }
    if (!h.pastGrants().isEmpty()) {
      g.writeArrayPropertyStart("pastGrants");
      for (PastGrant pg : h.pastGrants()) {
        g.writeStartObject();
        g.writeStringProperty("type", pg.type().name());
        g.writeNumberProperty("year", pg.year());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (h.pastGrantsChecked()) {
      g.writeBooleanProperty("pastGrantsChecked", true);
    }
    extensions(g, h.extensions());
    g.writeArrayPropertyStart("members");
    for (Person p : h.members()) {
      write(p, g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void write(Person p, UncheckedGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("nik", p.nik().value());
    p.name().ifPresent(v -> g.writeStringProperty("name", v));
    date(g, "birthDate", p.birthDate());
    date(g, "deathDate", p.deathDate());
    enumValue(g, "sex", p.sex());
    enumValue(g, "relationship", p.relationship());
    enumValue(g, "maritalStatus", p.maritalStatus());
    bool(g, "abandonedBySpouse", p.abandonedBySpouse());
    bool(g, "mainBreadwinner", p.mainBreadwinner());
    bool(g, "hasDisability", p.hasDisability());
    if (!p.disabilities().isEmpty()) {
      g.writeArrayPropertyStart("disabilities");
      for (Disability d : p.disabilities()) {
        g.writeStartObject();
        g.writeStringProperty("kind", d.kind().name());
        enumValue(g, "severity", d.severity());
        bool(g, "needsHelpWithDailyLiving", d.needsHelpWithDailyLiving());
        bool(g, "rehabilitable", d.rehabilitable());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    bool(g, "chronicallyIll", p.chronicallyIll());
    enumValue(g, "schoolLevel", p.schoolLevel());
    enumValue(g, "occupation", p.occupation());
    enumValue(g, "labourShock", p.labourShock());
    date(g, "labourShockDate", p.labourShockDate());
    p.monthlyIncome().ifPresent(r -> g.writeNumberProperty("monthlyIncome", r.amount()));
    parent(g, "father", p.father());
    parent(g, "mother", p.mother());
    extensions(g, p.extensions());
    g.writeEndObject();
  }

  private static void extensions(UncheckedGenerator g, Map<ExtensionKey<?>, Object> extensions) {
    if (extensions.isEmpty()) {
      return;
    }
    g.writeObjectPropertyStart("extensions");
    // Name order, whatever order the map was built in.
    List<ExtensionKey<?>> keys = new ArrayList<>(extensions.keySet());
    keys.sort(Comparator.comparing(ExtensionKey::name));
    for (ExtensionKey<?> key : keys) {
      extension(g, key, extensions.get(key));
    }
    g.writeEndObject();
  }

  // The domain model has checked that each value is of its key's type, so the casts hold.
  private static <T> void extension(UncheckedGenerator g, ExtensionKey<T> key, Object value) {
    T v = key.type().cast(value);
    switch (key.kind()) {
      case BOOLEAN -> g.writeBooleanProperty(key.name(), (Boolean) v);
      case INTEGER -> g.writeNumberProperty(key.name(), (Long) v);
      case RUPIAH -> g.writeNumberProperty(key.name(), ((Rupiah) v).amount());
      case TEXT, DATE, ENUM -> g.writeStringProperty(key.name(), key.format(v));
      case ENUM_SET -> {
        // Enum order, whatever order the set was built in.
        g.writeArrayPropertyStart(key.name());
        Set<?> set = (Set<?>) v;
        for (Object c : key.elementType().getEnumConstants()) {
          if (set.contains(c)) {
            g.writeString(((Enum<?>) c).name());
          }
        }
        g.writeEndArray();
      }
    }
  }

  private static void parent(UncheckedGenerator g, String name, Optional<ParentStatus> status) {
    status.ifPresent(s -> {
      g.writeObjectPropertyStart(name);
      g.writeBooleanProperty("alive", s.alive());
      date(g, "deathDate", s.deathDate());
      enumValue(g, "cause", s.cause());
      g.writeEndObject();
    });
  }

  private static void date(UncheckedGenerator g, String name, Optional<LocalDate> value) {
    value.ifPresent(d -> g.writeStringProperty(name, d.toString()));
  }

  private static void bool(UncheckedGenerator g, String name, Optional<Boolean> value) {
    value.ifPresent(b -> g.writeBooleanProperty(name, b));
  }

  private static void enumValue(UncheckedGenerator g, String name, Optional<? extends Enum<?>> value) {
    value.ifPresent(e -> g.writeStringProperty(name, e.name()));
  }

  // ---------------------------------------------------------------- reading

  // The wire format is stricter than the parsers of core, which also accept separators: JSON
  // carries the canonical form only, so two spellings of one NIK never appear in a data set.
  static Nik nik(String text) {
    if (!allDigits(text, 0, text.length())) {
      throw new InvalidDataException("", "NIK_NOT_DIGITS", "a NIK is written as 16 digits 0-9");
    }
    return Nik.parse(text);
  }

  static KkNumber kkNumber(String text) {
    if (!allDigits(text, 0, text.length())) {
      throw new InvalidDataException("", "KK_NOT_DIGITS", "a No. KK is written as 16 digits 0-9");
    }
    return KkNumber.parse(text);
  }

  static RegionCode regionCode(String text) {
    if (!dotted(text)) {
      throw new InvalidDataException("", "REGION_CODE_FORMAT",
          "a region code is written dotted: PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD");
    }
    return RegionCode.parse(text);
  }

  /** Whether text[from, to) is ASCII digits 0-9 only (true when empty). */
  private static boolean allDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether text is PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD in ASCII digits. */
  private static boolean dotted(String text) {
    int n = text.length();
    if (n != 2 && n != 5 && n != 8 && n != 13) {
      return false;
    }
    for (int i = 2; i < n && i < 9; i += 3) {
      if (text.charAt(i) != '.') {
        return false;
      }
    }
    return allDigits(text, 0, 2) && allDigits(text, 3, Math.min(n, 5))
        && allDigits(text, 6, Math.min(n, 8)) && allDigits(text, 9, n);
  }

  /**
   * Reads a household at {@code path}, adding every problem found; {@code extensions} are the
   * extension facts accepted on the household and its members.
   *
   * @return the household when no problem was found
   */
  static Optional<Household> readHousehold(JsonNode json, String path, ExtensionFacts extensions,
      List<Problem> problems) {
    return Optional.ofNullable(
        readHousehold(Node.object(json, path, HOUSEHOLD_FIELDS, problems), extensions));
  }

  /**
   * Reads the household {@code n} opened (null when it is not an object), adding every problem
   * found.
   *
   * @return the household, or null when a problem was found
   */
  static @Nullable Household readHousehold(@Nullable Node n, ExtensionFacts extensions) {
    if (n == null) {
      return null;
    }
    ImmutableHousehold.Builder b = Household.builder();
    n.required("kkNumber");
    KkNumber kkNumber = n.parsed("kkNumber", HouseholdJson::kkNumber);
    if (kkNumber != null) {
      b.kkNumber(kkNumber);
    }
    RegionCode domicile = n.parsed("domicile", HouseholdJson::regionCode);
    if (domicile != null) {
      b.domicile(domicile);
    }
    Boolean smallIsland = n.bool("livesOnSmallIsland");
    if (smallIsland != null) {
      b.livesOnSmallIsland(smallIsland);
    }
    JsonNode registry = n.raw("registry");
    RegistryStatus status = registry == null ? null
        : readRegistry(n.object("registry", registry, REGISTRY_FIELDS));
    if (status != null) {
      b.registry(status);
    }
    JsonNode aid = n.raw("aid");
    if (aid != null) {
      readAid(n, aid, b);
    }
    List<JsonNode> grants = n.array("pastGrants");
    for (int i = 0; i < grants.size(); i++) {
      PastGrant grant = readGrant(n.element("pastGrants", i, grants.get(i), GRANT_FIELDS));
      if (grant != null) {
        b.addPastGrants(grant);
      }
    }
    Boolean grantsChecked = n.bool("pastGrantsChecked");
    if (grantsChecked != null) {
      b.pastGrantsChecked(grantsChecked);
    }
    JsonNode facts = n.raw("extensions");
    if (facts != null) {
      readExtensions(n, facts, extensions, b::putExtensions);
    }
    n.required("members");
    List<JsonNode> members = n.array("members");
    for (int i = 0; i < members.size(); i++) {
      Person member =
          readPerson(n.element("members", i, members.get(i), PERSON_FIELDS), extensions);
      if (member != null) {
        b.addMembers(member);
      }
    }
    if (n.failed()) {
      return null;
    }
    try {
      return b.build();
    } catch (InvalidDataException e) {
      n.domain("", e);
      return null;
    }
  }

  /** Reads the {@code aid} object of {@code household}, a flag per program. */
  private static void readAid(Node household, JsonNode json, ImmutableHousehold.Builder b) {
    if (!json.isObject()) {
      household.wrongType("aid", "an object", json);
      return;
    }
    for (Map.Entry<String, JsonNode> e : json.properties()) {
      AidProgram program = Node.constant(e.getKey(), AidProgram.class);
      if (program == null) {
        household.problems().add(new Problem(aidPath(household, e.getKey()), "JSON_ENUM",
            Node.oneOf(AidProgram.class)));
      }
      JsonNode v = e.getValue();
      if (v.isNull()) {
        continue;
      }
      if (!v.isBoolean()) {
        household.problems().add(new Problem(aidPath(household, e.getKey()), "JSON_WRONG_TYPE",
            "expected true or false, found " + Node.kind(v)));
      } else if (program != null) {
        b.putAid(program, v.booleanValue());
      }
    }
  }

  private static String aidPath(Node household, String name) {
    return Node.child(household.pathOf("aid"), Node.safeConstant(name));
  }

  private static @Nullable RegistryStatus readRegistry(@Nullable Node n) {
    if (n == null) {
      return null;
    }
    n.required("register");
    Register register = n.enumValue("register", Register.class);
    n.required("registered");
    Boolean registered = n.bool("registered");
    Optional<Desil> desil = Optional.empty();
    Integer d = n.intValue("desil");
    if (d != null) {
      try {
        desil = Optional.of(Desil.of(d));
      } catch (InvalidDataException e) {
        n.domain("desil", e);
      }
    }
    n.required("checkedOn");
    LocalDate checkedOn = n.date("checkedOn");
    if (n.failed() || register == null || registered == null || checkedOn == null) {
      return null;
    }
    try {
      return new RegistryStatus(register, registered, desil, checkedOn);
    } catch (InvalidDataException e) {
      n.domain("", e);
      return null;
    }
  }

  private static @Nullable PastGrant readGrant(@Nullable Node n) {
    if (n == null) {
      return null;
    }
    n.required("type");
    GrantType type = n.enumValue("type", GrantType.class);
    n.required("year");
    Integer year = n.intValue("year");
    return n.failed() || type == null || year == null ? null : new PastGrant(type, year);
  }

  /**
   * Reads a person at {@code path}, adding every problem found; {@code extensions} are the
   * extension facts accepted.
   *
   * @return the person when no problem was found
   */
  static Optional<Person> readPerson(JsonNode json, String path, ExtensionFacts extensions,
      List<Problem> problems) {
    return Optional.ofNullable(
        readPerson(Node.object(json, path, PERSON_FIELDS, problems), extensions));
  }

  private static @Nullable Person readPerson(@Nullable Node n, ExtensionFacts extensions) {
    if (n == null) {
      return null;
    }
    ImmutablePerson.Builder b = Person.builder();
    n.required("nik");
    Nik nik = n.parsed("nik", HouseholdJson::nik);
    if (nik != null) {
      b.nik(nik);
    }
    String name = n.string("name");
    if (name != null) {
      b.name(name);
    }
    LocalDate birthDate = n.date("birthDate");
    if (birthDate != null) {
      b.birthDate(birthDate);
    }
    LocalDate deathDate = n.date("deathDate");
    if (deathDate != null) {
      b.deathDate(deathDate);
    }
    Sex sex = n.enumValue("sex", Sex.class);
    if (sex != null) {
      b.sex(sex);
    }
    Relationship relationship = n.enumValue("relationship", Relationship.class);
    if (relationship != null) {
      b.relationship(relationship);
    }
    MaritalStatus maritalStatus = n.enumValue("maritalStatus", MaritalStatus.class);
    if (maritalStatus != null) {
      b.maritalStatus(maritalStatus);
    }
    Boolean abandoned = n.bool("abandonedBySpouse");
    if (abandoned != null) {
      b.abandonedBySpouse(abandoned);
    }
    Boolean breadwinner = n.bool("mainBreadwinner");
    if (breadwinner != null) {
      b.mainBreadwinner(breadwinner);
    }
    Boolean hasDisability = n.bool("hasDisability");
    if (hasDisability != null) {
      b.hasDisability(hasDisability);
    }
    List<JsonNode> disabilities = n.array("disabilities");
    for (int i = 0; i < disabilities.size(); i++) {
      Disability disability =
          readDisability(n.element("disabilities", i, disabilities.get(i), DISABILITY_FIELDS));
      if (disability != null) {
        b.addDisabilities(disability);
      }
    }
    Boolean chronicallyIll = n.bool("chronicallyIll");
    if (chronicallyIll != null) {
      b.chronicallyIll(chronicallyIll);
    }
    SchoolLevel schoolLevel = n.enumValue("schoolLevel", SchoolLevel.class);
    if (schoolLevel != null) {
      b.schoolLevel(schoolLevel);
    }
    Occupation occupation = n.enumValue("occupation", Occupation.class);
    if (occupation != null) {
      b.occupation(occupation);
    }
    LabourShock labourShock = n.enumValue("labourShock", LabourShock.class);
    if (labourShock != null) {
      b.labourShock(labourShock);
    }
    LocalDate labourShockDate = n.date("labourShockDate");
    if (labourShockDate != null) {
      b.labourShockDate(labourShockDate);
    }
    Long amount = n.integer("monthlyIncome");
    Rupiah income = amount == null ? null : rupiah(n, "monthlyIncome", amount);
    if (income != null) {
      b.monthlyIncome(income);
    }
    ParentStatus father = readParent(n, "father");
    if (father != null) {
      b.father(father);
    }
    ParentStatus mother = readParent(n, "mother");
    if (mother != null) {
      b.mother(mother);
    }
    JsonNode facts = n.raw("extensions");
    if (facts != null) {
      readExtensions(n, facts, extensions, b::putExtensions);
    }
    if (n.failed()) {
      return null;
    }
    try {
      return b.build();
    } catch (InvalidDataException e) {
      n.domain("", e);
      return null;
    }
  }

  /**
   * Reads the {@code extensions} object {@code json} of {@code owner}: a name not in {@code
   * registered} is an unknown field, and each registered fact present is read as its kind.
   */
  private static void readExtensions(Node owner, JsonNode json, ExtensionFacts registered,
      BiConsumer<ExtensionKey<?>, Object> put) {
    Node n = owner.object("extensions", json, registered.names(),
        names -> names.isEmpty()
            ? "no extension facts are registered with this reader"
            : "not a registered extension fact; registered: " + names.listed());
    if (n == null) {
      return;
    }
    for (ExtensionKey<?> key : registered.keys()) {
      Object value = extensionValue(n, key);
      if (value != null) {
        put.accept(key, value);
      }
    }
  }

  private static @Nullable Object extensionValue(Node n, ExtensionKey<?> key) {
    String name = key.name();
    JsonNode v = n.raw(name);
    if (v == null) {
      return null;
    }
    boolean ofItsType = switch (key.kind()) {
      case BOOLEAN -> v.isBoolean();
      case INTEGER, RUPIAH -> v.isIntegralNumber();
      case TEXT, DATE, ENUM -> v.isTextual();
      case ENUM_SET -> v.isArray();
    };
    if (!ofItsType) {
      n.wrongType(name, key.expected(), v);
      return null;
    }
    return switch (key.kind()) {
      case BOOLEAN -> v.booleanValue();
      case INTEGER -> n.longValue(name, v);
      case RUPIAH -> {
        Long amount = n.longValue(name, v);
        yield amount == null ? null : rupiah(n, name, amount);
      }
      case TEXT -> v.textValue();
      case DATE -> n.dateValue(name, v.textValue());
      case ENUM -> constant(n, key, v.textValue());
      case ENUM_SET -> constants(n, key, v);
    };
  }

  /**
   * The constants named in an array, each element checked at its index; a name given twice
   * counts once.
   */
  private static @Nullable Object constants(Node n, ExtensionKey<?> key, JsonNode array) {
    Class<?> type = key.elementType();
    Set<String> names = new LinkedHashSet<>();
    boolean valid = true;
    for (int i = 0; i < array.size(); i++) {
      JsonNode c = array.get(i);
      if (!c.isTextual()) {
        n.problems().add(new Problem(Node.index(n.pathOf(key.name()), i), "JSON_WRONG_TYPE",
            "expected a string, found " + Node.kind(c)));
        valid = false;
      } else if (!Node.isConstant(c.textValue(), type)) {
        n.problems().add(new Problem(Node.index(n.pathOf(key.name()), i), "JSON_ENUM",
            Node.oneOf(type)));
        valid = false;
      } else {
        names.add(c.textValue());
      }
    }
    return valid ? key.parse(String.join(",", names)) : null;
  }

  private static @Nullable Rupiah rupiah(Node n, String field, long amount) {
    try {
      return Rupiah.of(amount);
    } catch (InvalidDataException e) {
      n.domain(field, e);
      return null;
    }
  }

  private static @Nullable Object constant(Node n, ExtensionKey<?> key, String text) {
    try {
      return key.parse(text);
    } catch (IllegalArgumentException e) {
      n.problem(key.name(), "JSON_ENUM", "expected " + key.expected());
      return null;
    }
  }

  private static @Nullable Disability readDisability(@Nullable Node n) {
    if (n == null) {
      return null;
    }
    n.required("kind");
    DisabilityKind kind = n.enumValue("kind", DisabilityKind.class);
    DisabilitySeverity severity = n.enumValue("severity", DisabilitySeverity.class);
    Boolean help = n.bool("needsHelpWithDailyLiving");
    Boolean rehab = n.bool("rehabilitable");
    return n.failed() || kind == null ? null : new Disability(kind, Optional.ofNullable(severity),
        Optional.ofNullable(help), Optional.ofNullable(rehab));
  }

  /** Reads the parent object in {@code person}'s field {@code field}, when present. */
  private static @Nullable ParentStatus readParent(Node person, String field) {
    JsonNode json = person.raw(field);
    Node n = json == null ? null : person.object(field, json, PARENT_FIELDS);
    if (n == null) {
      return null;
    }
    n.required("alive");
    Boolean alive = n.bool("alive");
    LocalDate deathDate = n.date("deathDate");
    DeathCause cause = n.enumValue("cause", DeathCause.class);
    if (n.failed() || alive == null) {
      return null;
    }
    try {
      return new ParentStatus(alive, Optional.ofNullable(deathDate), Optional.ofNullable(cause));
    } catch (InvalidDataException e) {
      n.domain("", e);
      return null;
    }
  }

  /** Throws every problem found, or returns the value. */
  static <T> T orThrow(Optional<T> value, List<Problem> problems) {
    if (!problems.isEmpty() || value.isEmpty()) {
      throw new JsonInputException(problems.isEmpty()
          ? List.of(new Problem("", "JSON_INVALID", "the document could not be read"))
          : new ArrayList<>(problems));
    }
    return value.get();
  }

  /** Jackson entry point for households. */
  static final class HouseholdSerializer extends UncheckedSerializer<Household> {
    @Override
    public void serialize(Household value, UncheckedGenerator g, SerializerProvider ctxt) {
      write(value, g);
    }
  }

  /** Jackson entry point for people. */
  static final class PersonSerializer extends UncheckedSerializer<Person> {
    @Override
    public void serialize(Person value, UncheckedGenerator g, SerializerProvider ctxt) {
      write(value, g);
    }
  }

  /**
   * The tree of the value at {@code p}, for a reader called by a mapper: malformed JSON inside the
   * value fails as {@link BansosJson} reports it (code, line and column), never with Jackson's own
   * message, which quotes the input (a NIK, a name).
   */
  static JsonNode tree(com.fasterxml.jackson.core.JsonParser p, DeserializationContext ctxt)
      throws IOException {
    try {
      return ctxt.readTree(p);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw BansosJson.translate(e);
    }
  }

  /** Reads a household from the tree, collecting every problem. */
  static final class HouseholdDeserializer extends JsonDeserializer<Household> {
    private final ExtensionFacts extensions;

    HouseholdDeserializer(ExtensionFacts extensions) {
      this.extensions = extensions;
    }

    @Override
    public Household deserialize(com.fasterxml.jackson.core.JsonParser p, DeserializationContext ctxt)
        throws IOException {
      JsonNode tree = tree(p, ctxt);
      List<Problem> problems = new ArrayList<>();
      return orThrow(readHousehold(tree, "", extensions, problems), problems);
    }
  }

  /** Reads a person from the tree, collecting every problem. */
  static final class PersonDeserializer extends JsonDeserializer<Person> {
    private final ExtensionFacts extensions;

    PersonDeserializer(ExtensionFacts extensions) {
      this.extensions = extensions;
    }

    @Override
    public Person deserialize(com.fasterxml.jackson.core.JsonParser p, DeserializationContext ctxt)
        throws IOException {
      JsonNode tree = tree(p, ctxt);
      List<Problem> problems = new ArrayList<>();
      return orThrow(readPerson(tree, "", extensions, problems), problems);
    }
  }
}
