package id.bansos.rules.program.pkh;

import id.bansos.rules.Check;
import id.bansos.rules.Member;
import id.bansos.rules.Outcome;
import id.bansos.rules.Snapshot;
import id.bansos.rules.Text;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses the source of a household's components: Kemensos's record when the household lists
 * components, otherwise the members' own facts. The rules of every possible recorded set are made
 * once, so choosing costs a bit mask.
 */
final class ComponentSources {

  /** Shown as {@code componentSource}. */
  static final Text RECORDED = Text.of("dicatat oleh Kemensos", "recorded by Kemensos");
  /** Shown as {@code componentSource}. */
  static final Text DERIVED = Text.of("diturunkan dari data anggota", "derived from member facts");

  private static final PkhComponent[] ALL = PkhComponent.values();

  private final ComponentRules derived;
  // Indexed by the bit mask of the recorded components (bit = ordinal); 0 is the derived rules.
  private final ComponentRules[] rules = new ComponentRules[1 << ALL.length];
  private final Check<Member> check;

  ComponentSources(ComponentRules.Ages ages) {
    this.derived = ComponentRules.derived(ages);
    rules[0] = derived;
    for (int mask = 1; mask < rules.length; mask++) {
      rules[mask] = ComponentRules.recorded(ages, components(mask));
    }
    // Every component is decided here, once: a member who holds one passes. For a member who
    // holds none, each part only decides between FAIL and UNKNOWN, naming its own missing fact;
    // the rules that apply are found once for all of them.
    this.check = Check.outcome((m, r) -> {
      ComponentRules applied = rulesFor(m.household());
      r.show("componentSource", source(applied));
      List<PkhComponent> held = applied.components(m, r);
      if (!held.isEmpty()) {
        r.show("components", held);
        return Outcome.PASS;
      }
      boolean unknown = applied.whyNotPregnant(m, r) == Outcome.UNKNOWN;
      unknown |= applied.whyNotByAge(m, r) == Outcome.UNKNOWN;
      unknown |= applied.whyNotPupil(m, r) == Outcome.UNKNOWN;
      unknown |= applied.whyNotDisabled(m, r) == Outcome.UNKNOWN;
      return unknown ? Outcome.UNKNOWN : Outcome.FAIL;
    }, "componentSource", "components");
  }

  /**
   * The person-level check: PASS when the member holds a component by the household's source
   * (shown as {@code components}), FAIL when they hold none, otherwise UNKNOWN with the facts
   * that could decide one. Shows {@code componentSource}.
   */
  Check<Member> check() {
    return check;
  }

  /** The rules by the members' own facts, whatever the household records. */
  ComponentRules derived() {
    return derived;
  }

  /**
   * The rules that apply to the household: its recorded components' when it lists some, else
   * the derived ones.
   *
   * @param household the household on the date
   * @return the rules
   */
  ComponentRules rulesFor(Snapshot household) {
    // From the map rather than through extension(key), which makes an Optional per read.
    Set<PkhComponent> set = NationalPkh.COMPONENTS.type().cast(
        household.household().extensions().get(NationalPkh.COMPONENTS));
    if (set == null) {
      return derived;
    }
    // By the components rather than by the set's iterator: asked for every member.
    int mask = 0;
    for (PkhComponent c : ALL) {
      if (set.contains(c)) {
        mask |= 1 << c.ordinal();
      }
    }
    return rules[mask];
  }

  /**
   * How {@code applied} decides, for explanations.
   *
   * @param applied the rules that applied
   * @return {@link #RECORDED} or {@link #DERIVED}
   */
  static Text source(ComponentRules applied) {
    return applied.isRecorded() ? RECORDED : DERIVED;
  }

  private static Set<PkhComponent> components(int mask) {
    Set<PkhComponent> out = EnumSet.noneOf(PkhComponent.class);
    for (PkhComponent c : ALL) {
      if ((mask & 1 << c.ordinal()) != 0) {
        out.add(c);
      }
    }
    return out;
  }
}
