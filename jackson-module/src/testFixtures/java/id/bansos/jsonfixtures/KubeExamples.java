package id.bansos.jsonfixtures;

import id.bansos.core.household.GrantType;
import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutableHousehold;
import id.bansos.core.household.ImmutablePerson;
import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.PastGrant;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import id.bansos.core.region.RegionCode;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.Register;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.Group;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The documented KUBE group, built in Java, and a generator of valid groups. */
public final class KubeExamples {

  private KubeExamples() {}

  private static final RegionCode VILLAGE = RegionCode.parse("35.09.02.2003");

  /**
   * Six families of one village in Jember who propose "KUBE Mawar"; the sixth had a KUBE grant in
   * 2019, the second takes part through the wife of the head.
   */
  public static Group mawar() {
    return Group.of("KUBE Mawar", List.of(
        Group.Member.of(family("3509021503200001", 1, List.of(
            head("3509020405800001", "Sutrisno", LocalDate.of(1980, 5, 4), Occupation.FARMER))),
            Nik.parse("3509020405800001")),
        Group.Member.of(family("3509021503200002", 2, List.of(
            head("3509021012750002", "Bambang", LocalDate.of(1975, 12, 10), Occupation.LABOURER),
            person("3509026108820003", LocalDate.of(1982, 8, 21), Sex.FEMALE,
                Relationship.SPOUSE, Occupation.HOMEMAKER).name("Sri Wahyuni").build())),
            Nik.parse("3509026108820003")),
        Group.Member.of(family("3509021503200003", 3, List.of(
            head("3509020211900004", "Ahmad", LocalDate.of(1990, 11, 2), Occupation.TRADER))),
            Nik.parse("3509020211900004")),
        Group.Member.of(family("3509021503200004", 2, List.of(
            person("3509025704880005", LocalDate.of(1988, 4, 17), Sex.FEMALE,
                Relationship.HEAD, Occupation.SELF_EMPLOYED).build())),
            Nik.parse("3509025704880005")),
        Group.Member.of(family("3509021503200005", 4, List.of(
            head("3509023001700006", "Joko", LocalDate.of(1970, 1, 30), Occupation.FISHER))),
            Nik.parse("3509023001700006")),
        Group.Member.of(Household.builder().from(family("3509021503200006", 1, List.of(
            head("3509020907780007", "Wahyudi", LocalDate.of(1978, 7, 9), Occupation.FARMER))))
                .addPastGrants(new PastGrant(GrantType.KUBE, 2019)).build(),
            Nik.parse("3509020907780007"))),
        Optional.of(true));
  }

  private static Household family(String kk, int desil, List<Person> members) {
    ImmutableHousehold.Builder b = Household.builder()
        .kkNumber(KkNumber.parse(kk))
        .domicile(VILLAGE)
        .registry(new RegistryStatus(Register.DTSEN, true, Optional.of(Desil.of(desil)),
            LocalDate.of(2025, 6, 1)))
        .pastGrantsChecked(true);
    return b.addAllMembers(members).build();
  }

  private static Person head(String nik, String name, LocalDate birth, Occupation occupation) {
    return person(nik, birth, Sex.MALE, Relationship.HEAD, occupation).name(name).build();
  }

  private static ImmutablePerson.Builder person(String nik, LocalDate birth, Sex sex,
      Relationship relationship, Occupation occupation) {
    return Person.builder()
        .nik(Nik.parse(nik))
        .birthDate(birth)
        .sex(sex)
        .relationship(relationship)
        .maritalStatus(MaritalStatus.MARRIED)
        .occupation(occupation);
  }

  /**
   * Valid groups of zero to eight families from the household generator, each with a participant
   * drawn from its card, with or without the proximity fact. A family whose No. KK or participant
   * is already in the group is left out, so every group is accepted by the domain model.
   */
  public static Gen<Group> groups() {
    Gen<Household> households = WireHouseholds.households();
    String[] names = {"KUBE Mawar", "KUBE Sejahtera 2", "Kelompok \"Maju\" Jaya", "Çiçek", "K"};
    return in -> {
      int size = Generate.range(0, 8).generate(in);
      List<Group.Member> members = new ArrayList<>(size);
      Set<KkNumber> cards = new HashSet<>();
      Set<Nik> participants = new HashSet<>();
      for (int i = 0; i < size; i++) {
        Household h = households.generate(in);
        Person p = h.members().get(Generate.range(0, h.members().size() - 1).generate(in));
        if (!cards.contains(h.kkNumber()) && !participants.contains(p.nik())) {
          cards.add(h.kkNumber());
          participants.add(p.nik());
          members.add(Group.Member.of(h, p.nik()));
        }
      }
      int near = Generate.range(0, 2).generate(in);
      return Group.of(names[Generate.range(0, names.length - 1).generate(in)], members,
          near == 2 ? Optional.empty() : Optional.of(near == 1));
    };
  }
}
