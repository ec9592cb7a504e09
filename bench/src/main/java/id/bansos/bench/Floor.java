package id.bansos.bench;

import id.bansos.core.household.AidProgram;
import id.bansos.core.household.Disability;
import id.bansos.core.household.DisabilitySeverity;
import id.bansos.core.household.Household;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Person;
import id.bansos.core.region.RegionCode;
import id.bansos.core.region.RegionRegistry;
import id.bansos.core.registry.RegistryStatus;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The floor: PKH Plus and ASPD as a programmer would hand-code them with plain {@code if}s over
 * the same {@link Household} objects, for one date only, with every parameter written in as a
 * literal and no explanation kept. It answers "definitely eligible or not" — an unknown fact
 * counts as not eligible — which is exactly {@code status == ELIGIBLE} of the engine.
 *
 * <p>Literals in rule logic are forbidden in the library; they are allowed here because this class
 * exists only to show what the engine's parameters, three-valued outcomes and explanations cost.
 * {@code FloorTest} and a setup-time check in {@code FloorBenchmark} keep it equal to the engine
 * on the benchmark mix, so the comparison stays honest.
 */
public final class Floor {

  /** The only date the floor knows: {@link SampleHouseholds#ASSESSMENT_DATE}. */
  public static final LocalDate DATE = SampleHouseholds.ASSESSMENT_DATE;

  /** Bit set in {@link #decide(Household)} when PKH Plus is eligible. */
  public static final int PKH_PLUS = 1;

  /** Bit set in {@link #decide(Household)} when ASPD is eligible. */
  public static final int ASPD = 2;

  // The 2023+ exclusion list, PKH Plus age 70+, ASPD age 2-59 and desil 1-4, province 35.
  private static final Set<Occupation> EXCLUDED = EnumSet.of(Occupation.ASN, Occupation.TNI,
      Occupation.POLRI, Occupation.BUMN_BUMD_EMPLOYEE, Occupation.STATE_OFFICIAL);
  private static final RegionRegistry JAWA_TIMUR = RegionRegistry.jawaTimur();

  private Floor() {}

  /**
   * Both programs at once, sharing the household-level checks as hand-written code would.
   *
   * @param h the household; never null
   * @return {@link #PKH_PLUS} and/or {@link #ASPD} bits
   */
  public static int decide(Household h) {
    if (!livesInJawaTimur(h) || !noExcludedOccupation(h)) {
      return 0;
    }
    int result = 0;
    if (h.receives(AidProgram.PKH).orElse(false) && hasMemberAged70(h)) {
      result |= PKH_PLUS;
    }
    if (poorEnoughForAspd(h) && hasSeverelyDisabledMember(h)) {
      result |= ASPD;
    }
    return result;
  }

  /**
   * Whether PKH Plus is (definitely) eligible on {@link #DATE}.
   *
   * @param h the household; never null
   * @return true when eligible
   */
  public static boolean pkhPlus(Household h) {
    return (decide(h) & PKH_PLUS) != 0;
  }

  /**
   * Whether ASPD is (definitely) eligible on {@link #DATE}.
   *
   * @param h the household; never null
   * @return true when eligible
   */
  public static boolean aspd(Household h) {
    return (decide(h) & ASPD) != 0;
  }

  private static boolean livesInJawaTimur(Household h) {
    if (h.domicile().isEmpty()) {
      return false;
    }
    RegionCode village = h.domicile().get();
    return village.provinceDigits().equals("35") && JAWA_TIMUR.contains(village);
  }

  private static boolean noExcludedOccupation(Household h) {
    for (Person p : h.members()) {
      if (!p.isAliveOn(DATE)) {
        continue;
      }
      Optional<Occupation> occupation = p.occupation();
      if (occupation.isPresent()) {
        if (EXCLUDED.contains(occupation.get())) {
          return false;
        }
      } else {
        Optional<Integer> age = p.ageOn(DATE);
        if (age.isEmpty() || age.get() >= 18) {
          return false; // an adult's occupation is unknown
        }
      }
    }
    return true;
  }

  private static boolean hasMemberAged70(Household h) {
    for (Person p : h.members()) {
      Optional<Integer> age = p.ageOn(DATE);
      if (age.isPresent() && age.get() >= 70 && p.isAliveOn(DATE)) {
        return true;
      }
    }
    return false;
  }

  private static boolean poorEnoughForAspd(Household h) {
    Optional<RegistryStatus> registry = h.registry();
    return registry.isPresent() && registry.get().registered()
        && registry.get().desil().isPresent() && registry.get().desil().get().value() <= 4;
  }

  private static boolean hasSeverelyDisabledMember(Household h) {
    for (Person p : h.members()) {
      Optional<Integer> age = p.ageOn(DATE);
      if (age.isEmpty() || age.get() < 2 || age.get() > 59 || !p.isAliveOn(DATE)) {
        continue;
      }
      for (Disability d : p.disabilities()) {
        // The first severe disability recorded is the one that counts.
        if (d.severity().orElse(null) == DisabilitySeverity.SEVERE) {
          if (d.needsHelpWithDailyLiving().orElse(false) && !d.rehabilitable().orElse(true)) {
            return true;
          }
          break;
        }
      }
    }
    return false;
  }
}
