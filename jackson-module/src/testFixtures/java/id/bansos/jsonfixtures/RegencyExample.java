package id.bansos.jsonfixtures;

import id.bansos.rules.Award;
import id.bansos.rules.BenefitSchedule;
import id.bansos.rules.BeneficiaryUnit;
import id.bansos.rules.Catalog;
import id.bansos.rules.Criterion;
import id.bansos.rules.Param;
import id.bansos.rules.Program;
import id.bansos.rules.ProgramInfo;
import id.bansos.rules.Text;
import id.bansos.rules.criteria.CommonCriteria;
import id.bansos.rules.criteria.CoveredRegions;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterKey;
import id.bansos.rules.program.JawaTimur;
import java.util.List;

/**
 * The regency example of {@code docs/catalog-format.md}, made up: Kota Surabaya's catalog file
 * ({@code catalog-surabaya.yaml}) and the catalog it is loaded on, the provincial one with the
 * code of one local program, {@link #LOCAL}, whose parameters have no values in code: the file
 * gives them.
 */
public final class RegencyExample {

  /** The local program's code. */
  public static final String LOCAL = "SURABAYA_LANSIA";
  /** The example file, a test resource and the document's example. */
  public static final String FILE = "catalog-surabaya.yaml";
  /** The base catalog's name, which the file's {@code derivesFrom} names. */
  public static final String BASE_NAME = "Jawa Timur with Surabaya's programs";

  /** Whether the local program is in force. */
  public static final ParameterKey<Boolean> IN_FORCE =
      ParameterKey.required(LOCAL + ".IN_FORCE", Boolean.class);
  /** The youngest age that qualifies. */
  public static final ParameterKey<Integer> MIN_AGE =
      ParameterKey.required(LOCAL + ".MIN_AGE", Integer.class);
  /** Where the program runs. */
  public static final ParameterKey<CoveredRegions> COVERED_REGIONS =
      ParameterKey.required(LOCAL + ".COVERED_REGIONS", CoveredRegions.class);
  /** What each qualifying member receives. */
  public static final ParameterKey<BenefitSchedule> BENEFIT =
      ParameterKey.required(LOCAL + ".BENEFIT", BenefitSchedule.class);

  private static final Criterion AGE = new Criterion(LOCAL + ".AGE_AT_LEAST",
      Text.of("Berusia paling sedikit {MIN_AGE} tahun", "Aged at least {MIN_AGE}"),
      "example", Text.of("Berusia {age} tahun.", "Aged {age}."),
      Text.of("Berusia {age} tahun.", "Aged {age}."),
      Text.of("Tanggal lahir belum tercatat.", "The birth date is not recorded."));
  private static final Criterion QUALIFYING = new Criterion(LOCAL + ".QUALIFYING_MEMBER",
      Text.of("Ada anggota yang memenuhi syarat", "A member qualifies"), "example",
      Text.of("Ada.", "Yes."), Text.of("Tidak ada.", "None."), Text.of("Belum pasti.", "Not yet known."));

  private static final Program PROGRAM = declare();

  private RegencyExample() {}

  private static Program declare() {
    ProgramInfo info = new ProgramInfo(LOCAL,
        Text.of("Tambahan Lansia Surabaya (contoh)", "Surabaya elderly top-up (example)"),
        Text.of("Contoh program lokal.", "An example local program."), BeneficiaryUnit.MEMBER,
        "example", IN_FORCE);
    // The code declares the keys and the rule; every value comes from the catalog file.
    Program.Builder b = Program.builder(info).parameters(List.of(
        Parameter.of(IN_FORCE, "Whether the top-up is in force", List.of()),
        Parameter.of(MIN_AGE, "The youngest age that qualifies", List.of()),
        Parameter.of(COVERED_REGIONS, "Where the top-up is paid", List.of()),
        Parameter.of(BENEFIT, "The top-up per qualifying member", List.of())));
    Param<Integer> min = b.param(MIN_AGE);
    b.member(AGE, CommonCriteria.ageAtLeast(min), min);
    CommonCriteria.coveredRegion(b, COVERED_REGIONS);
    b.qualifying(QUALIFYING);
    return b.award(Award.eachQualifying(b.param(BENEFIT))).build();
  }

  /**
   * The local program, whose parameters have no values in code.
   *
   * @return the program
   */
  public static Program localProgram() {
    return PROGRAM;
  }

  /**
   * The catalog the example file is loaded on: the provincial one and the local program.
   *
   * @return the base catalog
   */
  public static Catalog base() {
    return JawaTimur.catalog().derive(BASE_NAME).add(PROGRAM).build();
  }

  /**
   * The example file's text.
   *
   * @return the YAML
   */
  public static String text() {
    return WireExamples.golden(FILE);
  }
}
