package id.bansos.jackson;

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
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/**
 * Households and people, both ways. Writing follows a fixed field order and omits absent facts;
 * reading walks the tree field by field and calls the Immutables builders only with values that
 * are present, so a JSON {@code null} means "absent" and never reaches a builder.
 */
final class HouseholdJson {

  private HouseholdJson() {}

  private static Set<String> names(String... names) {
    return new LinkedHashSet<>(List.of(names));
  }

  static final Set<String> HOUSEHOLD_FIELDS = names("kkNumber", "domicile", "livesOnSmallIsland",
      "registry", "aid", "pastGrants", "pastGrantsChecked", "extensions", "members");

  static final Set<String> PERSON_FIELDS = names("nik", "name", "birthDate", "deathDate", "sex",
      "relationship", "maritalStatus", "abandonedBySpouse", "mainBreadwinner", "hasDisability",
      "disabilities", "chronicallyIll", "schoolLevel", "occupation", "labourShock",
      "labourShockDate", "monthlyIncome", "father", "mother", "extensions");

  private static final Set<String> REGISTRY_FIELDS =
      names("register", "registered", "desil", "checkedOn");
  private static final Set<String> GRANT_FIELDS = names("type", "year");
  private static final Set<String> DISABILITY_FIELDS =
      names("kind", "severity", "needsHelpWithDailyLiving", "rehabilitable");
  private static final Set<String> PARENT_FIELDS = names("alive", "deathDate", "cause");

  // ---------------------------------------------------------------- writing

  static void write(Household h, JsonGenerator g) {
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

  static void write(Person p, JsonGenerator g) {
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

  private static void extensions(JsonGenerator g, Map<ExtensionKey<?>, Object> extensions) {
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
  private static <T> void extension(JsonGenerator g, ExtensionKey<T> key, Object value) {
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

  private static void parent(JsonGenerator g, String name, Optional<ParentStatus> status) {
    status.ifPresent(s -> {
      g.writeObjectPropertyStart(name);
      g.writeBooleanProperty("alive", s.alive());
      date(g, "deathDate", s.deathDate());
      enumValue(g, "cause", s.cause());
      g.writeEndObject();
    });
  }

  private static void date(JsonGenerator g, String name, Optional<LocalDate> value) {
    value.ifPresent(d -> g.writeStringProperty(name, d.toString()));
  }

  private static void bool(JsonGenerator g, String name, Optional<Boolean> value) {
    value.ifPresent(b -> g.writeBooleanProperty(name, b));
  }

  private static void enumValue(JsonGenerator g, String name, Optional<? extends Enum<?>> value) {
    value.ifPresent(e -> g.writeStringProperty(name, e.name()));
  }

  // ---------------------------------------------------------------- reading

  // The wire format is stricter than the parsers of core, which also accept separators: JSON
  // carries the canonical form only, so two spellings of one NIK never appear in a data set.
  static Nik nik(String text) {
    if (!digits(text, 0, text.length())) {
      throw new InvalidDataException("", "NIK_NOT_DIGITS", "a NIK is written as 16 digits 0-9");
    }
    return Nik.parse(text);
  }

  static KkNumber kkNumber(String text) {
    if (!digits(text, 0, text.length())) {
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
  private static boolean digits(String text, int from, int to) {
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
    return digits(text, 0, 2) && digits(text, 3, Math.min(n, 5))
        && digits(text, 6, Math.min(n, 8)) && digits(text, 9, n);
  }

  /**
   * Reads a household at {@code path}, adding every problem found; {@code extensions} are the
   * extension facts accepted on the household and its members.
   *
   * @return the household when no problem was found
   */
  static Optional<Household> readHousehold(JsonNode json, String path, ExtensionFacts extensions,
      List<Problem> problems) {
    int before = problems.size();
    Optional<Node> maybe = Node.object(json, path, HOUSEHOLD_FIELDS, problems);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Node n = maybe.get();
    ImmutableHousehold.Builder b = Household.builder();
    n.required("kkNumber", f -> n.parsed(f, HouseholdJson::kkNumber)).ifPresent(b::kkNumber);
    n.parsed("domicile", HouseholdJson::regionCode).ifPresent(b::domicile);
    n.bool("livesOnSmallIsland").ifPresent(b::livesOnSmallIsland);
    n.raw("registry").flatMap(r -> readRegistry(r, n.pathOf("registry"), problems))
        .ifPresent(b::registry);
    n.raw("aid").ifPresent(a -> readAid(a, n.pathOf("aid"), problems, b::putAid));
    List<JsonNode> grants = n.array("pastGrants");
    for (int i = 0; i < grants.size(); i++) {
      readGrant(grants.get(i), Node.index(n.pathOf("pastGrants"), i), problems)
          .ifPresent(b::addPastGrants);
    }
    n.bool("pastGrantsChecked").ifPresent(b::pastGrantsChecked);
    readExtensions(n, extensions, b::putExtensions);
    if (!n.has("members")) {
      n.problem("members", "JSON_MISSING", "required field is missing");
    }
    List<JsonNode> members = n.array("members");
    for (int i = 0; i < members.size(); i++) {
      readPerson(members.get(i), Node.index(n.pathOf("members"), i), extensions, problems)
          .ifPresent(b::addMembers);
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(b.build());
    } catch (InvalidDataException e) {
      n.domain("", e);
      return Optional.empty();
    }
  }

  private static void readAid(JsonNode json, String path, List<Problem> problems,
      BiConsumer<AidProgram, Boolean> put) {
    if (!json.isObject()) {
      problems.add(new Problem(path, "JSON_WRONG_TYPE", "expected an object, found "
          + Node.kind(json)));
      return;
    }
    for (Map.Entry<String, JsonNode> e : json.properties()) {
      String at = Node.child(path, Node.safeName(e.getKey()));
      Optional<AidProgram> program = Node.enumOf(e.getKey(), AidProgram.class, at, problems);
      JsonNode v = e.getValue();
      if (v.isNull()) {
        continue;
      }
      if (!v.isBoolean()) {
        problems.add(new Problem(at, "JSON_WRONG_TYPE", "expected true or false, found "
            + Node.kind(v)));
      } else {
        program.ifPresent(p -> put.accept(p, v.booleanValue()));
      }
    }
  }

  private static Optional<RegistryStatus> readRegistry(JsonNode json, String path,
      List<Problem> problems) {
    int before = problems.size();
    Optional<Node> maybe = Node.object(json, path, REGISTRY_FIELDS, problems);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Node n = maybe.get();
    Optional<Register> register =
        n.required("register", f -> n.enumValue(f, Register.class));
    Optional<Boolean> registered = n.required("registered", n::bool);
    Optional<Desil> desil = Optional.empty();
    Optional<Integer> d = n.intValue("desil");
    if (d.isPresent()) {
      try {
        desil = Optional.of(Desil.of(d.get()));
      } catch (InvalidDataException e) {
        n.domain("desil", e);
      }
    }
    Optional<LocalDate> checkedOn = n.required("checkedOn", n::date);
    if (problems.size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(new RegistryStatus(register.get(), registered.get(), desil,
          checkedOn.get()));
    } catch (InvalidDataException e) {
      n.domain("", e);
      return Optional.empty();
    }
  }

  private static Optional<PastGrant> readGrant(JsonNode json, String path, List<Problem> problems) {
    int before = problems.size();
    Optional<Node> maybe = Node.object(json, path, GRANT_FIELDS, problems);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Node n = maybe.get();
    Optional<GrantType> type = n.required("type", f -> n.enumValue(f, GrantType.class));
    Optional<Integer> year = n.required("year", n::intValue);
    return problems.size() > before ? Optional.empty()
        : Optional.of(new PastGrant(type.get(), year.get()));
  }

  /**
   * Reads a person at {@code path}, adding every problem found; {@code extensions} are the
   * extension facts accepted.
   *
   * @return the person when no problem was found
   */
  static Optional<Person> readPerson(JsonNode json, String path, ExtensionFacts extensions,
      List<Problem> problems) {
    int before = problems.size();
    Optional<Node> maybe = Node.object(json, path, PERSON_FIELDS, problems);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Node n = maybe.get();
    ImmutablePerson.Builder b = Person.builder();
    n.required("nik", f -> n.parsed(f, HouseholdJson::nik)).ifPresent(b::nik);
    n.string("name").ifPresent(b::name);
    n.date("birthDate").ifPresent(b::birthDate);
    n.date("deathDate").ifPresent(b::deathDate);
    n.enumValue("sex", Sex.class).ifPresent(b::sex);
    n.enumValue("relationship", Relationship.class).ifPresent(b::relationship);
    n.enumValue("maritalStatus", MaritalStatus.class).ifPresent(b::maritalStatus);
    n.bool("abandonedBySpouse").ifPresent(b::abandonedBySpouse);
    n.bool("mainBreadwinner").ifPresent(b::mainBreadwinner);
    n.bool("hasDisability").ifPresent(b::hasDisability);
    List<JsonNode> disabilities = n.array("disabilities");
    for (int i = 0; i < disabilities.size(); i++) {
      readDisability(disabilities.get(i), Node.index(n.pathOf("disabilities"), i), problems)
          .ifPresent(b::addDisabilities);
    }
    n.bool("chronicallyIll").ifPresent(b::chronicallyIll);
    n.enumValue("schoolLevel", SchoolLevel.class).ifPresent(b::schoolLevel);
    n.enumValue("occupation", Occupation.class).ifPresent(b::occupation);
    n.enumValue("labourShock", LabourShock.class).ifPresent(b::labourShock);
    n.date("labourShockDate").ifPresent(b::labourShockDate);
    n.integer("monthlyIncome").flatMap(amount -> rupiah(n, "monthlyIncome", amount))
        .ifPresent(b::monthlyIncome);
    n.raw("father").flatMap(f -> readParent(f, n.pathOf("father"), problems)).ifPresent(b::father);
    n.raw("mother").flatMap(m -> readParent(m, n.pathOf("mother"), problems)).ifPresent(b::mother);
    readExtensions(n, extensions, b::putExtensions);
    if (problems.size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(b.build());
    } catch (InvalidDataException e) {
      n.domain("", e);
      return Optional.empty();
    }
  }

  /**
   * Reads the optional {@code extensions} object of {@code owner}: a name not in {@code
   * registered} is an unknown field, and each registered fact present is read as its kind.
   */
  private static void readExtensions(Node owner, ExtensionFacts registered,
      BiConsumer<ExtensionKey<?>, Object> put) {
    Optional<JsonNode> json = owner.raw("extensions");
    if (json.isEmpty()) {
      return;
    }
    Optional<Node> maybe = Node.object(json.get(), owner.pathOf("extensions"), registered.names(),
        () -> registered.names().isEmpty()
            ? "no extension facts are registered with this reader"
            : "not a registered extension fact; registered: "
                + String.join(", ", registered.names()),
        owner.problems());
    if (maybe.isEmpty()) {
      return;
    }
    Node n = maybe.get();
    for (ExtensionKey<?> key : registered.keys()) {
      extensionValue(n, key).ifPresent(v -> put.accept(key, v));
    }
  }

  private static Optional<?> extensionValue(Node n, ExtensionKey<?> key) {
    String name = key.name();
    String expected = key.expected();
    return switch (key.kind()) {
      case BOOLEAN -> n.typed(name, JsonNode::isBoolean, expected).map(JsonNode::booleanValue);
      case INTEGER -> n.typed(name, JsonNode::isIntegralNumber, expected)
          .flatMap(v -> n.longValue(name, v));
      case RUPIAH -> n.typed(name, JsonNode::isIntegralNumber, expected)
          .flatMap(v -> n.longValue(name, v))
          .flatMap(amount -> rupiah(n, name, amount));
      case TEXT -> n.typed(name, JsonNode::isString, expected).map(JsonNode::stringValue);
      case DATE -> n.typed(name, JsonNode::isString, expected).map(JsonNode::stringValue)
          .flatMap(text -> n.dateValue(name, text));
      case ENUM -> n.typed(name, JsonNode::isString, expected).map(JsonNode::stringValue)
          .flatMap(text -> constant(n, key, text));
      case ENUM_SET -> n.typed(name, JsonNode::isArray, expected)
          .flatMap(array -> constants(n, key, array));
    };
  }

  /**
   * The constants named in an array, each element checked at its index; a name given twice
   * counts once.
   */
  private static Optional<?> constants(Node n, ExtensionKey<?> key, JsonNode array) {
    String at = n.pathOf(key.name());
    List<String> known = new ArrayList<>();
    for (Object c : key.elementType().getEnumConstants()) {
      known.add(((Enum<?>) c).name());
    }
    Set<String> names = new LinkedHashSet<>();
    boolean valid = true;
    for (int i = 0; i < array.size(); i++) {
      JsonNode c = array.get(i);
      String where = Node.index(at, i);
      if (!c.isString()) {
        n.problems().add(new Problem(where, "JSON_WRONG_TYPE",
            "expected a string, found " + Node.kind(c)));
        valid = false;
      } else if (!known.contains(c.stringValue())) {
        n.problems().add(new Problem(where, "JSON_ENUM", "expected one of " + known));
        valid = false;
      } else {
        names.add(c.stringValue());
      }
    }
    return valid ? Optional.of(key.parse(String.join(",", names))) : Optional.empty();
  }

  private static Optional<Rupiah> rupiah(Node n, String field, long amount) {
    try {
      return Optional.of(Rupiah.of(amount));
    } catch (InvalidDataException e) {
      n.domain(field, e);
      return Optional.empty();
    }
  }

  private static Optional<?> constant(Node n, ExtensionKey<?> key, String text) {
    try {
      return Optional.of(key.parse(text));
    } catch (IllegalArgumentException e) {
      n.problem(key.name(), "JSON_ENUM", "expected " + key.expected());
      return Optional.empty();
    }
  }

  private static Optional<Disability> readDisability(JsonNode json, String path,
      List<Problem> problems) {
    int before = problems.size();
    Optional<Node> maybe = Node.object(json, path, DISABILITY_FIELDS, problems);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Node n = maybe.get();
    Optional<DisabilityKind> kind = n.required("kind", f -> n.enumValue(f, DisabilityKind.class));
    Optional<DisabilitySeverity> severity = n.enumValue("severity", DisabilitySeverity.class);
    Optional<Boolean> help = n.bool("needsHelpWithDailyLiving");
    Optional<Boolean> rehab = n.bool("rehabilitable");
    return problems.size() > before ? Optional.empty()
        : Optional.of(new Disability(kind.get(), severity, help, rehab));
  }

  private static Optional<ParentStatus> readParent(JsonNode json, String path,
      List<Problem> problems) {
    int before = problems.size();
    Optional<Node> maybe = Node.object(json, path, PARENT_FIELDS, problems);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Node n = maybe.get();
    Optional<Boolean> alive = n.required("alive", n::bool);
    Optional<LocalDate> deathDate = n.date("deathDate");
    Optional<DeathCause> cause = n.enumValue("cause", DeathCause.class);
    if (problems.size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(new ParentStatus(alive.get(), deathDate, cause));
    } catch (InvalidDataException e) {
      n.domain("", e);
      return Optional.empty();
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
  static final class HouseholdSerializer extends ValueSerializer<Household> {
    @Override
    public void serialize(Household value, JsonGenerator g, SerializationContext ctxt) {
      write(value, g);
    }
  }

  /** Jackson entry point for people. */
  static final class PersonSerializer extends ValueSerializer<Person> {
    @Override
    public void serialize(Person value, JsonGenerator g, SerializationContext ctxt) {
      write(value, g);
    }
  }

  /** Reads a household from the tree, collecting every problem. */
  static final class HouseholdDeserializer extends ValueDeserializer<Household> {
    private final ExtensionFacts extensions;

    HouseholdDeserializer(ExtensionFacts extensions) {
      this.extensions = extensions;
    }

    @Override
    public Household deserialize(tools.jackson.core.JsonParser p, DeserializationContext ctxt) {
      JsonNode tree = ctxt.readTree(p);
      List<Problem> problems = new ArrayList<>();
      return orThrow(readHousehold(tree, "", extensions, problems), problems);
    }
  }

  /** Reads a person from the tree, collecting every problem. */
  static final class PersonDeserializer extends ValueDeserializer<Person> {
    private final ExtensionFacts extensions;

    PersonDeserializer(ExtensionFacts extensions) {
      this.extensions = extensions;
    }

    @Override
    public Person deserialize(tools.jackson.core.JsonParser p, DeserializationContext ctxt) {
      JsonNode tree = ctxt.readTree(p);
      List<Problem> problems = new ArrayList<>();
      return orThrow(readPerson(tree, "", extensions, problems), problems);
    }
  }
}
