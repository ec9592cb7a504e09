package id.bansos.rules;

import id.bansos.core.money.Rupiah;
import id.bansos.rules.criteria.CommonCriteria;
import id.bansos.rules.criteria.CoveredRegions;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A small local program as a regency would write it, only from the public building blocks: a
 * top-up for every member aged 60 or more in a Sidoarjo family. Made up for the tests.
 */
final class SidoarjoLansia {

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

  static final Program PROGRAM = declare();

  private SidoarjoLansia() {}

  private static Program declare() {
    Program.Builder b = Program.builder(INFO).parameters(parameters());
    Param<Integer> minAge = b.param(MIN_AGE);
    b.member(AGE_AT_LEAST, CommonCriteria.ageAtLeast(minAge), minAge);
    CommonCriteria.coveredRegion(b, COVERED_REGIONS);
    CommonCriteria.noExcludedOccupation(b);
    b.qualifying(QUALIFYING_MEMBER);
    return b.award(Award.eachQualifying(b.param(BENEFIT))).build();
  }

  private static List<Parameter<?>> parameters() {
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
                Optional.empty(), Funder.APBD_KABUPATEN_KOTA))
            .source(perbup, "").add().build());
  }
}
