package id.bansos.jackson2;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import id.bansos.core.InvalidDataException;
import id.bansos.core.Problem;
import id.bansos.core.household.Household;
import id.bansos.core.identity.Nik;
import id.bansos.rules.CriterionResult;
import id.bansos.rules.Group;
import id.bansos.rules.GroupAssessment;
import id.bansos.rules.Language;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Groups of families both ways, and group programs' assessments written (KUBE today; nothing
 * here names a program). A member family is a household in the
 * household format, so everything said of households (strictness, paths, re-rooted domain
 * problems) holds inside a group, one level down at {@code members[i].household}.
 */
final class GroupJson {

  private GroupJson() {}

  static final FieldNames GROUP_FIELDS = FieldNames.of("name", "liveNearEachOther", "members");
  static final FieldNames MEMBER_FIELDS = FieldNames.of("participant", "household");

  // ---------------------------------------------------------------- writing

  static void write(Group group, UncheckedGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("name", group.name());
    group.liveNearEachOther().ifPresent(b -> g.writeBooleanProperty("liveNearEachOther", b));
    g.writeArrayPropertyStart("members");
    for (Group.Member m : group.members()) {
      g.writeStartObject();
      g.writeStringProperty("participant", m.participant().value());
      g.writeName("household");
      HouseholdJson.write(m.household(), g);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void write(GroupAssessment a, UncheckedGenerator g, Language lang) {
    g.writeStartObject();
    g.writeStringProperty("program", a.determination().programCode());
    g.writeStringProperty("groupName", a.groupName());
    g.writeStringProperty("date", a.date().toString());
    g.writeStringProperty("language", lang.name());
    AssessmentJson.writeStamp(a.stamp(), g);
    g.writeStringProperty("status", a.status().name());
    g.writeNumberProperty("qualifyingFamilies", a.qualifyingFamilies());
    g.writeNumberProperty("groupTotal", a.groupTotal().amount());
    AssessmentJson.writeUnknownAmounts(a.determination().yearlyTotals(), g);
    if (!a.missingFacts().isEmpty()) {
      AssessmentJson.missingFacts(g, a.missingFacts(), lang);
    }
    a.benefitPerBeneficiary().ifPresent(b -> {
      g.writeName("benefitPerBeneficiary");
      AssessmentJson.write(b, g, lang);
    });
    g.writeArrayPropertyStart("criteria");
    for (CriterionResult r : a.criteria()) {
      AssessmentJson.write(r, g, lang);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("families");
    for (GroupAssessment.Family m : a.families()) {
      g.writeStartObject();
      g.writeStringProperty("kkNumber", m.kkNumber().value());
      g.writeStringProperty("participant", m.participant().value());
      g.writeName("determination");
      AssessmentJson.write(m.determination(), g, lang);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads a group at {@code path}, adding every problem found; {@code extensions} are the
   * extension facts accepted on member families and their members.
   *
   * @return the group when no problem was found
   */
  static Optional<Group> readGroup(JsonNode json, String path, ExtensionFacts extensions,
      List<Problem> problems) {
    Node n = Node.object(json, path, GROUP_FIELDS, problems);
    if (n == null) {
      return Optional.empty();
    }
    n.required("name");
    String name = n.string("name");
    Boolean near = n.bool("liveNearEachOther");
    n.required("members");
    List<JsonNode> members = n.array("members");
    List<Group.Member> read = new ArrayList<>(members.size());
    for (int i = 0; i < members.size(); i++) {
      Group.Member member =
          readMember(n.element("members", i, members.get(i), MEMBER_FIELDS), extensions);
      if (member != null) {
        read.add(member);
      }
    }
    if (n.failed() || name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Group.of(name, read, Optional.ofNullable(near)));
    } catch (InvalidDataException e) {
      n.domain("", e);
      return Optional.empty();
    }
  }

  private static Group.@Nullable Member readMember(@Nullable Node n, ExtensionFacts extensions) {
    if (n == null) {
      return null;
    }
    n.required("participant");
    Nik participant = n.parsed("participant", HouseholdJson::nik);
    n.required("household");
    JsonNode json = n.raw("household");
    Household household = json == null ? null : HouseholdJson.readHousehold(
        n.object("household", json, HouseholdJson.HOUSEHOLD_FIELDS), extensions);
    return n.failed() || participant == null || household == null ? null
        : Group.Member.of(household, participant);
  }

  /** Jackson entry point for groups. */
  static final class GroupSerializer extends UncheckedSerializer<Group> {
    @Override
    public void serialize(Group value, UncheckedGenerator g, SerializerProvider ctxt) {
      write(value, g);
    }
  }

  /** Jackson entry point for group assessments. */
  static final class AssessmentSerializer extends UncheckedSerializer<GroupAssessment> {
    @Override
    public void serialize(GroupAssessment value, UncheckedGenerator g, SerializerProvider ctxt) {
      write(value, g, AssessmentJson.language(ctxt));
    }
  }

  /** Reads a group from the tree, collecting every problem. */
  static final class GroupDeserializer extends JsonDeserializer<Group> {
    private final ExtensionFacts extensions;

    GroupDeserializer(ExtensionFacts extensions) {
      this.extensions = extensions;
    }

    @Override
    public Group deserialize(com.fasterxml.jackson.core.JsonParser p, DeserializationContext ctxt)
        throws IOException {
      JsonNode tree = HouseholdJson.tree(p, ctxt);
      List<Problem> problems = new ArrayList<>();
      return HouseholdJson.orThrow(readGroup(tree, "", extensions, problems), problems);
    }
  }
}
