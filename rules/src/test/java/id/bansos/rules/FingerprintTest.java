package id.bansos.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.core.region.RegionCode;
import id.bansos.rules.criteria.CoveredRegions;
import id.bansos.rules.criteria.RegistryRule;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterKey;
import id.bansos.rules.param.ParameterValue;
import id.bansos.rules.param.Source;
import id.bansos.rules.program.JawaTimur;
import id.bansos.rules.program.aspd.Aspd;
import id.bansos.rules.program.pkhplus.PkhPlus;
import id.bansos.rules.program.wrse.Wrse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FingerprintTest {

  private static final Catalog JATIM = JawaTimur.catalog();
  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

  private static ParameterValue<RegistryRule> desilFive(Confidence c, Source s, String note,
      Optional<LocalDate> to) {
    return new ParameterValue<>(Aspd.REGISTRY, RegistryRule.desilAtMost(5), FROM, to, c,
        List.of(s), note);
  }

  private static ParameterValue<RegistryRule> desilFive() {
    return desilFive(Confidence.ASSUMED, Source.of("Perbup (example)", ""), "",
        Optional.empty());
  }

  private static ParameterValue<Integer> minAge(int age) {
    return new ParameterValue<>(PkhPlus.MIN_AGE, age, FROM, Optional.empty(), Confidence.ASSUMED,
        List.of(Source.of("Perbup (example)", "")), "");
  }

  @Test
  void theSameRulesHaveTheSameFingerprintWhateverTheNameAndOrder() {
    Catalog one = JATIM.derive("Kabupaten A").override(desilFive()).override(minAge(65))
        .build();
    Catalog two = JATIM.derive("Kabupaten B").override(minAge(65)).override(desilFive())
        .build();
    List<Program> reversed = new java.util.ArrayList<>(JATIM.programs());
    java.util.Collections.reverse(reversed);
    Catalog reorderedPrograms = Catalog.of("Other order", reversed,
        List.of(JATIM.parameter(EngineParameters.NON_STACKING).orElseThrow()));

    assertThat(one.fingerprint()).isEqualTo(two.fingerprint());
    assertThat(reorderedPrograms.fingerprint()).isEqualTo(JATIM.fingerprint());
    assertThat(JawaTimur.catalog().derive("copy").build().fingerprint())
        .isEqualTo(JATIM.fingerprint());
  }

  static Stream<Arguments> changes() {
    Source s = Source.of("Perbup (example)", "");
    Optional<LocalDate> open = Optional.empty();
    List<Function<Catalog.Builder, Catalog.Builder>> changes = List.of(
        b -> b.override(minAge(66)),
        b -> b.override(new ParameterValue<>(Aspd.REGISTRY, RegistryRule.desilAtMost(6), FROM,
            open, Confidence.ASSUMED, List.of(s), "")),
        b -> b.override(desilFive(Confidence.CONFIRMED, s, "", open)),
        b -> b.override(desilFive(Confidence.ASSUMED, Source.of("Perbup (example) ", ""), "",
            open)),
        b -> b.override(desilFive(Confidence.ASSUMED, Source.of("Perbup (example)", "x"), "",
            open)),
        b -> b.override(desilFive(Confidence.ASSUMED, s, "a note", open)),
        b -> b.override(desilFive(Confidence.ASSUMED, s, "", Optional.of(FROM.plusYears(1)))),
        b -> b.remove(Wrse.CODE));
    return changes.stream().map(c -> Arguments.of(c));
  }

  @ParameterizedTest
  @MethodSource("changes")
  void anyChangedValuePeriodConfidenceSourceNoteOrProgramChangesIt(
      Function<Catalog.Builder, Catalog.Builder> change) {
    Catalog base = JATIM.derive("base").override(minAge(65)).override(desilFive()).build();

    Catalog changed = change.apply(base.derive("base")).build();

    assertThat(changed.fingerprint()).isNotEqualTo(base.fingerprint());
  }

  @Test
  void theFingerprintIsTheSha256OfTheCanonicalFormUnderThisVersion() throws Exception {
    byte[] form = Fingerprint.canonicalForm(JATIM, Library.version())
        .getBytes(StandardCharsets.UTF_8);

    assertThat(JATIM.fingerprint().hex()).isEqualTo(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(form)));
    assertThat(Fingerprint.canonicalForm(JATIM, Library.version()))
        .startsWith(Fingerprint.FORM + "\nlibrary \"" + Library.version() + "\"\n")
        .contains("\nprogram ASPD\n").contains("\nparameter ASPD.REGISTRY ");
    assertThat(Fingerprint.of(JATIM, "0.0.0")).isNotEqualTo(JATIM.fingerprint());
  }

  @Test
  void valuesHaveOneCanonicalTextWhateverTheirOrderInASet() {
    CoveredRegions ab = new CoveredRegions(new LinkedHashSet<>(List.of(
        RegionCode.parse("35.78"), RegionCode.parse("35.15"))), true, java.util.Set.of());
    CoveredRegions ba = new CoveredRegions(new LinkedHashSet<>(List.of(
        RegionCode.parse("35.15"), RegionCode.parse("35.78"))), true, java.util.Set.of());
    StringBuilder one = new StringBuilder();
    StringBuilder two = new StringBuilder();

    Fingerprint.value(ab, one);
    Fingerprint.value(ba, two);

    assertThat(one.toString()).isEqualTo(two.toString()).isEqualTo(
        "CoveredRegions(regions={region35.15,region35.78},complete=true,excluded={})");
    StringBuilder text = new StringBuilder();
    Fingerprint.value(List.of(Text.of("a \"b\"", "c\\d\n"), Optional.empty(),
        Optional.of(12_345_678L), LocalDate.of(2026, 1, 2)), text);
    assertThat(text.toString()).isEqualTo(
        "[Text(id=\"a \\\"b\\\"\",en=\"c\\\\d\\u000a\"),none,some(12345678),2026-01-02]");
  }

  @Test
  void theFingerprintIsTheSameUnderAnyDefaultLocaleAndTimeZone() {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
      TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
      Fingerprint thai = JawaTimur.catalog().derive("x").override(desilFive()).build()
          .fingerprint();
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
      Fingerprint arabic = JawaTimur.catalog().derive("x").override(desilFive()).build()
          .fingerprint();
      Locale.setDefault(Locale.ROOT);
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
      Fingerprint root = JawaTimur.catalog().derive("x").override(desilFive()).build()
          .fingerprint();

      assertThat(thai).isEqualTo(arabic).isEqualTo(root);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  /** A parameter value that counts how often the canonical form writes it. */
  private static final class Counted {
    private final java.util.concurrent.atomic.AtomicInteger written =
        new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public String toString() {
      written.incrementAndGet();
      return "counted";
    }
  }

  @Test
  void theDigestIsWorkedOutOnceWhenFirstReadNotWhenAnEngineIsMade() throws Exception {
    Counted value = new Counted();
    ParameterKey<Counted> key = ParameterKey.required("TEST.COUNTED", Counted.class);
    Parameter<Counted> parameter = Parameter.of(key, "a value that counts its writings",
        List.of(new ParameterValue<>(key, value, FROM, Optional.empty(), Confidence.ASSUMED,
            List.of(Source.of("test", "")), "")));
    Catalog catalog = Catalog.of("lazy", List.of(PkhPlus.program()), List.of(parameter));

    Engine engine = Engine.of(catalog);
    Assessment assessment = engine.assess(
        Households.elderlyPkhFamily(LocalDate.of(1950, 3, 1)).build(), FROM);
    assertThat(value.written).hasValue(0);

    // Eight threads read it at once: one digest, the same for all.
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<String>> reads = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        reads.add(pool.submit(() -> {
          start.await();
          return assessment.stamp().fingerprint().hex();
        }));
      }
      start.countDown();
      for (java.util.concurrent.Future<String> read : reads) {
        assertThat(read.get()).isEqualTo(catalog.fingerprint().hex());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(value.written).hasValue(1);
    byte[] form = Fingerprint.canonicalForm(catalog, Library.version())
        .getBytes(StandardCharsets.UTF_8);
    assertThat(catalog.fingerprint().hex()).isEqualTo(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(form)));
    assertThat(Fingerprint.parse(catalog.fingerprint().toString()))
        .isEqualTo(assessment.stamp().fingerprint());
  }

  /** A parameter value whose text cannot be written the first time it is asked for. */
  private static final class FailsOnce {
    private final java.util.concurrent.atomic.AtomicBoolean failed =
        new java.util.concurrent.atomic.AtomicBoolean();

    @Override
    public String toString() {
      if (failed.compareAndSet(false, true)) {
        throw new IllegalStateException("not yet");
      }
      return "fails once";
    }
  }

  @Test
  void aValueThatCannotBeWrittenFailsWhereTheFingerprintIsReadUntilItCan() {
    ParameterKey<FailsOnce> key = ParameterKey.required("TEST.FAILS_ONCE", FailsOnce.class);
    Parameter<FailsOnce> parameter = Parameter.of(key, "a value whose text fails once",
        List.of(new ParameterValue<>(key, new FailsOnce(), FROM, Optional.empty(),
            Confidence.ASSUMED, List.of(Source.of("test", "")), "")));
    Catalog catalog = Catalog.of("fails once", List.of(PkhPlus.program()), List.of(parameter));
    Engine engine = Engine.of(catalog);
    Assessment assessment = engine.assess(
        Households.elderlyPkhFamily(LocalDate.of(1950, 3, 1)).build(), FROM);

    assertThatThrownBy(() -> assessment.stamp().fingerprint().hex())
        .isInstanceOf(IllegalStateException.class).hasMessage("not yet");
    assertThat(assessment.stamp().fingerprint().toString()).matches("sha256:[0-9a-f]{64}");
    assertThat(catalog.fingerprint()).isSameAs(assessment.stamp().fingerprint());
  }

  @Test
  void aFingerprintReadsBackFromItsText() {
    Fingerprint f = JATIM.fingerprint();

    assertThat(f.toString()).matches("sha256:[0-9a-f]{64}");
    assertThat(Fingerprint.parse(f.toString())).isEqualTo(f).hasSameHashCodeAs(f);
    assertThatThrownBy(() -> Fingerprint.parse("sha256:ABC"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64");
    assertThatThrownBy(() -> Fingerprint.parse(f.hex()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theLibraryVersionIsTheBuildsProjectVersion() {
    assertThat(Library.version()).isEqualTo(System.getProperty("bansos.projectVersion"))
        .isNotBlank();
  }

  @Test
  void everyAssessmentCarriesItsCatalogsStampAndRenderShowsIt() {
    Catalog derived = JATIM.derive("Kabupaten A").override(desilFive()).build();
    Assessment a = Engine.of(derived).assess(Households.elderlyPkhFamily(
        LocalDate.of(1940, 1, 1)).build(), LocalDate.of(2026, 3, 1));

    assertThat(a.stamp()).isEqualTo(new CatalogStamp("Kabupaten A", derived.fingerprint(),
        Library.version()));
    assertThat(a.render(Language.EN)).contains("\nCatalog: Kabupaten A; fingerprint "
        + derived.fingerprint() + "; bansos library " + Library.version() + "\n");
    assertThat(a.render(Language.ID)).contains("\nKatalog: Kabupaten A; sidik jari "
        + derived.fingerprint() + "; pustaka bansos " + Library.version() + "\n");
  }
}
