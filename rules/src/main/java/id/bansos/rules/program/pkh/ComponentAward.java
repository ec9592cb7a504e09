package id.bansos.rules.program.pkh;

import id.bansos.core.money.Rupiah;
import id.bansos.rules.Award;
import id.bansos.rules.BenefitSchedule;
import id.bansos.rules.Criterion;
import id.bansos.rules.Grants;
import id.bansos.rules.Language;
import id.bansos.rules.Member;
import id.bansos.rules.Param;
import id.bansos.rules.Recorder;
import id.bansos.rules.Snapshot;
import id.bansos.rules.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Grants each member the components they hold by the household's source, within the limits:
 * the per-component limits first (members in NIK order), then the family cap, keeping the
 * highest yearly values. Reports what was granted, what was left out and why, and the source,
 * under the report criterion.
 */
final class ComponentAward implements Award {

  private static final Text NONE = Text.of("tidak ada", "none");
  private static final Text PER_COMPONENT = Text.of("batas per komponen", "per-component limit");
  private static final Text FAMILY_CAP = Text.of("batas keluarga", "family cap");
  private static final Text NOT_RECORDED =
      Text.of("tidak tercatat oleh Kemensos", "not recorded by Kemensos");
  private static final Text NO_HOLDER =
      Text.of("tidak ada anggota yang diketahui sesuai", "no member known to match it");

  private final ComponentSources sources;
  private final Map<PkhComponent, Param<BenefitSchedule>> amounts;
  private final Map<PkhComponent, Param<Integer>> limits;
  private final Param<Integer> cap;
  private final Criterion report;

  ComponentAward(ComponentSources sources, Map<PkhComponent, Param<BenefitSchedule>> amounts,
      Map<PkhComponent, Param<Integer>> limits, Param<Integer> cap, Criterion report) {
    this.sources = sources;
    this.amounts = new EnumMap<>(amounts);
    this.limits = new EnumMap<>(limits);
    this.cap = cap;
    this.report = report;
  }

  /** One component of one member, with its yearly value. */
  private record Grant(Member member, PkhComponent component, long yearly) {}

  @Override
  public void award(Snapshot household, List<Member> qualifying, Recorder r, Grants grants) {
    ComponentRules rules = sources.rulesFor(household);
    Set<PkhComponent> recorded = household.household().extension(NationalPkh.COMPONENTS).orElse(Set.of());
    List<Grant> candidates = new ArrayList<>();
    List<Text> dropped = new ArrayList<>();
    Set<PkhComponent> matched = EnumSet.noneOf(PkhComponent.class);
    for (Member m : qualifying) {
      for (PkhComponent c : rules.components(m, r)) {
        // A component whose amount is not known ranks last: the cap keeps those known to be
        // worth the most.
        candidates.add(new Grant(m, c, r.value(amounts.get(c)).yearlyTotal()
            .map(Rupiah::amount).orElse(-1L)));
        matched.add(c);
      }
    }
    // What the members' facts would give but Kemensos did not record, so that a case worker
    // sees what an update of the record could add.
    if (rules.isRecorded()) {
      for (Member m : household.members()) {
        for (PkhComponent c : sources.derived().components(m, r)) {
          if (!recorded.contains(c)) {
            dropped.add(describe(c, m, NOT_RECORDED));
          }
        }
      }
    }
    for (PkhComponent c : ComponentRules.ORDER) {
      if (recorded.contains(c) && !matched.contains(c)) {
        dropped.add(because(c.name(), NO_HOLDER));
      }
    }

    List<Grant> limited = new ArrayList<>(candidates.size());
    Map<PkhComponent, Integer> counted = new EnumMap<>(PkhComponent.class);
    for (Grant g : candidates) {
      int n = counted.merge(g.component(), 1, Integer::sum);
      if (limits.containsKey(g.component()) && n > r.value(limits.get(g.component()))) {
        dropped.add(describe(g.component(), g.member(), PER_COMPONENT));
      } else {
        limited.add(g);
      }
    }
    limited.sort(Comparator.comparingLong(Grant::yearly).reversed()
        .thenComparing(Grant::component)
        .thenComparing(g -> g.member().nik()));
    int max = r.value(cap);
    List<Grant> granted = new ArrayList<>(Math.min(max, limited.size()));
    for (Grant g : limited) {
      if (granted.size() < max) {
        granted.add(g);
      } else {
        dropped.add(describe(g.component(), g.member(), FAMILY_CAP));
      }
    }

    r.show("granted", granted.size());
    r.show("dropped", dropped.isEmpty() ? List.of(NONE) : List.copyOf(dropped));
    r.show("componentSource", ComponentSources.source(rules));
    grants.report(report);
    for (Member m : qualifying) {
      for (Grant g : granted) {
        if (g.member() == m) {
          grants.member(m);
          break;
        }
      }
    }
    for (Grant g : granted) {
      grants.benefitFor(g.member(), amounts.get(g.component()));
    }
  }

  private static Text describe(PkhComponent c, Member m, Text reason) {
    return because(c + " " + m.nik(), reason);
  }

  private static Text because(String what, Text reason) {
    return Text.of(what + " (" + reason.in(Language.ID) + ")",
        what + " (" + reason.in(Language.EN) + ")");
  }
}
