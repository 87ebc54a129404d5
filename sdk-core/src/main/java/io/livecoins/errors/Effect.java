package io.livecoins.errors;

/**
 * Whether a failed operation may have moved money or coins, so that an app can tell a person the
 * truth ("you were not charged" versus "we are checking your payment").
 */
public enum Effect {
  /** The operation certainly did not take effect: nothing was charged, debited or credited. */
  NOT_APPLIED,
  /**
   * The operation may or may not have taken effect (for example the connection dropped after the
   * request was sent). Retrying the same {@link io.livecoins.Call} (or {@link io.livecoins.Call#clone()}) reuses its
   * idempotency key and is safe; for recharges {@code recharge().resumePending()} reconciles.
   */
  UNKNOWN,
  /** The operation took effect, but its result could not be delivered or read. */
  APPLIED
}
