package io.livecoins;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * HTTP 429 {@code rate_limited}, after the SDK's own retries (which honour {@code Retry-After}) ran
 * out or the wait would pass the call's deadline. Nothing changed.
 */
public final class RateLimitedException extends LiveCoinsException {
  private static final long serialVersionUID = 1L;
  private final @Nullable Duration retryAfter;

  /** Creates the exception. */
  public RateLimitedException(
      String message, @Nullable Duration retryAfter, @Nullable String requestId) {
    super("rate_limited", message, 429, requestId, Effect.NOT_APPLIED, null);
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
