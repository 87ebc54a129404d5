package io.livecoins.errors;

import org.jspecify.annotations.Nullable;

/**
 * HTTP 422 {@code below_minimum_withdrawal}: a withdrawal below the creator's minimum. Nothing
 * changed.
 */
public final class BelowMinimumWithdrawalException extends LiveCoinsException {
  private static final long serialVersionUID = 1L;
  private final long minimumDiamonds;

  /** Creates the exception. */
  public BelowMinimumWithdrawalException(
      String message, long minimumDiamonds, @Nullable String requestId) {
    super("below_minimum_withdrawal", message, 422, requestId, Effect.NOT_APPLIED, null);
    this.minimumDiamonds = minimumDiamonds;
  }

  /** The smallest withdrawal allowed, in diamonds. */
  public long minimumDiamonds() {
    return minimumDiamonds;
  }
}
