package id.bansos.jackson;

import id.bansos.core.Problem;
import id.bansos.core.household.Household;
import id.bansos.core.household.Person;
import id.bansos.rules.Assessment;
import id.bansos.rules.Catalog;
import id.bansos.rules.CatalogStamp;
import id.bansos.rules.Engine;
import id.bansos.rules.Fingerprint;
import id.bansos.rules.Language;
import id.bansos.rules.Status;
import id.bansos.rules.param.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A recorded decision replayed: an assessment's JSON (the full form {@link BansosJson} writes)
 * and the household JSON it came from, assessed again on the same date with a catalog, and what
 * differs. The decision is {@link #reproduced()} when every program has the recorded status,
 * beneficiaries and yearly total; {@link #parameters()} lists the parameter values the two
 * assessments used that differ (value, period, confidence, sources or note), so a changed
 * decision can be traced to the rule that changed it.
 *
 * <pre>{@code
 * Replay r = Replay.of(assessmentJson, householdJson, CatalogFiles.load(file, JawaTimur.catalog()));
 * if (!r.reproduced()) {
 *   r.decisions().forEach(System.out::println);
 *   r.parameters().forEach(System.out::println);
 * }
 * }</pre>
 */
public final class Replay {

  private final CatalogStamp recorded;
  private final Assessment assessment;
  private final List<Decision> decisions;
  private final List<ParameterChange> parameters;

  private Replay(CatalogStamp recorded, Assessment assessment, List<Decision> decisions,
      List<ParameterChange> parameters) {
    this.recorded = recorded;
    this.assessment = assessment;
    this.decisions = List.copyOf(decisions);
    this.parameters = List.copyOf(parameters);
  }

  /**
   * Replays a recorded assessment of a household whose extension facts are among the provincial
   * catalog's.
   *
   * @param assessmentJson the recorded assessment, as {@link BansosJson#write(Assessment,
   *     Language)} wrote it; never null
   * @param householdJson the household it was made for; never null
   * @param catalog the catalog to decide with; never null
   * @return what the replay found
   * @throws JsonInputException naming every problem of either document, a household other
   *     than the one assessed ({@code REPLAY_OTHER_HOUSEHOLD}), or a summary of an assessment
   *     ({@code REPLAY_SUMMARY})
   */
  public static Replay of(String assessmentJson, String householdJson, Catalog catalog) {
    return of(assessmentJson, householdJson, catalog, ExtensionFacts.provincial());
  }

  /**
   * Replays a recorded assessment of a household whose extension facts are among {@code
   * extensions}.
   *
   * @param assessmentJson the recorded assessment; never null
   * @param householdJson the household it was made for; never null
   * @param catalog the catalog to decide with; never null
   * @param extensions the extension facts the household may carry; never null
   * @return what the replay found
   * @throws JsonInputException naming every problem of either document: those of the household
   *     under {@code household}, those of the assessment at their own paths
   */
  public static Replay of(String assessmentJson, String householdJson, Catalog catalog,
      ExtensionFacts extensions) {
    Objects.requireNonNull(assessmentJson, "assessmentJson");
    Objects.requireNonNull(householdJson, "householdJson");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(extensions, "extensions");
    List<Problem> problems = new ArrayList<>();
    Household household = null;
    try {
      household = BansosJson.readHousehold(householdJson, extensions);
    } catch (JsonInputException e) {
      for (Problem p : e.problems()) {
        problems.add(p.under("household"));
      }
    }
    JsonNode recordedTree;
    try {
      recordedTree = tree(assessmentJson);
    } catch (JsonInputException e) {
      problems.addAll(e.problems());
      throw new JsonInputException(problems);
    }
    if (recordedTree == null || !recordedTree.isObject()) {
      problems.add(new Problem("", "JSON_WRONG_TYPE", "expected an assessment object"));
      throw new JsonInputException(problems);
    }
    // Only the fields a replay needs are read; the rest of the document is the record.
    List<String> fields = new ArrayList<>();
    for (String name : recordedTree.propertyNames()) {
      fields.add(name);
    }
    Node n = Objects.requireNonNull(
        Node.object(recordedTree, "", FieldNames.of(fields), problems));
    n.required("kkNumber");
    String kk = n.string("kkNumber");
    n.required("date");
    LocalDate date = n.date("date");
    n.required("language");
    Language language = n.enumValue("language", Language.class);
    CatalogStamp stamp = n.required("catalog") ? stamp(n, "catalog") : null;
    if (household != null && kk != null && !kk.equals(household.kkNumber().value())) {
      n.problem("kkNumber", "REPLAY_OTHER_HOUSEHOLD",
          "the assessment is of another household than the one given");
    } else if (household != null && !members(household).containsAll(niks(recordedTree))) {
      n.problem("determinations", "REPLAY_OTHER_HOUSEHOLD", "the assessment names a member"
          + " that the household given does not have: it is of another version of the family");
    }
    JsonNode detail = recordedTree.path("detail");
    if (detail.isString() && detail.stringValue().equals(Detail.SUMMARY.name())) {
      // A summary holds no criteria and no parameter values: every decision would seem changed.
      n.problem("detail", "REPLAY_SUMMARY", "a summary of an assessment (detail SUMMARY) does not"
          + " record what a replay compares: record the full assessment");
    } else {
      checkDeterminations(n, recordedTree, problems);
    }
    if (!problems.isEmpty() || household == null || date == null || language == null
        || stamp == null) {
      throw new JsonInputException(problems);
    }
    Assessment again = Engine.of(catalog).assess(household, date);
    JsonNode replayedTree = tree(BansosJson.write(again, language));
    return new Replay(stamp, again, decisions(recordedTree, replayedTree),
        parameters(recordedTree, replayedTree, catalog));
  }

  private static JsonNode tree(String json) {
    try {
      return BansosJson.mapper().readTree(json);
    } catch (JacksonException e) {
      throw BansosJson.translate(e);
    }
  }

  private static @Nullable CatalogStamp stamp(Node parent, String field) {
    Node s = parent.object(field, Objects.requireNonNull(parent.raw(field)),
        FieldNames.of("name", "fingerprint", "libraryVersion"));
    if (s == null) {
      return null;
    }
    s.required("name");
    String name = s.string("name");
    s.required("fingerprint");
    String text = s.string("fingerprint");
    Fingerprint fingerprint = null;
    if (text != null) {
      try {
        fingerprint = Fingerprint.parse(text);
      } catch (IllegalArgumentException e) {
        s.problem("fingerprint", "REPLAY_FINGERPRINT", e.getMessage());
      }
    }
    s.required("libraryVersion");
    String version = s.string("libraryVersion");
    if (name == null || fingerprint == null || version == null) {
      return null;
    }
    return new CatalogStamp(name, fingerprint, version);
  }

  /** The NIKs of the household's members. */
  private static Set<String> members(Household household) {
    Set<String> out = new HashSet<>();
    for (Person p : household.members()) {
      out.add(p.nik().value());
    }
    return out;
  }

  /** Every NIK the assessment names: of its members' results, criteria and beneficiaries. */
  private static Set<String> niks(JsonNode node) {
    Set<String> out = new HashSet<>();
    niks(node, out);
    return out;
  }

  private static void niks(JsonNode node, Set<String> out) {
    if (node.isArray()) {
      for (JsonNode item : node) {
        niks(item, out);
      }
    } else if (node.isObject()) {
      for (String name : node.propertyNames()) {
        JsonNode value = node.get(name);
        if ((name.equals("nik") || name.equals("member")) && value.isString()) {
          out.add(value.stringValue());
        } else {
          niks(value, out);
        }
      }
    }
  }

  /**
   * Checks what a replay shows of each recorded determination: a program code, a status and a
   * yearly total of their own shapes, so that nothing else of the document is shown as them.
   */
  private static void checkDeterminations(Node n, JsonNode assessment, List<Problem> problems) {
    JsonNode determinations = assessment.get("determinations");
    if (determinations == null) {
      n.problem("determinations", "JSON_MISSING", "required field is missing");
      return;
    }
    if (!determinations.isArray()) {
      n.problem("determinations", "JSON_WRONG_TYPE",
          "expected a list of determinations, found " + Node.kind(determinations));
      return;
    }
    for (int i = 0; i < determinations.size(); i++) {
      String at = Node.index(n.pathOf("determinations"), i);
      JsonNode d = determinations.get(i);
      JsonNode program = d.path("program");
      if (!program.isString() || Node.safeConstant(program.stringValue()).startsWith("<")) {
        problems.add(new Problem(Node.child(at, "program"), "JSON_WRONG_TYPE",
            "expected a program code"));
      }
      JsonNode status = d.path("status");
      if (!status.isString() || !isStatus(status.stringValue())) {
        problems.add(new Problem(Node.child(at, "status"), "JSON_ENUM",
            "expected one of " + List.of(Status.values())));
      }
      JsonNode total = d.path("yearlyTotal");
      if (!total.isIntegralNumber() || !total.canConvertToLong()) {
        problems.add(new Problem(Node.child(at, "yearlyTotal"), "JSON_WRONG_TYPE",
            "expected a whole number of rupiah, found " + Node.kind(total)));
      }
    }
  }

  private static boolean isStatus(String text) {
    for (Status s : Status.values()) {
      if (s.name().equals(text)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A program's outcome: what is compared (status, beneficiaries, yearly total, as JSON values:
   * whatever the order of keys, and of the beneficiaries, none when absent) and how it is shown
   * (without NIKs).
   */
  private record Outcome(JsonNode status, Set<JsonNode> beneficiaries, int count, JsonNode total,
      String shown) {
    boolean sameAs(Outcome o) {
      return status.equals(o.status) && count == o.count && beneficiaries.equals(o.beneficiaries)
          && total.equals(o.total);
    }
  }

  /** Status, beneficiaries and yearly total of each program, by code. */
  private static Map<String, Outcome> outcomes(JsonNode assessment) {
    Map<String, Outcome> out = new LinkedHashMap<>();
    // The recorded document was checked (checkDeterminations), the replayed one written here.
    for (JsonNode d : assessment.path("determinations")) {
      Set<JsonNode> beneficiaries = new HashSet<>();
      d.path("beneficiaries").forEach(beneficiaries::add);
      int count = d.path("beneficiaries").size();
      JsonNode status = d.path("status");
      JsonNode total = d.path("yearlyTotal");
      out.put(d.path("program").stringValue(), new Outcome(status, beneficiaries, count, total,
          status.stringValue() + ", " + count + (count == 1 ? " beneficiary" : " beneficiaries")
              + ", yearly total " + total.longValue()));
    }
    return out;
  }

  private static List<Decision> decisions(JsonNode recorded, JsonNode replayed) {
    Map<String, Outcome> before = outcomes(recorded);
    Map<String, Outcome> after = outcomes(replayed);
    Set<String> programs = new TreeSet<>(before.keySet());
    programs.addAll(after.keySet());
    List<Decision> out = new ArrayList<>();
    for (String p : programs) {
      Outcome b = before.get(p);
      Outcome a = after.get(p);
      if (b != null && a != null && b.sameAs(a)) {
        continue;
      }
      String shown = a == null ? null : a.shown();
      if (b != null && a != null && b.shown().equals(a.shown())) {
        // As many beneficiaries, but other members: said so, without naming them.
        shown = shown + ", other beneficiaries";
      }
      out.add(new Decision(p, Optional.ofNullable(b).map(Outcome::shown),
          Optional.ofNullable(shown)));
    }
    return out;
  }

  /**
   * Every parameter value a criterion used, by key: the catalog's own keys as they are, any other
   * only when shaped as a key (it may be data put into a recorded document).
   */
  private static Map<String, JsonNode> used(JsonNode assessment, Set<String> known) {
    Map<String, JsonNode> out = new TreeMap<>();
    collect(assessment, known, out);
    return out;
  }

  private static void collect(JsonNode node, Set<String> known, Map<String, JsonNode> out) {
    if (node.isArray()) {
      for (JsonNode item : node) {
        collect(item, known, out);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    JsonNode parameters = node.get("parameters");
    if (node.has("outcome") && parameters != null && parameters.isArray()) {
      for (JsonNode p : parameters) {
        JsonNode key = p.get("key");
        if (key != null && key.isString()) {
          String k = key.stringValue();
          out.putIfAbsent(known.contains(k) ? k : Node.safeKey(k), p);
        }
      }
    }
    for (String name : node.propertyNames()) {
      collect(node.get(name), known, out);
    }
  }

  private static List<ParameterChange> parameters(JsonNode recorded, JsonNode replayed,
      Catalog catalog) {
    Set<String> known = new HashSet<>();
    for (Parameter<?> p : catalog.parameters()) {
      known.add(p.key().name());
    }
    Map<String, JsonNode> before = used(recorded, known);
    Map<String, JsonNode> after = used(replayed, known);
    Set<String> keys = new TreeSet<>(before.keySet());
    keys.addAll(after.keySet());
    List<ParameterChange> out = new ArrayList<>();
    for (String k : keys) {
      // Compared as JSON values: a record whose keys a store has put in another order is the
      // same record.
      if (!Objects.equals(before.get(k), after.get(k))) {
        out.add(new ParameterChange(k, Optional.ofNullable(before.get(k)).map(JsonNode::toString),
            Optional.ofNullable(after.get(k)).map(JsonNode::toString)));
      }
    }
    return out;
  }

  /**
   * Whether every program has the recorded status, beneficiaries and yearly total, and no
   * program was added or left out.
   *
   * @return true when the decision is reproduced
   */
  public boolean reproduced() {
    return decisions.isEmpty();
  }

  /**
   * Whether the replay's catalog has the recorded fingerprint: the same rules, under the same
   * library version.
   *
   * @return true when the fingerprints are equal
   */
  public boolean sameRules() {
    return recorded.fingerprint().equals(assessment.stamp().fingerprint());
  }

  /**
   * The rules the recorded assessment names.
   *
   * @return the recorded catalog name, fingerprint and library version
   */
  public CatalogStamp recorded() {
    return recorded;
  }

  /**
   * The assessment made again.
   *
   * @return the new assessment, which carries the replay's own stamp
   */
  public Assessment assessment() {
    return assessment;
  }

  /**
   * The programs whose decision differs, in code order.
   *
   * @return the differences; empty when reproduced
   */
  public List<Decision> decisions() {
    return decisions;
  }

  /**
   * The parameter values the two assessments used that differ, in key order.
   *
   * @return the differences
   */
  public List<ParameterChange> parameters() {
    return parameters;
  }

  @Override
  public String toString() {
    return "Replay{reproduced=" + reproduced() + ", sameRules=" + sameRules() + ", decisions="
        + decisions + ", parameters=" + parameters + "}";
  }

  /**
   * One program decided otherwise: its status, how many beneficiaries and the yearly total, as
   * recorded and as replayed (empty where the program has no determination). No NIK is shown.
   *
   * @param program the program's code; never null
   * @param recorded the recorded outcome; never null
   * @param replayed the replayed outcome; never null
   */
  public record Decision(String program, Optional<String> recorded, Optional<String> replayed) {

    /** Checks the components. */
    public Decision {
      Objects.requireNonNull(program, "program");
      Objects.requireNonNull(recorded, "recorded");
      Objects.requireNonNull(replayed, "replayed");
    }
  }

  /**
   * A parameter value that differs between the two assessments, as the JSON of each shows it
   * (value, validFrom, validTo, period, confidence, sources, note).
   *
   * @param key the parameter's key; never null
   * @param recorded the value the recorded assessment used, as compact JSON; empty when it used
   *     none
   * @param replayed the value the replay used; empty when it used none
   */
  public record ParameterChange(String key, Optional<String> recorded, Optional<String> replayed) {

    /** Checks the components. */
    public ParameterChange {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(recorded, "recorded");
      Objects.requireNonNull(replayed, "replayed");
    }

    /**
     * The key and which assessments used a value, not the values: a recorded document's values
     * are shown by {@link #recorded()} only, since its text is whatever the record holds.
     *
     * @return for example {@code ParameterChange[ASPD.REGISTRY, recorded, replayed]}
     */
    @Override
    public String toString() {
      return "ParameterChange[" + key + (recorded.isPresent() ? ", recorded" : "")
          + (replayed.isPresent() ? ", replayed" : "") + "]";
    }
  }
}
