package io.livecoins.testing;

/**
 * What the mock backend does with a valid payment token presented for an order that already
 * EXPIRED (the device paid, lost the confirmation, and came back after the order's time to live).
 * The contract (docs/protocol.md, "Paid after expiry") allows exactly these two answers; a payment is
 * never refused and left hanging.
 */
public enum ExpiredPaymentPolicy {
  /** Credit the order anyway: it becomes {@code COMPLETED} with {@code creditedLate: true}. */
  CREDIT_LATE,
  /**
   * Void (refund) the payment: the order becomes {@code VOIDED} with a {@code refundReference};
   * nothing is credited.
   */
  VOID
}
