package io.livecoins.errors;

import org.jspecify.annotations.Nullable;

/**
 * The server's answer could not be understood: invalid or truncated JSON, wrong types, missing or
 * out-of-range fields, an unexpected content type, or a body over the size cap. The cached wallet
 * is never changed by such an answer.
 *
 * <p>For a mutating call that got a 2xx answer the effect is {@link Effect#APPLIED} (it happened,
 * but the result is unreadable: refresh the balance); otherwise it follows the HTTP status.
 */
public final class MalformedResponseException extends LiveCoinsException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public MalformedResponseException(
      String message,
      int httpStatus,
      @Nullable String requestId,
      Effect effect,
      @Nullable Throwable cause) {
    super("malformed_response", message, httpStatus, requestId, effect, cause);
  }
}
