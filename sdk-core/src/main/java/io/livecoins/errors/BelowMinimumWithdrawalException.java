package io.livecoins.errors;

/**
 * HTTP 422 {@code below_minimum_withdrawal}: a withdrawal below the creator's minimum. Nothing
 * changed.
 */
public final class BelowMinimumWithdrawalException extends BalanceException {
  private static final long serialVersionUID = 2L;
  /** The smallest withdrawal allowed, in diamonds. */
  private final long minimumDiamonds;

  /**
   * Creates the exception.
   *
   * @param context the failure's context; its code becomes {@code "below_minimum_withdrawal"}
   * @param minimumDiamonds the smallest withdrawal the creator may make, in diamonds
   */
  public BelowMinimumWithdrawalException(ErrorContext context, long minimumDiamonds) {
    super("below_minimum_withdrawal", context, null);
    this.minimumDiamonds = minimumDiamonds;
  }

  /**
   * The smallest withdrawal allowed, so the app can say "withdraw at least N diamonds".
   *
   * @return the minimum, in diamonds (whole diamonds, not a money amount)
   */
  public long minimumDiamonds() {
    return minimumDiamonds;
  }
}
