package io.livecoins.wallet;

import io.livecoins.Money;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A creator's earnings: diamonds held and withdrawable, the minimum withdrawal, the payout rate, and
 * today's payout cap. Obtain from {@link WalletApi#earnings()}; preview a withdrawal with {@link
 * #quote(long)} and {@link #canWithdraw(long)}.
 *
 * <pre>{@code
 * Earnings earnings = client.wallet().earnings().execute();
 * PayoutQuote quote = earnings.quote(earnings.withdrawableDiamonds());
 * show(quote.amount().format(locale), quote.remainderDiamonds());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Earnings {
  private final long diamonds;
  private final long withdrawableDiamonds;
  private final long minimumWithdrawalDiamonds;
  private final PayoutRate payoutRate;
  private final Money dailyLimit;
  private final Money dailyRemaining;

  /**
   * Creates earnings.
   *
   * @param diamonds all diamonds the creator holds
   * @param withdrawableDiamonds the diamonds that may be withdrawn now
   * @param minimumWithdrawalDiamonds the smallest withdrawal allowed, in diamonds
   * @param payoutRate the rate at which diamonds are paid out
   * @param dailyLimit the most that may be paid out per (UTC) day
   * @param dailyRemaining what may still be paid out today
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a count is negative, or the daily amounts are not in the
   *     payout rate's currency
   */
  public Earnings(
      long diamonds,
      long withdrawableDiamonds,
      long minimumWithdrawalDiamonds,
      PayoutRate payoutRate,
      Money dailyLimit,
      Money dailyRemaining) {
    requireNonNegative(diamonds, "diamonds");
    requireNonNegative(withdrawableDiamonds, "withdrawableDiamonds");
    requireNonNegative(minimumWithdrawalDiamonds, "minimumWithdrawalDiamonds");
    Objects.requireNonNull(payoutRate, "payoutRate == null");
    Objects.requireNonNull(dailyLimit, "dailyLimit == null");
    Objects.requireNonNull(dailyRemaining, "dailyRemaining == null");
    String currency = payoutRate.amount().currency();
    if (!dailyLimit.currency().equals(currency) || !dailyRemaining.currency().equals(currency)) {
      throw new IllegalArgumentException(
          "daily amounts must be in the payout currency " + currency + ": " + dailyLimit + ", "
              + dailyRemaining);
    }
    this.diamonds = diamonds;
    this.withdrawableDiamonds = withdrawableDiamonds;
    this.minimumWithdrawalDiamonds = minimumWithdrawalDiamonds;
    this.payoutRate = payoutRate;
    this.dailyLimit = dailyLimit;
    this.dailyRemaining = dailyRemaining;
  }

  /** {@return all diamonds the creator holds} */
  public long diamonds() {
    return diamonds;
  }

  /** {@return the diamonds that may be withdrawn now} */
  public long withdrawableDiamonds() {
    return withdrawableDiamonds;
  }

  /** {@return the smallest withdrawal allowed, in diamonds} */
  public long minimumWithdrawalDiamonds() {
    return minimumWithdrawalDiamonds;
  }

  /** {@return the rate at which diamonds are paid out} */
  public PayoutRate payoutRate() {
    return payoutRate;
  }

  /** {@return the most that may be paid out per (UTC) day} */
  public Money dailyLimit() {
    return dailyLimit;
  }

  /** {@return what may still be paid out today} */
  public Money dailyRemaining() {
    return dailyRemaining;
  }

  /**
   * Quotes a withdrawal of {@code diamonds} at {@link #payoutRate()}: payout (rounded down
   * to a whole minor unit), diamonds consumed, remainder kept. Does not check the minimum or the
   * limits; see {@link #canWithdraw(long)}.
   *
   * @param diamonds all diamonds the creator holds
   * @return the quote (payout, diamonds consumed, remainder); nothing is withdrawn
   * @throws IllegalArgumentException if {@code diamonds} is negative
   * @throws ArithmeticException if the payout does not fit a {@code long}
   */
  public PayoutQuote quote(long diamonds) {
    return payoutRate.quote(diamonds);
  }

  /**
   * {@return true if, as of this snapshot, a withdrawal of {@code diamonds} would pass the server's
   * checks: at least the minimum (and at least 1), at most the withdrawable diamonds, a payout
   * above zero and within today's remaining cap} The server decides; this is for enabling a button.
   *
   * @param diamonds all diamonds the creator holds
   */
  public boolean canWithdraw(long diamonds) {
    if (diamonds < 1 || diamonds < minimumWithdrawalDiamonds || diamonds > withdrawableDiamonds) {
      return false;
    }
    long payout;
    try {
      payout = payoutRate.amountFor(diamonds).amountMinor();
    } catch (ArithmeticException e) {
      return false;
    }
    return payout > 0 && payout <= dailyRemaining.amountMinor();
  }

  private static void requireNonNegative(long value, String name) {
    if (value < 0) throw new IllegalArgumentException(name + " < 0: " + value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof Earnings)) return false;
    Earnings that = (Earnings) o;
    return diamonds == that.diamonds
        && withdrawableDiamonds == that.withdrawableDiamonds
        && minimumWithdrawalDiamonds == that.minimumWithdrawalDiamonds
        && payoutRate.equals(that.payoutRate)
        && dailyLimit.equals(that.dailyLimit)
        && dailyRemaining.equals(that.dailyRemaining);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        diamonds, withdrawableDiamonds, minimumWithdrawalDiamonds, payoutRate, dailyLimit,
        dailyRemaining);
  }

  @Override
  public String toString() {
    return "Earnings{diamonds=" + diamonds + ", withdrawableDiamonds=" + withdrawableDiamonds
        + ", minimumWithdrawalDiamonds=" + minimumWithdrawalDiamonds + ", payoutRate=" + payoutRate
        + ", dailyLimit=" + dailyLimit + ", dailyRemaining=" + dailyRemaining + '}';
  }
}
