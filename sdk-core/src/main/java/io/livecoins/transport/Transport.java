package io.livecoins.transport;

import java.io.IOException;

/**
 * Carries the client's HTTP exchanges. The pipeline above a transport adds authentication,
 * idempotency keys, retries, JSON and error mapping, so a transport only moves bytes.
 *
 * <p>The default is {@link OkHttpTransport}. Implementations must be thread-safe. To let the SDK
 * tell "not charged" from "may have been charged", throw {@link java.net.ConnectException} (or
 * {@link java.net.UnknownHostException}) only when the request certainly never left the device.
 */
public interface Transport {
  /**
   * Prepares one exchange for {@code request}; nothing is sent until {@link
   * Exchange#execute()}.
   *
   * @param request the request to send; its body, headers and size limit are final
   * @return the exchange, not yet sent
   */
  Exchange newExchange(HttpRequest request);

  /**
   * Opens a server-sent-events stream for {@code request} and delivers its events to
   * {@code listener} until closed. Transports that cannot stream throw {@link
   * UnsupportedOperationException} (the default); the gift feed then is unavailable.
   *
   * @param request the {@code GET} request of the stream
   * @param listener receives the stream's events, on the transport's thread
   * @return the open stream; close it to stop the events
   */
  default EventStream newEventStream(HttpRequest request, EventStream.Listener listener) {
    throw new UnsupportedOperationException(getClass().getName() + " does not stream events");
  }

  /** One request/response exchange, executed at most once. */
  interface Exchange {
    /**
     * Sends the request and reads the whole response body.
     *
     * @return the response, its body read in full
     * @throws ResponseTooLargeException if the body exceeds {@link HttpRequest#maxResponseBytes()}
     * @throws IOException on any network failure, or when {@link #cancel()} was called
     */
    HttpResponse execute() throws IOException;

    /** Aborts the exchange from any thread; a blocked {@link #execute()} throws. */
    void cancel();
  }
}
