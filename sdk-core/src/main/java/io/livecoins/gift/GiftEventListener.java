package io.livecoins.gift;

import io.livecoins.errors.LiveCoinsException;

/**
 * Receives a stream's live gift feed on the client's callback executor, one event at a time and in
 * order. Implementations should be fast and should not throw (a thrown exception is logged and
 * ignored).
 */
public interface GiftEventListener {
  /**
   * A gift was sent in the stream: play its animation. Each event is delivered once, with what a
   * screen needs to show it ({@link GiftEvent#gift()}, {@link GiftEvent#displayLabel()}): no catalog
   * lookup is needed.
   *
   * @param event the gift sent: who sent what to whom, how many, the gift's snapshot and combo count
   */
  void onEvent(GiftEvent event);

  /** The feed connected (or reconnected) to the server. */
  default void onConnected() {}

  /**
   * The connection failed or ended. If {@code willReconnect}, the feed reconnects after a backoff
   * and resumes after the last delivered event; otherwise (the stream does not exist, access was
   * refused) the feed has stopped for good.
   *
   * @param error what went wrong
   * @param willReconnect true if the feed will reconnect and resume by itself; false if it stopped
   *     for good
   */
  default void onError(LiveCoinsException error, boolean willReconnect) {}
}
