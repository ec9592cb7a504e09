package id.bansos.rules;

import id.bansos.core.Problems;
import id.bansos.core.household.Household;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A group of families proposed for a group program (a Kelompok Usaha Bersama, say): its name,
 * the member families (each with the member who takes part in the group's activity), and whether
 * the members live near each other. The engine decides group programs for a group with {@link
 * Engine#assess(Group, java.time.LocalDate)}.
 *
 * @param name the group's name, for example {@code "KUBE Mawar"}; never null, not blank
 * @param members the member families in the order proposed; never null
 * @param liveNearEachOther whether the members live near each other with a permanent domicile;
 *     empty when not known
 */
public record Group(String name, List<Member> members, Optional<Boolean> liveNearEachOther) {

  /**
   * Checks and copies the components.
   *
   * @throws id.bansos.core.InvalidDataException listing every problem: a blank name, a
   *     participant who is not on the family's card ({@code members[i].participant}), a family
   *     listed twice ({@code members[i].household.kkNumber}), a person taking part for two
   *     families ({@code members[i].participant})
   */
  public Group {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(members, "members");
    Objects.requireNonNull(liveNearEachOther, "liveNearEachOther");
    members = List.copyOf(members);
    Problems problems = new Problems();
    if (name.isBlank()) {
      problems.add("name", "GROUP_NAME_BLANK", "a group needs a name");
    }
    Map<KkNumber, Integer> cards = new HashMap<>();
    Map<Nik, Integer> participants = new HashMap<>();
    for (int i = 0; i < members.size(); i++) {
      Member m = members.get(i);
      Integer first = cards.putIfAbsent(m.household().kkNumber(), i);
      if (first != null) {
        problems.add("members[" + i + "].household.kkNumber", "GROUP_DUPLICATE_KK",
            "the same family as members[" + first + "]");
      }
      if (m.household().member(m.participant()).isEmpty()) {
        problems.add("members[" + i + "].participant", "GROUP_PARTICIPANT_NOT_ON_CARD",
            "the participant is not a member of the family's card");
      }
      Integer firstNik = participants.putIfAbsent(m.participant(), i);
      if (firstNik != null && first == null) {
        problems.add("members[" + i + "].participant", "GROUP_DUPLICATE_PARTICIPANT",
            "the same participant as members[" + firstNik + "]");
      }
    }
    problems.throwIfAny();
  }

  /**
   * A group.
   *
   * @param name the group's name; never null, not blank
   * @param members the member families; never null
   * @param liveNearEachOther whether the members live near each other; empty when not known
   * @return the group
   * @throws id.bansos.core.InvalidDataException as the constructor
   */
  public static Group of(String name, List<Member> members,
      Optional<Boolean> liveNearEachOther) {
    return new Group(name, members, liveNearEachOther);
  }

  /**
   * The number of member families.
   *
   * @return the size
   */
  public int size() {
    return members.size();
  }

  /**
   * A copy with the proximity fact set.
   *
   * @param near whether the members live near each other
   * @return the new group
   */
  public Group withLiveNearEachOther(boolean near) {
    return new Group(name, members, Optional.of(near));
  }

  /**
   * A summary without personal data.
   *
   * @return for example {@code Group{name=KUBE Mawar, members=6, liveNearEachOther=true}}
   */
  @Override
  public String toString() {
    return "Group{name=" + name + ", members=" + members.size()
        + liveNearEachOther.map(n -> ", liveNearEachOther=" + n).orElse("") + "}";
  }

  /**
   * One member family of a group and the member of it who takes part.
   *
   * @param household the family; never null
   * @param participant the NIK of the participating member, on the family's card; never null
   */
  public record Member(Household household, Nik participant) {

    /** Checks that neither component is null. */
    public Member {
      Objects.requireNonNull(household, "household");
      Objects.requireNonNull(participant, "participant");
    }

    /**
     * A member family.
     *
     * @param household the family; never null
     * @param participant the participating member's NIK; never null
     * @return the member
     */
    public static Member of(Household household, Nik participant) {
      return new Member(household, participant);
    }

    /**
     * A summary without personal data (masked No. KK and NIK).
     *
     * @return the summary
     */
    @Override
    public String toString() {
      return "Member{kk=" + household.kkNumber() + ", participant=" + participant + "}";
    }
  }
}
