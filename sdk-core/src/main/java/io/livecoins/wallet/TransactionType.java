package io.livecoins.wallet;

/** What kind of ledger entry a {@link Transaction} is. */
public enum TransactionType {
  /** Coins bought (reference: the recharge order id). */
  RECHARGE,
  /** Coins spent on a gift (reference: the gift receipt id). */
  GIFT_SENT,
  /** Diamonds earned from a gift (reference: the gift receipt id). */
  GIFT_RECEIVED,
  /** Diamonds paid out (reference: the withdrawal id). */
  WITHDRAWAL,
  /**
   * A failed payout's diamonds returned to the creator, exactly once (reference: the withdrawal id; see
   * {@link WithdrawalStatus#FAILED}).
   */
  WITHDRAWAL_REVERSED,
  /** A recharge reversed (reference: the recharge order id). */
  REFUND,
  /** A recharge charged back (reference: the recharge order id); like {@link #REFUND}. */
  CHARGEBACK,
  /**
   * Coins of a recharge that repaid a coin debt (reference: that recharge's order id); see {@link
   * Wallet#coinDebt()}.
   */
  DEBT_REPAYMENT,
  /** A correction or seed balance (reference: a note). */
  ADJUSTMENT,
  /** A type newer than this SDK version; the amounts are still exact. */
  UNKNOWN
}
