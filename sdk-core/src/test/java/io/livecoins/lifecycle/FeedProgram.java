package io.livecoins.lifecycle;

import io.livecoins.AuthTokenProvider;
import io.livecoins.LiveCoins;
import io.livecoins.gift.GiftEventListener;
import io.livecoins.gift.GiftEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A child-JVM program for {@link LifecycleProcessTest}: builds a client with the default dispatcher
 * and transport, opens a live gift feed, waits until it is connected, then either returns from
 * {@code main} at once ({@code return}) or closes the client first ({@code close}). It prints the
 * SDK threads (named {@code LiveCoins…}) that are non-daemon ({@code non-daemon: [...]}) and, after
 * close, those still alive once each was joined ({@code alive after close: [...]}).
 */
public final class FeedProgram {
  private FeedProgram() {}

  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    String userId = args[1];
    String token = args[2];
    String mode = args[3];
    LiveCoins client =
        LiveCoins.builder()
            .baseUrl(baseUrl)
            .authTokenProvider(AuthTokenProvider.of(userId, token))
            .build();
    CountDownLatch connected = new CountDownLatch(1);
    client.gifts().events("stream-carol", new GiftEventListener() {
      @Override
      public void onEvent(GiftEvent event) {}

      @Override
      public void onConnected() {
        connected.countDown();
      }
    });
    if (!connected.await(30, TimeUnit.SECONDS)) {
      System.out.println("never connected");
      System.exit(2);
    }
    System.out.println("connected");
    System.out.println("non-daemon: " + nonDaemonThreads());
    if (mode.equals("close")) {
      client.close();
      for (Thread thread : sdkThreads()) thread.join(TimeUnit.SECONDS.toMillis(20));
      System.out.println("alive after close: " + names(sdkThreads(), true));
    }
    System.out.flush();
    // main returns: the JVM must exit now, whether or not the client was closed
  }

  /**
   * The client's threads: its dispatcher ({@code LiveCoins Dispatcher N}) and its OkHttp dispatcher
   * ({@code LiveCoins OkHttp N}, renamed {@code OkHttp <url>} by OkHttp while a call runs). OkHttp's
   * process-wide TaskRunner threads are OkHttp's, not the client's.
   */
  private static List<Thread> sdkThreads() {
    List<Thread> threads = new ArrayList<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      String name = thread.getName();
      boolean sdk =
          name.startsWith("LiveCoins") || (name.startsWith("OkHttp ") && !name.contains("TaskRunner"));
      if (sdk && thread.isAlive()) threads.add(thread);
    }
    return threads;
  }

  /** Threads that would keep the JVM alive after main returns. */
  private static List<String> nonDaemonThreads() {
    List<String> names = new ArrayList<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.isAlive() && !thread.isDaemon() && thread != Thread.currentThread()
          && !thread.getName().equals("DestroyJavaVM")) {
        names.add(thread.getName());
      }
    }
    names.sort(null);
    return names;
  }

  private static List<String> names(List<Thread> threads, boolean daemonToo) {
    List<String> names = new ArrayList<>();
    for (Thread thread : threads) {
      if (daemonToo || !thread.isDaemon()) names.add(thread.getName());
    }
    names.sort(null);
    return names;
  }
}
