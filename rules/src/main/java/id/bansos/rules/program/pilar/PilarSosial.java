package id.bansos.rules.program.pilar;

import id.bansos.core.household.ExtensionKey;
import id.bansos.core.money.Rupiah;
import id.bansos.rules.BeneficiaryUnit;
import id.bansos.rules.BenefitForm;
import id.bansos.rules.BenefitSchedule;
import id.bansos.rules.Check;
import id.bansos.rules.Criterion;
import id.bansos.rules.EngineParameters;
import id.bansos.rules.FactKey;
import id.bansos.rules.Funder;
import id.bansos.rules.Facts;
import id.bansos.rules.Member;
import id.bansos.rules.Param;
import id.bansos.rules.PaymentFrequency;
import id.bansos.rules.Program;
import id.bansos.rules.ProgramInfo;
import id.bansos.rules.Text;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterKey;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The social pillars (pilar sosial): the province's quarterly incentives for the people who carry
 * its social-welfare work in the field. See {@code programs.md} §9.
 *
 * <p>The rule: a member whose {@link #ROLE} is {@link SocialPillarRole#TKSK}, {@link
 * SocialPillarRole#TAGANA} or {@link SocialPillarRole#PKH_PLUS_COMPANION_COORDINATOR} receives
 * that role's incentive, per quarter, four quarters a year: in 2024 Rp1,500,000 for a TKSK,
 * Rp750,000 for a Tagana volunteer and Rp1,500,000 (the coordinator's "tali asih") for a
 * coordinator of PKH Plus companions. Every member with a role qualifies, each with the amount of
 * their own role, so one family may have several beneficiaries. A member recorded as {@link
 * SocialPillarRole#NONE} does not; a member whose role is not recorded is UNKNOWN, except a child
 * (below {@link EngineParameters#CHILD_AGE_LIMIT}), who is taken to hold no role: the roles are
 * posts given to adults, and programs.md cites no age rule for them, so that is an inference.
 *
 * <p><b>The role is an extension fact.</b> Only this program reads it, so it is defined here
 * ({@link #ROLE}, {@code socialPillarRole} in JSON, on a person) rather than in the core model;
 * the program declares it, so the provincial catalog lists it and the JSON readers accept it
 * without setup. The fact means a role held among Jawa Timur's social pillars.
 *
 * <p><b>Why no exclusions, register or region criteria.</b> The incentive pays for work done in a
 * role the province or a regency assigned; it is not social assistance a family applies for. The
 * occupational exclusions and register rules of bansos (§10, §11) are stated for aid to poor
 * families, and the role already places its holder in Jawa Timur, whatever the domicile of the
 * family on the holder's card.
 *
 * <p><b>Who pays.</b> The provincial budget ({@link Funder#APBD_PROVINSI}): the source reports the
 * allowances at a Dinsos Jatim event for the social pillars it coordinates (programs.md §9); that
 * the province pays them, rather than Kemensos or a regency, is an inference.
 *
 * <p><b>Years.</b> The only source (Memotimur and Surabaya Pagi, 4-5 Apr 2024) states the
 * amounts "in 2024", so the program and its amounts are CONFIRMED for 2024 and the program starts
 * then. From 2025 they are kept, marked ASSUMED: programs.md describes standing roles, not a
 * one-off (TKSK under Permensos 28/2018, Tagana still deployed in 2025, PKH Plus and its companions
 * continuing in 2025 and 2026, §4), and the allowance as a quarterly routine, so the roles and an
 * incentive for them most likely continue; only the amounts are unknown. Every determination from
 * 2025 says so ({@code weakestConfidence} ASSUMED), and the province or a regency overrides the
 * values when the figures are published. Leaving the program out of force from 2025 would instead
 * state, without a source, that the allowance stopped.
 */
public final class PilarSosial {

  /** Program code. */
  public static final String CODE = "PILAR_SOSIAL";

  /**
   * Member fact: the social-pillar role the person holds. Recorded with {@code
   * Person.builder().putExtensions(ROLE, SocialPillarRole.TKSK)}; in JSON, {@code "extensions":
   * {"socialPillarRole": "TKSK"}} on the person.
   */
  public static final ExtensionKey<SocialPillarRole> ROLE =
      ExtensionKey.ofEnum("socialPillarRole", SocialPillarRole.class)
          .labelled("peran pilar sosial (TKSK, Tagana, koordinator)",
              "social-pillar role (TKSK, Tagana, coordinator)");

  /** Whether the program is in force. */
  public static final ParameterKey<Boolean> IN_FORCE =
      ParameterKey.required("PILAR_SOSIAL.IN_FORCE", Boolean.class);
  /** The incentive of a TKSK, per quarter. */
  public static final ParameterKey<BenefitSchedule> TKSK_INCENTIVE =
      ParameterKey.required("PILAR_SOSIAL.TKSK_INCENTIVE", BenefitSchedule.class);
  /** The incentive of a Tagana volunteer, per quarter. */
  public static final ParameterKey<BenefitSchedule> TAGANA_INCENTIVE =
      ParameterKey.required("PILAR_SOSIAL.TAGANA_INCENTIVE", BenefitSchedule.class);
  /** The allowance ("tali asih") of a coordinator of PKH Plus companions, per quarter. */
  public static final ParameterKey<BenefitSchedule> COORDINATOR_INCENTIVE =
      ParameterKey.required("PILAR_SOSIAL.PKH_PLUS_COORDINATOR_INCENTIVE", BenefitSchedule.class);

  private static final FactKey<Member, SocialPillarRole> ROLE_FACT = Facts.member(ROLE);

  static final Criterion HAS_ROLE = new Criterion(CODE + ".HAS_ROLE",
      Text.of("Memegang peran pilar sosial (TKSK, Tagana, koordinator pendamping PKH Plus)",
          "Holds a social-pillar role (TKSK, Tagana, coordinator of PKH Plus companions)"),
      "Memotimur / Surabaya Pagi, 4-5 Apr 2024 (Sinergitas Pilar Sosial); Permensos 28/2018 (TKSK)",
      Text.of("Peran pilar sosial: {socialPillarRole}.", "Social-pillar role: {socialPillarRole}."),
      Text.of("Tidak memegang peran pilar sosial yang diberi insentif.",
          "Holds no social-pillar role with an incentive."),
      Text.of("Peran pilar sosial belum tercatat.",
          "The social-pillar role is not recorded."));
  static final Criterion QUALIFYING_MEMBER = new Criterion(CODE + ".QUALIFYING_MEMBER",
      Text.of("Ada anggota yang memegang peran pilar sosial",
          "A member holds a social-pillar role"),
      "programs.md §9",
      Text.of("{qualifying} anggota memegang peran pilar sosial.",
          "Members who hold a social-pillar role: {qualifying}."),
      Text.of("Tidak ada anggota yang memegang peran pilar sosial.",
          "No member holds a social-pillar role."),
      Text.of("Belum dapat dipastikan apakah ada anggota yang memegang peran pilar sosial.",
          "Cannot yet tell whether a member holds a social-pillar role."));

  private static final ProgramInfo INFO = new ProgramInfo(CODE,
      Text.of("Pilar sosial: insentif TKSK, Tagana dan koordinator pendamping PKH Plus",
          "Social pillars: incentives for TKSK, Tagana and coordinators of PKH Plus companions"),
      Text.of("Insentif per triwulan bagi pilar sosial: TKSK Rp1,5 juta, Tagana Rp750 ribu,"
              + " koordinator pendamping PKH Plus Rp1,5 juta (2024).",
          "A quarterly incentive for the social pillars: TKSK Rp1.5 juta, Tagana Rp750 thousand,"
              + " coordinators of PKH Plus companions Rp1.5 juta (2024)."),
      BeneficiaryUnit.MEMBER,
      "Pergub/Kepgub not found; Memotimur / Surabaya Pagi, 4-5 Apr 2024 (Sinergitas Pilar"
          + " Sosial, quarterly allowances in 2024); Permensos 28/2018 (TKSK) (programs.md §9)",
      IN_FORCE);

  private static final Program PROGRAM = declare();

  private PilarSosial() {}

  /**
   * The program.
   *
   * @return the shared, immutable program
   */
  public static Program program() {
    return PROGRAM;
  }

  private static Program declare() {
    Program.Builder b = Program.builder(INFO).parameters(parameters()).extensionFacts(ROLE);
    Param<Integer> childLimit = b.param(EngineParameters.CHILD_AGE_LIMIT);
    Map<SocialPillarRole, Param<BenefitSchedule>> incentive = new EnumMap<>(SocialPillarRole.class);
    incentive.put(SocialPillarRole.TKSK, b.param(TKSK_INCENTIVE));
    incentive.put(SocialPillarRole.TAGANA, b.param(TAGANA_INCENTIVE));
    incentive.put(SocialPillarRole.PKH_PLUS_COMPANION_COORDINATOR, b.param(COORDINATOR_INCENTIVE));
    // A child without a recorded role holds none; anyone else without one is not known to.
    Check<Member> childWithoutRole = Check.test((m, r) -> m.person().extension(ROLE).isEmpty()
        && m.age().isPresent() && m.age().get() < r.value(childLimit));
    b.member(HAS_ROLE, Check.allOf(Check.not(childWithoutRole),
        Check.fact(ROLE_FACT, role -> role != SocialPillarRole.NONE)), childLimit);
    b.qualifying(QUALIFYING_MEMBER);
    // Each qualifying member, paid the incentive of their own role.
    return b.award((h, qualifying, r, g) -> {
      for (Member m : qualifying) {
        g.member(m).benefitFor(m, incentive.get(m.person().extension(ROLE).orElseThrow()));
      }
    }).build();
  }

  private static List<Parameter<?>> parameters() {
    LocalDate start = LocalDate.of(2024, 1, 1);
    LocalDate end = LocalDate.of(2024, 12, 31);
    LocalDate later = LocalDate.of(2025, 1, 1);
    String pagi = "Memotimur / Surabaya Pagi, 4-5 Apr 2024: Dinsos Jatim's Sinergitas Pilar Sosial;"
        + " quarterly"
        + " allowances in 2024: coordinator of PKH Plus companions Rp1.5 juta, Tagana Rp750,000,"
        + " TKSK Rp1.5 juta";
    String pagiUrl = "https://surabayapagi.com/news-248040-dinsos-jatim-gelar-sinergitas-pilar-sosial-perkuat-kolaborasi-tangani-ppks";
    String memo = "Memotimur, 4 Apr 2024: a coordinator of PKH Plus companions receives an"
        + " operational allowance (tali asih) of Rp1.5 juta per quarter in 2024";
    String memoUrl = "https://memotimur.id/?p=17196";
    String assumed = "Only 2024 is reported. The roles are standing ones (programs.md §4, §9) and"
        + " the allowance a quarterly routine, so it is assumed to continue at the 2024 amount"
        + " until a later figure is published; override it then.";
    return List.of(
        Parameter.builder(IN_FORCE, "Whether the social-pillar incentives are in force")
            .from(start).to(end).value(true).source(pagi, pagiUrl).source(memo, memoUrl)
            .note("The source states the allowances for 2024; no earlier year is reported.")
            .add()
            .from(later).value(true).confidence(Confidence.ASSUMED)
            .source(pagi, pagiUrl).note(assumed).add()
            .build(),
        incentive(TKSK_INCENTIVE, "TKSK incentive per quarter",
            Text.of("Insentif TKSK per triwulan", "TKSK quarterly incentive"), 1_500_000,
            start, end, later, List.of(pagi, pagiUrl), assumed),
        incentive(TAGANA_INCENTIVE, "Tagana incentive per quarter",
            Text.of("Insentif Tagana per triwulan", "Tagana quarterly incentive"), 750_000,
            start, end, later, List.of(pagi, pagiUrl), assumed),
        incentive(COORDINATOR_INCENTIVE,
            "Allowance (tali asih) of a coordinator of PKH Plus companions per quarter",
            Text.of("Tali asih koordinator pendamping PKH Plus per triwulan",
                "PKH Plus companion coordinator's quarterly allowance (tali asih)"), 1_500_000,
            start, end, later, List.of(pagi, pagiUrl, memo, memoUrl), assumed));
  }

  private static Parameter<BenefitSchedule> incentive(ParameterKey<BenefitSchedule> key,
      String description, Text label, long perQuarter, LocalDate start, LocalDate end,
      LocalDate later, List<String> sources, String assumed) {
    BenefitSchedule value = BenefitSchedule.paid(label, BenefitForm.CASH, Rupiah.of(perQuarter),
        PaymentFrequency.PER_TAHAP, 4, Optional.empty(), Funder.APBD_PROVINSI);
    Parameter.ValueBuilder<BenefitSchedule> confirmed =
        Parameter.builder(key, description).from(start).to(end).value(value);
    for (int i = 0; i < sources.size(); i += 2) {
      confirmed.source(sources.get(i), sources.get(i + 1));
    }
    return confirmed.add()
        .from(later).value(value).confidence(Confidence.ASSUMED)
        .source(sources.get(0), sources.get(1)).note(assumed).add()
        .build();
  }
}
