package io.livecoins;

import java.time.Duration;
import java.util.Objects;

/**
 * How the client retries a failed call: which attempts, how long to wait between them, and the
 * overall deadline. Every call of this SDK is safe to retry (reads are idempotent, writes carry an
 * idempotency key reused by every attempt), so the policy applies to all of them.
 *
 * <p>Retried: I/O errors, 429 (waiting as long as {@code Retry-After} says), 502, 503, 504 and 409
 * {@code in_progress}. The wait before retry {@code n} is a random duration between zero and {@code
 * min(maxBackoff, initialBackoff × 2^(n-1))} ("full jitter"), so that many clients recovering from
 * the same outage do not retry in lockstep.
 *
 * <p>Immutable and thread-safe.
 */
public final class RetryPolicy {
  /** 4 attempts, 0.5 s doubling to a 5 s cap, full jitter, 60 s per call. */
  public static final RetryPolicy DEFAULT = new Builder().build();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration callTimeout;
  private final boolean jitter;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.callTimeout = builder.callTimeout;
    this.jitter = builder.jitter;
  }

  /** {@return a policy that never retries (one attempt) with the default deadline} */
  public static RetryPolicy none() {
    return new Builder().maxAttempts(1).build();
  }

  /** {@return a builder with the default values} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder initialised from this policy} */
  public Builder newBuilder() {
    return new Builder(this);
  }

  /** {@return attempts per call, including the first} */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** {@return the cap of the wait before the first retry} */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** {@return the largest wait between two attempts} */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** {@return the overall deadline of one call, retries and waits included} */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** {@return whether waits are randomised (full jitter)} */
  public boolean jitter() {
    return jitter;
  }

  /**
   * {@return the exponential cap for retry number {@code retry} (1 for the first retry): {@code
   * min(maxBackoff, initialBackoff × 2^(retry-1))}}
   *
   * @param retry the retry number, 1 for the first retry
   * @throws IllegalArgumentException if {@code retry} is below 1
   */
  public long backoffCeilingMillis(int retry) {
    if (retry < 1) throw new IllegalArgumentException("retry < 1: " + retry);
    long ceiling = initialBackoff.toMillis();
    long max = maxBackoff.toMillis();
    for (int i = 1; i < retry && ceiling < max; i++) ceiling *= 2;
    return Math.min(ceiling, max);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof RetryPolicy)) return false;
    RetryPolicy that = (RetryPolicy) o;
    return maxAttempts == that.maxAttempts
        && jitter == that.jitter
        && initialBackoff.equals(that.initialBackoff)
        && maxBackoff.equals(that.maxBackoff)
        && callTimeout.equals(that.callTimeout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxAttempts, initialBackoff, maxBackoff, callTimeout, jitter);
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff
        + ", maxBackoff=" + maxBackoff + ", callTimeout=" + callTimeout + ", jitter=" + jitter + '}';
  }

  /** Builds a {@link RetryPolicy}. Not thread-safe. */
  public static final class Builder {
    private int maxAttempts = 4;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(5);
    private Duration callTimeout = Duration.ofSeconds(60);
    private boolean jitter = true;

    Builder() {}

    Builder(RetryPolicy policy) {
      this.maxAttempts = policy.maxAttempts;
      this.initialBackoff = policy.initialBackoff;
      this.maxBackoff = policy.maxBackoff;
      this.callTimeout = policy.callTimeout;
      this.jitter = policy.jitter;
    }

    /**
     * Attempts per call including the first, 1 to 10.
     *
     * @param maxAttempts attempts per call, including the first
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1 || maxAttempts > 10) {
        throw new IllegalArgumentException("maxAttempts must be 1..10: " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * The cap of the first wait; positive.
     *
     * @param initialBackoff the cap of the wait before the first retry
     * @return this builder
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = positive(initialBackoff, "initialBackoff");
      return this;
    }

    /**
     * The largest wait; positive.
     *
     * @param maxBackoff the largest wait between two attempts
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = positive(maxBackoff, "maxBackoff");
      return this;
    }

    /**
     * The overall deadline of a call; positive.
     *
     * @param callTimeout the overall deadline of one call, retries and waits included
     * @return this builder
     */
    public Builder callTimeout(Duration callTimeout) {
      this.callTimeout = positive(callTimeout, "callTimeout");
      return this;
    }

    /**
     * Whether to randomise waits (default true); turn off only for tests.
     *
     * @param jitter whether waits are randomised (full jitter)
     * @return this builder
     */
    public Builder jitter(boolean jitter) {
      this.jitter = jitter;
      return this;
    }

    /**
     * {@return the policy}
     *
     * @throws IllegalStateException if {@code maxBackoff < initialBackoff}
     */
    public RetryPolicy build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalStateException("maxBackoff < initialBackoff");
      }
      return new RetryPolicy(this);
    }

    private static Duration positive(Duration duration, String name) {
      Objects.requireNonNull(duration, name + " == null");
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + duration);
      }
      return duration;
    }
  }
}
