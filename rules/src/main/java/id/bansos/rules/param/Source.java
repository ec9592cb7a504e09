package id.bansos.rules.param;

import java.util.Objects;

/**
 * Where a parameter value comes from: a published statement, article or legal text.
 *
 * @param title a short description: publisher, date and what it says, for example {@code
 *     "Antara, 15 Dec 2023: PKH Plus for lansia over 70"}; never null
 * @param address a URL or a document reference such as {@code "Permensos 1/2018"}; never null,
 *     may be empty when the title is the reference
 */
public record Source(String title, String address) {

  /** Checks that no component is null or blank. */
  public Source {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(address, "address");
    if (title.isBlank()) {
      throw new IllegalArgumentException("a source needs a title");
    }
  }

  /**
   * A source with a title and an address.
   *
   * @param title what it is; never null
   * @param address where to find it; never null
   * @return the source
   */
  public static Source of(String title, String address) {
    return new Source(title, address);
  }

  // Written out rather than generated, as ParameterValue's, which compares its sources.
  @Override
  public boolean equals(Object o) {
    return o instanceof Source other && title.equals(other.title) && address.equals(other.address);
  }

  @Override
  public int hashCode() {
    return title.hashCode() * 31 + address.hashCode();
  }
}
