package id.bansos.jackson2;

import id.bansos.core.Problem;
import id.bansos.core.household.Household;
import id.bansos.rules.Assessment;
import id.bansos.rules.Catalog;
import id.bansos.rules.CatalogStamp;
import id.bansos.rules.Engine;
import id.bansos.rules.Fingerprint;
import id.bansos.rules.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

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
   * @throws JsonInputException naming every problem of either document
   */
  public static Replay of(String assessmentJson, String householdJson, Catalog catalog,
      ExtensionFacts extensions) {
    Objects.requireNonNull(assessmentJson, "assessmentJson");
    Objects.requireNonNull(catalog, "catalog");
    Household household = BansosJson.readHousehold(householdJson, extensions);
    JsonNode recordedTree = tree(assessmentJson);
    if (recordedTree == null || !recordedTree.isObject()) {
      throw new JsonInputException(List.of(new Problem("", "JSON_WRONG_TYPE",
          "expected an assessment object")));
    }
    // Only the fields a replay needs are read; the rest of the document is the record.
    List<String> fields = new ArrayList<>();
    for (String name : (Iterable<String>) recordedTree::fieldNames) {
      fields.add(name);
    }
    List<Problem> problems = new ArrayList<>();
    Node n = Objects.requireNonNull(
        Node.object(recordedTree, "", FieldNames.of(fields), problems));
    n.required("kkNumber");
    String kk = n.string("kkNumber");
    n.required("date");
    LocalDate date = n.date("date");
    n.required("language");
    Language language = n.enumValue("language", Language.class);
    CatalogStamp stamp = n.required("catalog") ? stamp(n, "catalog") : null;
    if (kk != null && !kk.equals(household.kkNumber().value())) {
      n.problem("kkNumber", "REPLAY_OTHER_HOUSEHOLD",
          "the assessment is of another household than the one given");
    }
    JsonNode detail = recordedTree.get("detail");
    if (detail != null && Detail.SUMMARY.name().equals(text(detail))) {
      // A summary holds no criteria and no parameter values: every decision would seem changed.
      n.problem("detail", "REPLAY_SUMMARY", "a summary of an assessment (detail SUMMARY) does not"
          + " record what a replay compares: record the full assessment");
    }
    if (!problems.isEmpty() || date == null || language == null || stamp == null) {
      throw new JsonInputException(problems);
    }
    Assessment again = Engine.of(catalog).assess(household, date);
    JsonNode replayedTree = tree(BansosJson.write(again, language));
    return new Replay(stamp, again, decisions(recordedTree, replayedTree),
        parameters(recordedTree, replayedTree));
  }

  private static JsonNode tree(String json) {
    try {
      return BansosJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
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

  /** A program's outcome: what is compared, and how it is shown (without NIKs). */
  private record Outcome(String compared, String shown) {}

  /** Status, beneficiaries and yearly total of each program, by code. */
  private static Map<String, Outcome> outcomes(JsonNode assessment) {
    Map<String, Outcome> out = new LinkedHashMap<>();
    JsonNode determinations = assessment.get("determinations");
    if (determinations == null || !determinations.isArray()) {
      return out;
    }
    for (JsonNode d : determinations) {
      JsonNode program = d.get("program");
      if (program == null || !program.isTextual()) {
        continue;
      }
      JsonNode beneficiaries = d.get("beneficiaries");
      String status = text(d.path("status"));
      String total = text(d.path("yearlyTotal"));
      int count = beneficiaries == null ? 0 : beneficiaries.size();
      out.put(program.textValue(), new Outcome(
          status + " " + (beneficiaries == null ? "[]" : beneficiaries.toString()) + " " + total,
          status + ", " + count + (count == 1 ? " beneficiary" : " beneficiaries")
              + ", yearly total " + total));
    }
    return out;
  }

  private static String text(JsonNode node) {
    return node.isMissingNode() ? "" : node.isTextual() ? node.textValue() : node.toString();
  }

  private static List<Decision> decisions(JsonNode recorded, JsonNode replayed) {
    Map<String, Outcome> before = outcomes(recorded);
    Map<String, Outcome> after = outcomes(replayed);
    Set<String> programs = new TreeSet<>(before.keySet());
    programs.addAll(after.keySet());
    List<Decision> out = new ArrayList<>();
    for (String p : programs) {
      Optional<Outcome> b = Optional.ofNullable(before.get(p));
      Optional<Outcome> a = Optional.ofNullable(after.get(p));
      if (!b.map(Outcome::compared).equals(a.map(Outcome::compared))) {
        out.add(new Decision(p, b.map(Outcome::shown), a.map(Outcome::shown)));
      }
    }
    return out;
  }

  /** Every parameter value a criterion used, by key, as compact JSON. */
  private static Map<String, String> used(JsonNode assessment) {
    Map<String, String> out = new TreeMap<>();
    collect(assessment, out);
    return out;
  }

  private static void collect(JsonNode node, Map<String, String> out) {
    if (node.isArray()) {
      for (JsonNode item : node) {
        collect(item, out);
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
        if (key != null && key.isTextual()) {
          out.putIfAbsent(key.textValue(), p.toString());
        }
      }
    }
    for (String name : (Iterable<String>) node::fieldNames) {
      collect(node.get(name), out);
    }
  }

  private static List<ParameterChange> parameters(JsonNode recorded, JsonNode replayed) {
    Map<String, String> before = used(recorded);
    Map<String, String> after = used(replayed);
    Set<String> keys = new TreeSet<>(before.keySet());
    keys.addAll(after.keySet());
    List<ParameterChange> out = new ArrayList<>();
    for (String k : keys) {
      if (!Objects.equals(before.get(k), after.get(k))) {
        out.add(new ParameterChange(k, Optional.ofNullable(before.get(k)),
            Optional.ofNullable(after.get(k))));
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
  }
}
