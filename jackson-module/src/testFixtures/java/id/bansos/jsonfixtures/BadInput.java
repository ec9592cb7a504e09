package id.bansos.jsonfixtures;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The tables of bad input that both JSON modules must reject with the same problem at the same
 * path: the JSON text, the path and the code. One copy, read by the bad-input tests of
 * bansos-jackson and bansos-jackson2 through {@code @MethodSource}.
 */
public final class BadInput {

  private BadInput() {}

  // ---------------------------------------------------------------- households

  public static final String KK = "3526010101200001";
  public static final String NIK = "3526011003800001";
  public static final String NIK2 = "3526014107500002";

  /** A household whose first member has the given extra fields. */
  public static String withMember(String fields) {
    return "{\"kkNumber\":\"" + KK + "\",\"members\":[{\"nik\":\"" + NIK + "\"" + fields + "}]}";
  }

  /** A household with the given extra top-level fields. */
  public static String withHousehold(String fields) {
    return "{\"kkNumber\":\"" + KK + "\"" + fields + ",\"members\":[{\"nik\":\"" + NIK + "\"}]}";
  }

  /** Each rule a household document can break: the document, the path and the code. */
  public static Stream<Arguments> households() {
    return Stream.of(
        // identifiers
        Arguments.of(withMember("").replace(NIK, "352601100380001"), "members[0].nik", "NIK_LENGTH"),
        Arguments.of(withMember("").replace(NIK, "3526011013800001"), "members[0].nik", "NIK_MONTH"),
        Arguments.of(withMember("").replace(NIK, "3526013203800001"), "members[0].nik", "NIK_DAY"),
        Arguments.of(withMember("").replace(NIK, "3526013102800001"), "members[0].nik", "NIK_DATE"),
        Arguments.of(withMember("").replace(NIK, "3526011003800000"), "members[0].nik", "NIK_SERIAL"),
        Arguments.of(withMember("").replace(NIK, "0526011003800001"), "members[0].nik", "NIK_PROVINCE"),
        Arguments.of(withMember("").replace(NIK, "3526-0110-0380-0001"), "members[0].nik",
            "NIK_NOT_DIGITS"),
        Arguments.of(withMember("").replace(KK, "9926010101200001"), "kkNumber", "KK_PROVINCE"),
        Arguments.of(withMember("").replace(KK, "3500000101200001"), "kkNumber", "KK_REGION"),
        Arguments.of(withMember("").replace(KK, "35260101012"), "kkNumber", "KK_LENGTH"),
        Arguments.of(withMember("").replace(KK, "3526 0101 0120 0001"), "kkNumber",
            "KK_NOT_DIGITS"),
        Arguments.of(withHousehold(",\"domicile\":\"3526012008\""), "domicile", "REGION_CODE_FORMAT"),
        Arguments.of(withHousehold(",\"domicile\":\"35.26.01.200\""), "domicile",
            "REGION_CODE_FORMAT"),
        Arguments.of(withHousehold(",\"domicile\":\"35.2.01.2008\""), "domicile",
            "REGION_CODE_FORMAT"),
        Arguments.of(withHousehold(",\"domicile\":\"35-26-01-2008\""), "domicile",
            "REGION_CODE_FORMAT"),
        Arguments.of(withHousehold(",\"domicile\":\"35.26.01.2008.\""), "domicile",
            "REGION_CODE_FORMAT"),
        Arguments.of(withHousehold(",\"domicile\":\"35.26.0\u0661.2008\""), "domicile",
            "REGION_CODE_FORMAT"),
        Arguments.of(withHousehold(",\"domicile\":\"35.26.01\""), "domicile",
            "HOUSEHOLD_DOMICILE_LEVEL"),
        Arguments.of(withHousehold(",\"domicile\":\"35.26\""), "domicile", "HOUSEHOLD_DOMICILE_LEVEL"),
        // household rules
        Arguments.of("{\"kkNumber\":\"" + KK + "\",\"members\":[]}", "members",
            "HOUSEHOLD_NO_MEMBERS"),
        Arguments.of("{\"kkNumber\":\"" + KK + "\",\"members\":[{\"nik\":\"" + NIK + "\"},{\"nik\":\""
            + NIK + "\"}]}", "members[1].nik", "HOUSEHOLD_DUPLICATE_NIK"),
        Arguments.of("{\"kkNumber\":\"" + KK + "\",\"members\":[{\"nik\":\"" + NIK
            + "\",\"relationship\":\"HEAD\"},{\"nik\":\"" + NIK2 + "\",\"relationship\":\"HEAD\"}]}",
            "members[1].relationship", "HOUSEHOLD_SECOND_HEAD"),
        Arguments.of(withHousehold(",\"pastGrants\":[{\"type\":\"KUBE\",\"year\":1900}]"),
            "pastGrants[0].year", "HOUSEHOLD_GRANT_YEAR"),
        Arguments.of(withHousehold(",\"registry\":{\"register\":\"DTSEN\",\"registered\":true,"
            + "\"desil\":11,\"checkedOn\":\"2025-01-01\"}"), "registry.desil", "DESIL_RANGE"),
        Arguments.of(withHousehold(",\"registry\":{\"register\":\"DTSEN\",\"registered\":false,"
            + "\"desil\":3,\"checkedOn\":\"2025-01-01\"}"), "registry.desil",
            "REGISTRY_DESIL_UNREGISTERED"),
        // person rules
        Arguments.of(withMember(",\"birthDate\":\"1980-03-10\",\"deathDate\":\"1979-01-01\""),
            "members[0].deathDate", "PERSON_DEATH_BEFORE_BIRTH"),
        Arguments.of(withMember(",\"hasDisability\":false,\"disabilities\":[{\"kind\":\"MENTAL\"}]"),
            "members[0].disabilities", "PERSON_DISABILITY_CONTRADICTION"),
        Arguments.of(withMember(",\"labourShock\":\"NONE\",\"labourShockDate\":\"2025-01-01\""),
            "members[0].labourShockDate", "PERSON_SHOCK_DATE_WITHOUT_SHOCK"),
        Arguments.of(withMember(",\"name\":\"  \""), "members[0].name", "PERSON_NAME_BLANK"),
        Arguments.of(withMember(",\"monthlyIncome\":-5"), "members[0].monthlyIncome",
            "MONEY_NEGATIVE"),
        Arguments.of(withMember(",\"father\":{\"alive\":true,\"cause\":\"OTHER\"}"),
            "members[0].father", "PARENT_ALIVE_WITH_DEATH"),
        // dates
        Arguments.of(withMember(",\"birthDate\":\"2023-02-29\""), "members[0].birthDate",
            "JSON_DATE_INVALID"),
        Arguments.of(withMember(",\"birthDate\":\"1980-13-01\""), "members[0].birthDate",
            "JSON_DATE_INVALID"),
        Arguments.of(withMember(",\"birthDate\":\"10-03-1980\""), "members[0].birthDate",
            "JSON_DATE_FORMAT"),
        Arguments.of(withMember(",\"birthDate\":\"1980-3-10\""), "members[0].birthDate",
            "JSON_DATE_FORMAT"),
        Arguments.of(withMember(",\"birthDate\":\"1980-03-1\u0660\""), "members[0].birthDate",
            "JSON_DATE_FORMAT"),
        Arguments.of(withMember(",\"birthDate\":\"1980-03-10T00:00:00Z\""), "members[0].birthDate",
            "JSON_DATE_FORMAT"),
        // wrong types
        Arguments.of(withMember("").replace("\"" + NIK + "\"", "3526011003800001"),
            "members[0].nik", "JSON_WRONG_TYPE"),
        Arguments.of(withMember(",\"hasDisability\":\"yes\""), "members[0].hasDisability",
            "JSON_WRONG_TYPE"),
        Arguments.of(withMember(",\"monthlyIncome\":1500000.5"), "members[0].monthlyIncome",
            "JSON_WRONG_TYPE"),
        Arguments.of(withMember(",\"monthlyIncome\":\"1500000\""), "members[0].monthlyIncome",
            "JSON_WRONG_TYPE"),
        Arguments.of(withMember(",\"monthlyIncome\":99999999999999999999"),
            "members[0].monthlyIncome", "JSON_NUMBER_RANGE"),
        Arguments.of(withMember(",\"disabilities\":{\"kind\":\"MENTAL\"}"), "members[0].disabilities",
            "JSON_WRONG_TYPE"),
        Arguments.of(withHousehold(",\"pastGrants\":[{\"type\":\"KUBE\",\"year\":\"2019\"}]"),
            "pastGrants[0].year", "JSON_WRONG_TYPE"),
        Arguments.of(withHousehold(",\"aid\":{\"PKH\":1}"), "aid.PKH", "JSON_WRONG_TYPE"),
        Arguments.of(withHousehold(",\"aid\":{\"PKH_PLUS\":\"yes\"}"), "aid.PKH_PLUS",
            "JSON_WRONG_TYPE"),
        Arguments.of(withHousehold(",\"aid\":[\"PKH\"]"), "aid", "JSON_WRONG_TYPE"),
        Arguments.of(withHousehold(",\"registry\":\"DTSEN\""), "registry", "JSON_WRONG_TYPE"),
        Arguments.of(withHousehold(",\"registry\":{\"register\":\"DTSEN\",\"registered\":true,"
            + "\"desil\":\"3\",\"checkedOn\":\"2025-01-01\"}"), "registry.desil", "JSON_WRONG_TYPE"),
        Arguments.of(withHousehold(",\"pastGrants\":[\"KUBE\"]"), "pastGrants[0]",
            "JSON_WRONG_TYPE"),
        Arguments.of(withHousehold(",\"pastGrants\":[{\"type\":\"KUBE\",\"year\":3000000000}]"),
            "pastGrants[0].year", "JSON_NUMBER_RANGE"),
        Arguments.of(withMember(",\"father\":\"alive\""), "members[0].father", "JSON_WRONG_TYPE"),
        Arguments.of(withMember(",\"extensions\":[true]"), "members[0].extensions",
            "JSON_WRONG_TYPE"),
        Arguments.of(withHousehold(",\"extensions\":{\"pkhComponents\":[\"SD\",1]}"),
            "extensions.pkhComponents[1]", "JSON_WRONG_TYPE"),
        Arguments.of(withHousehold(",\"extensions\":{\"pkhComponents\":\"SD\"}"),
            "extensions.pkhComponents", "JSON_WRONG_TYPE"),
        Arguments.of(withHousehold(",\"extensions\":{\"pkhComponents\":[\"LANSIA\"]}"),
            "extensions.pkhComponents[0]", "JSON_ENUM"),
        Arguments.of(withMember(",\"extensions\":{\"needsWheelchair\":\"yes\"}"),
            "members[0].extensions.needsWheelchair", "JSON_WRONG_TYPE"),
        Arguments.of(withMember(",\"needsWheelchair\":true"), "members[0].needsWheelchair",
            "JSON_UNKNOWN_FIELD"),
        Arguments.of(withHousehold(",\"pkhComponents\":[\"SD\"]"), "pkhComponents",
            "JSON_UNKNOWN_FIELD"),
        Arguments.of("{\"kkNumber\":\"" + KK + "\",\"members\":{}}", "members", "JSON_WRONG_TYPE"),
        Arguments.of("{\"kkNumber\":\"" + KK + "\",\"members\":[\"" + NIK + "\"]}", "members[0]",
            "JSON_WRONG_TYPE"),
        Arguments.of("[]", "", "JSON_WRONG_TYPE"),
        Arguments.of("\"" + KK + "\"", "", "JSON_WRONG_TYPE"),
        Arguments.of("null", "", "JSON_WRONG_TYPE"),
        // enums
        Arguments.of(withMember(",\"sex\":\"female\""), "members[0].sex", "JSON_ENUM"),
        Arguments.of(withMember(",\"disabilities\":[{\"kind\":\"BLIND\"}]"),
            "members[0].disabilities[0].kind", "JSON_ENUM"),
        Arguments.of(withHousehold(",\"aid\":{\"PKH_PLUS\":true}"), "aid.PKH_PLUS", "JSON_ENUM"),
        Arguments.of("{\"kkNumber\":\"" + KK + "\",\"members\":[{\"nik\":\"" + NIK + "\"},{\"nik\":\""
            + NIK2 + "\",\"mother\":{\"alive\":false,\"cause\":\"FLOOD\"}}]}",
            "members[1].mother.cause", "JSON_ENUM"),
        // unknown and missing fields
        Arguments.of(withHousehold(",\"kk\":\"x\""), "kk", "JSON_UNKNOWN_FIELD"),
        Arguments.of(withMember(",\"nickname\":\"x\""), "members[0].nickname", "JSON_UNKNOWN_FIELD"),
        Arguments.of(withMember(",\"mother\":{\"alive\":true,\"age\":60}"), "members[0].mother.age",
            "JSON_UNKNOWN_FIELD"),
        Arguments.of(withMember(",\"" + NIK2 + "\":true"), "members[0].<unnamed>",
            "JSON_UNKNOWN_FIELD"),
        Arguments.of(withMember(",\"disabilities\":[{\"kind\":\"MENTAL\",\"grade\":2}]"),
            "members[0].disabilities[0].grade", "JSON_UNKNOWN_FIELD"),
        Arguments.of(withMember(",\"extensions\":{\"wheelchair\":true}"),
            "members[0].extensions.wheelchair", "JSON_UNKNOWN_FIELD"),
        Arguments.of("{\"members\":[{\"nik\":\"" + NIK + "\"}]}", "kkNumber", "JSON_MISSING"),
        Arguments.of("{\"kkNumber\":null,\"members\":[{\"nik\":\"" + NIK + "\"}]}", "kkNumber",
            "JSON_MISSING"),
        Arguments.of("{\"kkNumber\":\"" + KK + "\"}", "members", "JSON_MISSING"),
        Arguments.of("{\"kkNumber\":\"" + KK + "\",\"members\":[{\"name\":\"Siti\"}]}",
            "members[0].nik", "JSON_MISSING"),
        Arguments.of(withMember(",\"father\":{\"deathDate\":\"2020-01-01\"}"),
            "members[0].father.alive", "JSON_MISSING"),
        Arguments.of(withHousehold(",\"registry\":{\"register\":\"DTSEN\",\"registered\":true}"),
            "registry.checkedOn", "JSON_MISSING"),
        Arguments.of(withHousehold(",\"pastGrants\":[{\"year\":2019}]"), "pastGrants[0].type",
            "JSON_MISSING"),
        // syntax
        Arguments.of(withMember("") + " {}", "", "JSON_TRAILING"),
        Arguments.of("{\"kkNumber\":\"" + KK + "\",\"kkNumber\":\"" + KK + "\"}", "",
            "JSON_DUPLICATE_FIELD"),
        Arguments.of("{'kkNumber':'" + KK + "'}", "", "JSON_SYNTAX"),
        Arguments.of("{\"kkNumber\":\"" + KK + "\",}", "", "JSON_SYNTAX"),
        Arguments.of("", "", "JSON_EMPTY"),
        Arguments.of("   ", "", "JSON_EMPTY"));
  }

  // ---------------------------------------------------------------- groups of families

  public static String kk(int i) {
    return String.format(Locale.ROOT, "350902150320%04d", i);
  }

  public static String nik(int i) {
    return String.format(Locale.ROOT, "350902040580%04d", i);
  }

  /** A family of one member, who takes part. */
  public static String member(int i) {
    return member(kk(i), nik(i), "\"nik\":\"" + nik(i) + "\"");
  }

  public static String member(String kk, String participant, String person) {
    return "{\"participant\":\"" + participant + "\",\"household\":{\"kkNumber\":\"" + kk
        + "\",\"members\":[{" + person + "}]}}";
  }

  /** A valid group of five families with the given member at index 3 and extra fields. */
  public static String group(String fourth, String extra) {
    return "{\"name\":\"KUBE Mawar\"" + extra + ",\"members\":[" + member(1) + "," + member(2)
        + "," + member(3) + "," + fourth + "," + member(5) + "]}";
  }

  public static String group(String fourth) {
    return group(fourth, "");
  }

  /** Each way a KUBE group document can be wrong: the document, the path and the code. */
  public static Stream<Arguments> groups() {
    return Stream.of(
        // unknown fields, at every level
        Arguments.of(group(member(4), ",\"leader\":\"x\""), "leader", "JSON_UNKNOWN_FIELD"),
        Arguments.of(group(member(4).replace("{\"participant\"", "{\"role\":1,\"participant\"")),
            "members[3].role", "JSON_UNKNOWN_FIELD"),
        Arguments.of(group(member(kk(4), nik(4), "\"nik\":\"" + nik(4) + "\",\"nickname\":\"x\"")),
            "members[3].household.members[0].nickname", "JSON_UNKNOWN_FIELD"),
        // wrong JSON types
        Arguments.of(group(member(4)).replace("\"KUBE Mawar\"", "5"), "name", "JSON_WRONG_TYPE"),
        Arguments.of(group(member(4), ",\"liveNearEachOther\":\"yes\""), "liveNearEachOther",
            "JSON_WRONG_TYPE"),
        Arguments.of("{\"name\":\"K\",\"members\":{}}", "members", "JSON_WRONG_TYPE"),
        Arguments.of(group("\"" + nik(4) + "\""), "members[3]", "JSON_WRONG_TYPE"),
        Arguments.of(group(member(4).replace("\"" + nik(4) + "\",\"household\"",
            nik(4) + ",\"household\"")), "members[3].participant", "JSON_WRONG_TYPE"),
        Arguments.of(group("{\"participant\":\"" + nik(4) + "\",\"household\":[]}"),
            "members[3].household", "JSON_WRONG_TYPE"),
        Arguments.of(group(member(kk(4), nik(4), "\"nik\":\"" + nik(4)
            + "\",\"monthlyIncome\":1.5")), "members[3].household.members[0].monthlyIncome",
            "JSON_WRONG_TYPE"),
        Arguments.of("[]", "", "JSON_WRONG_TYPE"),
        Arguments.of("null", "", "JSON_WRONG_TYPE"),
        // required fields
        Arguments.of("{\"members\":[]}", "name", "JSON_MISSING"),
        Arguments.of("{\"name\":null,\"members\":[]}", "name", "JSON_MISSING"),
        Arguments.of("{\"name\":\"K\"}", "members", "JSON_MISSING"),
        Arguments.of(group("{\"household\":{\"kkNumber\":\"" + kk(4) + "\",\"members\":[{\"nik\":\""
            + nik(4) + "\"}]}}"), "members[3].participant", "JSON_MISSING"),
        Arguments.of(group("{\"participant\":\"" + nik(4) + "\"}"), "members[3].household",
            "JSON_MISSING"),
        // identifiers and facts inside a member household
        Arguments.of(group(member(kk(4), nik(4), "\"nik\":\"3509020413800004\"")),
            "members[3].household.members[0].nik", "NIK_MONTH"),
        Arguments.of(group(member(kk(4), nik(4), "\"nik\":\"3509-0204-0580-0004\"")),
            "members[3].household.members[0].nik", "NIK_NOT_DIGITS"),
        Arguments.of(group(member("9909021503200004", nik(4), "\"nik\":\"" + nik(4) + "\"")),
            "members[3].household.kkNumber", "KK_PROVINCE"),
        Arguments.of(group(member(kk(4), nik(4), "\"nik\":\"" + nik(4)
            + "\",\"birthDate\":\"2023-02-29\"")), "members[3].household.members[0].birthDate",
            "JSON_DATE_INVALID"),
        Arguments.of(group("{\"participant\":\"" + nik(4) + "\",\"household\":{\"kkNumber\":\""
            + kk(4) + "\",\"members\":[]}}"), "members[3].household.members",
            "HOUSEHOLD_NO_MEMBERS"),
        Arguments.of(group(member(kk(4), nik(4), "\"nik\":\"" + nik(4)
            + "\",\"birthDate\":\"1980-05-04\",\"deathDate\":\"1979-01-01\"")),
            "members[3].household.members[0].deathDate", "PERSON_DEATH_BEFORE_BIRTH"),
        Arguments.of(group(member(kk(4), "35090204058000", "\"nik\":\"" + nik(4) + "\"")),
            "members[3].participant", "NIK_LENGTH"),
        // the group's own rules, re-rooted at the group's paths
        Arguments.of(group(member(kk(4), nik(9), "\"nik\":\"" + nik(4) + "\"")),
            "members[3].participant", "GROUP_PARTICIPANT_NOT_ON_CARD"),
        Arguments.of(group(member(kk(1), nik(4), "\"nik\":\"" + nik(4) + "\"")),
            "members[3].household.kkNumber", "GROUP_DUPLICATE_KK"),
        Arguments.of(group(member(kk(4), nik(1), "\"nik\":\"" + nik(1) + "\"")),
            "members[3].participant", "GROUP_DUPLICATE_PARTICIPANT"),
        Arguments.of(group(member(4)).replace("\"KUBE Mawar\"", "\"  \""), "name",
            "GROUP_NAME_BLANK"));
  }

  // ---------------------------------------------------------------- extension facts

  /**
   * Values of the facts registered in {@code Examples.SIDOARJO} that are not of their kind: the
   * {@code extensions} object, the path on a household, the code and the message (null where
   * the domain model words it).
   */
  public static Stream<Arguments> extensionValues() {
    return Stream.of(
        Arguments.of("{\"kartuSidoarjoSehat\":\"yes\"}", "extensions.kartuSidoarjoSehat",
            "JSON_WRONG_TYPE", "expected true or false, found string"),
        Arguments.of("{\"landOwnedM2\":350.5}", "extensions.landOwnedM2", "JSON_WRONG_TYPE",
            "expected a whole number, found number"),
        Arguments.of("{\"landOwnedM2\":\"350\"}", "extensions.landOwnedM2", "JSON_WRONG_TYPE",
            "expected a whole number, found string"),
        Arguments.of("{\"landOwnedM2\":99999999999999999999}", "extensions.landOwnedM2",
            "JSON_NUMBER_RANGE", "the number is out of range"),
        Arguments.of("{\"landTenure\":\"owned\"}", "extensions.landTenure", "JSON_ENUM",
            "expected one of [OWNED, RENTED, FAMILY_LAND]"),
        Arguments.of("{\"landTenure\":1}", "extensions.landTenure", "JSON_WRONG_TYPE",
            "expected one of [OWNED, RENTED, FAMILY_LAND], found number"),
        Arguments.of("{\"surveyedOn\":\"15-09-2025\"}", "extensions.surveyedOn",
            "JSON_DATE_FORMAT", "expected an ISO-8601 date yyyy-MM-dd"),
        Arguments.of("{\"surveyedOn\":\"2025-02-30\"}", "extensions.surveyedOn",
            "JSON_DATE_INVALID", "the date does not exist in the calendar"),
        Arguments.of("{\"surveyedOn\":20250915}", "extensions.surveyedOn", "JSON_WRONG_TYPE",
            "expected a date yyyy-MM-dd, found number"),
        Arguments.of("{\"farmerGroup\":[\"Poktan\"]}", "extensions.farmerGroup",
            "JSON_WRONG_TYPE", "expected a text, found array"),
        Arguments.of("{\"monthlyBusinessTurnover\":\"750000\"}",
            "extensions.monthlyBusinessTurnover", "JSON_WRONG_TYPE",
            "expected a whole number of rupiah, found string"),
        Arguments.of("{\"monthlyBusinessTurnover\":-750000}",
            "extensions.monthlyBusinessTurnover", "MONEY_NEGATIVE", null),
        Arguments.of("[{\"landOwnedM2\":350}]", "extensions", "JSON_WRONG_TYPE",
            "expected an object, found array"));
  }
}
