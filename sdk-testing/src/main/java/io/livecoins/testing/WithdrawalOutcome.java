package io.livecoins.testing;

/** How the mock backend settles a PENDING withdrawal. */
public enum WithdrawalOutcome {
  /** The money was paid out; the diamonds stay with the payouts account. */
  PAID,
  /**
   * The payout failed ({@code failureReason = payout_rejected}): the diamonds go back to the creator in one
   * {@code WITHDRAWAL_REVERSED} transaction.
   */
  FAILED
}
