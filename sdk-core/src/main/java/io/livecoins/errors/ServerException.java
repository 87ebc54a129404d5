package io.livecoins.errors;

import org.jspecify.annotations.Nullable;

/**
 * HTTP 5xx ({@code internal} or {@code unavailable}) after the SDK's retries ran out. A mutating
 * call's effect is {@link Effect#UNKNOWN}: retry the same call later (same idempotency key).
 */
public final class ServerException extends LiveCoinsException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public ServerException(
      String code, String message, int httpStatus, Effect effect, @Nullable String requestId) {
    super(code, message, httpStatus, requestId, effect, null);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
