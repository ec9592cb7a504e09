package id.bansos.examples.docs;

// snippet:start
import id.bansos.core.household.ExtensionKey;
import id.bansos.core.household.Household;
import id.bansos.jackson.BansosJson;
import id.bansos.jackson.BansosModule;
import id.bansos.jackson.ExtensionFacts;
import id.bansos.jackson.HouseholdReader;
import id.bansos.rules.Catalog;
import id.bansos.rules.Check;
import id.bansos.rules.Facts;
import id.bansos.rules.Snapshot;
import java.io.Reader;
import tools.jackson.databind.json.JsonMapper;
// snippet:end

/** The extension facts example of {@code docs/json-format.md}. */
public final class ExtensionFactsJson {

  // snippet:start
  static final ExtensionKey<Long> LAND_OWNED_M2 = ExtensionKey.ofInteger("landOwnedM2");
  static final ExtensionKey<Boolean> KARTU_SIDOARJO_SEHAT =
      ExtensionKey.ofBoolean("kartuSidoarjoSehat");
  static final ExtensionFacts SIDOARJO = ExtensionFacts.of(LAND_OWNED_M2, KARTU_SIDOARJO_SEHAT);

  // snippet:end
  private ExtensionFactsJson() {}

  /**
   * Runs the snippet.
   *
   * @param json a household document with Sidoarjo's facts
   * @param lines the same as JSON Lines; closed
   * @param sidoarjoCatalog a regency's catalog
   * @return what each reader read, and the check
   */
  static Object[] run(String json, Reader lines, Catalog sidoarjoCatalog) {
    // snippet:start
    ExtensionFacts ofCatalog = ExtensionFacts.of(sidoarjoCatalog); // with the provincial facts

    Household h = BansosJson.readHousehold(json, SIDOARJO);        // also Reader, InputStream
    HouseholdReader in = HouseholdReader.of(lines, SIDOARJO);      // JSON Lines
    JsonMapper mapper = BansosJson.builder(SIDOARJO).build();      // readValue(json, Household.class)
    JsonMapper plain = JsonMapper.builder().addModule(new BansosModule(SIDOARJO)).build();

    Check<Snapshot> smallFarm = Check.fact(Facts.household(LAND_OWNED_M2), m2 -> m2 < 5_000);
    // snippet:end
    try (in) {
      return new Object[] {ofCatalog, h, in.iterator().next(),
          mapper.readValue(json, Household.class), plain.readValue(json, Household.class),
          smallFarm};
    }
  }
}
