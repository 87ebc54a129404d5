package io.livecoins.sample.android;

import static org.robolectric.Shadows.shadowOf;

import android.os.Looper;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Waits on the main thread for what the SDK posts to it: runs the main looper until a condition holds. */
final class Ui {
  private static final long TIMEOUT_SECONDS = 30;

  private Ui() {}

  /** Runs posted main-thread work until {@code condition} holds; fails after 30 s. */
  static void await(TestApp app, String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    while (true) {
      shadowOf(Looper.getMainLooper()).idle();
      if (condition.getAsBoolean()) return;
      long left = deadline - System.nanoTime();
      if (left <= 0) throw new AssertionError("timed out waiting for " + what);
      try {
        app.posts.tryAcquire(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what, e);
      }
    }
  }

  /** Runs everything already posted to the main thread. */
  static void idle() {
    shadowOf(Looper.getMainLooper()).idle();
  }
}
