package id.bansos.rules;

import id.bansos.rules.param.ParameterValue;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Collects the beneficiaries and benefits an {@link Award} grants, and the informational results
 * (criteria that always pass and only report, such as the rate that applied) it adds. Valid only
 * while the award runs: once it has returned, every method throws {@link IllegalStateException}
 * (the determination is made and its record sealed).
 */
public final class Grants {

  private final Recorder recorder;
  private final Program program;
  // Made on first grant: most determinations are not eligible and grant nothing. The engine
  // hands the filled part of each out as a list without a copy.
  private Beneficiary[] beneficiaries;
  private int beneficiaryCount;
  private Benefit[] benefits;
  private int benefitCount;
  private boolean closed;

  Grants(Program program, Recorder recorder) {
    this.program = program;
    this.recorder = recorder;
  }

  /**
   * The household as a whole benefits.
   *
   * @return this
   * @throws IllegalStateException once the award has returned
   */
  public Grants household() {
    open();
    beneficiary(Beneficiary.household());
    return this;
  }

  /**
   * One member benefits.
   *
   * @param member the member; never null
   * @return this
   * @throws IllegalStateException once the award has returned
   */
  public Grants member(Member member) {
    open();
    beneficiary(Beneficiary.member(member.nik()));
    return this;
  }

  /**
   * Every beneficiary receives the value of {@code schedule} in force; nothing when none is.
   *
   * @param schedule the benefit's parameter; never null
   * @return this
   * @throws IllegalStateException once the award has returned
   */
  public Grants benefit(Param<BenefitSchedule> schedule) {
    open();
    ParameterValue<BenefitSchedule> v = recorder.valueOrNull(schedule);
    if (v != null) {
      benefit(new Benefit(v));
    }
    return this;
  }

  /**
   * Every beneficiary receives {@code schedule}.
   *
   * @param schedule the dated value; never null
   * @return this
   * @throws IllegalStateException once the award has returned
   */
  public Grants benefit(ParameterValue<BenefitSchedule> schedule) {
    open();
    benefit(new Benefit(schedule));
    return this;
  }

  /**
   * One member, who must be a beneficiary, receives the value of {@code schedule} in force;
   * nothing when none is.
   *
   * @param member the recipient; never null
   * @param schedule the benefit's parameter; never null
   * @return this
   * @throws IllegalStateException once the award has returned
   */
  public Grants benefitFor(Member member, Param<BenefitSchedule> schedule) {
    open();
    Objects.requireNonNull(member, "member");
    ParameterValue<BenefitSchedule> v = recorder.valueOrNull(schedule);
    if (v != null) {
      benefit(Benefit.forMember(v, member.nik()));
    }
    return this;
  }

  /**
   * Adds a result of a criterion declared with {@link Program.Builder#reports} that passes and
   * reports the values shown with {@link Recorder#show} just before.
   *
   * @param criterion the declared criterion; never null
   * @return this
   * @throws IllegalStateException once the award has returned
   */
  public Grants report(Criterion criterion) {
    open();
    recorder.result(program.indexOf(criterion), -1, Recorder.PASS);
    return this;
  }

  private void beneficiary(Beneficiary b) {
    if (beneficiaries == null) {
      beneficiaries = new Beneficiary[2];
    } else if (beneficiaryCount == beneficiaries.length) {
      beneficiaries = Arrays.copyOf(beneficiaries, beneficiaryCount * 2);
    }
    beneficiaries[beneficiaryCount++] = b;
  }

  private void benefit(Benefit b) {
    if (benefits == null) {
      benefits = new Benefit[2];
    } else if (benefitCount == benefits.length) {
      benefits = Arrays.copyOf(benefits, benefitCount * 2);
    }
    benefits[benefitCount++] = b;
  }

  private void open() {
    if (closed) {
      throw new IllegalStateException(
          "the award has returned: nothing can be granted or reported any more");
    }
  }

  /** The beneficiaries granted; called once the award has returned, after which none is added. */
  List<Beneficiary> beneficiaries() {
    closed = true;
    return list(beneficiaries, beneficiaryCount);
  }

  /** The benefits granted; called once the award has returned, after which none is added. */
  List<Benefit> benefits() {
    closed = true;
    return list(benefits, benefitCount);
  }

  private static <E> List<E> list(E[] elements, int count) {
    return switch (count) {
      case 0 -> List.of();
      case 1 -> List.of(elements[0]);
      case 2 -> List.of(elements[0], elements[1]);
      default -> new ArrayView<>(elements, count);
    };
  }
}
