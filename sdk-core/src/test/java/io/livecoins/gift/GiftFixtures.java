package io.livecoins.gift;

import io.livecoins.AuthTokenProvider;
import io.livecoins.LiveCoins;
import io.livecoins.RetryPolicy;
import io.livecoins.Sleeper;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Wire fixtures and client set-up shared by the gift tests. */
final class GiftFixtures {
  private GiftFixtures() {}

  /** A 64-digit checksum for fixtures. */
  static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  static final Gift ROSE = gift("rose", "Rose", 1);
  static final Gift PERFUME = gift("perfume", "Perfume", 20);

  /** The value {@link #giftJson} describes. */
  static Gift gift(String id, String name, long cost) {
    return Gift.builder(id, name, cost)
        .addAsset(asset("https://cdn.livecoins.test/gifts/" + id + ".webp", GiftAsset.WEBP, 812, 400, 48, 48))
        .addAsset(asset("https://cdn.livecoins.test/gifts/" + id + ".png", GiftAsset.PNG, 120, 0, 48, 48))
        .build();
  }

  /** The value {@link #assetJson} describes, with the checksum {@link #SHA}. */
  static GiftAsset asset(String url, String mediaType, long size, long durationMillis, int w, int h) {
    return GiftAsset.builder().url(url).mediaType(mediaType).sizeBytes(size).durationMillis(durationMillis)
        .width(w).height(h).sha256(SHA).build();
  }

  /** One asset in wire form. */
  static String assetJson(String url, String mediaType, long size, long durationMillis, int w, int h) {
    return "{\"url\":\"" + url + "\",\"mediaType\":\"" + mediaType + "\",\"sizeBytes\":" + size
        + ",\"durationMillis\":" + durationMillis + ",\"width\":" + w + ",\"height\":" + h
        + ",\"sha256\":\"" + SHA + "\"}";
  }

  /** A gift in wire form: tier 1, an animated WebP then a PNG still, no sound. */
  static String giftJson(String id, String name, long cost) {
    return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"coinCost\":" + cost
        + ",\"tier\":1,\"assets\":["
        + assetJson("https://cdn.livecoins.test/gifts/" + id + ".webp", "image/webp", 812, 400, 48, 48) + ","
        + assetJson("https://cdn.livecoins.test/gifts/" + id + ".png", "image/png", 120, 0, 48, 48) + "]}";
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

  /** One gift event in SSE framing (a single rose-like gift {@code giftId}, no combo). */
  static String event(long id, String giftId) {
    return "id: " + id + "\nevent: gift\ndata: " + eventJson(String.valueOf(id), giftId,
        "2026-11-25T10:00:0" + (id % 10) + "Z", null) + "\n\n";
  }

  /** A gift event's JSON: quantity 1, 1 coin, the gift snapshot, and {@code comboJson} if not null. */
  static String eventJson(String id, String giftId, String createdAt, String comboJson) {
    return "{\"id\":\"" + id + "\",\"giftId\":\"" + giftId + "\",\"gift\":"
        + giftJson(giftId, Character.toUpperCase(giftId.charAt(0)) + giftId.substring(1), 1)
        + ",\"senderId\":\"bob\",\"recipientId\":\"carol\",\"streamId\":\"stream-carol\","
        + "\"quantity\":1,\"coins\":1,\"createdAt\":\"" + createdAt + "\""
        + (comboJson != null ? ",\"combo\":" + comboJson : "") + "}";
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
