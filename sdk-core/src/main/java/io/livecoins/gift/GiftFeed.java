package io.livecoins.gift;

import java.io.Closeable;
import org.jspecify.annotations.Nullable;

/**
 * An open subscription to a stream's live gift feed, from {@link GiftApi#events(String,
 * GiftEventListener)}. Reconnects by itself with backoff and {@code Last-Event-ID}, so no event is
 * missed or delivered twice, until {@linkplain #close() closed}. Thread-safe.
 */
public interface GiftFeed extends Closeable {
  /** {@return the stream this feed follows} */
  String streamId();

  /**
   * {@return the resume point: the id of the last gift event delivered (or the id the feed was
   * started after), or null before the first} It only moves forward, whatever the server re-sends.
   * It moves when the listener is handed an event (already during its {@code onEvent}): an event
   * received but still queued when the feed is closed is not covered, so it is replayed next time.
   * Save it to resume after an app restart with {@link GiftApi#events(String, String,
   * GiftEventListener)}.
   */
  @Nullable String lastEventId();

  /** {@return true once closed, or stopped for good after a non-retryable failure} */
  boolean isClosed();

  /**
   * Closes the connection and stops reconnecting. No delivery starts after this returns (one
   * already running on another thread may finish). Idempotent.
   */
  @Override
  void close();

}
