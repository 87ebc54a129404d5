package io.livecoins.gift;

/**
 * Rapid repeated taps on one gift, coalesced into few send requests: taps within the client's
 * combo window (default 300 ms) become one request with the summed quantity. Obtain from {@link
 * GiftApi#combo(Gift, String, String, GiftComboListener)}.
 *
 * <pre>{@code
 * GiftCombo combo = client.gifts().combo(rose, "carol", "stream-carol", listener);
 * button.setOnClickListener(v -> {
 *   if (!combo.tap()) showTopUpPrompt();   // refused at once: the balance can't cover it
 * });
 * // when the user leaves the gift panel:
 * combo.closeAsync();
 * }</pre>
 *
 * <p>Guarantees: the quantities sent never add up to more than the accepted taps; a tap the cached
 * balance (minus the coins of taps not yet confirmed) cannot cover is refused locally, at once;
 * batches are sent one at a time, each with its own idempotency key reused by its retries, so a
 * retried batch is charged once. If no wallet snapshot is known yet (no earlier call returned one),
 * the combo fetches the balance in the background and, until it arrives, accepts taps and lets the
 * server judge the first batch.
 *
 * <p>Thread-safe: {@link #tap()} may be called from any thread, including concurrently.
 */
public interface GiftCombo extends AutoCloseable {
  /** The gift tapped. */
  Gift gift();

  /** The creator receiving the gifts. */
  String recipientId();

  /** The stream the gifts are sent in. */
  String streamId();

  /**
   * Records one tap. Never blocks on the network.
   *
   * @return true if the tap was accepted and will be sent; false if it was refused (the balance
   *     cannot cover it, the combo is closed, or an earlier batch failed)
   */
  boolean tap();

  /** Sends the taps collected so far now, without waiting for the window to end. */
  void flush();

  /** The counters now. */
  GiftComboStats stats();

  /** True once {@link #close()} or {@link #closeAsync()} was called or a batch failed. */
  boolean isClosed();

  /**
   * Stops accepting taps, sends the taps collected so far and returns when the last batch is done
   * (bounded by the retry policy's call timeout). Idempotent. Blocks: on Android call {@link
   * #closeAsync()} from the main thread instead. Failures go to the listener, never thrown here.
   */
  @Override
  void close();

  /**
   * Like {@link #close()} without waiting: {@link GiftComboListener#onFinished} reports the end.
   */
  void closeAsync();
}
