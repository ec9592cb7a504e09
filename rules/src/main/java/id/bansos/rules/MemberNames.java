package id.bansos.rules;

import id.bansos.core.household.Household;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * How explanations name the members of a family: by who they are, relationship and age on the
 * date ("ibu kepala keluarga, 74 th" / "head's mother, 74"), with the masked NIK only where two
 * members would otherwise read the same, and a number where even that does not tell them apart.
 * Without the household, by masked NIK. Never by name: a name is personal data the explanation
 * does not need. No two members get the same label.
 */
final class MemberNames {

  /** Who a member is, with what tells it apart from another: "ibu kepala keluarga", "74 th". */
  private record Parts(Text who, Optional<Text> age, String suffix, boolean person) {

    Parts withSuffix(String more) {
      return new Parts(who, age, suffix + more, person);
    }

    String label(Language language) {
      return who.in(language) + age.map(a -> ", " + a.in(language)).orElse("") + suffix;
    }

    // English puts an article before "son" or "head's mother"; not before "member NIK ...".
    String inSentence(Language language) {
      return (person && language == Language.EN ? "the " : "") + who.in(language) + age.map(a -> " (" + a.in(language) + ")").orElse("") + suffix;
    }
  }

  private final Map<Nik, Parts> names;

  private MemberNames(Map<Nik, Parts> names) {
    this.names = names;
  }

  /**
   * The names of the members of {@code household} on {@code date}, and of every other NIK in
   * {@code others} (a NIK an assessment names that the household does not hold) by masked NIK.
   */
  static MemberNames of(Optional<Household> household, LocalDate date, Collection<Nik> others) {
    Map<Nik, Person> people = new HashMap<>();
    household.ifPresent(h -> {
      for (Person p : h.members()) {
        people.put(p.nik(), p);
      }
    });
    TreeSet<Nik> niks = new TreeSet<>(Comparator.comparing(Nik::value));
    niks.addAll(people.keySet());
    niks.addAll(others);
    Map<Nik, Parts> base = new LinkedHashMap<>();
    for (Nik n : niks) {
      Person p = people.get(n);
      base.put(n, p == null ? byNik(n) : who(p, date));
    }
    Map<Nik, Parts> out = new LinkedHashMap<>();
    for (List<Nik> same : groups(base).values()) {
      if (same.size() == 1) {
        out.put(same.get(0), base.get(same.get(0)));
        continue;
      }
      Map<Nik, Parts> withNik = new LinkedHashMap<>();
      for (Nik n : same) {
        Parts b = base.get(n);
        withNik.put(n, people.containsKey(n) ? b.withSuffix(", NIK " + n) : b);
      }
      for (List<Nik> still : groups(withNik).values()) {
        for (int i = 0; i < still.size(); i++) {
          Parts b = withNik.get(still.get(i));
          out.put(still.get(i), still.size() == 1 ? b : b.withSuffix(" (" + (i + 1) + ")"));
        }
      }
    }
    return new MemberNames(out);
  }

  private static Map<String, List<Nik>> groups(Map<Nik, Parts> names) {
    Map<String, List<Nik>> groups = new LinkedHashMap<>();
    for (Map.Entry<Nik, Parts> e : names.entrySet()) {
      // The Indonesian and English labels are built from the same parts, so one decides both.
      groups.computeIfAbsent(e.getValue().label(Language.EN), k -> new ArrayList<>())
          .add(e.getKey());
    }
    return groups;
  }

  private static Parts byNik(Nik n) {
    return new Parts(Text.of("anggota NIK " + n, "member NIK " + n), Optional.empty(), "",
        false);
  }

  private static Parts who(Person p, LocalDate date) {
    Optional<Integer> age = p.ageOn(date);
    return new Parts(relation(p.relationship(), p.sex()), Optional.of(age
        .map(a -> Text.of(a + " th", String.valueOf(a)))
        .orElse(Text.of("umur tidak tercatat", "age not recorded"))), "", true);
  }

  private static Text relation(Optional<Relationship> relationship, Optional<Sex> sex) {
    boolean f = sex.isPresent() && sex.get() == Sex.FEMALE;
    boolean m = sex.isPresent() && sex.get() == Sex.MALE;
    if (relationship.isEmpty()) {
      return Text.of("anggota keluarga", "family member");
    }
    return switch (relationship.get()) {
      case HEAD -> Text.of("kepala keluarga", "head of the family");
      case SPOUSE -> f ? Text.of("istri kepala keluarga", "head's wife")
          : m ? Text.of("suami kepala keluarga", "head's husband")
          : Text.of("suami/istri kepala keluarga", "head's spouse");
      case CHILD -> f ? Text.of("anak perempuan", "daughter")
          : m ? Text.of("anak laki-laki", "son") : Text.of("anak", "child");
      case CHILD_IN_LAW -> f ? Text.of("menantu perempuan", "daughter-in-law")
          : m ? Text.of("menantu laki-laki", "son-in-law") : Text.of("menantu", "child-in-law");
      case GRANDCHILD -> f ? Text.of("cucu perempuan", "granddaughter")
          : m ? Text.of("cucu laki-laki", "grandson") : Text.of("cucu", "grandchild");
      case PARENT -> f ? Text.of("ibu kepala keluarga", "head's mother")
          : m ? Text.of("ayah kepala keluarga", "head's father")
          : Text.of("orang tua kepala keluarga", "head's parent");
      case PARENT_IN_LAW -> f ? Text.of("ibu mertua", "head's mother-in-law")
          : m ? Text.of("bapak mertua", "head's father-in-law")
          : Text.of("mertua", "head's parent-in-law");
      case OTHER_RELATIVE -> Text.of("famili lain", "other relative");
      case HOUSEHOLD_HELPER -> Text.of("pembantu", "household helper");
      case OTHER -> Text.of("anggota lain", "other member");
    };
  }

  /** The member's label in lists: "ibu kepala keluarga, 74 th". */
  String label(Nik nik, Language language) {
    return names.getOrDefault(nik, byNik(nik)).label(language);
  }

  /** The member's label in a sentence: "ibu kepala keluarga (74 th)", "the head's mother (74)". */
  String inSentence(Nik nik, Language language) {
    return names.getOrDefault(nik, byNik(nik)).inSentence(language);
  }
}
