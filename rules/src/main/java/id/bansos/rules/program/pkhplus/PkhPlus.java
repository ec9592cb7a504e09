package id.bansos.rules.program.pkhplus;

import id.bansos.core.household.AidProgram;
import id.bansos.core.money.Rupiah;
import id.bansos.rules.BenefitForm;
import id.bansos.rules.BenefitSchedule;
import id.bansos.rules.Funder;
import id.bansos.rules.BeneficiaryUnit;
import id.bansos.rules.Criterion;
import id.bansos.rules.Member;
import id.bansos.rules.Param;
import id.bansos.rules.PaymentFrequency;
import id.bansos.rules.Program;
import id.bansos.rules.ProgramInfo;
import id.bansos.rules.Text;
import id.bansos.rules.criteria.CommonCriteria;
import id.bansos.rules.criteria.CoveredRegions;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * PKH Plus (Program Keluarga Harapan Plus, also "Jaslut" / "PKH Perlindungan Lanjut Usia"): the
 * province's top-up for an elderly member of a family that is already a national PKH beneficiary
 * (KPM). See {@code programs.md} §4.
 *
 * <p>The rule: the family is a PKH KPM; it lives in a kabupaten/kota covered in that period; no
 * member holds an excluded occupation; and a living member is at least {@link #MIN_AGE} (70) years
 * old. The benefit is Rp500,000 per tahap, four tahap a year, through Bank Jatim.
 *
 * <p><b>Counted per family, paid for a member.</b> The program's unit is the household ({@link
 * BeneficiaryUnit#HOUSEHOLD}): the province counts PKH Plus in KPM (families: 50,000 KPM in 2019,
 * 55,000 in 2023, 47,657 KPM in Q4 2024), and a family is one KPM however many elderly members it
 * has. The determination still names as beneficiary the elderly member the benefit is paid for,
 * because the recipient is tied to that person. The program ties each payment to the elder named
 * when the province approved the round's list: an elder who dies or moves is not replaced by
 * another member in that round, and the unpaid money goes back to the treasury (programs.md §4).
 * A household's facts on one date cannot show whom a round's list names, so the determination
 * says who qualifies on the date (the eldest qualifying member alive then), not who is on a list:
 * after the named elder's death, a family with another member aged 70 or more is ELIGIBLE, which
 * means that member may be proposed, not that the round's payment passes to them.
 *
 * <p><b>Several members aged 70 or more.</b> The benefit is per family: one payment per KPM, to
 * one elderly member ({@link #MAX_BENEFICIARIES}, default 1). The province's own figures count
 * PKH Plus in KPM (families), and the Q4 2024 total is exactly KPM × Rp500,000 (47,657 ×
 * Rp500,000 = Rp23.8285 bn), which leaves no room for a second payment to the same family; the
 * national PKH lansia component is likewise capped at one per family. The beneficiary named is
 * the eldest qualifying member (ties broken by NIK). This is an inference, marked so, and
 * overridable.
 *
 * <p><b>Who pays.</b> The provincial budget ({@link Funder#APBD_PROVINSI}): PKH Plus is the
 * province's own top-up, budgeted at Rp100 bn in 2019 and 2024 and Rp110 bn in 2023 (programs.md
 * §4); the national PKH it adds to is {@code NationalPkh}, paid from the APBN.
 */
public final class PkhPlus {

  /** Program code. */
  public static final String CODE = "PKH_PLUS";

  /** Whether the program is in force. */
  public static final ParameterKey<Boolean> IN_FORCE =
      ParameterKey.required("PKH_PLUS.IN_FORCE", Boolean.class);
  /** Minimum age of the elderly member, inclusive. */
  public static final ParameterKey<Integer> MIN_AGE =
      ParameterKey.required("PKH_PLUS.MIN_AGE", Integer.class);
  /** Kabupaten/kota covered in the period. */
  public static final ParameterKey<CoveredRegions> COVERED_REGIONS =
      ParameterKey.required("PKH_PLUS.COVERED_REGIONS", CoveredRegions.class);
  /** The cash benefit. */
  public static final ParameterKey<BenefitSchedule> BENEFIT =
      ParameterKey.required("PKH_PLUS.BENEFIT", BenefitSchedule.class);
  /** How many elderly members of one family are paid. */
  public static final ParameterKey<Integer> MAX_BENEFICIARIES =
      ParameterKey.required("PKH_PLUS.MAX_BENEFICIARIES", Integer.class);

  static final Criterion QUALIFYING_MEMBER = new Criterion(CODE + ".QUALIFYING_MEMBER",
      Text.of("Ada anggota lansia yang memenuhi syarat", "An elderly member qualifies"),
      "Antara, 15 Dec 2023; Bhirawa, Nov 2024",
      Text.of("{qualifying} anggota lansia memenuhi syarat.", "Elderly members who qualify: {qualifying}."),
      Text.of("Tidak ada anggota keluarga yang memenuhi syarat usia.",
          "No member meets the age condition."),
      Text.of("Belum dapat dipastikan apakah ada anggota lansia yang memenuhi syarat.",
          "Cannot yet tell whether an elderly member qualifies."));
  static final Criterion AGE_AT_LEAST = new Criterion(CODE + ".AGE_AT_LEAST",
      Text.of("Berusia paling sedikit {MIN_AGE} tahun", "Aged at least {MIN_AGE}"),
      "Antara, 15 Dec 2023 (\"di atas 70 tahun\"); BangsaOnline, 12 Jun 2022 (\"berumur 70 tahun\")",
      Text.of("Berusia {age} tahun, paling sedikit {MIN_AGE} tahun.",
          "Aged {age}, at least {MIN_AGE}."),
      Text.of("Berusia {age} tahun, kurang dari {MIN_AGE} tahun.", "Aged {age}, under {MIN_AGE}."),
      Text.of("Tanggal lahir belum tercatat.", "The birth date is not recorded."));

  private static final ProgramInfo INFO = new ProgramInfo(CODE,
      Text.of("PKH Plus (Perlindungan Lanjut Usia)", "PKH Plus (elderly protection)"),
      Text.of("Tambahan bantuan provinsi bagi lansia 70 tahun ke atas dalam keluarga penerima PKH.",
          "The province's top-up for members aged 70+ of national PKH families."),
      BeneficiaryUnit.HOUSEHOLD,
      "Pergub/Kepgub not found; press statements of Dinsos Jatim 2019-2025 (programs.md §4)",
      IN_FORCE);

  /** The nine kota of Jawa Timur (35.71 to 35.79). */
  private static final String[] KOTA = {"35.71", "35.72", "35.73", "35.74", "35.75", "35.76",
      "35.77", "35.78", "35.79"};

  // The last day a source reports PKH Plus for (Harian Bhirawa, Sep 2025: the 2025 tahap III).
  private static final LocalDate LAST_REPORTED = LocalDate.of(2025, 12, 31);
  private static final String UNREPORTED = "No source reports PKH Plus after 2025; the 2025 value"
      + " is assumed to continue until a source is found.";

  private static final Program PROGRAM = declare();

  private PkhPlus() {}

  /**
   * The program.
   *
   * @return the shared, immutable program
   */
  public static Program program() {
    return PROGRAM;
  }

  private static Program declare() {
    Program.Builder b = Program.builder(INFO).parameters(parameters());
    Param<Integer> minAge = b.param(MIN_AGE);
    Param<BenefitSchedule> benefit = b.param(BENEFIT);
    Param<Integer> max = b.param(MAX_BENEFICIARIES);
    b.member(AGE_AT_LEAST, CommonCriteria.ageAtLeast(minAge), minAge);
    CommonCriteria.aid(b, AidProgram.PKH, true);
    CommonCriteria.coveredRegion(b, COVERED_REGIONS);
    CommonCriteria.noExcludedOccupation(b);
    CommonCriteria.recipientNotExcluded(b);
    b.qualifying(QUALIFYING_MEMBER);
    // The eldest qualifying members first (ties by NIK), as many as the family may be paid for.
    return b.award((h, qualifying, r, g) -> {
      List<Member> eldest = new ArrayList<>(qualifying);
      eldest.sort(Comparator.comparing((Member m) -> m.person().birthDate().orElseThrow())
          .thenComparing(Member::nik));
      int paid = Math.min(r.value(max), eldest.size());
      for (int i = 0; i < paid; i++) {
        g.member(eldest.get(i));
      }
      g.benefit(benefit);
    }, max).build();
  }

  private static List<Parameter<?>> parameters() {
    LocalDate start = LocalDate.of(2019, 1, 1);
    String times = "TIMES Indonesia, 19 Jul 2019: PKH Plus for 10 kabupaten";
    String timesUrl = "https://www.timesindonesia.co.id/read/221198/20190719/164247/jangkauan-pkh-plus-bisa-diperluas-ke-15-kabupaten-mana-saja";
    String lpk = "TabloidLPK / RMOL Jatim, 29 Jul 2019: 50,000 KPM in 10 kabupaten";
    String lpkUrl = "https://tabloidlpk.id/?p=7402";
    String korannusantara = "Mediakorannusantara, 15 May 2023: 10 (2019-20), 15 (2021-22), 25 (2023) kabupaten";
    String korannusantaraUrl = "https://mediakorannusantara.com/pemprov-jatim-terus-sejahterakan-masyakat-lanjut-usia/";
    String antara = "Antara, 15 Dec 2023: PKH Plus for lansia above 70, Rp2 juta a year";
    String antaraUrl = "https://bengkulu.antaranews.com/berita/323559/dinsos-jawa-timur-raih-penghargaan-pelaksana-jatim-sejahtera-dari-lkbn-antara";
    String bhirawa = "Harian Bhirawa, Nov 2024: Q4 2024 extended to all 38 kab/kota";
    String bhirawaUrl = "https://harianbhirawa.co.id/perluas-jangkauan-dinsos-jatim-salurkan-pkh-plus-bagi-188-kpm-di-kota-malang";
    String republika = "Republika, 11 Feb 2023: Rp2 juta per year in 4 tahap";
    String republikaUrl = "https://fbeta.republika.co.id/berita/rpxxd4436/pkh-plus-sasar-55-ribu-keluarga-di-jatim";
    String every = "Rp2 juta a year in four tahap through Bank Jatim; only Beritasatu's 2020"
        + " report differs.";
    BenefitSchedule cash = BenefitSchedule.paid(
        Text.of("Bantuan tunai PKH Plus", "PKH Plus cash transfer"), BenefitForm.CASH,
        Rupiah.of(500_000), PaymentFrequency.PER_TAHAP, 4, Optional.of("Bank Jatim"),
        Funder.APBD_PROVINSI);
    String ppid = "Dinsos Jatim PPID, 29 Apr 2024: PKH Plus 2024";
    String ppidUrl = "https://dinsos.jatimprov.go.id/web/public/ppid/berita/14361/show";
    // The ten kabupaten of 2019 (most poor people): Malang, Jember, Probolinggo, Sumenep, Kediri,
    // Bangkalan, Bojonegoro, Tuban, Lamongan, Sampang.
    String[] first10 = {"35.07", "35.09", "35.13", "35.29", "35.06", "35.26", "35.22", "35.23",
        "35.24", "35.27"};
    String[] first10PlusTwo = {"35.07", "35.09", "35.13", "35.29", "35.06", "35.26", "35.22",
        "35.23", "35.24", "35.27", "35.11", "35.12"};

    return List.of(
        Parameter.builder(IN_FORCE, "Whether PKH Plus is in force")
            .from(start).to(LAST_REPORTED).value(true).source(times, timesUrl).source(lpk, lpkUrl)
            .source("Harian Bhirawa, Sep 2025: PKH Plus 2025 tahap III",
                "https://harianbhirawa.co.id/dinsos-jatim-monitoring-penyaluran-pkh-plus-tahap-iii-di-empat-daerah")
            .note("Started in 2019 as Jaslut / PKH Plus Jamsos Lansia; last reported for 2025"
                + " (tahap III, September).")
            .add()
            .from(LAST_REPORTED.plusDays(1)).value(true).confidence(Confidence.ASSUMED)
            .source("Harian Bhirawa, Sep 2025: PKH Plus 2025 tahap III",
                "https://harianbhirawa.co.id/dinsos-jatim-monitoring-penyaluran-pkh-plus-tahap-iii-di-empat-daerah")
            .note(UNREPORTED).add()
            .build(),
        Parameter.builder(MIN_AGE, "Minimum age in years of the elderly member (inclusive)")
            .from(start).value(70).confidence(Confidence.DISPUTED)
            .source(antara, antaraUrl)
            .source("BangsaOnline, 12 Jun 2022: lansia \"terhitung berumur 70 tahun\"",
                "https://bangsaonline.com/berita/105469/ribuan-lansia-di-bojonegoro-terima-bansos-pkh-plus-dari-pemprov-jatim")
            .note("Sources disagree: \"di atas 70\" (over 70: Antara, Dec 2023; Bhirawa, Nov 2024)"
                + " vs \"70 tahun ke atas\" / \"berumur 70 tahun\" (70 and over: BangsaOnline,"
                + " Jun 2022; Malang Posco Media). 70 inclusive is used.")
            .add()
            .build(),
        Parameter.builder(COVERED_REGIONS, "Kabupaten/kota where PKH Plus is paid")
            .from(start).to(LocalDate.of(2019, 12, 31)).value(CoveredRegions.exactly(first10))
            .source(times, timesUrl).source(lpk, lpkUrl).add()
            .from(LocalDate.of(2020, 1, 1)).to(LocalDate.of(2020, 12, 31))
            .value(CoveredRegions.exactly(first10)).confidence(Confidence.INFERRED)
            .source(korannusantara, korannusantaraUrl)
            .note("2020 had 10 kabupaten; that they were the same ten as 2019 is inferred.").add()
            .from(LocalDate.of(2021, 1, 1)).to(LocalDate.of(2022, 12, 31))
            .value(CoveredRegions.atLeast(first10PlusTwo).except(KOTA)).confidence(Confidence.INFERRED)
            .source(korannusantara, korannusantaraUrl)
            .source("Liputanjatim, 7 Oct 2021: PKH Plus in 15 kabupaten", "https://liputanjatim.com/?p=13340")
            .source(times, timesUrl)
            .note("Fifteen kabupaten; the final list was not found. The 2019 ten plus Bondowoso and"
                + " Situbondo (named as likely in 2019) are inferred; three are unknown, so a"
                + " household in another kabupaten is UNDETERMINED until a regency supplies the"
                + " list. Sources count kabupaten only, so the nine kota are not covered.")
            .add()
            .from(LocalDate.of(2023, 1, 1)).to(LocalDate.of(2024, 9, 30))
            .value(CoveredRegions.atLeast(first10PlusTwo).except(KOTA))
            .confidence(Confidence.INFERRED)
            .source(korannusantara, korannusantaraUrl)
            .source("Republika, 11 Feb 2023: PKH Plus for 55,000 KPM",
                "https://fbeta.republika.co.id/berita/rpxxd4436/pkh-plus-sasar-55-ribu-keluarga-di-jatim")
            .source(bhirawa + " (25 kabupaten in Q1-Q3 2024)", bhirawaUrl)
            .source(ppid, ppidUrl)
            .note("25 kabupaten; the list was not found. Earlier regions are assumed to stay covered;"
                + " other kabupaten are unknown; the nine kota are not covered (kota joined in Q4"
                + " 2024).")
            .add()
            .from(LocalDate.of(2024, 10, 1)).to(LAST_REPORTED).value(CoveredRegions.exactly("35"))
            .source(bhirawa, bhirawaUrl)
            .source("Harian Bhirawa, Sep 2025: PKH Plus 2025 in 38 kab/kota",
                "https://harianbhirawa.co.id/dinsos-jatim-monitoring-penyaluran-pkh-plus-tahap-iii-di-empat-daerah")
            .add()
            .from(LAST_REPORTED.plusDays(1)).value(CoveredRegions.exactly("35"))
            .confidence(Confidence.ASSUMED)
            .source("Harian Bhirawa, Sep 2025: PKH Plus 2025 in 38 kab/kota",
                "https://harianbhirawa.co.id/dinsos-jatim-monitoring-penyaluran-pkh-plus-tahap-iii-di-empat-daerah")
            .note(UNREPORTED).add()
            .build(),
        Parameter.builder(BENEFIT, "PKH Plus cash benefit per family")
            .from(start).to(LocalDate.of(2019, 12, 31)).value(cash)
            .confidence(Confidence.INFERRED)
            .source(lpk + " (Rp100 bn for 50,000 KPM: Rp2 juta each)", lpkUrl)
            .source(antara, antaraUrl).source(republika, republikaUrl)
            .note("Rp2 juta a year is stated for 2019 (Rp100 bn for 50,000 KPM); its payment in four"
                + " tahap of Rp500,000 through Bank Jatim is reported from 2023 and applied to 2019"
                + " by inference.")
            .add()
            .from(LocalDate.of(2020, 1, 1)).to(LocalDate.of(2020, 12, 31)).value(cash)
            .confidence(Confidence.DISPUTED)
            .source(korannusantara, korannusantaraUrl)
            .source("Beritasatu, 6 May 2020: PKH Plus Rp2.5 juta a year for 7,997 KPM in the 2020"
                    + " JPS package",
                "https://www.beritasatu.com/nasional/629643/jatim-gulirkan-jaring-pengaman-sosial-lewat-program-reguler")
            .note("Sources disagree for 2020: Beritasatu (6 May 2020) reports Rp2.5 juta a year, a"
                + " pandemic variant or a reporting error; every other source of 2019-2025 says"
                + " Rp2 juta, which is used.")
            .add()
            .from(LocalDate.of(2021, 1, 1)).to(LocalDate.of(2025, 12, 31)).value(cash)
            .source(antara, antaraUrl).source(republika, republikaUrl)
            .source("Harian Bhirawa, Sep 2025: PKH Plus 2025 tahap III",
                "https://harianbhirawa.co.id/dinsos-jatim-monitoring-penyaluran-pkh-plus-tahap-iii-di-empat-daerah")
            .note(every)
            .add()
            .from(LocalDate.of(2026, 1, 1)).value(cash).confidence(Confidence.ASSUMED)
            .source(antara, antaraUrl).source(republika, republikaUrl)
            .note("No source reports PKH Plus after 2025; the 2021-2025 benefit is assumed to"
                + " continue until a source is found.")
            .add()
            .build(),
        Parameter.builder(MAX_BENEFICIARIES, "Elderly members paid per family")
            .from(start).value(1).confidence(Confidence.INFERRED)
            .source(bhirawa + " (Q4 2024: 47,657 KPM x Rp500,000 = Rp23.8285 bn)", bhirawaUrl)
            .source(ppid + " (2024 target counted in KPM)", ppidUrl)
            .source("National PKH lansia component: max 1 per family (Tribunnews, Jan 2022)",
                "https://m.tribunnews.com/amp/nasional/2022/01/10/cek-penerima-bansos-pkh-di-cekbansoskemensosgoid-berikut-besaran-bantuan-dan-kriteria-penerima?page=2")
            .note("Counts and totals are per KPM (family), so one elderly member per family is paid.")
            .add()
            .build());
  }
}
