package io.livecoins.errors;

import org.jspecify.annotations.Nullable;

/**
 * HTTP 409 {@code conflict}: the order is not in a state that allows this ({@code invalid_state}),
 * or a request with the same idempotency key is still in progress ({@code in_progress}; the SDK
 * retries those itself and reports this only when its retries ran out).
 */
public final class ConflictException extends LiveCoinsException {
  private static final long serialVersionUID = 1L;
  private final @Nullable String reason;

  /** Creates the exception. */
  public ConflictException(
      String message, @Nullable String reason, Effect effect, @Nullable String requestId) {
    super("conflict", message, 409, requestId, effect, null);
    this.reason = reason;
  }

  /** {@code "invalid_state"}, {@code "in_progress"} or a newer reason, or null. */
  public @Nullable String reason() {
    return reason;
  }

  @Override
  public boolean isRetryable() {
    return "in_progress".equals(reason);
  }
}
