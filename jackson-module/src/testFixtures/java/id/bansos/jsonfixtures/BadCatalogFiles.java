package id.bansos.jsonfixtures;

import java.util.List;

/**
 * Every way a catalog file can be wrong, one problem each, with the code and path the readers of
 * both JSON modules must report. Each file is loaded on {@link RegencyExample#base()}.
 */
public final class BadCatalogFiles {

  /** One bad file and the one problem expected. */
  public record Case(String name, String yaml, String code, String path) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A valid head: the format, a name, the base's name. */
  public static final String HEAD = "format: bansos-catalog/1\nname: Test\nderivesFrom: "
      + RegencyExample.BASE_NAME + "\n";

  private static final String SOURCE = "      confidence: ASSUMED\n"
      + "      sources:\n        - title: test\n";

  private BadCatalogFiles() {}

  /** A file setting {@code key} to one value whose lines (indented six) are {@code entry}. */
  public static String setting(String key, String entry) {
    return HEAD + "parameters:\n  " + key + ":\n    - " + entry.substring(6);
  }

  private static String value(String key, String valueLines) {
    return setting(key, "      value: " + valueLines + "\n      validFrom: 2026-01-01\n" + SOURCE);
  }

  /**
   * The cases.
   *
   * @return every case
   */
  public static List<Case> cases() {
    String age = RegencyExample.MIN_AGE.name();
    String regions = RegencyExample.COVERED_REGIONS.name();
    String benefit = RegencyExample.BENEFIT.name();
    String p = "parameters[" + age + "][0]";
    return List.of(
        new Case("malformed YAML", "format: [unclosed\n", "CATALOG_SYNTAX", ""),
        new Case("empty document", "", "CATALOG_EMPTY", ""),
        new Case("a list at the root", "- format\n", "JSON_WRONG_TYPE", ""),
        new Case("a key twice", HEAD + "name: Again\n", "CATALOG_DUPLICATE_KEY", ""),
        new Case("unknown key", HEAD + "colour: red\n", "JSON_UNKNOWN_FIELD", "colour"),
        new Case("no format", "name: T\nderivesFrom: " + RegencyExample.BASE_NAME + "\n",
            "JSON_MISSING", "format"),
        new Case("format not a string", HEAD.replace("bansos-catalog/1", "[1]"),
            "JSON_WRONG_TYPE", "format"),
        new Case("another format", HEAD.replace("/1", "/2"), "CATALOG_FORMAT", "format"),
        new Case("no name", HEAD.replace("name: Test\n", ""), "JSON_MISSING", "name"),
        new Case("blank name", HEAD.replace("name: Test", "name: ' '"), "CATALOG_NAME_BLANK",
            "name"),
        new Case("another base", HEAD.replace(RegencyExample.BASE_NAME, "Jawa Tengah"),
            "CATALOG_OTHER_BASE", "derivesFrom"),
        new Case("local program not in the base", HEAD + "localPrograms: [MALANG_LOKAL]\n",
            "CATALOG_LOCAL_PROGRAM_MISSING", "localPrograms[0]"),
        new Case("local programs not a list", HEAD + "localPrograms: SURABAYA_LANSIA\n",
            "JSON_WRONG_TYPE", "localPrograms"),
        new Case("a program code not a string", HEAD + "localPrograms: [{a: 1}]\n",
            "JSON_WRONG_TYPE", "localPrograms[0]"),
        new Case("removing a program the base lacks", HEAD + "removePrograms: [WRSE, NOPE]\n",
            "CATALOG_UNKNOWN_PROGRAM", "removePrograms[1]"),
        new Case("a program code that might be data",
            HEAD + "removePrograms: ['3578010101900001']\n", "CATALOG_UNKNOWN_PROGRAM",
            "removePrograms[0]"),
        new Case("removing a program twice", HEAD + "removePrograms: [WRSE, WRSE]\n",
            "CATALOG_LISTED_TWICE", "removePrograms[1]"),
        new Case("removing a local program", HEAD + "localPrograms: [SURABAYA_LANSIA]\n"
            + "removePrograms: [SURABAYA_LANSIA]\n", "CATALOG_PROGRAM_CONFLICT",
            "removePrograms[0]"),
        new Case("parameters not a mapping", HEAD + "parameters: [1]\n", "JSON_WRONG_TYPE",
            "parameters"),
        new Case("unknown parameter", value("NOPE.KEY", "1"), "CATALOG_UNKNOWN_PARAMETER",
            "parameters[NOPE.KEY]"),
        new Case("a parameter's name that might be data", value("Siti Aminah", "1"),
            "CATALOG_UNKNOWN_PARAMETER", "parameters[<unnamed>]"),
        new Case("a parameter's name in capitals that might be data", value("SITI_AMINAH", "1"),
            "CATALOG_UNKNOWN_PARAMETER", "parameters[<unnamed>]"),
        new Case("a parameter's name with a NIK in it", value("X3578010101900001.A", "1"),
            "CATALOG_UNKNOWN_PARAMETER", "parameters[<unnamed>]"),
        new Case("values not a list", HEAD + "parameters:\n  " + age + ": 60\n",
            "JSON_WRONG_TYPE", "parameters[" + age + "]"),
        new Case("no values", HEAD + "parameters:\n  " + age + ": []\n", "CATALOG_NO_VALUES",
            "parameters[" + age + "]"),
        new Case("a value not a mapping", HEAD + "parameters:\n  " + age + ": [60]\n",
            "JSON_WRONG_TYPE", p),
        new Case("unknown key in a value", setting(age,
            "      value: 60\n      validFrom: 2026-01-01\n      colour: red\n" + SOURCE),
            "JSON_UNKNOWN_FIELD", p + ".colour"),
        new Case("no value", setting(age, "      validFrom: 2026-01-01\n" + SOURCE),
            "JSON_MISSING", p + ".value"),
        new Case("a string for a whole number", value(age, "sixty"), "JSON_WRONG_TYPE",
            p + ".value"),
        new Case("a number out of range", value(age, "99999999999"), "JSON_WRONG_TYPE",
            p + ".value"),
        new Case("a fraction for a whole number", value(age, "60.5"), "JSON_WRONG_TYPE",
            p + ".value"),
        new Case("a number for a boolean", value(RegencyExample.IN_FORCE.name(), "1"),
            "JSON_WRONG_TYPE", "parameters[" + RegencyExample.IN_FORCE.name() + "][0].value"),
        // YAML 1.1 (Jackson 2) reads these as numbers or booleans, 1.2 (Jackson 3) as strings:
        // both modules take them as strings.
        new Case("a hexadecimal whole number", value(age, "0x3C"), "JSON_WRONG_TYPE",
            p + ".value"),
        new Case("a whole number with a leading zero (YAML 1.1 octal)", value(age, "012"),
            "JSON_WRONG_TYPE", p + ".value"),
        new Case("a whole number with an underscore", value(age, "6_0"), "JSON_WRONG_TYPE",
            p + ".value"),
        new Case("a whole number with a plus sign", value(age, "+60"), "JSON_WRONG_TYPE",
            p + ".value"),
        new Case("yes for true", value(RegencyExample.IN_FORCE.name(), "yes"),
            "JSON_WRONG_TYPE", "parameters[" + RegencyExample.IN_FORCE.name() + "][0].value"),
        new Case("On for true", value(RegencyExample.IN_FORCE.name(), "On"),
            "JSON_WRONG_TYPE", "parameters[" + RegencyExample.IN_FORCE.name() + "][0].value"),
        new Case("True for true", value(RegencyExample.IN_FORCE.name(), "True"),
            "JSON_WRONG_TYPE", "parameters[" + RegencyExample.IN_FORCE.name() + "][0].value"),
        new Case("a tilde for no end (YAML 1.1 null, 1.2 text)", setting(age,
            "      value: 60\n      validFrom: 2026-01-01\n      validTo: ~\n" + SOURCE),
            "JSON_DATE_FORMAT", p + ".validTo"),
        new Case("NULL for no end", setting(age,
            "      value: 60\n      validFrom: 2026-01-01\n      validTo: NULL\n" + SOURCE),
            "JSON_DATE_FORMAT", p + ".validTo"),
        new Case("an alias", setting(age, "      value: 60\n      validFrom: 2026-01-01\n"
            + "      confidence: ASSUMED\n      sources:\n        - title: &t Perbup 1/2026\n"
            + "      note: *t\n"), "CATALOG_YAML_ALIAS", p + ".note"),
        new Case("a second document", HEAD + "---\nname: Second\n", "CATALOG_SYNTAX", ""),
        new Case("a key twice inside a value", setting(age, "      value: 60\n"
            + "      validFrom: 2026-01-01\n" + SOURCE + "      note: a\n      note: b\n"),
            "CATALOG_DUPLICATE_KEY", p),
        new Case("a non-stacking pair naming a program the catalog lacks",
            value("COMMON.NON_STACKING", "{pairs: [{first: PKH_PLUS, second: PKH_PLUSS,"
                + " basis: test}]}"), "CATALOG_UNKNOWN_PROGRAM",
            "parameters[COMMON.NON_STACKING][0].value.pairs[0].second"),
        new Case("a date value not ISO", value("LDP_COVID_ORPHAN.COVID_PERIOD_START",
            "'3578010101900001'"), "JSON_DATE_FORMAT",
            "parameters[LDP_COVID_ORPHAN.COVID_PERIOD_START][0].value"),
        new Case("a date value not in the calendar", value("LDP_COVID_ORPHAN.COVID_PERIOD_START",
            "'2026-02-30'"), "JSON_DATE_INVALID",
            "parameters[LDP_COVID_ORPHAN.COVID_PERIOD_START][0].value"),
        new Case("unknown field of a record", value("ASPD.REGISTRY", "{maxDesill: 5}"),
            "JSON_UNKNOWN_FIELD", "parameters[ASPD.REGISTRY][0].value.maxDesill"),
        new Case("a field of a record missing", value(regions, "{regions: ['35.78'], excluded: []}"),
            "JSON_MISSING", "parameters[" + regions + "][0].value.complete"),
        new Case("an enum constant unknown", value(benefit, "{label: {id: a, en: b}, form: CHEQUE,"
            + " frequency: MONTHLY, paymentsPerYear: 1, funder: APBN}"), "JSON_ENUM",
            "parameters[" + benefit + "][0].value.form"),
        new Case("a value the domain rejects", value(benefit, "{label: {id: a, en: b},"
            + " form: CASH, frequency: MONTHLY, paymentsPerYear: 0, funder: APBN}"),
            "CATALOG_INVALID_VALUE", "parameters[" + benefit + "][0].value"),
        new Case("a malformed region code", value(regions,
            "{regions: ['3578'], complete: true, excluded: []}"), "CATALOG_INVALID_VALUE",
            "parameters[" + regions + "][0].value.regions[0]"),
        new Case("an item of a set twice", value(regions,
            "{regions: ['35.78', '35.78'], complete: true, excluded: []}"),
            "CATALOG_LISTED_TWICE", "parameters[" + regions + "][0].value.regions[1]"),
        new Case("a list for a set not a list", value(regions,
            "{regions: '35.78', complete: true, excluded: []}"), "JSON_WRONG_TYPE",
            "parameters[" + regions + "][0].value.regions"),
        new Case("no validFrom", setting(age, "      value: 60\n" + SOURCE), "JSON_MISSING",
            p + ".validFrom"),
        new Case("a date not ISO", setting(age,
            "      value: 60\n      validFrom: 1/1/2026\n" + SOURCE), "JSON_DATE_FORMAT",
            p + ".validFrom"),
        new Case("a date not in the calendar", setting(age,
            "      value: 60\n      validFrom: 2026-02-30\n" + SOURCE), "JSON_DATE_INVALID",
            p + ".validFrom"),
        new Case("validTo before validFrom", setting(age, "      value: 60\n"
            + "      validFrom: 2026-02-01\n      validTo: 2026-01-31\n" + SOURCE),
            "CATALOG_PERIOD_INVERTED", p + ".validTo"),
        new Case("overlapping periods", setting(age, "      value: 60\n"
            + "      validFrom: 2026-01-01\n      validTo: 2026-06-30\n" + SOURCE
            + "    - value: 65\n      validFrom: 2026-06-30\n" + SOURCE), "CATALOG_OVERLAP",
            "parameters[" + age + "][1]"),
        new Case("no confidence", setting(age,
            "      value: 60\n      validFrom: 2026-01-01\n      sources:\n        - title: t\n"),
            "JSON_MISSING", p + ".confidence"),
        new Case("an unknown confidence", setting(age, "      value: 60\n"
            + "      validFrom: 2026-01-01\n      confidence: SURE\n"
            + "      sources:\n        - title: t\n"), "JSON_ENUM", p + ".confidence"),
        new Case("a value without a source", setting(age,
            "      value: 60\n      validFrom: 2026-01-01\n      confidence: ASSUMED\n"),
            "CATALOG_NO_SOURCE", p + ".sources"),
        new Case("an empty list of sources", setting(age, "      value: 60\n"
            + "      validFrom: 2026-01-01\n      confidence: ASSUMED\n      sources: []\n"),
            "CATALOG_NO_SOURCE", p + ".sources"),
        new Case("a source without a title", setting(age, "      value: 60\n"
            + "      validFrom: 2026-01-01\n      confidence: ASSUMED\n"
            + "      sources:\n        - address: x\n"), "JSON_MISSING", p + ".sources[0].title"),
        new Case("a source with a blank title", setting(age, "      value: 60\n"
            + "      validFrom: 2026-01-01\n      confidence: ASSUMED\n"
            + "      sources:\n        - title: ' '\n"), "CATALOG_SOURCE_TITLE",
            p + ".sources[0].title"),
        new Case("a note not a string", setting(age, "      value: 60\n"
            + "      validFrom: 2026-01-01\n      note: [a]\n" + SOURCE), "JSON_WRONG_TYPE",
            p + ".note"));
  }
}
