package id.bansos.rules;

import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import java.util.Objects;
import java.util.Optional;

/**
 * A fact still needed to decide: what to record on the next visit. The path names the field as
 * the JSON format spells it ({@code maritalStatus}, {@code disabilities.severity}, {@code
 * aid.PKH}, an extension fact's name), or, for what is not a fact of the family, says what is
 * missing ({@code parameter ASPD.CASH}, {@code covered-region list for 35.10}); the label says
 * it in words a field worker reads ("status perkawinan" / "marital status").
 *
 * @param path the field's path; never null
 * @param label the label in both languages; never null
 * @param member the member it concerns, empty for a fact of the family
 * @param household the family it concerns within a group of families (KUBE), else empty
 */
public record MissingFact(String path, Text label, Optional<Nik> member,
    Optional<KkNumber> household) {

  /** Checks the components. */
  public MissingFact {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(household, "household");
  }

  /**
   * A fact of the family itself.
   *
   * @param path the field's path; never null
   * @param label the label; never null
   * @return the missing fact
   */
  public static MissingFact of(String path, Text label) {
    return new MissingFact(path, label, Optional.empty(), Optional.empty());
  }

  /**
   * The label in {@code language}.
   *
   * @param language the language; never null
   * @return the label
   */
  public String label(Language language) {
    return label.in(language);
  }

  /**
   * The same fact, of one family of a group.
   *
   * @param kkNumber the family's card number; never null
   * @return the missing fact
   */
  public MissingFact ofHousehold(KkNumber kkNumber) {
    return new MissingFact(path, label, member, Optional.of(kkNumber));
  }

  /**
   * The path, prefixed with the masked card number and masked NIK it concerns: {@code member
   * 3526**********02: occupation}. Never shows a full NIK or card number.
   *
   * @return the text
   */
  @Override
  public String toString() {
    String text = member.isPresent() ? "member " + member.get() + ": " + path : path;
    return household.isPresent() ? "household " + household.get() + ": " + text : text;
  }

  // Written out rather than generated: a record's generated equals and hashCode build method
  // handles on their first call, tens of milliseconds of a process's start, and explanations
  // gather missing facts in a map (docs/performance.md §3n).
  @Override
  public boolean equals(Object o) {
    return o instanceof MissingFact other && path.equals(other.path) && label.equals(other.label)
        && member.equals(other.member) && household.equals(other.household);
  }

  @Override
  public int hashCode() {
    return ((path.hashCode() * 31 + label.hashCode()) * 31 + member.hashCode()) * 31
        + household.hashCode();
  }
}
