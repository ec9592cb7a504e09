package id.bansos.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.NullPointerTester;
import id.bansos.core.InvalidDataException;
import id.bansos.core.Problem;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistryStatusTest {

  private static final LocalDate CHECKED = LocalDate.of(2026, 6, 1);

  @Test
  void dtsenCarriesDesil() {
    RegistryStatus status = RegistryStatus.dtsen(Desil.of(2), CHECKED);

    assertThat(status.register()).isEqualTo(Register.DTSEN);
    assertThat(status.registered()).isTrue();
    assertThat(status.desil()).contains(Desil.of(2));
    assertThat(status.checkedOn()).isEqualTo(CHECKED);
  }

  @Test
  void dtksHasNoDesil() {
    RegistryStatus status = RegistryStatus.dtks(CHECKED);

    assertThat(status.register()).isEqualTo(Register.DTKS);
    assertThat(status.registered()).isTrue();
    assertThat(status.desil()).isEmpty();
  }

  @Test
  void notRegisteredHasNoDesil() {
    RegistryStatus status = RegistryStatus.notRegistered(Register.DTSEN, CHECKED);

    assertThat(status.registered()).isFalse();
    assertThat(status.desil()).isEmpty();
  }

  @Test
  void rejectsDesilForUnregisteredFamily() {
    InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
        () -> new RegistryStatus(Register.DTSEN, false, Optional.of(Desil.of(1)), CHECKED));

    assertThat(e.codes()).containsExactly("REGISTRY_DESIL_UNREGISTERED");
    assertThat(e.problems()).extracting(Problem::path).containsExactly("desil");
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester = new NullPointerTester().setDefault(Desil.class, Desil.of(1));

    tester.testAllPublicStaticMethods(RegistryStatus.class);
    tester.testAllPublicConstructors(RegistryStatus.class);
  }
}
