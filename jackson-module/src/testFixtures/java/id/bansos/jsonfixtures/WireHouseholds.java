package id.bansos.jsonfixtures;

import id.bansos.core.household.ExtensionKey;
import id.bansos.core.household.Household;
import id.bansos.core.household.Occupation;
import id.bansos.core.identity.Sex;
import id.bansos.core.region.RegionCode;
import id.bansos.testkit.BansosGen;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The households the JSON modules' tests read and write: the testkit's generator ({@link
 * BansosGen#households()}) with every fact of the model on some households, and half of them with
 * facts left out at random. Not a generator of its own: one way to generate households.
 */
public final class WireHouseholds {

  private WireHouseholds() {}

  /**
   * Households with every fact sometimes present, sometimes absent.
   *
   * @return the generator
   */
  public static Gen<Household> households() {
    return households(List.of());
  }

  /**
   * The same households, the household and each member also carrying a random value of about
   * half of {@code keys}.
   *
   * @param keys extension facts
   * @return the generator
   */
  public static Gen<Household> households(List<ExtensionKey<?>> keys) {
    return Generate.oneOf(BansosGen.households().withEveryFact().withExtensions(keys).build(),
        BansosGen.households().withEveryFact().withFactsMissing().withExtensions(keys).build());
  }

  /**
   * The same households, all with a domicile within {@code region}.
   *
   * @param region a Jawa Timur region code
   * @return the generator
   */
  public static Gen<Household> householdsIn(RegionCode region) {
    return Generate.oneOf(BansosGen.households().withEveryFact().inRegion(region).build(),
        BansosGen.households().withEveryFact().withFactsMissing().inRegion(region).build());
  }

  /**
   * Registrations of up to eight extension facts of random names and kinds, an enum fact holding
   * a regency's own enum ({@link WireExamples.LandTenure}) or one of the model's.
   *
   * @return the generator
   */
  public static Gen<List<ExtensionKey<?>>> extensionKeys() {
    return BansosGen.extensionKeys(List.of(WireExamples.LandTenure.class, Occupation.class,
        Sex.class));
  }
}
