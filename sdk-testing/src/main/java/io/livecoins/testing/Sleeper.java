package io.livecoins.testing;

import java.time.Duration;

/**
 * How the server waits for a {@link Fault#delay(Duration) delay} fault. Tests inject one that records or
 * blocks on a latch instead of sleeping. Must be thread-safe.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Waits {@code duration}; may be interrupted.
   *
   * @param duration how long to wait
   * @throws InterruptedException if the waiting thread is interrupted
   */
  void sleep(Duration duration) throws InterruptedException;

  /** {@return a sleeper that really sleeps ({@link Thread#sleep(long)})} */
  static Sleeper system() {
    return duration -> Thread.sleep(duration.toMillis());
  }
}
