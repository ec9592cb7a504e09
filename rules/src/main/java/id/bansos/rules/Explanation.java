package id.bansos.rules;

import id.bansos.core.household.Household;
import id.bansos.core.identity.Nik;
import id.bansos.core.money.Rupiah;
import id.bansos.core.region.RegionCode;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.ParameterValue;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The three renderings of {@link Render} over one assessment in one language: what they share
 * (the short answer, member names, the checklist of facts still needed) is worked out here once.
 */
final class Explanation {

  private final Assessment a;
  private final Optional<Household> household;
  private final Language lang;
  private final boolean id;
  private final MemberNames names;
  // Each determination's results, built from its record once for all the parts that read them.
  private final Map<Determination, Read> read = new IdentityHashMap<>();

  private record Read(List<CriterionResult> criteria, List<MemberResult> members,
      List<MissingFact> missing) {}

  private Explanation(Assessment a, Optional<Household> household, Language lang) {
    this.a = a;
    this.household = household;
    this.lang = lang;
    this.id = lang == Language.ID;
    Set<Nik> niks = new LinkedHashSet<>();
    for (Determination d : a.determinations()) {
      Read r = new Read(d.criteria(), d.members(), d.missingFacts());
      read.put(d, r);
      for (Beneficiary b : d.beneficiaries()) {
        b.member().ifPresent(niks::add);
      }
      for (MemberResult m : r.members()) {
        niks.add(m.member());
      }
      for (MissingFact f : r.missing()) {
        f.member().ifPresent(niks::add);
      }
    }
    for (ServiceRecord r : a.serviceRecords()) {
      r.beneficiary().member().ifPresent(niks::add);
    }
    this.names = MemberNames.of(household, a.date(), niks);
  }

  private List<CriterionResult> criteria(Determination d) {
    return read.get(d).criteria();
  }

  private List<MemberResult> members(Determination d) {
    return read.get(d).members();
  }

  private List<MissingFact> missingOf(Determination d) {
    return read.get(d).missing();
  }

  static Explanation of(Assessment a, Optional<Household> household, Language lang) {
    return new Explanation(Objects.requireNonNull(a, "assessment"), household,
        Objects.requireNonNull(lang, "language"));
  }

  private String t(String indonesian, String english) {
    return id ? indonesian : english;
  }

  // ---------------------------------------------------------------- shared parts

  private String title() {
    return t("Penilaian KK ", "Assessment of KK ") + a.kkNumber() + t(" per ", " as of ")
        + Labels.date(a.date(), lang);
  }

  /** Which rules decided, in one line without its end: catalog, fingerprint, library. */
  private String stamp() {
    StringBuilder sb = new StringBuilder();
    Messages.appendStamp(sb, a.stamp(), lang);
    return sb.substring(0, sb.length() - 1) + ".";
  }

  private Optional<String> domicile() {
    return household.flatMap(h -> h.domicile()).map(this::place);
  }

  private String place(RegionCode code) {
    String place = Labels.place(code);
    return place.equals(code.toString()) ? place : place + " (" + code + ")";
  }

  private String money(Rupiah amount) {
    return Labels.money(amount, lang);
  }

  private String who(Beneficiary b) {
    return b.member().map(n -> names.label(n, lang)).orElse(t("seluruh keluarga",
        "the whole family"));
  }

  private String whoInSentence(Beneficiary b) {
    return b.member().map(n -> names.inSentence(n, lang)).orElse(t("seluruh keluarga",
        "the whole family"));
  }

  private String missing(MissingFact f) {
    StringBuilder sb = new StringBuilder();
    f.household().ifPresent(k -> sb.append("KK ").append(k).append(": "));
    f.member().ifPresent(n -> sb.append(names.label(n, lang)).append(": "));
    return sb.append(f.label(lang)).toString();
  }

  private String missingInSentence(MissingFact f) {
    StringBuilder sb = new StringBuilder(f.label(lang));
    f.member().ifPresent(n -> sb.append(t(" untuk ", " of "))
        .append(names.inSentence(n, lang)));
    f.household().ifPresent(k -> sb.append(t(" di KK ", " in KK ")).append(k));
    return sb.toString();
  }

  /**
   * The program's name as a sentence says it: "PKH Plus", "ASPD", "WRSE / Putri Jawara", "Pilar
   * sosial": an acronym in brackets, else the name before its brackets or its colon.
   */
  private String shortName(ProgramInfo p) {
    String name = p.name().in(lang);
    int colon = name.indexOf(": ");
    if (colon > 0) {
      name = name.substring(0, colon);
    }
    int open = name.indexOf(" (");
    if (open < 0 || !name.endsWith(")")) {
      return name;
    }
    String inBrackets = name.substring(open + 2, name.length() - 1);
    boolean acronym = inBrackets.length() <= 6 && inBrackets.equals(
        inBrackets.toUpperCase(java.util.Locale.ROOT));
    return acronym ? inBrackets : name.substring(0, open);
  }

  private static String status(Status s, Language language) {
    return Messages.statusText(s, language);
  }

  private static String sentenceCase(String message) {
    if (message.length() > 1 && Character.isUpperCase(message.charAt(0))
        && Character.isLowerCase(message.charAt(1))) {
      return Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
    return message;
  }

  private static String withoutStop(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  private String join(List<String> items) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + t(" dan ", " and ")
        + items.get(items.size() - 1);
  }

  /** One plain sentence: what the family gets from the program, or why not, or what is needed. */
  String shortAnswer(Determination d) {
    String program = shortName(d.program());
    switch (d.status()) {
      case ELIGIBLE: {
        YearlyTotals totals = d.yearlyTotals();
        List<String> whom = new ArrayList<>();
        for (Beneficiary b : d.beneficiaries()) {
          whom.add(whoInSentence(b));
        }
        StringBuilder sb = new StringBuilder(t("Keluarga ini berhak atas ",
            "This family is entitled to ")).append(program);
        if (!totals.total().isZero()) {
          sb.append(": ").append(totals.hasUnknownAmounts() ? t("setidaknya ", "at least ") : "")
              .append(money(totals.total())).append(t(" setahun", " a year"));
        } else if (totals.hasUnknownAmounts()) {
          sb.append(t(" (jumlahnya belum diketahui)", " (amount not yet known)"));
        }
        return sb.append(t(" untuk ", " for ")).append(join(whom)).append('.').toString();
      }
      case NOT_ELIGIBLE: {
        List<String> why = new ArrayList<>();
        for (CriterionResult r : criteria(d)) {
          if (r.outcome() == Outcome.FAIL) {
            why.add(withoutStop(sentenceCase(r.message(lang))));
          }
        }
        return t("Keluarga ini tidak berhak atas ", "This family is not entitled to ") + program
            + (why.isEmpty() ? "" : ": " + String.join("; ", why)) + ".";
      }
      default: {
        List<String> needed = new ArrayList<>();
        List<MissingFact> facts = missingOf(d);
        for (int i = 0; i < Math.min(3, facts.size()); i++) {
          needed.add(missingInSentence(facts.get(i)));
        }
        int more = facts.size() - needed.size();
        if (more > 0) {
          needed.add(id ? more + " data lainnya" : more + " more");
        }
        return t("Belum dapat ditentukan apakah keluarga ini berhak atas ",
            "It cannot yet be decided whether this family is entitled to ") + program
            + (needed.isEmpty() ? "." : t(": masih diperlukan ", ": still needed: ")
                + join(needed) + ".");
      }
    }
  }

  /** The facts still needed by every program, each once, with the programs that need it. */
  private Map<MissingFact, List<String>> checklist() {
    Map<MissingFact, List<String>> out = new LinkedHashMap<>();
    for (Determination d : a.determinations()) {
      for (MissingFact f : missingOf(d)) {
        List<String> programs = out.computeIfAbsent(f, k -> new ArrayList<>(2));
        String name = shortName(d.program());
        if (!programs.contains(name)) {
          programs.add(name);
        }
      }
    }
    return out;
  }

  private String benefit(Benefit b) {
    BenefitSchedule s = b.schedule();
    StringBuilder sb = new StringBuilder(s.label().in(lang));
    s.amountPerPayment().ifPresent(amount -> sb.append(": ").append(money(amount)).append(" x ")
        .append(s.paymentsPerYear()).append(" = ").append(money(s.yearlyTotal().orElseThrow()))
        .append(t(" setahun", " a year")));
    if (s.isAmountUnknown()) {
      sb.append(": ").append(t("jumlah belum diketahui", "amount not yet known"));
    }
    s.channel().ifPresent(ch -> sb.append(" (").append(ch).append(')'));
    return sb.append(t("; sumber dana: ", "; funded by: ")).append(s.funder().label().in(lang))
        .toString();
  }

  private String yearly(Determination d) {
    if (!d.isEligible()) {
      return "–";
    }
    YearlyTotals totals = d.yearlyTotals();
    if (totals.total().isZero() && totals.hasUnknownAmounts()) {
      return t("belum diketahui", "not yet known");
    }
    return (totals.hasUnknownAmounts() ? t("setidaknya ", "at least ") : "")
        + money(totals.total());
  }

  private List<String> totals() {
    YearlyTotals totals = a.yearlyTotals();
    List<String> lines = new ArrayList<>();
    lines.add(t("Total per tahun: ", "Yearly total: ") + amount(totals.total(),
        totals.hasUnknownAmounts()));
    for (Funder f : Funder.values()) {
      boolean unknown = totals.unknownAmounts().contains(f);
      if (unknown || !totals.amount(f).isZero()) {
        lines.add(f.label().in(lang) + ": " + amount(totals.amount(f), unknown));
      }
    }
    return lines;
  }

  private String amount(Rupiah amount, boolean unknown) {
    return unknown ? t("setidaknya ", "at least ") + money(amount)
        + t(" (ada bantuan yang jumlahnya belum diketahui)", " (some amounts are not yet known)")
        : money(amount);
  }

  /**
   * Every rule the determination rests on is confirmed, or it rests on so many rules that are
   * not, named with their confidence when they differ.
   */
  private String confidence(Determination d) {
    List<ParameterValue<?>> uncertain = d.uncertainValues();
    if (uncertain.isEmpty()) {
      return t("Semua aturan yang menjadi dasar keputusan ini dikonfirmasi sumber.",
          "Every rule this answer rests on is confirmed by a source.");
    }
    Confidence shared = uncertain.get(0).confidence();
    for (ParameterValue<?> v : uncertain) {
      if (v.confidence() != shared) {
        shared = null;
        break;
      }
    }
    int n = uncertain.size();
    StringBuilder sb = new StringBuilder();
    if (id) {
      sb.append("Keputusan ini bersandar pada ").append(n).append(" aturan yang ")
          .append(shared == null ? "belum dikonfirmasi" : adjective(shared));
    } else {
      sb.append("This answer rests on ").append(n).append(' ')
          .append(shared == null ? "unconfirmed" : adjective(shared))
          .append(n == 1 ? " rule" : " rules");
    }
    sb.append(": ");
    for (int i = 0; i < n; i++) {
      ParameterValue<?> v = uncertain.get(i);
      sb.append(i == 0 ? "" : "; ").append(v.key().name());
      if (shared == null) {
        sb.append(" (").append(adjective(v.confidence())).append(')');
      }
    }
    return sb.append('.').toString();
  }

  private String adjective(Confidence c) {
    return switch (c) {
      case CONFIRMED -> t("dikonfirmasi", "confirmed");
      case INFERRED -> t("disimpulkan", "inferred");
      case DISPUTED -> t("diperselisihkan", "disputed");
      case ASSUMED -> t("diasumsikan", "assumed");
    };
  }

  private String serviceRecord(ServiceRecord r, boolean withCode) {
    StringBuilder sb = new StringBuilder(r.program().name().in(lang));
    if (withCode) {
      sb.append(" [").append(r.programCode()).append(']');
    }
    sb.append(": ").append(who(r.beneficiary()));
    for (Benefit b : r.services()) {
      sb.append(", ").append(b.schedule().label().in(lang));
    }
    for (Fact f : r.facts()) {
      // What the record rests on reads well as the value alone (the UPT's name); a yes/no fact
      // is what put the service on record and says nothing more.
      if (!(f.value() instanceof Boolean)) {
        sb.append("; ").append(Messages.format(f.value(), lang));
      }
    }
    return sb.toString();
  }

  private String conflict(StackingConflict c) {
    return t("Tidak dapat digabung: ", "Do not stack: ") + c.first() + " + " + c.second() + " ("
        + c.basis() + ")";
  }

  private String priority() {
    Priority priority = a.determinations().isEmpty() ? Priority.NONE
        : a.determinations().get(0).priority();
    StringBuilder sb = new StringBuilder(t("Skor prioritas: ", "Priority score: "))
        .append(priority.score());
    for (Priority.Reason r : priority.reasons()) {
      sb.append("; ").append(r.text().in(lang)).append(" +").append(r.points());
    }
    return sb.toString();
  }

  private static String mark(Outcome o) {
    return switch (o) {
      case PASS -> "[v]";
      case FAIL -> "[x]";
      case UNKNOWN -> "[?]";
    };
  }

  // ---------------------------------------------------------------- plain text

  String text() {
    StringBuilder sb = new StringBuilder(2048);
    sb.append(title()).append('\n');
    Messages.appendStamp(sb, a.stamp(), lang);
    domicile().ifPresent(p -> sb.append(t("Domisili: ", "Domicile: ")).append(p).append('\n'));
    if (!a.determinations().isEmpty()) {
      sb.append('\n').append(t("Jawaban singkat:", "Short answer:")).append('\n');
      for (Determination d : a.determinations()) {
        sb.append("- ").append(shortAnswer(d)).append('\n');
      }
    }
    for (Determination d : a.determinations()) {
      sb.append('\n').append(d.program().name().in(lang)).append(" [").append(d.programCode())
          .append("]: ").append(status(d.status(), lang)).append('\n');
      for (Beneficiary b : d.beneficiaries()) {
        sb.append("  > ").append(who(b)).append('\n');
        for (Benefit benefit : d.benefitsOf(b)) {
          sb.append("    + ").append(benefit(benefit)).append(" [")
              .append(adjective(benefit.source().confidence())).append("]\n");
        }
      }
      for (CriterionResult r : criteria(d)) {
        sb.append("  ").append(mark(r.outcome())).append(' ').append(r.code()).append(": ")
            .append(r.message(lang)).append('\n');
      }
      for (MemberResult m : members(d)) {
        sb.append("  ").append(names.label(m.member(), lang)).append(": ")
            .append(status(m.status(), lang)).append('\n');
        for (CriterionResult r : m.criteria()) {
          sb.append("    ").append(mark(r.outcome())).append(' ').append(r.code()).append(": ")
              .append(r.message(lang)).append('\n');
        }
      }
      if (!missingOf(d).isEmpty()) {
        List<String> labels = new ArrayList<>();
        for (MissingFact f : missingOf(d)) {
          labels.add(missing(f));
        }
        sb.append(t("  Data yang masih diperlukan: ", "  Still needed: "))
            .append(String.join("; ", labels)).append('\n');
      }
      sb.append("  ").append(confidence(d)).append('\n');
    }
    if (!a.serviceRecords().isEmpty()) {
      sb.append('\n').append(t("Catatan layanan (bukan keputusan kelayakan):",
          "Service records (not eligibility decisions):")).append('\n');
      for (ServiceRecord r : a.serviceRecords()) {
        sb.append("  ").append(serviceRecord(r, true)).append('\n');
      }
    }
    for (StackingConflict c : a.conflicts()) {
      sb.append('\n').append(conflict(c));
    }
    sb.append('\n').append(priority()).append('\n');
    List<String> totals = totals();
    sb.append(totals.get(0)).append('\n');
    for (String line : totals.subList(1, totals.size())) {
      sb.append("  ").append(line).append('\n');
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- Markdown

  /**
   * Escapes what Markdown would read as markup: emphasis, code, links, table cells, HTML tags;
   * an underscore inside a word ({@code PKH_PLUS}) and {@code <=} are left as they are.
   */
  private static String md(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
      boolean inWord = i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))
          && Character.isLetterOrDigit(next);
      if ("\\`*[]|".indexOf(c) >= 0 || (c == '_' && !inWord)
          || (c == '<' && (Character.isLetter(next) || "/!?".indexOf(next) >= 0))) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static String mdMark(Outcome o) {
    return switch (o) {
      case PASS -> "✓";
      case FAIL -> "✗";
      case UNKNOWN -> "?";
    };
  }

  String markdown() {
    StringBuilder sb = new StringBuilder(2048);
    // The masked card number in a code span: read as it is, with no escaped asterisks.
    sb.append("# ").append(t("Penilaian KK `", "Assessment of KK `")).append(a.kkNumber())
        .append(t("` per ", "` as of ")).append(Labels.date(a.date(), lang)).append("\n\n");
    domicile().ifPresent(p -> sb.append(t("Domisili: ", "Domicile: ")).append(md(p))
        .append("\n\n"));
    sb.append(md(stamp())).append("\n\n");
    sb.append("## ").append(t("Jawaban singkat", "Short answer")).append("\n\n");
    for (Determination d : a.determinations()) {
      sb.append("- ").append(md(shortAnswer(d))).append('\n');
    }
    sb.append("\n| ").append(t("Program | Keputusan | Per tahun | Penerima",
        "Program | Decision | Per year | For")).append(" |\n|---|---|--:|---|\n");
    for (Determination d : a.determinations()) {
      List<String> whom = new ArrayList<>();
      for (Beneficiary b : d.beneficiaries()) {
        whom.add(md(who(b)));
      }
      sb.append("| ").append(md(d.program().name().in(lang))).append(" | ")
          .append(status(d.status(), lang)).append(" | ").append(md(yearly(d))).append(" | ")
          .append(whom.isEmpty() ? "–" : String.join("; ", whom)).append(" |\n");
    }
    Map<MissingFact, List<String>> checklist = checklist();
    if (!checklist.isEmpty()) {
      sb.append("\n## ").append(t("Data untuk kunjungan berikutnya",
          "To record on the next visit")).append("\n\n");
      for (Map.Entry<MissingFact, List<String>> e : checklist.entrySet()) {
        sb.append("- [ ] ").append(md(missing(e.getKey()))).append(" (")
            .append(t("untuk ", "for ")).append(md(String.join(", ", e.getValue())))
            .append(")\n");
      }
    }
    sb.append("\n## ").append(t("Total per tahun", "Yearly totals")).append("\n\n");
    for (String line : totals()) {
      sb.append("- ").append(md(line)).append('\n');
    }
    if (!a.conflicts().isEmpty()) {
      sb.append('\n');
      for (StackingConflict c : a.conflicts()) {
        sb.append("- ").append(md(conflict(c))).append('\n');
      }
    }
    sb.append('\n').append(md(priority())).append('\n');
    for (Determination d : a.determinations()) {
      sb.append("\n## ").append(md(d.program().name().in(lang))).append(" (`")
          .append(d.programCode()).append("`)\n\n**").append(status(d.status(), lang))
          .append("**\n\n");
      if (!d.beneficiaries().isEmpty()) {
        for (Beneficiary b : d.beneficiaries()) {
          sb.append("- **").append(md(who(b))).append("**\n");
          for (Benefit benefit : d.benefitsOf(b)) {
            sb.append("  - ").append(md(benefit(benefit))).append('\n');
          }
        }
        sb.append('\n');
      }
      for (CriterionResult r : criteria(d)) {
        sb.append("- ").append(mdMark(r.outcome())).append(' ').append(md(r.message(lang)))
            .append('\n');
      }
      for (MemberResult m : members(d)) {
        sb.append("- ").append(md(names.label(m.member(), lang))).append(": ")
            .append(status(m.status(), lang)).append('\n');
        for (CriterionResult r : m.criteria()) {
          sb.append("  - ").append(mdMark(r.outcome())).append(' ')
              .append(md(r.message(lang))).append('\n');
        }
      }
      sb.append("\n_").append(md(confidence(d))).append("_\n");
    }
    if (!a.serviceRecords().isEmpty()) {
      sb.append("\n## ").append(t("Catatan layanan (bukan keputusan kelayakan)",
          "Service records (not eligibility decisions)")).append("\n\n");
      for (ServiceRecord r : a.serviceRecords()) {
        sb.append("- ").append(md(serviceRecord(r, false))).append('\n');
      }
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- HTML decision sheet

  private static String x(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private static final String STYLE = String.join("\n",
      "@page { size: A4; margin: 12mm; }",
      "body { font-family: sans-serif; font-size: 8pt; line-height: 1.25; color: #000;"
          + " margin: 0; }",
      "h1 { font-size: 13pt; margin: 0 0 2pt 0; }",
      "h2 { font-size: 10pt; margin: 8pt 0 3pt 0; border-bottom: 0.5pt solid #000; }",
      "p { margin: 2pt 0; }",
      "ul { margin: 0; padding-left: 12pt; }",
      "table { border-collapse: collapse; width: 100%; }",
      "th, td { border: 0.5pt solid #000; padding: 2pt 3pt; vertical-align: top;"
          + " text-align: left; }",
      "th { background: #eee; }",
      "col.program { width: 24%; } col.status { width: 13%; } col.num { width: 11%; }",
      "td.num, th.num { text-align: right; white-space: nowrap; }",
      "td.status { font-weight: bold; white-space: nowrap; }",
      "ul.check { list-style: none; padding-left: 0; }",
      "ul.check li::before { content: \"\\2610\\00a0\"; }",
      ".small { font-size: 7.5pt; }",
      "table.sign td { border: none; padding-top: 14pt; width: 33%; }",
      "tr { page-break-inside: avoid; }");

  String html() {
    StringBuilder sb = new StringBuilder(8192);
    String heading = t("Lembar keputusan bantuan sosial", "Social assistance decision sheet");
    sb.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
        .append(t("id", "en")).append("\" xml:lang=\"").append(t("id", "en")).append("\">\n")
        .append("<head>\n<meta charset=\"UTF-8\"/>\n<title>").append(x(heading)).append(" – KK ")
        .append(x(a.kkNumber().toString())).append("</title>\n<style>\n").append(STYLE)
        .append("\n</style>\n</head>\n<body>\n");
    sb.append("<h1>").append(x(heading)).append("</h1>\n<p>KK ")
        .append(x(a.kkNumber().toString()));
    domicile().ifPresent(p -> sb.append(" · ").append(x(p)));
    sb.append(" · ").append(x(t("per ", "as of ") + Labels.date(a.date(), lang)))
        .append("</p>\n");

    sb.append("<h2>").append(x(t("Jawaban singkat", "Short answer"))).append("</h2>\n<ul>\n");
    for (Determination d : a.determinations()) {
      sb.append("<li>").append(x(shortAnswer(d))).append("</li>\n");
    }
    sb.append("</ul>\n");

    sb.append("<h2>").append(x(t("Program", "Programs"))).append("</h2>\n<table>\n<colgroup><col class=\"program\"/><col class=\"status\"/>"
            + "<col class=\"num\"/><col/></colgroup>\n<thead><tr><th>")
        .append(x(t("Program", "Program"))).append("</th><th>")
        .append(x(t("Keputusan", "Decision"))).append("</th><th class=\"num\">")
        .append(x(t("Per tahun", "Per year"))).append("</th><th>")
        .append(x(t("Alasan", "Reasons"))).append("</th></tr></thead>\n<tbody>\n");
    for (Determination d : a.determinations()) {
      sb.append("<tr><td>").append(x(d.program().name().in(lang))).append("</td><td class=\"status\">")
          .append(x(status(d.status(), lang))).append("</td><td class=\"num\">")
          .append(x(yearly(d))).append("</td><td><ul>");
      for (String reason : reasons(d)) {
        sb.append("<li>").append(x(reason)).append("</li>");
      }
      sb.append("</ul></td></tr>\n");
    }
    sb.append("</tbody>\n</table>\n");
    List<String> totals = totals();
    sb.append("<p><b>").append(x(totals.get(0))).append("</b>");
    for (String line : totals.subList(1, totals.size())) {
      sb.append("; ").append(x(line));
    }
    sb.append("</p>\n");
    for (StackingConflict c : a.conflicts()) {
      sb.append("<p>").append(x(conflict(c))).append("</p>\n");
    }
    if (!a.serviceRecords().isEmpty()) {
      sb.append("<p>").append(x(t("Catatan layanan (bukan keputusan kelayakan): ",
          "Service records (not eligibility decisions): ")));
      List<String> records = new ArrayList<>();
      for (ServiceRecord r : a.serviceRecords()) {
        records.add(serviceRecord(r, false));
      }
      sb.append(x(String.join("; ", records))).append("</p>\n");
    }

    Map<MissingFact, List<String>> checklist = checklist();
    if (!checklist.isEmpty()) {
      sb.append("<h2>").append(x(t("Data untuk kunjungan berikutnya",
          "To record on the next visit"))).append("</h2>\n<ul class=\"check\">\n");
      for (Map.Entry<MissingFact, List<String>> e : checklist.entrySet()) {
        sb.append("<li>").append(x(missing(e.getKey()))).append(" <span class=\"small\">(")
            .append(x(t("untuk ", "for ") + String.join(", ", e.getValue())))
            .append(")</span></li>\n");
      }
      sb.append("</ul>\n");
    }

    sb.append("<p class=\"small\">").append(x(t(
        "Keputusan per tanggal di atas, menurut aturan program yang berlaku pada tanggal itu. ",
        "Decided as of the date above, by the program rules in force on that date. ")))
        .append(x(uncertainty())).append(' ').append(x(stamp())).append("</p>\n");
    sb.append("<table class=\"sign\"><tr><td>").append(x(t("Petugas:", "Officer:")))
        .append("</td><td>").append(x(t("Tanggal kunjungan:", "Date of visit:")))
        .append("</td><td>").append(x(t("Tanda tangan:", "Signature:")))
        .append("</td></tr></table>\n</body>\n</html>\n");
    return sb.toString();
  }

  /** The reasons a sheet's row shows: who receives what and why, why not, or what is open. */
  private List<String> reasons(Determination d) {
    List<String> out = new ArrayList<>();
    switch (d.status()) {
      case ELIGIBLE -> {
        for (Beneficiary b : d.beneficiaries()) {
          StringBuilder sb = new StringBuilder(who(b)).append(": ");
          b.member().flatMap(n -> members(d).stream().filter(m -> m.member().equals(n))
              .findFirst()).ifPresent(m -> {
                for (CriterionResult r : m.criteria()) {
                  if (r.outcome() == Outcome.PASS) {
                    sb.append(r.message(lang)).append(' ');
                  }
                }
              });
          List<String> benefits = new ArrayList<>();
          for (Benefit benefit : d.benefitsOf(b)) {
            benefits.add(benefit(benefit));
          }
          out.add(sb.append(String.join("; ", benefits)).toString());
        }
      }
      case NOT_ELIGIBLE -> {
        for (CriterionResult r : criteria(d)) {
          if (r.outcome() == Outcome.FAIL) {
            out.add(r.message(lang));
          }
        }
      }
      case UNDETERMINED -> {
        for (CriterionResult r : criteria(d)) {
          if (r.outcome() == Outcome.UNKNOWN) {
            out.add(r.message(lang));
          }
        }
      }
    }
    return out;
  }

  /** One sentence for the sheet: how many decisions rest on rules no source confirms. */
  private String uncertainty() {
    Set<String> programs = new LinkedHashSet<>();
    for (Determination d : a.determinations()) {
      // Some value is not confirmed exactly when uncertainValues() is not empty.
      if (d.weakestConfidence() != Confidence.CONFIRMED) {
        programs.add(shortName(d.program()));
      }
    }
    if (programs.isEmpty()) {
      return t("Semua aturan yang menjadi dasar keputusan ini dikonfirmasi sumber.",
          "Every rule these answers rest on is confirmed by a source.");
    }
    return t("Sebagian aturan belum dikonfirmasi sumber resmi (", "Some rules are not yet "
        + "confirmed by an official source (") + String.join(", ", programs)
        + t("); rinciannya ada dalam penjelasan lengkap.", "); the full explanation lists them.");
  }
}
