package id.bansos.examples.regency;

// snippet:start
import id.bansos.core.household.ExtensionKey;
import id.bansos.rules.Award;
import id.bansos.rules.Catalog;
import id.bansos.rules.Check;
import id.bansos.rules.EngineParameters;
import id.bansos.rules.FactKey;
import id.bansos.rules.Facts;
import id.bansos.rules.NonStackingPair;
import id.bansos.rules.NonStackingRules;
import id.bansos.rules.Param;
import id.bansos.rules.Program;
import id.bansos.rules.Snapshot;
import id.bansos.rules.criteria.CommonCriteria;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.ParameterValue;
import id.bansos.rules.param.Source;
import id.bansos.rules.program.JawaTimur;
import id.bansos.rules.program.pkhplus.PkhPlus;
import java.util.List;
import java.util.Optional;
// snippet:end
import id.bansos.core.money.Rupiah;
import id.bansos.rules.BeneficiaryUnit;
import id.bansos.rules.BenefitForm;
import id.bansos.rules.BenefitSchedule;
import id.bansos.rules.Funder;
import id.bansos.rules.Criterion;
import id.bansos.rules.PaymentFrequency;
import id.bansos.rules.ProgramInfo;
import id.bansos.rules.Text;
import id.bansos.rules.criteria.CoveredRegions;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterKey;
import java.time.LocalDate;

/**
 * <b>An example, made up:</b> a local program of Kabupaten Sidoarjo as a regency would write it
 * against the library's public API, with a fact of its own that the core model does not name.
 * No such program or Peraturan Bupati exists; every parameter is marked {@link
 * Confidence#ASSUMED} and cites "Perbup Sidoarjo (example)".
 *
 * <p>The rule of "Tambahan Lansia Lahan Sempit" (top-up for the elderly of families with little
 * land): the family lives in Kabupaten Sidoarjo, owns less than {@link #MAX_LAND_M2} (500 m2) of
 * land, and no member holds an excluded occupation; each member aged at least {@link #MIN_AGE}
 * (60) receives Rp300,000 per tahap, four tahap a year, from 1 January 2026, paid from the
 * regency's own budget ({@link id.bansos.rules.Funder#APBD_KABUPATEN_KOTA}), so that totals keep
 * it apart from the province's money.
 *
 * <p>The new fact is {@link #LAND_OWNED_M2}, a household fact carried as an extension: {@code
 * Household.builder()...putExtensions(LAND_OWNED_M2, 350L)} (a {@code Long}, as for every
 * whole-number extension). A household without it is UNDETERMINED for this program, with {@code
 * landOwnedM2} among the missing facts.
 *
 * <p>{@link #catalog()} is the regency's catalog: the provincial one, every program kept, with this
 * program added and a local rule that it does not stack with PKH Plus.
 */
public final class SidoarjoLansiaLahan {

  /** Program code. */
  public static final String CODE = "SIDOARJO_LANSIA_LAHAN";
  /** The first day of the (made-up) Perbup. */
  public static final LocalDate START = LocalDate.of(2026, 1, 1);

  private static final String PERBUP = "Perbup Sidoarjo on the elderly top-up (example)";

  // snippet:start
  /** The new fact: land the family owns, in m2 (house plot and fields), as a whole number. */
  public static final ExtensionKey<Long> LAND_OWNED_M2 = ExtensionKey.ofInteger("landOwnedM2")
      .labelled("luas lahan milik (m²)", "land owned (m²)");
  static final FactKey<Snapshot, Long> LAND_OWNED = Facts.household(LAND_OWNED_M2);

  private static Program declare() {
    Program.Builder b = Program.builder(INFO).parameters(parameters())
        .extensionFacts(LAND_OWNED_M2);   // so the catalog lists it and JSON readers accept it
    Param<Integer> minAge = b.param(MIN_AGE);
    Param<Long> maxLand = b.param(MAX_LAND_M2);
    b.member(AGE_AT_LEAST, CommonCriteria.ageAtLeast(minAge), minAge);
    CommonCriteria.coveredRegion(b, COVERED_REGIONS);
    CommonCriteria.noExcludedOccupation(b);
    b.household(LAND_BELOW, Check.fact(LAND_OWNED, (m2, r) -> m2 < r.value(maxLand)), maxLand);
    b.qualifying(QUALIFYING_MEMBER);
    return b.award(Award.eachQualifying(b.param(BENEFIT))).build();
  }

  /** The regency's catalog: every provincial program, and this one; built anew on each call. */
  public static Catalog catalog() {
    return JawaTimur.catalog().derive("Kabupaten Sidoarjo")
        .override(new ParameterValue<>(EngineParameters.NON_STACKING,
            new NonStackingRules(List.of(new NonStackingPair(PkhPlus.CODE, CODE,
                "no local top-up for a family paid PKH Plus; " + PERBUP))),
            START, Optional.empty(), Confidence.ASSUMED, List.of(Source.of(PERBUP, "")), ""))
        .add(program())
        .build();
  }
  // snippet:end

  /** Whether the program is in force. */
  public static final ParameterKey<Boolean> IN_FORCE =
      ParameterKey.required(CODE + ".IN_FORCE", Boolean.class);
  /** Minimum age of a beneficiary, inclusive. */
  public static final ParameterKey<Integer> MIN_AGE =
      ParameterKey.required(CODE + ".MIN_AGE", Integer.class);
  /** The family owns less land than this, in m2 (exclusive bound). */
  public static final ParameterKey<Long> MAX_LAND_M2 =
      ParameterKey.required(CODE + ".MAX_LAND_M2", Long.class);
  /** Kabupaten Sidoarjo only. */
  public static final ParameterKey<CoveredRegions> COVERED_REGIONS =
      ParameterKey.required(CODE + ".COVERED_REGIONS", CoveredRegions.class);
  /** The cash benefit per beneficiary. */
  public static final ParameterKey<BenefitSchedule> BENEFIT =
      ParameterKey.required(CODE + ".BENEFIT", BenefitSchedule.class);

  static final Criterion AGE_AT_LEAST = new Criterion(CODE + ".AGE_AT_LEAST",
      Text.of("Berusia paling sedikit {MIN_AGE} tahun", "Aged at least {MIN_AGE}"),
      PERBUP,
      Text.of("Berusia {age} tahun, paling sedikit {MIN_AGE} tahun.",
          "Aged {age}, at least {MIN_AGE}."),
      Text.of("Berusia {age} tahun, kurang dari {MIN_AGE} tahun.", "Aged {age}, under {MIN_AGE}."),
      Text.of("Tanggal lahir belum tercatat.", "The birth date is not recorded."));
  static final Criterion LAND_BELOW = new Criterion(CODE + ".LAND_BELOW",
      Text.of("Tanah milik keluarga kurang dari {MAX_LAND_M2} m2",
          "The family owns less than {MAX_LAND_M2} m2 of land"),
      PERBUP,
      Text.of("Keluarga memiliki tanah {landOwnedM2} m2, kurang dari {MAX_LAND_M2} m2.",
          "The family owns {landOwnedM2} m2 of land, less than {MAX_LAND_M2} m2."),
      Text.of("Keluarga memiliki tanah {landOwnedM2} m2, tidak kurang dari {MAX_LAND_M2} m2.",
          "The family owns {landOwnedM2} m2 of land, not less than {MAX_LAND_M2} m2."),
      Text.of("Luas tanah milik keluarga (landOwnedM2) belum tercatat.",
          "The land the family owns (landOwnedM2) is not recorded."));
  static final Criterion QUALIFYING_MEMBER = new Criterion(CODE + ".QUALIFYING_MEMBER",
      Text.of("Ada anggota lansia yang memenuhi syarat", "An elderly member qualifies"),
      PERBUP,
      Text.of("{qualifying} anggota lansia memenuhi syarat.",
          "{qualifying} elderly member(s) qualify."),
      Text.of("Tidak ada anggota keluarga yang memenuhi syarat usia.",
          "No member meets the age condition."),
      Text.of("Belum dapat dipastikan apakah ada anggota lansia yang memenuhi syarat.",
          "Cannot yet tell whether an elderly member qualifies."));

  private static final ProgramInfo INFO = new ProgramInfo(CODE,
      Text.of("Tambahan Lansia Lahan Sempit Sidoarjo (contoh)",
          "Sidoarjo top-up for the elderly with little land (example)"),
      Text.of("Contoh program lokal: tambahan bagi lansia dalam keluarga Sidoarjo yang memiliki"
              + " sedikit tanah.",
          "An example local program: a top-up for elderly members of Sidoarjo families that own"
              + " little land."),
      BeneficiaryUnit.MEMBER, PERBUP, IN_FORCE);

  // Last, so that everything declare() reads is initialised before it runs.
  private static final Program PROGRAM = declare();

  private SidoarjoLansiaLahan() {}

  /**
   * The program.
   *
   * @return the shared, immutable program
   */
  public static Program program() {
    return PROGRAM;
  }

  private static List<Parameter<?>> parameters() {
    return List.of(
        Parameter.builder(IN_FORCE, "Whether the example top-up is in force")
            .from(START).value(true).confidence(Confidence.ASSUMED).source(PERBUP, "").add()
            .build(),
        Parameter.builder(MIN_AGE, "Minimum age in years of a beneficiary (inclusive)")
            .from(START).value(60).confidence(Confidence.ASSUMED).source(PERBUP, "")
            .note("60, the age from which UU 13/1998 counts a person as lanjut usia.").add()
            .build(),
        Parameter.builder(MAX_LAND_M2, "The family owns less land than this, in m2 (exclusive)")
            .from(START).value(500L).confidence(Confidence.ASSUMED).source(PERBUP, "").add()
            .build(),
        Parameter.builder(COVERED_REGIONS, "Kabupaten Sidoarjo only")
            .from(START).value(CoveredRegions.exactly("35.15")).confidence(Confidence.ASSUMED)
            .source(PERBUP, "").add()
            .build(),
        Parameter.builder(BENEFIT, "Cash top-up per elderly member")
            .from(START)
            .value(BenefitSchedule.paid(
                Text.of("Tambahan lansia Sidoarjo (contoh)", "Sidoarjo elderly top-up (example)"),
                BenefitForm.CASH, Rupiah.of(300_000), PaymentFrequency.PER_TAHAP, 4,
                Optional.empty(), Funder.APBD_KABUPATEN_KOTA))
            .confidence(Confidence.ASSUMED).source(PERBUP, "").add()
            .build());
  }
}
