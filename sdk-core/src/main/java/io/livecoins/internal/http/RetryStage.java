package io.livecoins.internal.http;

import io.livecoins.RetryPolicy;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.errors.RateLimitedException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Pipeline stage 2: whether a failure is worth another attempt, and how long to wait first. Used by
 * plain calls, flow steps and the live gift feed alike, so they cannot disagree. Immutable. Not API.
 */
public final class RetryStage {
  private final RetryPolicy policy;

  RetryStage(RetryPolicy policy) {
    this.policy = policy;
  }

  /**
   * THE retry classifier: {@link LiveCoinsException#isRetryable()}. Network errors (except a refused
   * certificate), 429, 502, 503, 504 and 409 {@code in_progress} are retryable; 500 {@code internal}
   * and every other answer are not.
   */
  public static boolean isRetryable(LiveCoinsException error) {
    return error.isRetryable();
  }

  /**
   * The wait before retry number {@code retry} (1 for the first) of a call: what a 429's {@code
   * Retry-After} asks for, else a random time in {@code [0, ceiling]} (full jitter).
   */
  public long callDelayMillis(LiveCoinsException error, int retry) {
    Duration asked = retryAfter(error);
    if (asked != null) return saturatedMillis(asked);
    long ceiling = policy.backoffCeilingMillis(retry);
    return policy.jitter() ? ThreadLocalRandom.current().nextLong(ceiling + 1) : ceiling;
  }

  /**
   * The wait before reconnect number {@code failures} (1 for the first) of a long-lived stream: at
   * least what a 429's {@code Retry-After} asks for, and at least half the backoff ceiling ("equal
   * jitter"), so a server that accepts and drops connections at once is not hammered.
   */
  public long streamDelayMillis(@Nullable LiveCoinsException error, int failures) {
    long ceiling = policy.backoffCeilingMillis(Math.max(1, failures));
    long backoff = ceiling;
    if (policy.jitter()) {
      long half = ceiling / 2;
      backoff = half + ThreadLocalRandom.current().nextLong(ceiling - half + 1);
    }
    Duration asked = error == null ? null : retryAfter(error);
    return asked == null ? backoff : Math.max(backoff, saturatedMillis(asked));
  }

  /** The policy's attempts per call. */
  public int maxAttempts() {
    return policy.maxAttempts();
  }

  private static @Nullable Duration retryAfter(LiveCoinsException error) {
    return error instanceof RateLimitedException ? ((RateLimitedException) error).retryAfter() : null;
  }

  static long saturatedMillis(Duration duration) {
    if (duration.getSeconds() >= Long.MAX_VALUE / 1000 - 1) return Long.MAX_VALUE / 2;
    return duration.toMillis();
  }
}
