package id.bansos.jsonfixtures;

import id.bansos.rules.Catalog;
import id.bansos.rules.Program;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterValue;
import id.bansos.rules.param.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Catalogs derived from a base the way a regency derives one in code: a few programs removed,
 * and values of any of the base's parameters set over generated periods, with generated
 * confidence, sources and notes. The values are those the base already holds somewhere in a
 * timeline, so every value type of the catalog appears, each valid by construction.
 */
public final class CatalogGen {

  /** Text that YAML and JSON must quote or escape to keep as it is. */
  private static final String[] TEXTS = {"Perbup Sidoarjo No. 12/2026", "Perwali: pasal 4",
      "# not a comment", "- not a list", "yes", "null", "2026-01-01", "'single' \"double\"",
      "multi\nline", "tab\there", "  leading and trailing  ", "Ṭāhir, Çağlar, İbrahim",
      "back\\slash", "{not: a mapping}", "[1, 2]", "emoji 👵🏽"};
  private static final LocalDate FIRST = LocalDate.of(2018, 1, 1);

  private CatalogGen() {}

  /**
   * Catalogs derived from {@code base}.
   *
   * @param base the catalog to derive from
   * @return the generator
   */
  public static Gen<Catalog> derived(Catalog base) {
    List<Parameter<?>> valued = base.parameters().stream()
        .filter(p -> !p.timeline().isEmpty()).toList();
    List<String> codes = base.programs().stream().map(p -> p.info().code()).toList();
    return in -> {
      Catalog.Builder b = base.derive(text(in));
      List<String> removed = new ArrayList<>();
      int removals = between(in, 0, 2);
      for (int i = 0; i < removals; i++) {
        String code = codes.get(between(in, 0, codes.size() - 1));
        if (!removed.contains(code)) {
          removed.add(code);
          b.remove(code);
        }
      }
      int overrides = between(in, 0, 5);
      for (int i = 0; i < overrides; i++) {
        override(b, valued.get(between(in, 0, valued.size() - 1)), in);
      }
      return b.build();
    };
  }

  private static <T> void override(Catalog.Builder b, Parameter<T> p, RandomnessSource in) {
    T value = p.timeline().get(between(in, 0, p.timeline().size() - 1)).value();
    LocalDate from = FIRST.plusDays(between(in, 0, 3_650));
    Optional<LocalDate> to = between(in, 0, 1) == 0 ? Optional.empty()
        : Optional.of(from.plusDays(between(in, 0, 1_000)));
    List<Source> sources = new ArrayList<>();
    int n = between(in, 1, 2);
    for (int i = 0; i < n; i++) {
      sources.add(Source.of(text(in), between(in, 0, 1) == 0 ? "" : text(in)));
    }
    Confidence confidence = Confidence.values()[between(in, 0, Confidence.values().length - 1)];
    String note = between(in, 0, 1) == 0 ? "" : text(in);
    b.override(new ParameterValue<>(p.key(), value, from, to, confidence, sources, note));
  }

  private static String text(RandomnessSource in) {
    return TEXTS[between(in, 0, TEXTS.length - 1)];
  }

  private static int between(RandomnessSource in, int lo, int hi) {
    return Generate.range(lo, hi).generate(in);
  }

  /**
   * The codes of the programs of {@code base} that {@code derived} lacks, for reports.
   *
   * @param base the base
   * @param derived the derived catalog
   * @return the codes removed
   */
  public static List<String> removed(Catalog base, Catalog derived) {
    return base.programs().stream().map(Program::info).map(i -> i.code())
        .filter(c -> derived.program(c).isEmpty()).toList();
  }
}
