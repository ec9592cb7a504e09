package id.bansos.rules;

import id.bansos.core.money.Rupiah;
import id.bansos.core.region.RegionCode;
import id.bansos.rules.param.ParameterValue;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Iterator;

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
      return Labels.money(r, language);
    }
    if (value instanceof Enum<?> e) {
      return Labels.of(e).in(language);
    }
    if (value instanceof RegionCode code) {
      return Labels.region(code);
    }
    if (value instanceof LocalDate date) {
      return Labels.date(date, language);
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

  static String statusText(Status s, Language language) {
    boolean id = language == Language.ID;
    return switch (s) {
      case ELIGIBLE -> id ? "MEMENUHI SYARAT" : "ELIGIBLE";
      case NOT_ELIGIBLE -> id ? "TIDAK MEMENUHI SYARAT" : "NOT ELIGIBLE";
      case UNDETERMINED -> id ? "BELUM DAPAT DITENTUKAN" : "UNDETERMINED";
    };
  }
}
