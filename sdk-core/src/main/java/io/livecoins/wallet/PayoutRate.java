package io.livecoins.wallet;

import io.livecoins.Money;
import java.math.BigInteger;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The published exchange rate of diamonds to money: {@link #diamonds()} diamonds pay {@link
 * #amount()}, such as 200 diamonds = USD 1.00.
 *
 * <p>Payouts use exact integer arithmetic, the same as the server's: for {@code d} diamonds with
 * the rate {@code D} diamonds = {@code A} minor units, the payout is {@code floor(d * A / D)} minor
 * units, the diamonds consumed are {@code ceil(amountMinor * D / A)} (never more than {@code d}),
 * and the remainder stays in the wallet. Intermediate products are computed without overflow;
 * only a payout that itself does not fit a {@code long} fails.
 *
 * <p>Immutable and thread-safe.
 */
public final class PayoutRate {
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private final long diamonds;
  private final Money amount;

  /**
   * Creates a rate of {@code diamonds} diamonds to {@code amount}.
   *
   * @param diamonds the diamonds {@code D} that pay {@link #amount()}; positive
   * @param amount the money {@code A} paid for {@link #diamonds()} diamonds; positive
   * @throws NullPointerException if {@code amount} is null
   * @throws IllegalArgumentException if {@code diamonds} or the amount is not positive
   */
  public PayoutRate(long diamonds, Money amount) {
    Objects.requireNonNull(amount, "amount == null");
    if (diamonds <= 0) throw new IllegalArgumentException("diamonds must be positive: " + diamonds);
    if (amount.amountMinor() <= 0) {
      throw new IllegalArgumentException("amount must be positive: " + amount);
    }
    this.diamonds = diamonds;
    this.amount = amount;
  }

  /** {@return the diamonds {@code D} that pay {@link #amount()}; positive} */
  public long diamonds() {
    return diamonds;
  }

  /** {@return the money {@code A} paid for {@link #diamonds()} diamonds; positive} */
  public Money amount() {
    return amount;
  }

  /**
   * {@return the payout for {@code diamonds} diamonds: {@code floor(diamonds * A / D)} minor units,
   * possibly zero}
   *
   * @param diamonds the diamonds {@code D} that pay {@link #amount()}; positive
   * @throws IllegalArgumentException if {@code diamonds} is negative
   * @throws ArithmeticException if the payout does not fit a {@code long}
   */
  public Money amountFor(long diamonds) {
    requireNonNegative(diamonds);
    BigInteger minor =
        BigInteger.valueOf(diamonds)
            .multiply(BigInteger.valueOf(amount.amountMinor()))
            .divide(BigInteger.valueOf(this.diamonds));
    return Money.of(toLongExact(minor), amount.currency());
  }

  /**
   * {@return the diamonds a withdrawal of {@code diamonds} actually consumes: {@code
   * ceil(amountMinor * D / A)} for the payout's {@code amountMinor}; never more than {@code
   * diamonds}, zero when the payout is zero}
   *
   * @param diamonds the diamonds {@code D} that pay {@link #amount()}; positive
   * @throws IllegalArgumentException if {@code diamonds} is negative
   * @throws ArithmeticException if the payout does not fit a {@code long}
   */
  public long diamondsConsumed(long diamonds) {
    return consumedFor(amountFor(diamonds).amountMinor());
  }

  /**
   * Quotes a withdrawal of {@code diamonds}: payout, diamonds consumed and the remainder
   * kept.
   *
   * @param diamonds the diamonds {@code D} that pay {@link #amount()}; positive
   * @return the quote (payout, diamonds consumed, remainder)
   * @throws IllegalArgumentException if {@code diamonds} is negative
   * @throws ArithmeticException if the payout does not fit a {@code long}
   */
  public PayoutQuote quote(long diamonds) {
    Money payout = amountFor(diamonds);
    long consumed = consumedFor(payout.amountMinor());
    return new PayoutQuote(diamonds, payout, consumed);
  }

  private long consumedFor(long amountMinor) {
    BigInteger[] qr =
        BigInteger.valueOf(amountMinor)
            .multiply(BigInteger.valueOf(diamonds))
            .divideAndRemainder(BigInteger.valueOf(amount.amountMinor()));
    BigInteger ceil = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
    return toLongExact(ceil);
  }

  private static void requireNonNegative(long diamonds) {
    if (diamonds < 0) throw new IllegalArgumentException("diamonds < 0: " + diamonds);
  }

  // BigInteger.longValueExact() needs Android API 31.
  private static long toLongExact(BigInteger value) {
    if (value.signum() < 0 || value.compareTo(LONG_MAX) > 0) {
      throw new ArithmeticException("payout overflows a long: " + value);
    }
    return value.longValue();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof PayoutRate)) return false;
    PayoutRate that = (PayoutRate) o;
    return diamonds == that.diamonds && amount.equals(that.amount);
  }

  @Override
  public int hashCode() {
    return 31 * Long.hashCode(diamonds) + amount.hashCode();
  }

  @Override
  public String toString() {
    return "PayoutRate{" + diamonds + " diamonds = " + amount + '}';
  }
}
