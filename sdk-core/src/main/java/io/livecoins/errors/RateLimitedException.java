package io.livecoins.errors;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * HTTP 429 {@code rate_limited}, after the SDK's own retries (which honour {@code Retry-After}) ran
 * out or the wait would pass the call's deadline. This answer changed nothing; but when an earlier
 * attempt of the same write was cut off, that attempt may have been applied, and {@link #effect()}
 * is then {@link Effect#UNKNOWN} (retry with {@code call.clone()}: the same idempotency key).
 * Always {@linkplain #isRetryable() retryable}, after {@link #retryAfter()} when the server said.
 */
public final class RateLimitedException extends ServiceException {
  private static final long serialVersionUID = 2L;

  /**
   * Creates the exception; the wait the server asked for is the context's {@code retryAfter}.
   *
   * @param context the failure's context (HTTP status 429, retry-after if sent); its code becomes
   *     {@code "rate_limited"}
   */
  public RateLimitedException(ErrorContext context) {
    super("rate_limited", context, null);
  }

  /**
   * How long to wait before retrying, as the server's {@code Retry-After} asked.
   *
   * @return the wait (never negative), or null when the server did not say
   */
  public @Nullable Duration retryAfter() {
    return context().retryAfter();
  }

  /**
   * Always true: retry later, after {@link #retryAfter()} when the server said.
   *
   * @return true
   */
  @Override
  public boolean isRetryable() {
    return true;
  }
}
