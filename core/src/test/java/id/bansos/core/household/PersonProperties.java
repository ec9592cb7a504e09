package id.bansos.core.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import id.bansos.core.identity.Nik;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonProperties {

  private static final Nik NIK = Nik.parse("3526014107560001");
  private static final LocalDate EPOCH = LocalDate.of(1900, 1, 1);

  @Test
  void ageOnCountsWholeYearsLikePeriod() {
    qt().withFixedSeed(20_251_128L).withExamples(2_000)
        .forAll(integers().between(0, 50_000), integers().between(0, 50_000))
        .checkAssert((b, d) -> {
          LocalDate birth = EPOCH.plusDays(b);
          LocalDate date = EPOCH.plusDays(d);
          Person p = ImmutablePerson.builder().nik(NIK).birthDate(birth).build();
          Optional<Integer> expected = birth.isAfter(date) ? Optional.empty()
              : Optional.of(Period.between(birth, date).getYears());
          assertThat(p.ageOn(date)).isEqualTo(expected);
        });
  }
}
