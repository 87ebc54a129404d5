package io.livecoins.gift;

import io.livecoins.errors.LiveCoinsException;

/**
 * Receives the outcomes of a {@link GiftCombo}'s batches on the client's callback executor, one at
 * a time and in order: batches in the order they returned, {@link #onFinished} last. All methods
 * have empty defaults; implementations must be fast and should not throw (a thrown exception is
 * logged and ignored).
 */
public interface GiftComboListener {
  /**
   * A batch of {@code result.receipt().quantity()} taps was sent and paid.
   *
   * @param combo the combo the batch belongs to
   * @param result the server's receipt and the sender's wallet after the batch
   */
  default void onBatchSent(GiftCombo combo, SendGiftResult result) {}

  /**
   * A batch of {@code quantity} taps failed, after the client's retries with the batch's one
   * idempotency key. {@link LiveCoinsException#effect()} says whether it may have been charged; an
   * {@link io.livecoins.errors.InsufficientCoinsException} carries a suggested package. The combo ends: no
   * further taps are accepted and taps not yet sent are dropped (counted in {@link
   * GiftComboStats#quantityFailed()}).
   *
   * @param combo the combo the batch belongs to
   * @param quantity how many taps the failed batch carried
   * @param error why it failed; its {@code effect()} says whether it may have been charged
   */
  default void onBatchFailed(GiftCombo combo, int quantity, LiveCoinsException error) {}

  /**
   * The combo is closed and its last batch is done; {@code stats} are final.
   *
   * @param combo the finished combo
   * @param stats the final counters of taps, sends and coins
   */
  default void onFinished(GiftCombo combo, GiftComboStats stats) {}
}
