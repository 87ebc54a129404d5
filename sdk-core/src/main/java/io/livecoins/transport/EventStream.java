package io.livecoins.transport;

import org.jspecify.annotations.Nullable;

/**
 * An open {@code text/event-stream} connection made by {@link Transport#newEventStream}.
 *
 * <p>A transport must bound what one event may cost: a line or an event's data longer than {@link
 * HttpRequest#maxResponseBytes()} ends the stream with {@link Listener#onFailure(Throwable, int)}
 * and a {@link ResponseTooLargeException} (never an {@link OutOfMemoryError}). Event ids may hold
 * any character but CR, LF and NUL, non-ASCII included, and must be sent back unchanged in {@code
 * Last-Event-ID}.
 */
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

    /**
     * One event: its {@code id:}, {@code event:} and joined {@code data:} lines.
     *
     * @param id the event's {@code id:} (the resume point), or null if it had none
     * @param type the event's {@code event:} name, or null for the default type
     * @param data the event's {@code data:} lines joined by {@code "\n"}; may be empty
     */
    void onEvent(@Nullable String id, @Nullable String type, String data);

    /** The server ended the stream normally. */
    void onClosed();

    /**
     * The stream failed: an I/O error ({@code error} set) or a non-200 answer ({@code httpStatus}
     * set, 0 otherwise).
     *
     * @param error the I/O error, or null for a non-200 answer
     * @param httpStatus the status of a non-200 answer, or 0 for an I/O error
     */
    void onFailure(@Nullable Throwable error, int httpStatus);

    /**
     * The server answered something other than 200: the response with its headers (such as {@code
     * Retry-After}) and its body, read up to {@link HttpRequest#maxResponseBytes()}. Transports
     * should prefer this to {@link #onFailure(Throwable, int)}; the default forwards the status.
     *
     * @param response the non-200 response, body read up to the request's limit
     */
    default void onFailure(HttpResponse response) {
      onFailure(null, response.code());
    }
  }
}
