package io.livecoins;

import java.time.Duration;

/**
 * Waits between retry attempts and polls. Tests inject a sleeper that records the requested
 * durations instead of waiting; production code uses {@link #SYSTEM}.
 */
@FunctionalInterface
public interface Sleeper {
  /** Sleeps with {@link Thread#sleep(long)}. */
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  /**
   * Blocks for {@code duration}; throws if the waiting thread is interrupted (a cancelled call).
   *
   * @param duration how long to block
   * @throws InterruptedException if the thread is interrupted while waiting (the call was
   *     cancelled)
   */
  void sleep(Duration duration) throws InterruptedException;
}
