package io.livecoins.sample.android;

import android.os.Handler;
import android.os.Looper;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sample's Application for tests: builds no client on create (each test points it at its own mock
 * server on 127.0.0.1), and signals every post to the main thread so tests wait for events, never for
 * time.
 */
public class TestApp extends SampleApp {
  /** Released once per runnable posted to the main thread by the SDK. */
  final Semaphore posts = new Semaphore(0);
  /** Runnables posted from a thread other than the main thread. */
  final AtomicInteger postsFromBackground = new AtomicInteger();

  @Override
  protected boolean startOnCreate() {
    return false;
  }

  @Override
  protected Executor createMainExecutor() {
    Handler main = new Handler(Looper.getMainLooper());
    return runnable -> {
      if (Looper.myLooper() != Looper.getMainLooper()) postsFromBackground.incrementAndGet();
      main.post(runnable);
      posts.release();
    };
  }
}
