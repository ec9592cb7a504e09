package id.bansos.core.money;

import id.bansos.core.InvalidDataException;
import java.util.Objects;

/**
 * An exact, non-negative amount of Indonesian rupiah (IDR). Rupiah has no minor unit in use, so
 * the amount is a whole number of rupiah held in a {@code long}; there is no floating point
 * anywhere.
 *
 * <p>{@link #toString()} gives {@code IDR 2000000}, which {@link #parse(String)} reads back;
 * {@link #format()} gives the Indonesian display form {@code Rp2.000.000}.
 */
public final class Rupiah implements Comparable<Rupiah> {

  /** Zero rupiah. */
  public static final Rupiah ZERO = new Rupiah(0);

  private final long amount;

  private Rupiah(long amount) {
    this.amount = amount;
  }

  /**
   * An amount of whole rupiah.
   *
   * @param amount the amount; not negative
   * @return the amount
   * @throws InvalidDataException with code {@code MONEY_NEGATIVE} when {@code amount} is negative
   */
  public static Rupiah of(long amount) {
    if (amount < 0) {
      throw new InvalidDataException("", "MONEY_NEGATIVE", "an amount of money cannot be negative");
    }
    return amount == 0 ? ZERO : new Rupiah(amount);
  }

  /**
   * Reads {@code IDR 2000000} (as written by {@link #toString()}), {@code Rp2.000.000}, {@code
   * Rp 2.000.000} or plain digits.
   *
   * @param text the amount; never null
   * @return the amount
   * @throws InvalidDataException with code {@code MONEY_FORMAT} or {@code MONEY_NEGATIVE}
   */
  public static Rupiah parse(String text) {
    Objects.requireNonNull(text, "text");
    String s = text.strip();
    if (s.startsWith("IDR")) {
      s = s.substring(3).strip();
    } else if (s.startsWith("Rp")) {
      s = s.substring(2).strip().replace(".", "");
    }
    if (s.startsWith("-")) {
      throw new InvalidDataException("", "MONEY_NEGATIVE", "an amount of money cannot be negative");
    }
    if (s.isEmpty() || s.length() > 18) {
      throw badFormat();
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        throw badFormat();
      }
    }
    return of(Long.parseLong(s));
  }

  private static InvalidDataException badFormat() {
    return new InvalidDataException("", "MONEY_FORMAT",
        "an amount is written IDR 2000000, Rp2.000.000 or as whole-rupiah digits");
  }

  /**
   * The whole-rupiah amount.
   *
   * @return the amount, never negative
   */
  public long amount() {
    return amount;
  }

  /**
   * The sum of this and {@code other}.
   *
   * @param other the amount to add; never null
   * @return the sum
   * @throws ArithmeticException on overflow
   */
  public Rupiah plus(Rupiah other) {
    return of(Math.addExact(amount, other.amount));
  }

  /**
   * This amount times {@code factor}.
   *
   * @param factor a non-negative multiplier (for example the number of payments)
   * @return the product
   * @throws IllegalArgumentException when {@code factor} is negative
   * @throws ArithmeticException on overflow
   */
  public Rupiah times(long factor) {
    if (factor < 0) {
      throw new IllegalArgumentException("factor must not be negative: " + factor);
    }
    return of(Math.multiplyExact(amount, factor));
  }

  /**
   * Whether this amount is zero.
   *
   * @return true for zero
   */
  public boolean isZero() {
    return amount == 0;
  }

  /**
   * The Indonesian display form, {@code Rp2.000.000}, with dots grouping thousands regardless of
   * the default locale.
   *
   * @return the display form
   */
  public String format() {
    String digits = Long.toString(amount);
    StringBuilder sb = new StringBuilder("Rp");
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    sb.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      sb.append('.').append(digits, i, i + 3);
    }
    return sb.toString();
  }

  @Override
  public int compareTo(Rupiah other) {
    return Long.compare(amount, other.amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rupiah other && amount == other.amount;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(amount);
  }

  /**
   * The machine form {@code IDR 2000000}, read back by {@link #parse(String)}.
   *
   * @return the machine form
   */
  @Override
  public String toString() {
    return "IDR " + amount;
  }
}
