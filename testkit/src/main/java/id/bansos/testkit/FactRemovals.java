package id.bansos.testkit;

import id.bansos.core.household.AidProgram;
import id.bansos.core.household.Disability;
import id.bansos.core.household.ExtensionKey;
import id.bansos.core.household.Household;
import id.bansos.core.household.ParentStatus;
import id.bansos.core.household.Person;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Every way to make one recorded fact of a household unknown, for the information-monotonicity
 * law: each removal names the fact (members by their rank in NIK order, never by NIK) and gives
 * the household without it.
 *
 * <p>A member's extension facts are removed one by one, by name. Not removed: a death date (no
 * death date means alive, not unknown) and the household's extension facts, among them the PKH
 * components Kemensos assigned ({@code pkhComponents}, a record of Kemensos's own decision, without
 * which the rules derive the components from the members' facts by design).
 */
final class FactRemovals {

  /** One fact made unknown. */
  record Removal(String fact, Household household) {}

  private FactRemovals() {}

  static List<Removal> of(Household h) {
    List<Removal> out = new ArrayList<>();
    if (h.domicile().isPresent()) {
      out.add(new Removal("domicile", copy(h).domicile(Optional.empty()).build()));
    }
    if (h.livesOnSmallIsland().isPresent()) {
      out.add(new Removal("livesOnSmallIsland",
          copy(h).livesOnSmallIsland(Optional.empty()).build()));
    }
    if (h.registry().isPresent()) {
      out.add(new Removal("registry", copy(h).registry(Optional.empty()).build()));
    }
    for (AidProgram a : h.aid().keySet()) {
      java.util.Map<AidProgram, Boolean> aid = new java.util.EnumMap<>(AidProgram.class);
      aid.putAll(h.aid());
      aid.remove(a);
      out.add(new Removal("aid." + a.name(), copy(h).aid(aid).build()));
    }
    if (h.pastGrantsChecked() && h.pastGrants().isEmpty()) {
      out.add(new Removal("pastGrants", copy(h).pastGrantsChecked(false).build()));
    }
    List<Person> byNik = h.members().stream().sorted(
        java.util.Comparator.comparing(Person::nik)).toList();
    for (int i = 0; i < byNik.size(); i++) {
      Person p = byNik.get(i);
      String m = "member " + i + ": ";
      for (PersonRemoval r : personRemovals(p)) {
        out.add(new Removal(m + r.fact(), replace(h, p, r.person())));
      }
    }
    return out;
  }

  private record PersonRemoval(String fact, Person person) {}

  private static List<PersonRemoval> personRemovals(Person p) {
    List<PersonRemoval> out = new ArrayList<>();
    add(out, p, "birthDate", p.birthDate().isPresent(), b -> b.birthDate(Optional.empty()));
    add(out, p, "sex", p.sex().isPresent(), b -> b.sex(Optional.empty()));
    add(out, p, "relationship", p.relationship().isPresent(),
        b -> b.relationship(Optional.empty()));
    add(out, p, "maritalStatus", p.maritalStatus().isPresent(),
        b -> b.maritalStatus(Optional.empty()));
    add(out, p, "abandonedBySpouse", p.abandonedBySpouse().isPresent(),
        b -> b.abandonedBySpouse(Optional.empty()));
    add(out, p, "mainBreadwinner", p.mainBreadwinner().isPresent(),
        b -> b.mainBreadwinner(Optional.empty()));
    add(out, p, "hasDisability", p.hasDisability().isPresent(),
        b -> b.hasDisability(Optional.empty()));
    add(out, p, "disabilities", !p.disabilities().isEmpty(),
        b -> b.disabilities(List.of()).hasDisability(p.hasDisability().or(() -> Optional.of(true))));
    for (int d = 0; d < p.disabilities().size(); d++) {
      Disability dis = p.disabilities().get(d);
      int at = d;
      add(out, p, "disabilities[" + d + "].severity", dis.severity().isPresent(),
          b -> b.disabilities(with(p.disabilities(), at, new Disability(dis.kind(),
              Optional.empty(), dis.needsHelpWithDailyLiving(), dis.rehabilitable()))));
      add(out, p, "disabilities[" + d + "].needsHelpWithDailyLiving",
          dis.needsHelpWithDailyLiving().isPresent(),
          b -> b.disabilities(with(p.disabilities(), at, new Disability(dis.kind(),
              dis.severity(), Optional.empty(), dis.rehabilitable()))));
      add(out, p, "disabilities[" + d + "].rehabilitable", dis.rehabilitable().isPresent(),
          b -> b.disabilities(with(p.disabilities(), at, new Disability(dis.kind(),
              dis.severity(), dis.needsHelpWithDailyLiving(), Optional.empty()))));
    }
    add(out, p, "chronicallyIll", p.chronicallyIll().isPresent(),
        b -> b.chronicallyIll(Optional.empty()));
    add(out, p, "schoolLevel", p.schoolLevel().isPresent(), b -> b.schoolLevel(Optional.empty()));
    add(out, p, "occupation", p.occupation().isPresent(), b -> b.occupation(Optional.empty()));
    add(out, p, "labourShock", p.labourShock().isPresent() && p.labourShockDate().isEmpty(),
        b -> b.labourShock(Optional.empty()));
    add(out, p, "father", p.father().isPresent(), b -> b.father(Optional.empty()));
    add(out, p, "mother", p.mother().isPresent(), b -> b.mother(Optional.empty()));
    parent(out, p, "father", p.father(), true);
    parent(out, p, "mother", p.mother(), false);
    // Extension facts (pregnantOrPostpartum, livesInProvincialUpt, needsWheelchair, ...), by name.
    List<ExtensionKey<?>> keys = new ArrayList<>(p.extensions().keySet());
    keys.sort(Comparator.comparing(ExtensionKey::name));
    for (ExtensionKey<?> key : keys) {
      Map<ExtensionKey<?>, Object> rest = new HashMap<>(p.extensions());
      rest.remove(key);
      add(out, p, key.name(), true, b -> b.extensions(rest));
    }
    return out;
  }

  private static void parent(List<PersonRemoval> out, Person p, String name,
      Optional<ParentStatus> parent, boolean father) {
    if (parent.isEmpty() || parent.get().alive()) {
      return;
    }
    ParentStatus s = parent.get();
    add(out, p, name + ".deathDate", s.deathDate().isPresent(), b -> {
      ParentStatus without = ParentStatus.deceased(Optional.empty(), s.cause());
      return father ? b.father(without) : b.mother(without);
    });
    add(out, p, name + ".cause", s.cause().isPresent(), b -> {
      ParentStatus without = ParentStatus.deceased(s.deathDate(), Optional.empty());
      return father ? b.father(without) : b.mother(without);
    });
  }

  private static void add(List<PersonRemoval> out, Person p, String fact, boolean present,
      UnaryOperator<id.bansos.core.household.ImmutablePerson.Builder> remove) {
    if (present) {
      out.add(new PersonRemoval(fact, remove.apply(Person.builder().from(p)).build()));
    }
  }

  private static List<Disability> with(List<Disability> list, int i, Disability d) {
    List<Disability> copy = new ArrayList<>(list);
    copy.set(i, d);
    return copy;
  }

  private static id.bansos.core.household.ImmutableHousehold.Builder copy(Household h) {
    return Household.builder().from(h);
  }

  private static Household replace(Household h, Person old, Person now) {
    List<Person> members = new ArrayList<>(h.members());
    members.set(members.indexOf(old), now);
    return copy(h).members(members).build();
  }
}
