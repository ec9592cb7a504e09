package id.bansos.cli;

import id.bansos.core.InvalidDataException;
import id.bansos.core.Problem;
import id.bansos.core.household.Household;
import id.bansos.core.identity.Nik;
import id.bansos.rules.Group;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The groups of families a household table names ({@code kube_group}), collected on the reading
 * thread in input order while the households stream past, and decided once the whole input is
 * read: the families of one group may be anywhere in the file. Only what a group's decision
 * needs is kept (its name and proximity fact, each family's household and participant, and the
 * lines to report), so memory grows with the number of families that name a group, not with the
 * file. Groups come out in the order their names first appear.
 *
 * <p>A group is decided only when every family proposed in it was read: the group's size and
 * the number of families that qualify decide it, so a group decided without a rejected family
 * could be decided either way wrongly. Families that disagree on the group's proximity fact
 * ({@code kube_live_near}: empty or the same value on every family) reject the group too.
 */
final class Groups {

  /** One family of a group, as the decision and the report need it. */
  record Family(Household household, Nik participant, int firstLine, int lastLine,
      int participantLine) {}

  /** A group as read so far. */
  static final class Pending {
    final String name;
    int firstLine;
    int lastLine;
    Optional<Boolean> liveNear = Optional.empty();
    int liveNearLine;
    final List<Family> families = new ArrayList<>();
    /** Problems that keep the group from being decided, with their lines. */
    final List<RecordProblem> problems = new ArrayList<>();

    Pending(String name, int firstLine) {
      this.name = name;
      this.firstLine = firstLine;
    }

    /** Whether the group can be decided: no family rejected, no conflicting values. */
    boolean decidable() {
      return problems.isEmpty();
    }

    /**
     * The group of the engine.
     *
     * @throws InvalidDataException when the families do not make a group (the same family or
     *     participant twice)
     */
    Group group() {
      List<Group.Member> members = new ArrayList<>(families.size());
      for (Family f : families) {
        members.add(Group.Member.of(f.household(), f.participant()));
      }
      return Group.of(name, members, liveNear);
    }

    /** The line a problem of {@link #group()} is on: its family's row. */
    int lineOf(Problem p) {
      String path = p.path();
      if (path.startsWith("members[")) {
        try {
          int i = Integer.parseInt(path.substring("members[".length(), path.indexOf(']')));
          Family f = families.get(i);
          return path.endsWith(".participant") ? f.participantLine() : f.firstLine();
        } catch (RuntimeException e) {
          // fall through to the group's first line
        }
      }
      return firstLine;
    }

    private void span(int first, int last) {
      firstLine = Math.min(firstLine, first);
      lastLine = Math.max(lastLine, last);
    }
  }

  private final Map<String, Pending> byName = new LinkedHashMap<>();

  /**
   * A family that was read and assessed, in a group.
   *
   * @param record the family
   */
  void family(HouseholdRecord.Valid record) {
    HouseholdRecord.Kube kube = record.kube().orElseThrow();
    Pending g = pending(kube.group(), record.firstLine());
    g.span(record.firstLine(), record.lastLine());
    int participantLine = record.firstLine();
    List<Integer> lines = record.memberLines();
    for (int i = 0; i < lines.size(); i++) {
      if (record.household().members().get(i).nik().equals(kube.participant())) {
        participantLine = lines.get(i);
      }
    }
    g.families.add(new Family(record.household(), kube.participant(), record.firstLine(),
        record.lastLine(), participantLine));
    Optional<Boolean> near = kube.liveNearEachOther();
    if (near.isPresent()) {
      if (g.liveNear.isEmpty()) {
        g.liveNear = near;
        g.liveNearLine = record.firstLine();
      } else if (!g.liveNear.equals(near)) {
        g.problems.add(new RecordProblem(record.firstLine(), new Problem(
            TableLayout.KUBE_LIVE_NEAR.english(), "CSV_GROUP_MISMATCH",
            "differs from the group's kube_live_near on line " + g.liveNearLine + "; the"
                + " families of one group leave it empty or give the same value; the group is"
                + " not decided")));
      }
    }
  }

  /**
   * A family that was rejected, or whose assessment failed, in a group.
   *
   * @param group the group's name
   * @param firstLine the family's first line
   * @param lastLine its last line
   */
  void rejected(String group, int firstLine, int lastLine) {
    Pending g = pending(group, firstLine);
    g.span(firstLine, lastLine);
    g.problems.add(new RecordProblem(firstLine, new Problem(TableLayout.KUBE_GROUP.english(),
        "CSV_GROUP_FAMILY_REJECTED", "a family of this group is rejected (see its own rows"
            + " in the rejects); a group is decided only with every family proposed in it,"
            + " so the group is not decided")));
  }

  private Pending pending(String name, int line) {
    return byName.computeIfAbsent(name, n -> new Pending(n, line));
  }

  /** The groups in the order their names first appear. */
  List<Pending> all() {
    return List.copyOf(byName.values());
  }
}
