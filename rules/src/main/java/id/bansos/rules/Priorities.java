package id.bansos.rules;

import id.bansos.core.household.Household;
import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.ParentStatus;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.Sex;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.criteria.CommonCriteria;
import id.bansos.rules.criteria.PriorityWeights;
import id.bansos.rules.param.ParameterValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Computes a household's priority once per assessment. */
final class Priorities {

  private Priorities() {}

  static Priority of(Household h, LocalDate date, ParameterLookup params) {
    return of(h, date, params, null);
  }

  /** As {@link #of(Household, LocalDate, ParameterLookup)}, reading ages from {@code context}
   *  when there is one (may be null). */
  static Priority of(Household h, LocalDate date, ParameterLookup params,
      AssessmentContext context) {
    Optional<ParameterValue<PriorityWeights>> weights =
        params.at(CommonCriteria.PRIORITY_WEIGHTS, date);
    if (weights.isEmpty()) {
      return Priority.NONE;
    }
    PriorityWeights w = weights.get().value();
    int elderlyAge = params.at(CommonCriteria.ELDERLY_AGE, date).map(ParameterValue::value)
        .orElse(Integer.MAX_VALUE);
    int childLimit = params.at(CommonCriteria.CHILD_AGE_LIMIT, date).map(ParameterValue::value)
        .orElse(0);
    List<Priority.Reason> reasons = new ArrayList<>(5);
    Optional<Integer> desil = h.registry().filter(RegistryStatus::registered)
        .flatMap(RegistryStatus::desil).map(d -> d.value());
    if (desil.isPresent() && desil.get() < 10 && w.perDesilStep() > 0) {
      int d = desil.get();
      reasons.add(new Priority.Reason("DESIL", (10 - d) * w.perDesilStep(),
          Text.of("Keluarga di desil " + d, "Family in desil " + d)));
    }
    boolean elderly = false;
    boolean disabled = false;
    boolean orphan = false;
    for (Person p : h.members()) {
      if (!p.isAliveOn(date)) {
        continue;
      }
      Optional<Integer> age = context == null ? p.ageOn(date) : context.ageOn(p, date);
      elderly |= age.isPresent() && age.get() >= elderlyAge;
      disabled |= p.hasDisability().orElse(false) || !p.disabilities().isEmpty();
      orphan |= age.isPresent() && age.get() < childLimit
          && (diedBy(p.father(), date) || diedBy(p.mother(), date));
    }
    if (elderly && w.elderly() > 0) {
      reasons.add(new Priority.Reason("ELDERLY", w.elderly(),
          Text.of("Ada anggota lansia", "An elderly member")));
    }
    if (disabled && w.disabled() > 0) {
      reasons.add(new Priority.Reason("DISABLED", w.disabled(),
          Text.of("Ada anggota penyandang disabilitas", "A member with a disability")));
    }
    if (orphan && w.orphanedChild() > 0) {
      reasons.add(new Priority.Reason("ORPHANED_CHILD", w.orphanedChild(),
          Text.of("Ada anak yang kehilangan orang tua", "A child who lost a parent")));
    }
    if (singleMother(h) && w.singleMother() > 0) {
      reasons.add(new Priority.Reason("SINGLE_MOTHER", w.singleMother(),
          Text.of("Kepala keluarga perempuan tanpa suami", "A woman heads the family alone")));
    }
    int score = 0;
    for (Priority.Reason r : reasons) {
      score += r.points();
    }
    return reasons.isEmpty() ? Priority.NONE : new Priority(score, reasons);
  }

  private static boolean diedBy(Optional<ParentStatus> parent, LocalDate date) {
    return parent.isPresent() && !parent.get().alive()
        && parent.get().deathDate().map(d -> !d.isAfter(date)).orElse(true);
  }

  private static boolean singleMother(Household h) {
    for (Person p : h.members()) {
      if (p.relationship().orElse(null) == Relationship.HEAD
          && p.sex().orElse(null) == Sex.FEMALE) {
        MaritalStatus m = p.maritalStatus().orElse(null);
        return m == MaritalStatus.WIDOWED || m == MaritalStatus.DIVORCED
            || p.abandonedBySpouse().orElse(false);
      }
    }
    return false;
  }
}
