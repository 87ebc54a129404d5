package io.livecoins.errors;

import org.jspecify.annotations.Nullable;

/**
 * HTTP 402 {@code insufficient_coins} with a coin debt: a purchase was refunded or charged back after
 * its coins had been spent, so the user owes {@link #debt()} coins and every spend is blocked until
 * recharges repay it (a recharge repays the debt first; the rest is spendable). Nothing was debited.
 * Show why: "Your purchase of … was refunded; top up N coins to keep sending gifts."
 *
 * <p>The wallet shows the same debt ({@code Wallet.coinDebt()}). Not retryable: only a recharge
 * (or support) clears it.
 */
public final class CoinDebtException extends LiveCoinsException {
  private static final long serialVersionUID = 1L;
  private final long debt;
  private final long required;

  /** Creates the exception. */
  public CoinDebtException(
      String message, long debt, long required, int httpStatus, @Nullable String requestId) {
    super("insufficient_coins", message, httpStatus, requestId, Effect.NOT_APPLIED, null);
    if (debt < 1) throw new IllegalArgumentException("debt must be positive: " + debt);
    this.debt = debt;
    this.required = required;
  }

  /** Coins owed; spending is blocked until recharges repay them. */
  public long debt() {
    return debt;
  }

  /** Coins the refused operation needed. */
  public long required() {
    return required;
  }

  /** {@code debt + required}: the coins to buy before the refused operation can succeed. */
  public long shortfall() {
    return Math.addExact(debt, required);
  }
}
