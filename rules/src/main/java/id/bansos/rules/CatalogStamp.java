package id.bansos.rules;

import java.util.Objects;

/**
 * Which rules made a decision: the catalog's name, its {@link Fingerprint} and the library
 * version. Every {@link Assessment} and {@link GroupAssessment} carries one, so a decision can be
 * traced to its exact rules and replayed.
 *
 * @param catalog the catalog's name, for reports (not part of the fingerprint); never null
 * @param fingerprint the catalog's fingerprint ({@link Catalog#fingerprint()}); never null
 * @param libraryVersion the version of the library that decided ({@link Library#version()});
 *     never null
 */
public record CatalogStamp(String catalog, Fingerprint fingerprint, String libraryVersion) {

  /** Checks the components. */
  public CatalogStamp {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(libraryVersion, "libraryVersion");
  }

  /**
   * The stamp of {@code catalog} under this library.
   *
   * @param catalog the catalog; never null
   * @return its name, fingerprint and {@link Library#version()}
   */
  public static CatalogStamp of(Catalog catalog) {
    return new CatalogStamp(catalog.name(), catalog.fingerprint(), Library.version());
  }
}
