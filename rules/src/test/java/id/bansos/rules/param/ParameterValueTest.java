package id.bansos.rules.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A parameter value: what it accepts, and equal by every component. */
class ParameterValueTest {

  private static final ParameterKey<Integer> AGE = ParameterKey.required("TEST.AGE", Integer.class);
  private static final ParameterKey<Integer> OTHER =
      ParameterKey.required("TEST.OTHER", Integer.class);
  private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
  private static final Source PERGUB = Source.of("Pergub (example)", "");

  private static ParameterValue<Integer> value(ParameterKey<Integer> key, int v, LocalDate from,
      Optional<LocalDate> to, Confidence c, Source s, String note) {
    return new ParameterValue<>(key, v, from, to, c, List.of(s), note);
  }

  private static ParameterValue<Integer> base() {
    return value(AGE, 60, FROM, Optional.empty(), Confidence.CONFIRMED, PERGUB, "");
  }

  @Test
  void equalByEveryComponentAndHashedAlike() {
    assertThat(base()).isEqualTo(base()).hasSameHashCodeAs(base()).isNotEqualTo("60");
    List<ParameterValue<Integer>> others = List.of(
        value(OTHER, 60, FROM, Optional.empty(), Confidence.CONFIRMED, PERGUB, ""),
        value(AGE, 65, FROM, Optional.empty(), Confidence.CONFIRMED, PERGUB, ""),
        value(AGE, 60, FROM.plusDays(1), Optional.empty(), Confidence.CONFIRMED, PERGUB, ""),
        value(AGE, 60, FROM, Optional.of(FROM), Confidence.CONFIRMED, PERGUB, ""),
        value(AGE, 60, FROM, Optional.empty(), Confidence.INFERRED, PERGUB, ""),
        value(AGE, 60, FROM, Optional.empty(), Confidence.CONFIRMED,
            Source.of("Perbup (example)", ""), ""),
        value(AGE, 60, FROM, Optional.empty(), Confidence.CONFIRMED, PERGUB, "a note"));
    assertThat(others).allSatisfy(o -> assertThat(o).isNotEqualTo(base()));
    assertThat(others).doesNotHaveDuplicates();
    assertThat(Source.of("Pergub (example)", "https://example.org"))
        .isEqualTo(Source.of("Pergub (example)", "https://example.org"))
        .hasSameHashCodeAs(Source.of("Pergub (example)", "https://example.org"))
        .isNotEqualTo(Source.of("Pergub (example)", "")).isNotEqualTo(PERGUB.title());
  }

  @Test
  void refusesAnInvertedPeriodAValueOfAnotherTypeAndNoSource() {
    assertThatThrownBy(() -> value(AGE, 60, FROM, Optional.of(FROM.minusDays(1)),
        Confidence.CONFIRMED, PERGUB, "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("validTo is before validFrom");
    assertThatThrownBy(() -> new ParameterValue<>(AGE, 60, FROM, Optional.empty(),
        Confidence.CONFIRMED, List.of(), "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a source");
    @SuppressWarnings({"unchecked", "rawtypes"})
    ParameterKey<Object> raw = (ParameterKey) AGE;
    assertThatThrownBy(() -> new ParameterValue<Object>(raw, "sixty", FROM, Optional.empty(),
        Confidence.CONFIRMED, List.of(PERGUB), "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a Integer");
  }
}
