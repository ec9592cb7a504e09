package id.bansos.rules;

import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.ParentStatus;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.Sex;
import id.bansos.core.internal.Recorded;
import id.bansos.core.registry.RegistryStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Computes a household's priority once per assessment, and the stacking conflicts. */
final class Priorities {

  /** How many keys {@link #of(Snapshot, Plan)} makes: desil 0 (none) to 10, four reason bits. */
  static final int KEYS = 11 << 4;

  private static final Text[] DESIL = new Text[10];
  private static final Text ELDERLY = Text.of("Ada anggota lansia", "An elderly member");
  private static final Text DISABLED =
      Text.of("Ada anggota penyandang disabilitas", "A member with a disability");
  private static final Text ORPHANED_CHILD =
      Text.of("Ada anak yang kehilangan orang tua", "A child who lost a parent");
  private static final Text SINGLE_MOTHER =
      Text.of("Kepala keluarga perempuan tanpa suami", "A woman heads the family alone");

  static {
    for (int d = 1; d < DESIL.length; d++) {
      DESIL[d] = Text.of("Keluarga di desil " + d, "Family in desil " + d);
    }
  }

  private Priorities() {}

  static Priority of(Snapshot s, Plan plan) {
    if (plan.weights == null) {
      return Priority.NONE;
    }
    LocalDate date = s.date();
    int desil = 0;
    RegistryStatus registry = s.registry().orElse(null);
    if (registry != null && registry.registered() && registry.desil().isPresent()) {
      desil = registry.desil().get().value();
    }
    boolean elderly = false;
    boolean disabled = false;
    boolean orphan = false;
    List<Member> members = s.members();
    for (int i = 0; i < members.size(); i++) {
      Member m = members.get(i);
      Person p = m.person();
      Optional<Integer> age = m.age();
      elderly |= age.isPresent() && age.get() >= plan.elderlyAge;
      disabled |= Boolean.TRUE.equals(m.hasDisability());
      orphan |= age.isPresent() && age.get() < plan.childLimit
          && (diedBy(Recorded.father(p), date) || diedBy(Recorded.mother(p), date));
    }
    int key = desil << 4 | (elderly ? 1 : 0) | (disabled ? 2 : 0) | (orphan ? 4 : 0)
        | (singleMother(s) ? 8 : 0);
    return plan.priority(key);
  }

  /** The priority for a key made by {@link #of}: the desil, then one bit per reason. */
  static Priority of(PriorityWeights w, int key) {
    List<Priority.Reason> reasons = new ArrayList<>(5);
    int d = key >>> 4;
    if (d > 0 && d < 10 && w.perDesilStep() > 0) {
      reasons.add(new Priority.Reason("DESIL", (10 - d) * w.perDesilStep(), DESIL[d]));
    }
    if ((key & 1) != 0 && w.elderly() > 0) {
      reasons.add(new Priority.Reason("ELDERLY", w.elderly(), ELDERLY));
    }
    if ((key & 2) != 0 && w.disabled() > 0) {
      reasons.add(new Priority.Reason("DISABLED", w.disabled(), DISABLED));
    }
    if ((key & 4) != 0 && w.orphanedChild() > 0) {
      reasons.add(new Priority.Reason("ORPHANED_CHILD", w.orphanedChild(), ORPHANED_CHILD));
    }
    if ((key & 8) != 0 && w.singleMother() > 0) {
      reasons.add(new Priority.Reason("SINGLE_MOTHER", w.singleMother(), SINGLE_MOTHER));
    }
    int score = 0;
    for (Priority.Reason r : reasons) {
      score += r.points();
    }
    return reasons.isEmpty() ? Priority.NONE : new Priority(score, reasons);
  }

  private static boolean diedBy(@Nullable ParentStatus parent, LocalDate date) {
    return parent != null && !parent.alive()
        && parent.deathDate().map(d -> !d.isAfter(date)).orElse(true);
  }

  private static boolean singleMother(Snapshot s) {
    List<Member> members = s.members();
    for (int i = 0; i < members.size(); i++) {
      Member m = members.get(i);
      if (m.relationship() == Relationship.HEAD && m.sex() == Sex.FEMALE) {
        MaritalStatus status = m.maritalStatus();
        return status == MaritalStatus.WIDOWED || status == MaritalStatus.DIVORCED
            || Boolean.TRUE.equals(Recorded.abandonedBySpouse(m.person()));
      }
    }
    return false;
  }

  static List<StackingConflict> conflicts(List<Determination> determinations,
      NonStackingRules rules) {
    if (rules == null) {
      return List.of();
    }
    List<StackingConflict> found = new ArrayList<>(0);
    for (int i = 0; i < determinations.size(); i++) {
      Determination a = determinations.get(i);
      if (!a.isEligible()) {
        continue;
      }
      for (int j = i + 1; j < determinations.size(); j++) {
        Determination b = determinations.get(j);
        if (b.isEligible()) {
          rules.find(a.programCode(), b.programCode()).ifPresent(pair ->
              found.add(new StackingConflict(a.programCode(), b.programCode(), pair.basis())));
        }
      }
    }
    return found;
  }
}
