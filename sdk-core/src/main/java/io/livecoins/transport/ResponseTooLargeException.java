package io.livecoins.transport;

import java.io.IOException;

/**
 * Thrown by a {@link Transport} when a response body exceeds {@link
 * HttpRequest#maxResponseBytes()}; the client reports it as a malformed response.
 */
public final class ResponseTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;
  /** The HTTP status of the oversized response. */
  private final int httpStatus;

  /**
   * Creates the exception for a response with status {@code httpStatus}.
   *
   * @param httpStatus the status of the oversized response
   * @param limit the limit it exceeded, in bytes
   */
  public ResponseTooLargeException(int httpStatus, long limit) {
    super("response body exceeds " + limit + " bytes");
    this.httpStatus = httpStatus;
  }

  /** {@return the status of the oversized response} */
  public int httpStatus() {
    return httpStatus;
  }
}
