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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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

  // Highest yearly value first, then component order, then NIK: which grants the family cap
  // keeps, and the order of the benefits.
  private static final Comparator<Grant> BY_VALUE = (a, b) -> {
    int c = Long.compare(b.yearly(), a.yearly());
    if (c == 0) {
      c = a.component().compareTo(b.component());
    }
    return c != 0 ? c : a.member().nik().compareTo(b.member().nik());
  };
  private static final List<Text> NOTHING_DROPPED = List.of(NONE);

  private final ComponentSources sources;
  // By the component's ordinal; a limit is null for a component without one.
  private final Param<BenefitSchedule>[] amounts;
  private final Param<Integer>[] limits;
  private final Param<Integer> cap;
  private final Criterion report;

  @SuppressWarnings("unchecked")
  ComponentAward(ComponentSources sources, Map<PkhComponent, Param<BenefitSchedule>> amounts,
      Map<PkhComponent, Param<Integer>> limits, Param<Integer> cap, Criterion report) {
    this.sources = sources;
    PkhComponent[] all = PkhComponent.values();
    this.amounts = (Param<BenefitSchedule>[]) new Param<?>[all.length];
    this.limits = (Param<Integer>[]) new Param<?>[all.length];
    for (PkhComponent c : all) {
      this.amounts[c.ordinal()] = Objects.requireNonNull(amounts.get(c), c.name());
      this.limits[c.ordinal()] = limits.get(c);
    }
    this.cap = cap;
    this.report = report;
  }

  /** One component of one member, with its yearly value. */
  private record Grant(Member member, PkhComponent component, long yearly) {}

  @Override
  public void award(Snapshot household, List<Member> qualifying, Recorder r, Grants grants) {
    ComponentRules rules = sources.rulesFor(household);
    List<Grant> candidates = new ArrayList<>(4);
    List<Text> dropped = null;
    int matched = 0;
    for (int i = 0; i < qualifying.size(); i++) {
      Member m = qualifying.get(i);
      // By index: the lists are short and iterators would be made for each member.
      List<PkhComponent> held = rules.components(m, r);
      for (int k = 0; k < held.size(); k++) {
        PkhComponent c = held.get(k);
        // A component whose amount is not known ranks last: the cap keeps those known to be
        // worth the most.
        Optional<Rupiah> yearly = r.value(amounts[c.ordinal()]).yearlyTotal();
        candidates.add(new Grant(m, c, yearly.isPresent() ? yearly.get().amount() : -1L));
        matched |= 1 << c.ordinal();
      }
    }
    if (rules.isRecorded()) {
      // What the members' facts would give but Kemensos did not record, so that a case worker
      // sees what an update of the record could add.
      for (Member m : household.members()) {
        List<PkhComponent> derived = sources.derived().components(m, r);
        for (int k = 0; k < derived.size(); k++) {
          PkhComponent c = derived.get(k);
          if (!rules.allows(c)) {
            dropped = add(dropped, describe(c, m, NOT_RECORDED));
          }
        }
      }
      for (PkhComponent c : ComponentRules.ORDER) {
        if (rules.allows(c) && (matched & 1 << c.ordinal()) == 0) {
          dropped = add(dropped, because(c.name(), NO_HOLDER));
        }
      }
    }

    List<Grant> limited = new ArrayList<>(candidates.size());
    int[] counted = new int[amounts.length];
    for (Grant g : candidates) {
      int n = ++counted[g.component().ordinal()];
      Param<Integer> limit = limits[g.component().ordinal()];
      if (limit != null && n > r.value(limit)) {
        dropped = add(dropped, describe(g.component(), g.member(), PER_COMPONENT));
      } else {
        limited.add(g);
      }
    }
    limited.sort(BY_VALUE);
    int max = r.value(cap);
    int kept = Math.min(max, limited.size());
    for (int i = kept; i < limited.size(); i++) {
      Grant g = limited.get(i);
      dropped = add(dropped, describe(g.component(), g.member(), FAMILY_CAP));
    }

    r.show("granted", kept);
    r.show("dropped", dropped == null ? NOTHING_DROPPED : List.copyOf(dropped));
    r.show("componentSource", ComponentSources.source(rules));
    grants.report(report);
    for (Member m : qualifying) {
      for (int i = 0; i < kept; i++) {
        if (limited.get(i).member() == m) {
          grants.member(m);
          break;
        }
      }
    }
    for (int i = 0; i < kept; i++) {
      Grant g = limited.get(i);
      grants.benefitFor(g.member(), amounts[g.component().ordinal()]);
    }
  }

  /** {@code list} with {@code t} added, made on the first: most families drop nothing. */
  private static List<Text> add(@Nullable List<Text> list, Text t) {
    List<Text> out = list == null ? new ArrayList<>(2) : list;
    out.add(t);
    return out;
  }

  private static Text describe(PkhComponent c, Member m, Text reason) {
    return because(c + " " + m.nik(), reason);
  }

  private static Text because(String what, Text reason) {
    return Text.of(what + " (" + reason.in(Language.ID) + ")",
        what + " (" + reason.in(Language.EN) + ")");
  }
}
