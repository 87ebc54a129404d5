package io.livecoins.wallet;

/** Where a {@link Withdrawal} is in the payout process. */
public enum WithdrawalStatus {
  /** Accepted; the diamonds are debited and the payout is being processed. */
  PENDING,
  /** The money was paid out. */
  PAID,
  /** The payout failed. */
  FAILED,
  /** A status newer than this SDK version. */
  UNKNOWN
}
