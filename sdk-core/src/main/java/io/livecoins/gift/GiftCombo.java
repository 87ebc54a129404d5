package io.livecoins.gift;

import io.livecoins.Call;
import org.jspecify.annotations.Nullable;

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
 * batches are sent one at a time, each with its own idempotency key and request bytes reused by its
 * retries and by {@link #retryFailedBatch()}, so a retried batch is charged once. If no wallet snapshot is known yet (no earlier call returned one),
 * the combo fetches the balance in the background and, until it arrives, accepts taps and lets the
 * server judge the first batch.
 *
 * <p>Thread-safe: {@link #tap()} may be called from any thread, including concurrently.
 */
public interface GiftCombo extends AutoCloseable {
  /** {@return the gift tapped} */
  Gift gift();

  /** {@return the creator receiving the gifts} */
  String recipientId();

  /** {@return the stream the gifts are sent in} */
  String streamId();

  /**
   * The id this combo sends with each of its batches. The backend counts the streak under it, so
   * every {@link GiftEvent} of the combo carries it in {@link GiftEvent#combo()} with the running
   * count ("Rose × 15"); the sender's own screen can recognise its streak by it.
   *
   * @return the combo id, unique per combo (1 to 64 letters, digits, {@code _} or {@code -})
   */
  String comboId();

  /**
   * Records one tap. Never blocks on the network.
   *
   * @return true if the tap was accepted and will be sent; false if it was refused (the balance
   *     cannot cover it, the combo is closed, or an earlier batch failed)
   */
  boolean tap();

  /** Sends the taps collected so far now, without waiting for the window to end. */
  void flush();

  /** {@return the counters now} */
  GiftComboStats stats();

  /**
   * A new call that replays the combo's failed batch (a combo fails at most one): the same bytes
   * under the same idempotency key, so it is charged at most once in all. This is how a batch that
   * failed with {@link io.livecoins.errors.Effect#UNKNOWN} is settled: the server answers a charged
   * batch with its committed result and sends an uncharged one now. Once a replay succeeds the
   * combo's {@link #stats()} count the batch as sent (once, however many replays succeed).
   *
   * <pre>{@code
   * public void onBatchFailed(GiftCombo combo, int quantity, LiveCoinsException error) {
   *   if (error.effect() == Effect.UNKNOWN) combo.retryFailedBatch().enqueue(settleCallback);
   * }
   * }</pre>
   *
   * <p>Taps dropped after the failure were never sent and are not part of the replay.
   *
   * @return a new, unexecuted call each time; null if no batch failed
   */
  @Nullable Call<SendGiftResult> retryFailedBatch();

  /** {@return true once {@link #close()} or {@link #closeAsync()} was called or a batch failed} */
  boolean isClosed();

  /**
   * Stops accepting taps, sends the taps collected so far and returns when the last batch is done
   * (bounded by the retry policy's call timeout; it never waits forever, even when the dispatcher
   * rejects or drops work). Idempotent. Blocks: on Android call {@link #closeAsync()} from the main
   * thread instead. Failures go to the listener, never thrown here.
   *
   * <p>Every accepted tap is reported as sent or failed: when the client's dispatcher rejects a
   * batch (the client was {@linkplain io.livecoins.LiveCoins#close() closed} or the host shut its
   * executor down) the batch fails with code {@code "dispatcher_rejected"} and {@link
   * io.livecoins.errors.Effect#NOT_APPLIED}, and a tap that cannot be scheduled is refused ({@link
   * #tap()} returns false).
   */
  @Override
  void close();

  /**
   * Like {@link #close()} without waiting: {@link GiftComboListener#onFinished} reports the end.
   */
  void closeAsync();
}
