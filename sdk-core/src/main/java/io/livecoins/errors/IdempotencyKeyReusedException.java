package io.livecoins.errors;

import org.jspecify.annotations.Nullable;

/**
 * HTTP 422 {@code idempotency_key_reused}: an idempotency key was reused for a different request.
 * Nothing changed. This signals a bug in the code that chose the key.
 */
public final class IdempotencyKeyReusedException extends LiveCoinsException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public IdempotencyKeyReusedException(String message, @Nullable String requestId) {
    super("idempotency_key_reused", message, 422, requestId, Effect.NOT_APPLIED, null);
  }
}
