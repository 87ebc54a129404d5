package io.livecoins.errors;

/**
 * HTTP 422 {@code below_minimum_withdrawal}: a withdrawal below the creator's minimum. Nothing
 * changed.
 */
public final class BelowMinimumWithdrawalException extends BalanceException {
  private static final long serialVersionUID = 2L;
  private final long minimumDiamonds;

  /** Creates the exception. */
  public BelowMinimumWithdrawalException(ErrorContext context, long minimumDiamonds) {
    super("below_minimum_withdrawal", context, null);
    this.minimumDiamonds = minimumDiamonds;
  }

  /** The smallest withdrawal allowed, in diamonds. */
  public long minimumDiamonds() {
    return minimumDiamonds;
  }
}
