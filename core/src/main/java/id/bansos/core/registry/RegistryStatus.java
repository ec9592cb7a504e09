package id.bansos.core.registry;

import id.bansos.core.InvalidDataException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a register said about a household when it was checked: whether the family is in it, its
 * decile if the register gives one, and the date it was read.
 *
 * @param register the register checked; never null
 * @param registered whether the family was found in it
 * @param desil the welfare decile, when the register gives one and the family is registered
 * @param checkedOn the date the register was read; never null
 */
public record RegistryStatus(
    Register register, boolean registered, Optional<Desil> desil, LocalDate checkedOn) {

  /**
   * Checks the components.
   *
   * @throws InvalidDataException with code {@code REGISTRY_DESIL_UNREGISTERED} when a desil is
   *     given for a family that is not registered
   */
  public RegistryStatus {
    Objects.requireNonNull(register, "register");
    Objects.requireNonNull(desil, "desil");
    Objects.requireNonNull(checkedOn, "checkedOn");
    if (!registered && desil.isPresent()) {
      throw new InvalidDataException("desil", "REGISTRY_DESIL_UNREGISTERED",
          "a family that is not in the register has no desil");
    }
  }

  /**
   * A family found in DTSEN with its decile.
   *
   * @param desil the decile; never null
   * @param checkedOn date read; never null
   * @return the status
   */
  public static RegistryStatus dtsen(Desil desil, LocalDate checkedOn) {
    return new RegistryStatus(Register.DTSEN, true, Optional.of(desil), checkedOn);
  }

  /**
   * A family found in DTKS (which has no deciles in this model).
   *
   * @param checkedOn date read; never null
   * @return the status
   */
  public static RegistryStatus dtks(LocalDate checkedOn) {
    return new RegistryStatus(Register.DTKS, true, Optional.empty(), checkedOn);
  }

  /**
   * A family looked up in a register and not found.
   *
   * @param register the register; never null
   * @param checkedOn date read; never null
   * @return the status
   */
  public static RegistryStatus notRegistered(Register register, LocalDate checkedOn) {
    return new RegistryStatus(register, false, Optional.empty(), checkedOn);
  }
}
