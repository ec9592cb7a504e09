package id.bansos.rules;

import id.bansos.core.household.Person;
import id.bansos.core.money.Rupiah;
import id.bansos.rules.criteria.CommonCriteria;
import id.bansos.rules.criteria.CoveredRegions;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterKey;
import id.bansos.rules.param.ParameterValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small local program as a regency would write it, only from the public building blocks: a
 * top-up for every living member aged 60 or more in a Sidoarjo family. Made up for the tests.
 */
final class SidoarjoLansia implements Program {

  static final String CODE = "SIDOARJO_LANSIA";
  static final ParameterKey<Boolean> IN_FORCE =
      ParameterKey.required("SIDOARJO_LANSIA.IN_FORCE", Boolean.class);
  static final ParameterKey<Integer> MIN_AGE =
      ParameterKey.required("SIDOARJO_LANSIA.MIN_AGE", Integer.class);
  static final ParameterKey<CoveredRegions> COVERED_REGIONS =
      ParameterKey.required("SIDOARJO_LANSIA.COVERED_REGIONS", CoveredRegions.class);
  static final ParameterKey<BenefitSchedule> BENEFIT =
      ParameterKey.required("SIDOARJO_LANSIA.BENEFIT", BenefitSchedule.class);
  static final LocalDate START = LocalDate.of(2026, 1, 1);

  private static final Criterion COVERED_REGION = CommonCriteria.coveredRegion(CODE);
  private static final Criterion NO_EXCLUDED_OCCUPATION = CommonCriteria.noExcludedOccupation(CODE);
  private static final Criterion MEMBER_ALIVE = CommonCriteria.memberAlive(CODE);
  private static final Criterion AGE_AT_LEAST = new Criterion(CODE + ".AGE_AT_LEAST",
      Text.of("Berusia paling sedikit {MIN_AGE} tahun", "Aged at least {MIN_AGE}"), "Example",
      Text.of("Berusia {age} tahun.", "Aged {age}."),
      Text.of("Berusia {age} tahun, kurang dari {MIN_AGE}.", "Aged {age}, under {MIN_AGE}."),
      Text.of("Tanggal lahir belum tercatat.", "The birth date is not recorded."));
  private static final Criterion QUALIFYING_MEMBER = new Criterion(CODE + ".QUALIFYING_MEMBER",
      Text.of("Ada lansia", "An elderly member qualifies"), "Example",
      Text.of("{qualifying} lansia.", "{qualifying} elderly member(s)."),
      Text.of("Tidak ada lansia.", "No elderly member."),
      Text.of("Belum dapat dipastikan.", "Cannot tell yet."));
  private static final ProgramInfo INFO = new ProgramInfo(CODE,
      Text.of("Tambahan lansia Sidoarjo", "Sidoarjo elderly top-up"),
      Text.of("Contoh program lokal.", "An example local program."),
      BeneficiaryUnit.MEMBER, "Perbup Sidoarjo (example)", IN_FORCE);

  @Override
  public ProgramInfo info() {
    return INFO;
  }

  @Override
  public List<Criterion> criteria() {
    return List.of(COVERED_REGION, NO_EXCLUDED_OCCUPATION, QUALIFYING_MEMBER, AGE_AT_LEAST,
        MEMBER_ALIVE);
  }

  @Override
  public Determination assess(Evaluation ev) {
    ParameterValue<Integer> minAge = ev.param(MIN_AGE);
    ParameterValue<BenefitSchedule> benefit = ev.param(BENEFIT);
    List<MemberResult> members = new ArrayList<>();
    List<Beneficiary> beneficiaries = new ArrayList<>();
    for (Person p : ev.membersByNik()) {
      Optional<Integer> age = p.ageOn(ev.date());
      CriterionResult ageResult = age
          .map(a -> ev.result(AGE_AT_LEAST, p.nik()).param(minAge).fact("age", a)
              .passIf(a >= minAge.value()))
          .orElseGet(() -> ev.result(AGE_AT_LEAST, p.nik()).param(minAge).unknown("birthDate"));
      MemberResult m = MemberResult.of(p.nik(),
          List.of(ageResult, CommonCriteria.memberAlive(ev, MEMBER_ALIVE, p)));
      members.add(m);
      if (m.status() == Status.ELIGIBLE) {
        beneficiaries.add(Beneficiary.member(p.nik()));
      }
    }
    List<CriterionResult> criteria = List.of(
        CommonCriteria.coveredRegion(ev, COVERED_REGION, COVERED_REGIONS),
        CommonCriteria.noExcludedOccupation(ev, NO_EXCLUDED_OCCUPATION),
        ev.summary(QUALIFYING_MEMBER, members));
    return ev.decide(criteria, members, beneficiaries, List.of(new Benefit(benefit)));
  }

  @Override
  public List<Parameter<?>> parameters() {
    String perbup = "Perbup Sidoarjo (example)";
    return List.of(
        Parameter.builder(IN_FORCE, "Whether the example program is in force")
            .from(START).value(true).source(perbup, "").add().build(),
        Parameter.builder(MIN_AGE, "Minimum age")
            .from(START).value(60).confidence(Confidence.ASSUMED).source(perbup, "").add().build(),
        Parameter.builder(COVERED_REGIONS, "Sidoarjo only")
            .from(START).value(CoveredRegions.exactly("35.15")).source(perbup, "").add().build(),
        Parameter.builder(BENEFIT, "Top-up")
            .from(START)
            .value(BenefitSchedule.paid(Text.of("Tambahan lansia", "Elderly top-up"),
                BenefitForm.CASH, Rupiah.of(100_000), PaymentFrequency.MONTHLY, 12,
                Optional.empty()))
            .source(perbup, "").add().build());
  }
}
