package io.livecoins.errors;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * HTTP 429 {@code rate_limited}, after the SDK's own retries (which honour {@code Retry-After}) ran
 * out or the wait would pass the call's deadline. This answer changed nothing; but when an earlier
 * attempt of the same write was cut off, that attempt may have been applied, and {@link #effect()}
 * is then {@link Effect#UNKNOWN} (retry with {@code call.clone()}: the same idempotency key).
 */
public final class RateLimitedException extends LiveCoinsException {
  private static final long serialVersionUID = 1L;
  private final @Nullable Duration retryAfter;

  /** Creates the exception; nothing was applied. */
  public RateLimitedException(
      String message, @Nullable Duration retryAfter, @Nullable String requestId) {
    this(message, retryAfter, requestId, Effect.NOT_APPLIED);
  }

  /**
   * Creates the exception with the effect of the whole call: {@link Effect#UNKNOWN} when an earlier
   * attempt of the same write may have been applied.
   */
  public RateLimitedException(
      String message, @Nullable Duration retryAfter, @Nullable String requestId, Effect effect) {
    super("rate_limited", message, 429, requestId, effect, null);
    this.retryAfter = retryAfter;
  }

  /** How long the server asked to wait, or null. */
  public @Nullable Duration retryAfter() {
    return retryAfter;
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
