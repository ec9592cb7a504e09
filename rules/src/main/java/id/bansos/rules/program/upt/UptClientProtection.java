package id.bansos.rules.program.upt;

import id.bansos.core.household.ExtensionKey;
import id.bansos.rules.Award;
import id.bansos.rules.BenefitForm;
import id.bansos.rules.BenefitSchedule;
import id.bansos.rules.FactKey;
import id.bansos.rules.Funder;
import id.bansos.rules.BeneficiaryUnit;
import id.bansos.rules.Check;
import id.bansos.rules.Criterion;
import id.bansos.rules.Facts;
import id.bansos.rules.Member;
import id.bansos.rules.Program;
import id.bansos.rules.ProgramInfo;
import id.bansos.rules.Text;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterKey;
import java.time.LocalDate;
import java.util.List;

/**
 * Protection of PM (penerima manfaat, clients) living in one of the 30 provincial UPT (Unit
 * Pelaksana Teknis, residential institutions) of Dinsos Jatim, as a <b>service record</b>, not an
 * eligibility decision ({@link ProgramInfo.Kind#SERVICE_RECORD}). See {@code programs.md} §3.
 *
 * <p>The record: a living member whom the household's data records as a resident client of a
 * provincial UPT ({@link #LIVES_IN_PROVINCIAL_UPT}, with {@link #UPT_NAME} when known; extension facts) receives
 * residential care and protection there, a service in kind. An assessment lists it among its
 * {@link id.bansos.rules.Assessment#serviceRecords() service records}, for that member, with the
 * service and its sources; a household without such a member has no record, and nothing is
 * asked of a household whose data is silent.
 *
 * <p><b>Why a service record.</b> programs.md §3 knows that the 30 UPT exist and house about
 * 4,000 clients, but not who may be admitted ("[U]") nor what the protection consisted of. The
 * only rule the library could apply is the residence the caller has already recorded, so as an
 * eligibility program it decided nothing the caller did not know: it restated that residence as
 * ELIGIBLE, told every other family that it was NOT_ELIGIBLE for care whose admission rules
 * nobody knows, and made every family whose residence was not recorded UNDETERMINED, asking field
 * workers to collect a fact that decides nothing. Of the honest options, this one keeps what is
 * known (the service, its basis and sources, in the catalog and in {@code docs/programs.md}) and
 * shows it where it is true, on the assessment of a household with a UPT client, without an
 * eligibility status. Removing the program would have lost that record; a fourth status would
 * have made every caller handle an outcome that no other program has. A caller who wants the
 * evaluation as declared still gets it from {@code Engine.decide(UptClientProtection.program(),
 * household, date)}.
 *
 * <p><b>Why no exclusions, register or region criteria.</b> This is not a transfer a family
 * applies for but the care the province already gives the people it houses (children without
 * family care, the elderly, people with mental illness or disabilities, the homeless). Admission
 * rules were not found ({@code programs.md} §3: "[U]"), and the family-wide occupational
 * exclusions of cash bansos (§11) are stated for cash and food aid, not for residential care:
 * applying them would deny protection to a client who is already in care. The family's domicile
 * is likewise irrelevant, since the client lives in the institution: unlike the other provincial
 * programs, a client whose family is domiciled in another province is protected too, because the
 * UPT that houses the client is in Jawa Timur.
 *
 * <p><b>Who pays.</b> The provincial budget ({@link Funder#APBD_PROVINSI}): the 30 UPT are Dinsos
 * Jatim's own institutions (programs.md §3).
 */
public final class UptClientProtection {

  /** Program code. */
  public static final String CODE = "UPT_PROTECTION";

  /**
   * Member fact: whether the person lives as a client (penerima manfaat) in one of the province's
   * UPT residential institutions. Recorded with {@code
   * Person.builder().putExtensions(LIVES_IN_PROVINCIAL_UPT, true)}; in JSON, {@code "extensions":
   * {"livesInProvincialUpt": true}} on the person.
   */
  public static final ExtensionKey<Boolean> LIVES_IN_PROVINCIAL_UPT =
      ExtensionKey.ofBoolean("livesInProvincialUpt").labelled(
          "tinggal di UPT provinsi", "lives in a provincial UPT");
  /**
   * Member fact: the name of the UPT institution, for example "UPT RSBL Pasuruan" (a public place
   * name); in JSON, {@code "extensions": {"uptName": "UPT RSBL Pasuruan"}} on the person. A name
   * given while {@link #LIVES_IN_PROVINCIAL_UPT} is false is not rejected (the core model checked
   * that while it held these facts); the record follows {@link #LIVES_IN_PROVINCIAL_UPT} alone.
   */
  public static final ExtensionKey<String> UPT_NAME = ExtensionKey.ofText("uptName")
      .labelled("nama UPT", "name of the UPT");

  private static final FactKey<Member, Boolean> LIVES_IN_UPT_FACT =
      Facts.member(LIVES_IN_PROVINCIAL_UPT);
  private static final FactKey<Member, String> UPT_NAME_FACT = Facts.member(UPT_NAME);

  /** Whether the program is in force. */
  public static final ParameterKey<Boolean> IN_FORCE =
      ParameterKey.required("UPT_PROTECTION.IN_FORCE", Boolean.class);
  /** The service: residential care and protection. */
  public static final ParameterKey<BenefitSchedule> SERVICE =
      ParameterKey.required("UPT_PROTECTION.SERVICE", BenefitSchedule.class);

  static final Criterion LIVES_IN_UPT = new Criterion(CODE + ".LIVES_IN_UPT",
      Text.of("Tinggal sebagai penerima manfaat di UPT provinsi",
          "Lives as a client in a provincial UPT"),
      "Dinsos Jatim runs 30 UPT (Jatim Newsroom Oct 2023; Kominfo Jatim Mar 2023);"
          + " Pergub Jatim 119/2008",
      Text.of("Tercatat tinggal di UPT provinsi.", "Recorded as living in a provincial UPT."),
      Text.of("Tidak tinggal di UPT provinsi.", "Does not live in a provincial UPT."),
      Text.of("Belum tercatat apakah tinggal di UPT provinsi.",
          "Not recorded whether living in a provincial UPT."));
  static final Criterion QUALIFYING_MEMBER = new Criterion(CODE + ".QUALIFYING_MEMBER",
      Text.of("Ada anggota yang tinggal di UPT", "A member lives in a UPT"),
      "programs.md §3",
      Text.of("{qualifying} anggota menerima perlindungan di UPT.",
          "Members who receive protection in a UPT: {qualifying}."),
      Text.of("Tidak ada anggota yang tinggal di UPT provinsi.",
          "No member lives in a provincial UPT."),
      Text.of("Belum dapat dipastikan apakah ada anggota yang tinggal di UPT.",
          "Cannot yet tell whether a member lives in a UPT."));

  private static final ProgramInfo INFO = new ProgramInfo(CODE,
      Text.of("Perlindungan penerima manfaat UPT (catatan layanan)",
          "Protection of UPT clients (service record)"),
      Text.of("Catatan layanan, bukan keputusan kelayakan: anggota yang tercatat tinggal sebagai"
              + " penerima manfaat di salah satu dari 30 UPT Dinsos Jatim menerima pengasuhan dan"
              + " perlindungan di sana. Syarat penerimaan di UPT tidak ditemukan, sehingga pustaka"
              + " ini tidak dapat memutuskan siapa yang dapat diterima; ia hanya mengulang tempat"
              + " tinggal yang tercatat, dan penilaian mencantumkannya sebagai catatan layanan,"
              + " tidak pernah sebagai layak atau tidak layak.",
          "A service record, not an eligibility decision: a member recorded as a client living in"
              + " one of the 30 UPT of Dinsos Jatim receives residential care and protection there."
              + " The admission rules were not found, so the library cannot decide who may be"
              + " admitted; it only restates the recorded residence, and an assessment lists it"
              + " among its service records, never as eligible or not eligible."),
      BeneficiaryUnit.MEMBER,
      "Pergub Jatim 119/2008 (panti sosial renamed UPT); Permensos 16/2019 (rehabilitation"
          + " standard); 30 UPT (Jatim Newsroom, Oct 2023; Kominfo Jatim, Mar 2023); admission"
          + " rules and the content of the protection not found (programs.md §3), hence a service"
          + " record of the residence the household's data shows",
      IN_FORCE, ProgramInfo.Kind.SERVICE_RECORD);

  private static final Program PROGRAM = declare();

  private UptClientProtection() {}

  /**
   * The program.
   *
   * @return the shared, immutable program
   */
  public static Program program() {
    return PROGRAM;
  }

  private static Program declare() {
    Program.Builder b = Program.builder(INFO).parameters(parameters())
        .extensionFacts(LIVES_IN_PROVINCIAL_UPT, UPT_NAME);
    // The UPT's name, when recorded, only informs the explanation; the stay decides.
    Check<Member> uptName = Check.test((m, r) -> {
      r.find(m, UPT_NAME_FACT);
      return true;
    }, UPT_NAME.name());
    b.member(LIVES_IN_UPT, Check.allOf(uptName, Check.fact(LIVES_IN_UPT_FACT, lives -> lives)));
    b.qualifying(QUALIFYING_MEMBER);
    return b.award(Award.eachQualifying(b.param(SERVICE))).build();
  }

  private static List<Parameter<?>> parameters() {
    LocalDate start = LocalDate.of(2019, 1, 1);
    String newsroom = "Jatim Newsroom, 27 Oct 2023: Dinsos Jatim runs 30 UPT (Ladangku)";
    String newsroomUrl = "https://jatimprov.go.id/berita/dinsos-jatim-gagas-inovasi-ladangku_ZzOY7357AyYang";
    String kominfo = "Kominfo Jatim, Mar 2023: rakor penyelenggaraan kesejahteraan sosial, 30 UPT";
    String kominfoUrl = "https://kominfo.jatimprov.go.id/berita/dinsos-jatim-adakan-rakor-penyelenggaraan-kesejahteraan-sosial";
    String study = "Kemensos research study (~2012): Pergub Jatim 119/2008 renamed panti sosial to"
        + " UPT; 30 UPT by target group";
    String studyUrl = "https://123dok.com/article/pro%EF%AC%81-umum-balai-sub-unit-provinsi-jawa-timur.qmw7lo7z";
    return List.of(
        Parameter.builder(IN_FORCE, "Whether UPT client protection is in force")
            .from(start).value(true).confidence(Confidence.INFERRED)
            .source(newsroom, newsroomUrl).source(kominfo, kominfoUrl).source(study, studyUrl)
            .note("The UPT exist since Pergub 119/2008; the catalog starts with its other programs"
                + " in 2019, confirmed by the 2023-2024 statements on the 30 UPT.")
            .add().build(),
        Parameter.builder(SERVICE, "Residential care and protection for a UPT client")
            .from(start)
            .value(BenefitSchedule.inKind(Text.of("Pengasuhan dan perlindungan di UPT",
                "Residential care and protection in a UPT"), BenefitForm.SERVICE,
                Funder.APBD_PROVINSI))
            .source(newsroom, newsroomUrl)
            .source("Maspolin, 4 Nov 2020: UPT functions follow Permensos 16/2019",
                "https://maspolin.id/bersama-15-opd-dinsos-propinsi-jatim-gelar-rakor-revitalisasi")
            .note("What the pandemic-time protection of about 4,000 PM consisted of is not known.")
            .add().build());
  }
}
