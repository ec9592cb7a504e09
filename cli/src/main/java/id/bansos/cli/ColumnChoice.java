package id.bansos.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * How a command reads a table whose header names some columns its own way, as a registry's
 * export does: {@code --column HEADER=COLUMN} (repeatable) reads the file's column {@code HEADER}
 * as the layout's {@code COLUMN} (its English or Indonesian name), {@code --column HEADER=-}
 * leaves the file's column out. Mixed into {@code screen} and {@code explain}; a name that is not
 * a column of the layout is a usage error naming it.
 */
final class ColumnChoice {

  @Option(names = "--column", paramLabel = "HEADER=COLUMN", descriptionKey = "column")
  Map<String, String> columns = new LinkedHashMap<>();

  /**
   * The layout the command's table is read with.
   *
   * @param catalog the catalog, whose extension facts are columns too
   * @throws IllegalArgumentException when a column named is not one of the layout's
   */
  TableLayout layout(CatalogChoice catalog) {
    return new TableLayout(catalog.facts(), columns);
  }
}
