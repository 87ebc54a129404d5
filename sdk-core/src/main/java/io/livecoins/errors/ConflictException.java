package io.livecoins.errors;

import org.jspecify.annotations.Nullable;

/**
 * HTTP 409 {@code conflict}: the order is not in a state that allows this ({@code invalid_state}),
 * or a request with the same idempotency key is still in progress ({@code in_progress}; the SDK
 * retries those itself and reports this only when its retries ran out). {@linkplain #isRetryable()
 * Retryable} only for {@code in_progress}.
 */
public final class ConflictException extends RequestException {
  private static final long serialVersionUID = 2L;
  private final @Nullable String reason;

  /** Creates the exception; {@code reason} is the server's {@code details.reason}. */
  public ConflictException(ErrorContext context, @Nullable String reason) {
    super("conflict", context, null);
    this.reason = reason == null ? null : io.livecoins.internal.Redactor.identifier(reason);
  }

  /** {@code "invalid_state"}, {@code "in_progress"} or a newer reason, or null. */
  public @Nullable String reason() {
    return reason;
  }

  /** True for reason {@code in_progress}: the first request may still finish. */
  @Override
  public boolean isRetryable() {
    return "in_progress".equals(reason);
  }
}
