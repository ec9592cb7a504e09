package id.bansos.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * How a command reads a household table that is not written quite as the layout says, as a
 * registry's export or a spreadsheet's "CSV" is not: {@code --column HEADER=COLUMN} (repeatable)
 * reads the file's column {@code HEADER} as the layout's {@code COLUMN} (its English or
 * Indonesian name), {@code --column HEADER=-} leaves the file's column out, and {@code --dates
 * dmy} (or {@code mdy}) reads a date written {@code 15/03/1985} as a spreadsheet shows it, day
 * (or month) first. Mixed into {@code screen} and {@code explain}; a name that is not a column of
 * the layout is a usage error naming it.
 */
final class TableChoice {

  // A list, not a map: a HEADER given twice is refused, not overwritten.
  @Option(names = "--column", paramLabel = "HEADER=COLUMN", descriptionKey = "column")
  List<String> columns = new ArrayList<>();

  @Option(names = "--dates", paramLabel = "dmy|mdy", descriptionKey = "dates",
      converter = DateOrderConverter.class)
  TableLayout.DateOrder dates = TableLayout.DateOrder.ISO;

  /** Whether either option is given: they are for a table, not for JSON. */
  boolean given() {
    return !columns.isEmpty() || dates != TableLayout.DateOrder.ISO;
  }

  /**
   * The layout the command's table is read with.
   *
   * @param catalog the catalog, whose extension facts are columns too
   * @throws IllegalArgumentException when a column named is not one of the layout's
   */
  TableLayout layout(CatalogChoice catalog) {
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    for (String column : columns) {
      int eq = column.indexOf('=');
      // Without '=' no COLUMN is given, which the layout refuses with the other problems.
      pairs.add(eq < 0 ? Map.entry(column, "")
          : Map.entry(column.substring(0, eq), column.substring(eq + 1)));
    }
    return new TableLayout(catalog.facts(), pairs, dates);
  }

  /** Reads {@code dmy} or {@code mdy}, in any case. */
  static final class DateOrderConverter implements ITypeConverter<TableLayout.DateOrder> {
    @Override
    public TableLayout.DateOrder convert(String value) {
      return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "dmy" -> TableLayout.DateOrder.DMY;
        case "mdy" -> TableLayout.DateOrder.MDY;
        default -> throw new TypeConversionException("expected dmy (day first, as Indonesian"
            + " regional settings show a date) or mdy (month first)");
      };
    }
  }
}
