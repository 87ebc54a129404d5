package io.livecoins.gift;

import io.livecoins.AuthTokenProvider;
import io.livecoins.LiveCoins;
import io.livecoins.RetryPolicy;
import io.livecoins.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Wire fixtures and client set-up shared by the gift tests. */
final class GiftFixtures {
  private GiftFixtures() {}

  static final Gift ROSE = new Gift("rose", "Rose", 1, "https://cdn.livecoins.test/gifts/rose.webp");
  static final Gift PERFUME =
      new Gift("perfume", "Perfume", 20, "https://cdn.livecoins.test/gifts/perfume.webp");

  static String giftJson(String id, String name, long cost) {
    return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"coinCost\":" + cost
        + ",\"animationUrl\":\"https://cdn.livecoins.test/gifts/" + id + ".webp\"}";
  }

  static String catalogJson(long roseCost) {
    return "{\"region\":\"US\",\"gifts\":[" + giftJson("rose", "Rose", roseCost) + ","
        + giftJson("perfume", "Perfume", 20) + "]}";
  }

  static String walletJson(long coins, long version) {
    return "{\"userId\":\"bob\",\"coins\":" + coins + ",\"diamonds\":0,\"version\":" + version + "}";
  }

  static String sendJson(String receiptId, String giftId, int quantity, long cost, long coinsLeft, long version) {
    return "{\"gift\":{\"id\":\"" + receiptId + "\",\"giftId\":\"" + giftId
        + "\",\"recipientId\":\"carol\",\"streamId\":\"stream-carol\",\"quantity\":" + quantity
        + ",\"coinCost\":" + cost + ",\"coins\":" + (quantity * cost)
        + ",\"createdAt\":\"2026-11-25T10:00:00Z\"},\"wallet\":" + walletJson(coinsLeft, version) + "}";
  }

  static final String PACKAGES_JSON =
      "{\"region\":\"US\",\"currency\":\"USD\",\"packages\":["
          + "{\"id\":\"coins-70\",\"coins\":70,\"bonusCoins\":0,\"price\":{\"amountMinor\":99,\"currency\":\"USD\"},\"providers\":[\"sandbox\"]},"
          + "{\"id\":\"coins-700\",\"coins\":700,\"bonusCoins\":35,\"price\":{\"amountMinor\":999,\"currency\":\"USD\"},\"providers\":[\"sandbox\"]},"
          + "{\"id\":\"coins-350\",\"coins\":350,\"bonusCoins\":0,\"price\":{\"amountMinor\":499,\"currency\":\"USD\"},\"providers\":[\"sandbox\"]}"
          + "]}";

  static LiveCoins.Builder client(MockWebServer server, ExecutorService dispatcher) {
    return LiveCoins.builder()
        .baseUrl(server.url("/").toString())
        .authTokenProvider(AuthTokenProvider.of("bob", "demo-token-bob"))
        .retryPolicy(RetryPolicy.builder().jitter(false).build())
        .dispatcher(dispatcher);
  }

  /** An SSE response whose body ends after {@code events} (so the client reconnects). */
  static MockResponse sse(String... events) {
    StringBuilder body = new StringBuilder();
    for (String e : events) body.append(e);
    return new MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", "text/event-stream")
        .body(body.toString())
        .build();
  }

  /** One gift event in SSE framing. */
  static String event(long id, String giftId) {
    return "id: " + id + "\nevent: gift\ndata: {\"id\":\"" + id + "\",\"giftId\":\"" + giftId
        + "\",\"senderId\":\"bob\",\"recipientId\":\"carol\",\"streamId\":\"stream-carol\","
        + "\"quantity\":1,\"coins\":1,\"createdAt\":\"2026-11-25T10:00:0" + (id % 10) + "Z\"}\n\n";
  }

  /** A clock that moves only when told. */
  static final class MutableClock extends Clock {
    private volatile Instant now = Instant.parse("2026-11-25T10:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /**
   * A sleeper that blocks every sleep until {@link #open()}: holds combo windows shut so tests decide
   * when batches go out.
   */
  static final class GateSleeper implements Sleeper {
    private final CountDownLatch gate = new CountDownLatch(1);

    void open() {
      gate.countDown();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
      if (!gate.await(30, TimeUnit.SECONDS)) throw new InterruptedException("gate never opened");
    }
  }

  /** An executor that runs nothing until told: captures callback deliveries. */
  static final class ManualExecutor implements Executor {
    private final java.util.ArrayDeque<Runnable> tasks = new java.util.ArrayDeque<>();

    @Override
    public synchronized void execute(Runnable command) {
      tasks.add(command);
    }

    /** Runs queued tasks (and those they queue) until none is left. */
    void runAll() {
      while (true) {
        Runnable next;
        synchronized (this) {
          next = tasks.poll();
        }
        if (next == null) return;
        next.run();
      }
    }

    synchronized int size() {
      return tasks.size();
    }
  }
}
