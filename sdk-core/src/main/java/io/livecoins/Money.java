package io.livecoins;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact, non-negative amount of money in the minor units of an ISO 4217 currency: {@code
 * Money.of(99, "USD")} is $0.99, {@code Money.of(160, "JPY")} is ¥160 and {@code Money.of(300,
 * "KWD")} is 0.300 KWD. Never a floating-point number.
 *
 * <p>Immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {
  private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

  private final long amountMinor;
  private final String currency;
  private final int fractionDigits;

  private Money(long amountMinor, String currency) {
    Objects.requireNonNull(currency, "currency == null");
    if (!CURRENCY_CODE.matcher(currency).matches()) {
      throw new IllegalArgumentException("currency is not an ISO 4217 code: " + currency);
    }
    if (amountMinor < 0) {
      throw new IllegalArgumentException("amountMinor < 0: " + amountMinor);
    }
    int digits;
    try {
      digits = Currency.getInstance(currency).getDefaultFractionDigits();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown ISO 4217 currency: " + currency, e);
    }
    if (digits < 0) {
      throw new IllegalArgumentException("currency has no minor units: " + currency);
    }
    this.amountMinor = amountMinor;
    this.currency = currency;
    this.fractionDigits = digits;
  }

  /**
   * Returns {@code amountMinor} minor units of {@code currency}.
   *
   * @param amountMinor the amount in the currency's minor units (cents for USD, yen for JPY), {@code >= 0}
   * @param currency an ISO 4217 alphabetic code such as {@code "USD"}
   * @return the amount, exact
   * @throws IllegalArgumentException if the amount is negative or the currency is not a known ISO
   *     4217 code with minor units
   */
  public static Money of(long amountMinor, String currency) {
    return new Money(amountMinor, currency);
  }

  /**
   * The amount as an integer count of minor units (cents, yen, fils).
   *
   * @return the amount in minor units, {@code >= 0}
   */
  public long amountMinor() {
    return amountMinor;
  }

  /**
   * The ISO 4217 alphabetic code, such as {@code "USD"}.
   *
   * @return the currency code
   */
  public String currency() {
    return currency;
  }

  /**
   * The number of minor-unit digits of the currency per ISO 4217: USD 2, JPY 0, KWD 3, CLF 4.
   *
   * @return 0 to 4
   */
  public int fractionDigits() {
    return fractionDigits;
  }

  /**
   * The exact decimal value, such as {@code 0.99} for 99 US cents.
   *
   * @return the amount in major units, with the currency's number of decimals
   */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(amountMinor, fractionDigits);
  }

  /**
   * Formats the amount for display in {@code locale}, such as {@code "$0.99"} in {@code Locale.US}
   * or {@code "0,99 $"} in {@code Locale.FRANCE}, always with the currency's own number of
   * decimals. The result is meant to be shown as is.
   *
   * @param locale the locale of the person reading it
   * @return the formatted amount with its currency symbol
   */
  public String format(Locale locale) {
    Objects.requireNonNull(locale, "locale == null");
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(Currency.getInstance(currency));
    format.setMinimumFractionDigits(fractionDigits);
    format.setMaximumFractionDigits(fractionDigits);
    return format.format(toBigDecimal());
  }

  /**
   * Returns the sum of this and {@code other}.
   *
   * @param other an amount in the same currency
   * @return the sum, exact
   * @throws IllegalArgumentException if the currencies differ
   * @throws ArithmeticException if the sum overflows a {@code long}
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.addExact(amountMinor, other.amountMinor), currency);
  }

  /**
   * Returns this amount times {@code factor}.
   *
   * @param factor a count, {@code >= 0}
   * @return the product, exact
   * @throws IllegalArgumentException if {@code factor} is negative
   * @throws ArithmeticException if the product overflows a {@code long}
   */
  public Money times(long factor) {
    if (factor < 0) throw new IllegalArgumentException("factor < 0: " + factor);
    return new Money(Math.multiplyExact(amountMinor, factor), currency);
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return Long.compare(amountMinor, other.amountMinor);
  }

  private void requireSameCurrency(Money other) {
    Objects.requireNonNull(other, "other == null");
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("currency mismatch: " + currency + " vs " + other.currency);
    }
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof Money)) return false;
    Money that = (Money) o;
    return amountMinor == that.amountMinor && currency.equals(that.currency);
  }

  @Override
  public int hashCode() {
    return 31 * Long.hashCode(amountMinor) + currency.hashCode();
  }

  /** Returns the exact amount with its code, such as {@code "0.99 USD"}. */
  @Override
  public String toString() {
    return toBigDecimal().toPlainString() + " " + currency;
  }
}
