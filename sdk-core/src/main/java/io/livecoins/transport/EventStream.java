package io.livecoins.transport;

import org.jspecify.annotations.Nullable;

/** An open {@code text/event-stream} connection made by {@link Transport#newEventStream}. */
public interface EventStream {
  /** Closes the connection; no listener method is called afterwards. Idempotent. */
  void close();

  /**
   * Receives what an event stream delivers, on a transport thread. Implementations must be fast and
   * must not throw.
   */
  interface Listener {
    /** The server accepted the stream (HTTP 200). */
    void onOpen();

    /** One event: its {@code id:}, {@code event:} and joined {@code data:} lines. */
    void onEvent(@Nullable String id, @Nullable String type, String data);

    /** The server ended the stream normally. */
    void onClosed();

    /**
     * The stream failed: an I/O error ({@code error} set) or a non-200 answer ({@code httpStatus}
     * set, 0 otherwise).
     */
    void onFailure(@Nullable Throwable error, int httpStatus);
  }
}
