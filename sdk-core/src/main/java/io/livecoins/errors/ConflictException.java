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
  /** The server's {@code details.reason}, cleaned; null when it sent none. */
  private final @Nullable String reason;

  /**
   * Creates the exception.
   *
   * @param context the failure's context; its code becomes {@code "conflict"}
   * @param reason the server's {@code details.reason} (cleaned and capped like a request id), or
   *     null when it sent none
   */
  public ConflictException(ErrorContext context, @Nullable String reason) {
    super("conflict", context, null);
    this.reason = reason == null ? null : io.livecoins.internal.Redactor.identifier(reason);
  }

  /**
   * Why the request conflicts.
   *
   * @return {@code "invalid_state"} (the order's state does not allow it), {@code "in_progress"}
   *     (the same idempotency key is still being processed) or a reason newer than this SDK; null
   *     when the server gave none
   */
  public @Nullable String reason() {
    return reason;
  }

  /**
   * True for reason {@code in_progress}: the first request may still finish, and retrying with the
   * same idempotency key returns its result.
   *
   * @return whether {@link #reason()} is {@code "in_progress"}
   */
  @Override
  public boolean isRetryable() {
    return "in_progress".equals(reason);
  }
}
