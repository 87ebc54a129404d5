package io.livecoins.errors;

import io.livecoins.recharge.CoinPackage;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import org.jspecify.annotations.Nullable;

/**
 * HTTP 402 {@code insufficient_coins} with a coin debt: a purchase was refunded or charged back after
 * its coins had been spent, so the user owes {@link #debt()} coins and every spend is blocked until
 * recharges repay it (a recharge repays the debt first; the rest is spendable). Nothing was debited.
 * Show why: "Your purchase of … was refunded; top up N coins to keep sending gifts."
 *
 * <p>It is an {@link InsufficientCoinsException}, so code that catches that type still offers the
 * right top-up: {@link #shortfall()} is {@code debt + required - balance} (the balance is 0 while a
 * debt is open) and {@link #suggestedPackage()} covers it.
 *
 * <p>The wallet shows the same debt ({@code Wallet.coinDebt()}). Not retryable: only a recharge
 * (or support) clears it.
 */
public final class CoinDebtException extends InsufficientCoinsException {
  private static final long serialVersionUID = 2L;
  /** The coins owed, at least 1. */
  private final long debt;

  /**
   * Creates the exception.
   *
   * @param context the failure's context; its code becomes {@code "insufficient_coins"}
   * @param debt the coins owed, at least 1
   * @param balance the coins in the wallet (0 while a debt is open)
   * @param required the coins the refused operation needed
   * @param suggestedPackage the smallest package that covers the shortfall, or null if unknown
   * @throws IllegalArgumentException if {@code debt < 1}, or {@code balance} or {@code required} is
   *     negative
   */
  public CoinDebtException(
      ErrorContext context,
      long debt,
      long balance,
      long required,
      @Nullable CoinPackage suggestedPackage) {
    super(context, balance, required, shortfall(debt, balance, required), suggestedPackage);
    this.debt = debt;
  }

  private static long shortfall(long debt, long balance, long required) {
    if (debt < 1) throw new IllegalArgumentException("debt must be positive: " + debt);
    if (balance < 0 || required < 0) {
      throw new IllegalArgumentException("negative balance or required: " + balance + ", " + required);
    }
    return Math.max(0, Math.addExact(debt, required) - balance);
  }

  /**
   * The coin debt; spending is blocked until recharges repay it.
   *
   * @return the coins owed, at least 1
   */
  public long debt() {
    return debt;
  }

  /**
   * Returns a copy that suggests {@code coinPackage}, with the same context, debt, balance,
   * required coins, shortfall and stack trace.
   *
   * @param coinPackage the package to offer for the top-up, or null for none
   * @return a new {@code CoinDebtException}; this one is unchanged
   */
  @Override
  public CoinDebtException withSuggestedPackage(@Nullable CoinPackage coinPackage) {
    CoinDebtException copy = new CoinDebtException(context(), debt, balance(), required(), coinPackage);
    copy.setStackTrace(getStackTrace());
    return copy;
  }

  /**
   * Reads the fields back and refuses a stream without a debt.
   *
   * @param in the stream
   * @throws IOException if the stream cannot be read or holds an invalid value
   * @throws ClassNotFoundException if a class in the stream cannot be found
   */
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    if (debt < 1) throw new InvalidObjectException("CoinDebtException without a debt");
  }
}
