package id.bansos.rules;

import id.bansos.core.identity.KkNumber;
import id.bansos.core.money.Rupiah;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every program's determination for one household as of one date, in catalog order, and the
 * services its record shows members already receive.
 *
 * @param kkNumber the household's card number (masked in {@code toString}); never null
 * @param date the date of the assessment; never null
 * @param determinations one per program in force on {@code date} that decides eligibility
 *     ({@link ProgramInfo#decidesEligibility()}); never null
 * @param conflicts pairs of eligible programs that sources say do not stack; never null
 * @param serviceRecords the services of the programs of kind {@link
 *     ProgramInfo.Kind#SERVICE_RECORD} in force on {@code date} that the household's record shows
 *     a member receives, in catalog order; not eligibility decisions, and not counted in {@link
 *     #eligible()} or {@link #yearlyTotal()}; never null
 * @param stamp which rules decided: the catalog's name and fingerprint and the library version;
 *     never null
 */
public record Assessment(KkNumber kkNumber, LocalDate date, List<Determination> determinations,
    List<StackingConflict> conflicts, List<ServiceRecord> serviceRecords, CatalogStamp stamp) {

  /** Checks the components and copies every list but the engine's own (kept as it is). */
  public Assessment {
    Objects.requireNonNull(kkNumber, "kkNumber");
    Objects.requireNonNull(date, "date");
    // The engine's own list is unmodifiable and its array never changes: kept, not copied.
    determinations = ArrayView.keptOrCopied(determinations);
    conflicts = List.copyOf(conflicts);
    serviceRecords = List.copyOf(serviceRecords);
    Objects.requireNonNull(stamp, "stamp");
  }

  /**
   * The determination of the program with {@code code}.
   *
   * @param code the program code, for example {@code PKH_PLUS}; never null
   * @return the determination, if the program was in force on the date
   */
  public Optional<Determination> determination(String code) {
    for (Determination d : determinations) {
      if (d.programCode().equals(code)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * The determinations with status ELIGIBLE.
   *
   * @return the eligible determinations, in catalog order
   */
  public List<Determination> eligible() {
    return determinations.stream().filter(Determination::isEligible).toList();
  }

  /**
   * The yearly totals of every eligible program's benefits, per funder, so that the province's
   * budget stays apart from national money; a funder whose total leaves out an amount that is not
   * known is named in {@link YearlyTotals#unknownAmounts()}.
   *
   * @return the totals; never null
   */
  public YearlyTotals yearlyTotals() {
    YearlyTotals totals = YearlyTotals.NONE;
    for (Determination d : determinations) {
      totals = totals.plus(d.yearlyTotals());
    }
    return totals;
  }

  /**
   * The yearly total of the known amounts of every eligible program's benefits, all funders
   * together: {@code yearlyTotals().total()}.
   *
   * @return the total; a lower bound when {@code yearlyTotals().hasUnknownAmounts()}
   */
  public Rupiah yearlyTotal() {
    return yearlyTotals().total();
  }

  /**
   * The yearly total of the known amounts one funder pays: {@code yearlyTotals().amount(funder)}.
   *
   * @param funder the funder; never null
   * @return the total; a lower bound when {@code yearlyTotals().unknownAmounts().contains(funder)}
   */
  public Rupiah yearlyTotal(Funder funder) {
    return yearlyTotals().amount(funder);
  }

  /**
   * The assessment as readable text: a short answer per program, then each program's status,
   * benefits and every reason; members by masked NIK, names never. {@link Render} writes it
   * with the members named by who they are, as Markdown, or as a printable decision sheet.
   *
   * @param language the language; never null
   * @return the text, lines separated by {@code \n}
   */
  public String render(Language language) {
    return Render.text(this, language);
  }
}
