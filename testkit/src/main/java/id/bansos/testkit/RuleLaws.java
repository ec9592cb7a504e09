package id.bansos.testkit;

import static org.quicktheories.QuickTheory.qt;

import id.bansos.core.household.Household;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Person;
import id.bansos.core.identity.Nik;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.Assessment;
import id.bansos.rules.Beneficiary;
import id.bansos.rules.BeneficiaryUnit;
import id.bansos.rules.Catalog;
import id.bansos.rules.CriterionResult;
import id.bansos.rules.Determination;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import id.bansos.rules.MemberResult;
import id.bansos.rules.Outcome;
import id.bansos.rules.Program;
import id.bansos.rules.Status;
import id.bansos.rules.criteria.CommonCriteria;
import id.bansos.rules.program.pkhplus.PkhPlus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The laws every catalog must keep, checked with QuickTheories on generated households and dates
 * (a fixed seed, a modest number of examples). A kabupaten/kota runs them against its derived
 * catalog in one line:
 *
 * <pre>{@code
 * RuleLaws.check(JawaTimur.catalog().derive("Kabupaten Sidoarjo").override(...).build());
 * }</pre>
 *
 * <ol>
 *   <li><b>Determinism</b>: the same household and date give equal assessments and identical
 *       explanations, from the same engine or a new one;
 *   <li><b>Member-order independence</b>: listing the members in another order changes no
 *       status, beneficiary, total or criterion outcome;
 *   <li><b>Status follows criteria</b>: ELIGIBLE exactly when every criterion passes,
 *       NOT_ELIGIBLE when one fails, UNDETERMINED otherwise with the facts still needed; members'
 *       statuses follow their criteria; only an eligible program names beneficiaries, who are
 *       members of the household (at least one for a program that benefits members);
 *   <li><b>Exclusion monotonicity</b>: making a member an ASN never makes an ineligible family
 *       eligible for any program;
 *   <li><b>Desil monotonicity</b> (dates from 2025, DTSEN): a poorer desil never loses a program
 *       that a richer desil gets;
 *   <li><b>Information monotonicity</b>: making one recorded fact unknown never turns ELIGIBLE
 *       into NOT_ELIGIBLE or the reverse;
 *   <li><b>Programs decide as alone</b>: each determination of an assessment equals its program
 *       decided alone, so a check marked {@link id.bansos.rules.Check#shared} answers every
 *       program that shares it as it would that program alone.
 * </ol>
 *
 * <p>Failures are {@link AssertionError}s naming the law, the date, the household (masked) and
 * the engine's reasons. Instances are immutable; the {@code with} methods return copies.
 */
public final class RuleLaws {

  /** The seed used unless {@link #withSeed(long)} says otherwise. */
  public static final long DEFAULT_SEED = 20_261_128L;
  /** The examples per law unless {@link #withExamples(int)} says otherwise. */
  public static final int DEFAULT_EXAMPLES = 60;

  private static final LocalDate DESIL_ERA = LocalDate.of(2025, 1, 1);

  private final Catalog catalog;
  private final long seed;
  private final int examples;
  private final LocalDate from;
  private final LocalDate to;

  private RuleLaws(Catalog catalog, long seed, int examples, LocalDate from, LocalDate to) {
    this.catalog = catalog;
    this.seed = seed;
    this.examples = examples;
    this.from = from;
    this.to = to;
  }

  /**
   * Checks every law on {@code catalog} with the default seed, examples and dates (2019 to
   * 2027).
   *
   * @param catalog the catalog; never null
   * @throws AssertionError when a law is broken
   */
  public static void check(Catalog catalog) {
    forCatalog(catalog).verifyAll();
  }

  /**
   * The laws of {@code catalog}, to configure before verifying.
   *
   * @param catalog the catalog; never null
   * @return the laws with default settings
   */
  public static RuleLaws forCatalog(Catalog catalog) {
    return new RuleLaws(Objects.requireNonNull(catalog, "catalog"), DEFAULT_SEED,
        DEFAULT_EXAMPLES, LocalDate.of(2019, 1, 1), LocalDate.of(2027, 12, 31));
  }

  /**
   * A copy with another seed.
   *
   * @param newSeed the seed
   * @return the copy
   */
  public RuleLaws withSeed(long newSeed) {
    return new RuleLaws(catalog, newSeed, examples, from, to);
  }

  /**
   * A copy with another number of examples per law.
   *
   * @param count at least 1
   * @return the copy
   * @throws IllegalArgumentException when {@code count} is below 1
   */
  public RuleLaws withExamples(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("at least one example");
    }
    return new RuleLaws(catalog, seed, count, from, to);
  }

  /**
   * A copy assessing on dates from {@code first} to {@code last} (both included); boundary dates
   * of the catalog's parameters in that range are drawn often.
   *
   * @param first the first date; never null
   * @param last the last date, not before {@code first}; never null
   * @return the copy
   * @throws IllegalArgumentException when the range is empty
   */
  public RuleLaws between(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("empty date range " + first + ".." + last);
    }
    return new RuleLaws(catalog, seed, examples, first, last);
  }

  /**
   * Verifies every law.
   *
   * @throws AssertionError naming the first broken law
   */
  public void verifyAll() {
    verifyDeterminism();
    verifyMemberOrderIndependence();
    verifyStatusFollowsCriteria();
    verifyExclusionMonotonicity();
    verifyDesilMonotonicity();
    verifyInformationMonotonicity();
    verifyProgramsDecideAsAlone();
  }

  /**
   * Law 1: the same household and date give equal assessments and identical explanations.
   *
   * @throws AssertionError when broken
   */
  public void verifyDeterminism() {
    Engine engine = Engine.of(catalog);
    forAll(cases(from, to), c -> {
      Assessment first = engine.assess(c.household(), c.date());
      Assessment again = engine.assess(c.household(), c.date());
      Assessment fresh = Engine.of(catalog).assess(Household.builder().from(c.household()).build(),
          c.date());
      for (Assessment other : List.of(again, fresh)) {
        if (!first.equals(other) || !first.render(Language.EN).equals(other.render(Language.EN))
            || !first.render(Language.ID).equals(other.render(Language.ID))) {
          throw broken("determinism", c, "two assessments differ:\n" + first.render(Language.EN)
              + "\n---\n" + other.render(Language.EN));
        }
      }
    });
  }

  /**
   * Law 2: the order of the members on the card does not matter.
   *
   * @throws AssertionError when broken
   */
  public void verifyMemberOrderIndependence() {
    Engine engine = Engine.of(catalog);
    forAll(cases(from, to), c -> {
      List<Person> reversed = new ArrayList<>(c.household().members());
      Collections.reverse(reversed);
      List<Person> rotated = new ArrayList<>(c.household().members());
      Collections.rotate(rotated, 1);
      Map<String, String> expected = summary(c.household(), engine.assess(c.household(), c.date()));
      for (List<Person> order : List.of(reversed, rotated)) {
        Household other = Household.builder().from(c.household()).members(order).build();
        Map<String, String> actual = summary(other, engine.assess(other, c.date()));
        if (!expected.equals(actual)) {
          throw broken("member-order independence", c, "in card order " + expected
              + "\nin another order " + actual);
        }
      }
    });
  }

  /**
   * Law 3: statuses follow from the criteria, and beneficiaries from the status.
   *
   * @throws AssertionError when broken
   */
  public void verifyStatusFollowsCriteria() {
    Engine engine = Engine.of(catalog);
    forAll(cases(from, to), c -> {
      for (Determination d : engine.assess(c.household(), c.date()).determinations()) {
        String problem = statusProblem(c.household(), d);
        if (!problem.isEmpty()) {
          throw broken("status follows criteria", c, problem + "\n" + Reasons.of(d));
        }
      }
    });
  }

  /**
   * Law 4: making a member an ASN never makes an ineligible family eligible.
   *
   * @throws AssertionError when broken
   */
  public void verifyExclusionMonotonicity() {
    Engine engine = Engine.of(catalog);
    forAll(cases(from, to), c -> {
      List<Person> members = new ArrayList<>(c.household().members());
      int i = c.pick() % members.size();
      members.set(i, Person.builder().from(members.get(i)).occupation(Occupation.ASN).build());
      Household withAsn = Household.builder().from(c.household()).members(members).build();
      Assessment before = engine.assess(c.household(), c.date());
      Assessment after = engine.assess(withAsn, c.date());
      for (Determination b : before.determinations()) {
        Determination a = after.determination(b.programCode()).orElseThrow();
        if (!b.isEligible() && a.isEligible()) {
          throw broken("exclusion monotonicity", c, "member " + members.get(i).nik()
              + " made ASN turned " + b.programCode() + " from " + b.status()
              + " to ELIGIBLE:\n" + Reasons.of(a));
        }
      }
    });
  }

  /**
   * Law 5: on dates from 2025, a poorer DTSEN desil never loses a program a richer one gets.
   * Skipped when the date range ends before 2025.
   *
   * @throws AssertionError when broken
   */
  public void verifyDesilMonotonicity() {
    LocalDate start = from.isBefore(DESIL_ERA) ? DESIL_ERA : from;
    if (to.isBefore(start)) {
      return;
    }
    Engine engine = Engine.of(catalog);
    forAll(cases(start, to), c -> {
      int richer = 2 + c.pick() % 9;
      int poorer = 1 + (c.pick() / 9) % (richer - 1);
      LocalDate checkedOn = c.household().registry().map(RegistryStatus::checkedOn)
          .orElse(c.date());
      Household rich = Household.builder().from(c.household())
          .registry(RegistryStatus.dtsen(Desil.of(richer), checkedOn)).build();
      Household poor = Household.builder().from(c.household())
          .registry(RegistryStatus.dtsen(Desil.of(poorer), checkedOn)).build();
      Assessment richA = engine.assess(rich, c.date());
      Assessment poorA = engine.assess(poor, c.date());
      for (Determination r : richA.determinations()) {
        Determination p = poorA.determination(r.programCode()).orElseThrow();
        if (r.isEligible() && !p.isEligible()) {
          throw broken("desil monotonicity", c, r.programCode() + " is ELIGIBLE at desil "
              + richer + " but " + p.status() + " at desil " + poorer + ":\n" + Reasons.of(p));
        }
      }
    });
  }

  /**
   * Law 6, information monotonicity: making any one recorded fact unknown never turns ELIGIBLE
   * into NOT_ELIGIBLE or the reverse; it may leave a status as it was or make it UNDETERMINED.
   * Every fact of the household and of each member is removed in turn. A death date is not
   * removed (none means alive, not unknown), nor are the PKH components Kemensos recorded (the
   * rules derive them from the members' facts when none are recorded).
   *
   * @throws AssertionError when broken
   */
  public void verifyInformationMonotonicity() {
    Engine engine = Engine.of(catalog);
    forAll(cases(from, to), c -> {
      Assessment before = engine.assess(c.household(), c.date());
      for (FactRemovals.Removal removal : FactRemovals.of(c.household())) {
        Assessment after = engine.assess(removal.household(), c.date());
        for (Determination b : before.determinations()) {
          Status now = after.determination(b.programCode()).orElseThrow().status();
          if (b.status() != Status.UNDETERMINED && now != b.status()
              && now != Status.UNDETERMINED) {
            throw broken("information monotonicity", c, "making " + removal.fact()
                + " unknown turned " + b.programCode() + " from " + b.status() + " to " + now
                + ":\n" + Reasons.of(after.determination(b.programCode()).orElseThrow()));
          }
        }
      }
    });
  }

  /**
   * Law 7: each determination of an assessment equals its program decided alone with {@link
   * Engine#decide(Program, Household, LocalDate)}, which shares no check with another program. A
   * check marked {@link id.bansos.rules.Check#shared} that reads a parameter its criterion does
   * not declare, or an id used for two different tests, breaks it.
   *
   * @throws AssertionError when broken
   */
  public void verifyProgramsDecideAsAlone() {
    Engine engine = Engine.of(catalog);
    forAll(cases(from, to), c -> {
      for (Determination d : engine.assess(c.household(), c.date()).determinations()) {
        Program program = catalog.program(d.programCode()).orElseThrow();
        Determination alone = engine.decide(program, c.household(), c.date());
        if (!d.equals(alone)) {
          throw broken("programs decide as alone", c, d.programCode() + " decided with the"
              + " other programs differs from it decided alone:\n" + Reasons.of(d)
              + "\n---\n" + Reasons.of(alone));
        }
      }
    });
  }

  private static String statusProblem(Household h, Determination d) {
    List<Outcome> outcomes = d.criteria().stream().map(CriterionResult::outcome).toList();
    if (d.status() != Status.of(outcomes)) {
      return "status " + d.status() + " does not follow from the criteria";
    }
    for (CriterionResult r : d.criteria()) {
      if (r.outcome() == Outcome.UNKNOWN && r.missingFacts().isEmpty()) {
        return r.code() + " is UNKNOWN without naming a missing fact";
      }
    }
    if (d.status() == Status.UNDETERMINED && d.missingFacts().isEmpty()) {
      return "UNDETERMINED without a missing fact";
    }
    List<MemberResult> members = d.members();
    for (MemberResult m : members) {
      if (m.status() != Status.of(m.criteria().stream().map(CriterionResult::outcome).toList())) {
        return "member " + m.member() + ": status " + m.status()
            + " does not follow from the criteria";
      }
    }
    if (d.status() != Status.ELIGIBLE && !d.beneficiaries().isEmpty()) {
      return "a " + d.status() + " determination names beneficiaries";
    }
    for (Beneficiary b : d.beneficiaries()) {
      if (b.member().isPresent() && h.member(b.member().get()).isEmpty()) {
        return "beneficiary " + b.member().get() + " is not a member of the household";
      }
      for (MemberResult m : members) {
        if (b.member().isPresent() && m.member().equals(b.member().get())
            && m.status() != Status.ELIGIBLE) {
          return "beneficiary " + m.member() + " is " + m.status() + " by its own criteria";
        }
      }
    }
    if (d.status() == Status.ELIGIBLE && d.program().unit() == BeneficiaryUnit.MEMBER
        && d.beneficiaries().stream().noneMatch(b -> b.member().isPresent())) {
      return "an ELIGIBLE program for members names no member";
    }
    return "";
  }

  /**
   * Status, beneficiaries, total and criterion outcomes per program, with members named by their
   * rank in NIK order so that the summary neither depends on card order nor shows a NIK.
   */
  private static Map<String, String> summary(Household h, Assessment a) {
    List<Nik> byNik = h.members().stream().map(Person::nik).sorted().toList();
    Map<String, String> result = new TreeMap<>();
    for (Determination d : a.determinations()) {
      List<String> outcomes = new ArrayList<>();
      for (CriterionResult r : d.criteria()) {
        outcomes.add(r.code() + "=" + r.outcome());
      }
      for (MemberResult m : d.members()) {
        for (CriterionResult r : m.criteria()) {
          outcomes.add("m" + byNik.indexOf(m.member()) + ":" + r.code() + "=" + r.outcome());
        }
      }
      Collections.sort(outcomes);
      List<String> who = new ArrayList<>();
      for (Beneficiary b : d.beneficiaries()) {
        who.add(b.member().map(n -> "m" + byNik.indexOf(n)).orElse("household"));
      }
      Collections.sort(who);
      result.put(d.programCode(), d.status() + " totals=" + d.yearlyTotals() + " beneficiaries="
          + who + " criteria=" + outcomes);
    }
    return result;
  }

  private AssertionError broken(String law, Case c, String detail) {
    return new AssertionError("Rule law '" + law + "' broken for catalog " + catalog.name()
        + " on " + c.date() + ", " + c.household() + ": " + detail);
  }

  private void forAll(Gen<Case> cases, java.util.function.Consumer<Case> law) {
    qt().withFixedSeed(seed).withExamples(examples).withShrinkCycles(20)
        .forAll(cases).checkAssert(law);
  }

  /** A date, a household, and a number the laws use to pick a member or a desil. */
  private record Case(LocalDate date, Household household, int pick) {
    @Override
    public String toString() {
      return date + " " + household;
    }
  }

  private Gen<Case> cases(LocalDate first, LocalDate last) {
    List<LocalDate> edges = new ArrayList<>();
    for (int year = first.getYear(); year <= last.getYear(); year++) {
      for (LocalDate d : Boundaries.of(catalog, LocalDate.of(year, 7, 1)).dates()) {
        if (!d.isBefore(first) && !d.isAfter(last) && !edges.contains(d)) {
          edges.add(d);
        }
      }
    }
    Gen<LocalDate> uniform = BansosGen.dates(first, last);
    Gen<LocalDate> dates = edges.isEmpty() ? uniform : uniform.mix(Generate.pick(edges), 40);
    Gen<Integer> variant = Generate.range(0, 4);
    Gen<Integer> pick = Generate.range(0, 1_000_000);
    return rs -> {
      LocalDate date = dates.generate(rs);
      int chosen = pick.generate(rs);
      Household h = households(variant.generate(rs), chosen, date).generate(rs);
      return new Case(date, h, pick.generate(rs));
    };
  }

  /** Households likely to meet some program, so the laws see every status. */
  private Gen<Household> households(int variant, int agePick, LocalDate date) {
    HouseholdGen g = BansosGen.households().catalog(catalog).asOf(date);
    List<Integer> ages = new ArrayList<>(Boundaries.of(catalog, date).ages());
    ages.removeIf(a -> a > 110);
    switch (variant) {
      case 1 -> {
        int age = ages.isEmpty() ? 70 : ages.get(agePick % ages.size());
        g.withMemberAged(age, date).receivingPkh();
        if (catalog.at(PkhPlus.COVERED_REGIONS, date).isPresent()) {
          g.inPkhPlusCoveredRegency(date);
        }
      }
      case 2 -> {
        int age = ages.isEmpty() ? 30 : ages.get(agePick % ages.size());
        g.withMemberAged(age, date).withSeverelyDisabledMember().withDesilBetween(1, 5);
      }
      case 3 -> g.withFactsMissing();
      case 4 -> {
        if (catalog.at(CommonCriteria.EXCLUDED_OCCUPATIONS, date)
            .filter(v -> !v.value().occupations().isEmpty()).isPresent()) {
          g.withExcludedOccupation();
        }
      }
      default -> { }
    }
    return g.build();
  }
}
