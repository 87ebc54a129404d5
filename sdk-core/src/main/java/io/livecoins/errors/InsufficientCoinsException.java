package io.livecoins.errors;

import io.livecoins.recharge.CoinPackage;
import org.jspecify.annotations.Nullable;

/**
 * HTTP 402 {@code insufficient_coins}: the wallet cannot cover a gift. Nothing was debited. Carries
 * the balance, the coins required, the shortfall and, when the SDK could find one, the smallest
 * coin package that covers the shortfall, for a "top up" prompt.
 */
public final class InsufficientCoinsException extends LiveCoinsException {
  private static final long serialVersionUID = 1L;
  private final long balance;
  private final long required;
  private final long shortfall;
  private final @Nullable CoinPackage suggestedPackage;

  /** Creates the exception. */
  public InsufficientCoinsException(
      String message,
      long balance,
      long required,
      long shortfall,
      @Nullable CoinPackage suggestedPackage,
      int httpStatus,
      @Nullable String requestId) {
    super("insufficient_coins", message, httpStatus, requestId, Effect.NOT_APPLIED, null);
    this.balance = balance;
    this.required = required;
    this.shortfall = shortfall;
    this.suggestedPackage = suggestedPackage;
  }

  /** Coins in the wallet when the request was refused. */
  public long balance() {
    return balance;
  }

  /** Coins the operation needed. */
  public long required() {
    return required;
  }

  /** {@code required - balance}: coins to buy before retrying. */
  public long shortfall() {
    return shortfall;
  }

  /** The smallest package of the catalog that covers {@link #shortfall()}, or null if unknown. */
  public @Nullable CoinPackage suggestedPackage() {
    return suggestedPackage;
  }

  /** Returns a copy that suggests {@code coinPackage}. */
  public InsufficientCoinsException withSuggestedPackage(@Nullable CoinPackage coinPackage) {
    InsufficientCoinsException copy =
        new InsufficientCoinsException(
            plainMessage(), balance, required, shortfall, coinPackage, httpStatus(), requestId());
    copy.setStackTrace(getStackTrace());
    return copy;
  }
}
