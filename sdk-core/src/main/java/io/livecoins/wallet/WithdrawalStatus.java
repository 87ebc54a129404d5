package io.livecoins.wallet;

/** Where a {@link Withdrawal} is in the payout process. */
public enum WithdrawalStatus {
  /** Accepted; the diamonds are debited and the payout is being processed. */
  PENDING,
  /** The money was paid out. Final. */
  PAID,
  /**
   * The payout failed ({@link Withdrawal#failureReason()} says why) and its diamonds were returned to
   * the wallet, exactly once, as a {@link TransactionType#WITHDRAWAL_REVERSED} transaction. Final.
   */
  FAILED,
  /** A status newer than this SDK version. */
  UNKNOWN
}
