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

  private Earnings(Builder b) {
    requireNonNegative(b.diamonds, "diamonds");
    requireNonNegative(b.withdrawableDiamonds, "withdrawableDiamonds");
    requireNonNegative(b.minimumWithdrawalDiamonds, "minimumWithdrawalDiamonds");
    PayoutRate payoutRate = Objects.requireNonNull(b.payoutRate, "payoutRate == null");
    Money dailyLimit = Objects.requireNonNull(b.dailyLimit, "dailyLimit == null");
    Money dailyRemaining = Objects.requireNonNull(b.dailyRemaining, "dailyRemaining == null");
    String currency = payoutRate.amount().currency();
    if (!dailyLimit.currency().equals(currency) || !dailyRemaining.currency().equals(currency)) {
      throw new IllegalArgumentException(
          "daily amounts must be in the payout currency " + currency + ": " + dailyLimit + ", "
              + dailyRemaining);
    }
    if (b.withdrawableDiamonds > b.diamonds) {
      throw new IllegalArgumentException(
          "withdrawableDiamonds > diamonds: " + b.withdrawableDiamonds + " > " + b.diamonds);
    }
    if (dailyRemaining.compareTo(dailyLimit) > 0) {
      throw new IllegalArgumentException(
          "dailyRemaining > dailyLimit: " + dailyRemaining + " > " + dailyLimit);
    }
    this.diamonds = b.diamonds;
    this.withdrawableDiamonds = b.withdrawableDiamonds;
    this.minimumWithdrawalDiamonds = b.minimumWithdrawalDiamonds;
    this.payoutRate = payoutRate;
    this.dailyLimit = dailyLimit;
    this.dailyRemaining = dailyRemaining;
  }

  /**
   * Starts earnings, for tests and fakes (the SDK reads real ones from the server).
   *
   * <pre>{@code
   * Earnings earnings = Earnings.builder().diamonds(10_000).withdrawableDiamonds(10_000)
   *     .minimumWithdrawalDiamonds(2000).payoutRate(new PayoutRate(200, Money.of(100, "USD")))
   *     .dailyLimit(Money.of(100_000, "USD")).dailyRemaining(Money.of(100_000, "USD")).build();
   * }</pre>
   *
   * @return a new builder with all counts 0 and no payout rate or daily amounts
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding these earnings' values, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.diamonds = diamonds;
    b.withdrawableDiamonds = withdrawableDiamonds;
    b.minimumWithdrawalDiamonds = minimumWithdrawalDiamonds;
    b.payoutRate = payoutRate;
    b.dailyLimit = dailyLimit;
    b.dailyRemaining = dailyRemaining;
    return b;
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

  /** Builds {@link Earnings}. Not thread-safe. */
  public static final class Builder {
    private long diamonds;
    private long withdrawableDiamonds;
    private long minimumWithdrawalDiamonds;
    private @Nullable PayoutRate payoutRate;
    private @Nullable Money dailyLimit;
    private @Nullable Money dailyRemaining;

    private Builder() {}

    /**
     * Sets all diamonds the creator holds.
     *
     * @param diamonds whole diamonds, not negative; defaults to 0
     * @return this builder
     */
    public Builder diamonds(long diamonds) {
      this.diamonds = diamonds;
      return this;
    }

    /**
     * Sets the diamonds that may be withdrawn now.
     *
     * @param withdrawableDiamonds whole diamonds, not negative; defaults to 0
     * @return this builder
     */
    public Builder withdrawableDiamonds(long withdrawableDiamonds) {
      this.withdrawableDiamonds = withdrawableDiamonds;
      return this;
    }

    /**
     * Sets the smallest withdrawal allowed.
     *
     * @param minimumWithdrawalDiamonds whole diamonds, not negative; defaults to 0 (no minimum)
     * @return this builder
     */
    public Builder minimumWithdrawalDiamonds(long minimumWithdrawalDiamonds) {
      this.minimumWithdrawalDiamonds = minimumWithdrawalDiamonds;
      return this;
    }

    /**
     * Sets the rate at which diamonds are paid out. Required.
     *
     * @param payoutRate the rate; its currency is the one the daily amounts must be in
     * @return this builder
     */
    public Builder payoutRate(PayoutRate payoutRate) {
      this.payoutRate = payoutRate;
      return this;
    }

    /**
     * Sets the most that may be paid out per (UTC) day. Required.
     *
     * @param dailyLimit the cap, in the payout rate's currency
     * @return this builder
     */
    public Builder dailyLimit(Money dailyLimit) {
      this.dailyLimit = dailyLimit;
      return this;
    }

    /**
     * Sets what may still be paid out today. Required.
     *
     * @param dailyRemaining the rest of today's cap, in the payout rate's currency
     * @return this builder
     */
    public Builder dailyRemaining(Money dailyRemaining) {
      this.dailyRemaining = dailyRemaining;
      return this;
    }

    /**
     * Builds the earnings.
     *
     * @return the earnings
     * @throws NullPointerException if the payout rate, daily limit or daily remaining amount was
     *     not set
     * @throws IllegalArgumentException if a count is negative, the withdrawable diamonds exceed the
     *     diamonds, the daily amounts are not in the payout rate's currency, or the remaining amount
     *     exceeds the daily limit
     */
    public Earnings build() {
      return new Earnings(this);
    }
  }
}
