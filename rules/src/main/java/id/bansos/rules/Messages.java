package id.bansos.rules;

import id.bansos.core.money.Rupiah;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.ParameterValue;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/** Turns results into text, only when asked. Never uses the default locale. */
final class Messages {

  private Messages() {}

  /** Fills {@code {name}} placeholders from the result's facts, then its parameters' last name part. */
  static String fill(String template, CriterionResult result, Language language) {
    if (template.indexOf('{') < 0) {
      return template;
    }
    StringBuilder sb = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close < 0) {
        sb.append(c);
        i++;
        continue;
      }
      String name = template.substring(i + 1, close);
      Object value = lookup(name, result);
      if (value == null) {
        sb.append(template, i, close + 1);
      } else {
        sb.append(format(value, language));
      }
      i = close + 1;
    }
    return sb.toString();
  }

  private static Object lookup(String name, CriterionResult result) {
    for (Fact f : result.facts()) {
      if (f.name().equals(name)) {
        return f.value();
      }
    }
    for (ParameterValue<?> p : result.parameters()) {
      String key = p.key().name();
      if (key.endsWith("." + name)) {
        return p.value();
      }
    }
    return null;
  }

  static String format(Object value, Language language) {
    if (value instanceof Rupiah r) {
      return r.format();
    }
    if (value instanceof Boolean b) {
      return language == Language.ID ? (b ? "ya" : "tidak") : (b ? "yes" : "no");
    }
    if (value instanceof Collection<?> c) {
      StringBuilder sb = new StringBuilder();
      for (Iterator<?> it = c.iterator(); it.hasNext(); ) {
        sb.append(format(it.next(), language));
        if (it.hasNext()) {
          sb.append(", ");
        }
      }
      return sb.toString();
    }
    if (value instanceof Text t) {
      return t.in(language);
    }
    return String.valueOf(value);
  }

  /** The rules that decided: the catalog, its fingerprint and the library version. */
  static void appendStamp(StringBuilder sb, CatalogStamp stamp, Language language) {
    boolean id = language == Language.ID;
    sb.append(id ? "Katalog: " : "Catalog: ").append(stamp.catalog())
        .append(id ? "; sidik jari " : "; fingerprint ").append(stamp.fingerprint())
        .append(id ? "; pustaka bansos " : "; bansos library ").append(stamp.libraryVersion())
        .append('\n');
  }

  static String render(Assessment assessment, Language language) {
    boolean id = language == Language.ID;
    StringBuilder sb = new StringBuilder(1024);
    sb.append(id ? "Penilaian KK " : "Assessment of KK ").append(assessment.kkNumber())
        .append(id ? " per tanggal " : " as of ").append(assessment.date()).append('\n');
    appendStamp(sb, assessment.stamp(), language);
    for (Determination d : assessment.determinations()) {
      sb.append('\n').append(d.program().name().in(language)).append(" [")
          .append(d.programCode()).append("]: ").append(statusText(d.status(), language)).append('\n');
      for (Beneficiary who : d.beneficiaries()) {
        sb.append("  > ").append(who.member().map(n -> (id ? "anggota " : "member ") + n)
            .orElse(id ? "seluruh keluarga" : "the household")).append('\n');
        for (Benefit b : d.benefitsOf(who)) {
          BenefitSchedule s = b.schedule();
          sb.append("    + ").append(s.label().in(language));
          s.amountPerPayment().ifPresent(a -> sb.append(": ").append(a.format()).append(" x ")
              .append(s.paymentsPerYear()).append(" = ")
              .append(s.yearlyTotal().orElseThrow().format()));
          if (s.isAmountUnknown()) {
            sb.append(": ").append(id ? "jumlah belum diketahui" : "amount not known");
          }
          s.channel().ifPresent(ch -> sb.append(" (").append(ch).append(')'));
          sb.append(id ? "; sumber dana: " : "; funded by: ")
              .append(s.funder().label().in(language))
              .append(" [").append(b.source().confidence()).append("]\n");
        }
      }
      for (CriterionResult r : d.criteria()) {
        appendResult(sb, r, language, "  ");
      }
      for (MemberResult m : d.members()) {
        sb.append("  ").append(id ? "anggota " : "member ").append(m.member()).append(": ")
            .append(statusText(m.status(), language)).append('\n');
        for (CriterionResult r : m.criteria()) {
          appendResult(sb, r, language, "    ");
        }
      }
      if (!d.missingFacts().isEmpty()) {
        sb.append(id ? "  Data yang masih diperlukan: " : "  Still needed: ")
            .append(String.join("; ", d.missingFacts())).append('\n');
      }
      appendConfidence(sb, d.uncertainValues(), language);
    }
    if (!assessment.serviceRecords().isEmpty()) {
      sb.append('\n').append(id ? "Catatan layanan (bukan keputusan kelayakan):"
          : "Service records (not eligibility decisions):").append('\n');
      for (ServiceRecord r : assessment.serviceRecords()) {
        sb.append("  ").append(r.program().name().in(language)).append(" [")
            .append(r.programCode()).append("]: ").append(r.beneficiary().member()
                .map(n -> (id ? "anggota " : "member ") + n)
                .orElse(id ? "seluruh keluarga" : "the household"));
        for (Benefit b : r.services()) {
          sb.append(", ").append(b.schedule().label().in(language));
        }
        for (Fact f : r.facts()) {
          sb.append("; ").append(f.name()).append(": ").append(format(f.value(), language));
        }
        sb.append('\n');
      }
    }
    for (StackingConflict c : assessment.conflicts()) {
      sb.append('\n').append(id ? "Tidak dapat digabung: " : "Do not stack: ").append(c.first())
          .append(" + ").append(c.second()).append(" (").append(c.basis()).append(')');
    }
    Priority priority = assessment.determinations().isEmpty() ? Priority.NONE
        : assessment.determinations().get(0).priority();
    sb.append('\n').append(id ? "Skor prioritas: " : "Priority score: ").append(priority.score());
    for (Priority.Reason r : priority.reasons()) {
      sb.append("; ").append(r.text().in(language)).append(" +").append(r.points());
    }
    appendTotals(sb, assessment.yearlyTotals(), language);
    return sb.toString();
  }

  /**
   * The total of all funders, then one line per funder that pays an amount or an amount not
   * known, so that the province's budget is never read as including national money.
   */
  private static void appendTotals(StringBuilder sb, YearlyTotals totals, Language language) {
    boolean id = language == Language.ID;
    sb.append('\n').append(id ? "Total per tahun: " : "Yearly total: ");
    appendAmount(sb, totals.total(), totals.hasUnknownAmounts(), language);
    for (Funder f : Funder.values()) {
      boolean unknown = totals.unknownAmounts().contains(f);
      if (unknown || !totals.amount(f).isZero()) {
        sb.append("  ").append(f.label().in(language)).append(": ");
        appendAmount(sb, totals.amount(f), unknown, language);
      }
    }
  }

  private static void appendAmount(StringBuilder sb, Rupiah amount, boolean unknown,
      Language language) {
    boolean id = language == Language.ID;
    if (unknown) {
      sb.append(id ? "setidaknya " : "at least ").append(amount.format())
          .append(id ? " (ada bantuan yang jumlahnya belum diketahui)\n"
              : " (some amounts are not known)\n");
    } else {
      sb.append(amount.format()).append('\n');
    }
  }

  /**
   * One line: every rule the determination rests on is confirmed, or it rests on so many rules
   * that are not, named with their confidence when they differ.
   */
  private static void appendConfidence(StringBuilder sb, List<ParameterValue<?>> uncertain,
      Language language) {
    boolean id = language == Language.ID;
    if (uncertain.isEmpty()) {
      sb.append(id ? "  Semua aturan yang menjadi dasar keputusan ini dikonfirmasi sumber.\n"
          : "  Every rule this answer rests on is confirmed by a source.\n");
      return;
    }
    Confidence shared = uncertain.get(0).confidence();
    for (ParameterValue<?> v : uncertain) {
      if (v.confidence() != shared) {
        shared = null;
        break;
      }
    }
    int n = uncertain.size();
    if (id) {
      sb.append("  Keputusan ini bersandar pada ").append(n).append(" aturan yang ")
          .append(shared == null ? "belum dikonfirmasi" : adjective(shared, language));
    } else {
      sb.append("  This answer rests on ").append(n).append(' ')
          .append(shared == null ? "unconfirmed" : adjective(shared, language))
          .append(n == 1 ? " rule" : " rules");
    }
    sb.append(": ");
    for (int i = 0; i < n; i++) {
      ParameterValue<?> v = uncertain.get(i);
      sb.append(i == 0 ? "" : "; ").append(v.key().name());
      if (shared == null) {
        sb.append(" (").append(adjective(v.confidence(), language)).append(')');
      }
    }
    sb.append('\n');
  }

  private static String adjective(Confidence c, Language language) {
    boolean id = language == Language.ID;
    return switch (c) {
      case CONFIRMED -> id ? "dikonfirmasi" : "confirmed";
      case INFERRED -> id ? "disimpulkan" : "inferred";
      case DISPUTED -> id ? "diperselisihkan" : "disputed";
      case ASSUMED -> id ? "diasumsikan" : "assumed";
    };
  }

  private static void appendResult(StringBuilder sb, CriterionResult r, Language language,
      String indent) {
    sb.append(indent).append(mark(r.outcome())).append(' ').append(r.code()).append(": ")
        .append(r.message(language)).append('\n');
  }

  private static String mark(Outcome o) {
    return switch (o) {
      case PASS -> "[v]";
      case FAIL -> "[x]";
      case UNKNOWN -> "[?]";
    };
  }

  static String statusText(Status s, Language language) {
    boolean id = language == Language.ID;
    return switch (s) {
      case ELIGIBLE -> id ? "MEMENUHI SYARAT" : "ELIGIBLE";
      case NOT_ELIGIBLE -> id ? "TIDAK MEMENUHI SYARAT" : "NOT ELIGIBLE";
      case UNDETERMINED -> id ? "BELUM DAPAT DITENTUKAN" : "UNDETERMINED";
    };
  }
}
