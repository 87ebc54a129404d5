package io.livecoins.transport;

import java.io.IOException;
import java.io.OutputStream;

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

    /**
     * Sends the request and, for a 2xx answer, writes the body to {@code sink} as it arrives
     * instead of holding it in memory (the gift asset cache streams downloads to a file this way).
     * Any other answer is read in full, as {@link #execute()} reads it. The default implementation
     * calls {@link #execute()} and copies the body, so it holds at most {@link
     * HttpRequest#maxResponseBytes()} in memory; {@link OkHttpTransport} streams.
     *
     * @param sink receives a 2xx answer's body; not closed by this method
     * @return the response: for a 2xx answer its body is empty (it went to {@code sink}),
     *     otherwise it holds the whole body
     * @throws ResponseTooLargeException once a body exceeds {@link HttpRequest#maxResponseBytes()};
     *     a 2xx body's first {@code maxResponseBytes} bytes at most were written to {@code sink}
     * @throws IOException on any network failure, a failure of {@code sink}, or when {@link
     *     #cancel()} was called
     */
    default HttpResponse executeStreaming(OutputStream sink) throws IOException {
      HttpResponse response = execute();
      if (response.code() < 200 || response.code() > 299) return response;
      byte[] body = response.bodyUnsafe();
      sink.write(body, 0, body.length);
      return new HttpResponse(response.code(), response.headers(), new byte[0]);
    }

    /** Aborts the exchange from any thread; a blocked {@link #execute()} throws. */
    void cancel();
  }
}
