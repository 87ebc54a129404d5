package io.livecoins.sample.android;

import static org.robolectric.Shadows.shadowOf;

import android.os.Looper;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

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

  /**
   * Runs blocking SDK work ({@code call.execute()}, which the SDK refuses on the main thread) on a
   * background thread, running the main looper meanwhile; returns its result or rethrows its
   * exception. Fails after 30 s.
   */
  static <T> T offMain(Supplier<T> work) {
    FutureTask<T> task = new FutureTask<>(work::get);
    Thread thread = new Thread(task, "test-off-main");
    thread.setDaemon(true);
    thread.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    while (true) {
      shadowOf(Looper.getMainLooper()).idle();
      try {
        return task.get(50, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for off-main work");
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) throw (RuntimeException) cause;
        if (cause instanceof Error) throw (Error) cause;
        throw new AssertionError(cause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for off-main work", e);
      }
    }
  }
}
