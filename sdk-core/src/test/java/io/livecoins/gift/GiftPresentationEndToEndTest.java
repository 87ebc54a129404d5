package io.livecoins.gift;

import static org.assertj.core.api.Assertions.assertThat;

import io.livecoins.AuthTokenProvider;
import io.livecoins.LiveCoins;
import io.livecoins.RetryPolicy;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.testing.DemoData;
import io.livecoins.testing.LiveCoinsMockServer;
import io.livecoins.testing.LoggedRequest;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a gift looks like on screen, end to end against the mock backend's catalog, files and feed. */
final class GiftPresentationEndToEndTest {
  private final LiveCoinsMockServer server = LiveCoinsMockServer.builder().build().start();
  private final ExecutorService dispatcher = Executors.newCachedThreadPool();
  private final BlockingQueue<GiftEvent> events = new LinkedBlockingQueue<>();

  @AfterEach
  void tearDown() {
    try {
      server.assertConsistent();
      server.assertNoContractViolations();
    } finally {
      server.close();
      dispatcher.shutdownNow();
    }
  }

  private LiveCoins client(String token) {
    return LiveCoins.builder()
        .baseUrl(server.url().toString())
        .authTokenProvider(AuthTokenProvider.of(server.userIdOf(token), token))
        .retryPolicy(RetryPolicy.builder().jitter(false).build())
        .sleeper(duration -> {})
        .dispatcher(dispatcher)
        .build();
  }

  private final GiftEventListener listener = new GiftEventListener() {
    @Override
    public void onEvent(GiftEvent event) {
      events.add(event);
    }

    @Override
    public void onError(LiveCoinsException error, boolean willReconnect) {}
  };

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void everyCatalogAssetMatchesTheServedFileByteForByte() throws Exception {
    List<Gift> catalog = client(DemoData.BOB_TOKEN).gifts().catalog("US").execute();
    OkHttpClient cdn = new OkHttpClient();
    int checked = 0;
    for (Gift gift : catalog) {
      List<GiftAsset> assets = new ArrayList<>(gift.assets());
      if (gift.sound() != null) assets.add(gift.sound());
      for (GiftAsset asset : assets) {
        try (Response r = cdn.newCall(new Request.Builder().url(asset.url()).build()).execute()) {
          byte[] body = r.body().bytes();
          assertThat(r.header("Content-Type")).isEqualTo(asset.mediaType());
          assertThat((long) body.length).as(asset.url()).isEqualTo(asset.sizeBytes());
          assertThat(sha256(body)).as(asset.url()).isEqualTo(asset.sha256());
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(36);
    Gift universe = catalog.get(11);
    assertThat(universe.animation(java.util.Set.of(GiftAsset.WEBP, GiftAsset.GIF, GiftAsset.PNG))).isNull();
    assertThat(universe.animation(java.util.Set.of(GiftAsset.LOTTIE)).durationMillis()).isEqualTo(1500);
  }

  @Test
  void aComboCountsUpFromOneToFifteenOnTheFeed() throws Exception {
    LiveCoins viewer = client(DemoData.BOB_TOKEN);
    LiveCoins host = client(DemoData.CAROL_TOKEN);
    Gift rose = viewer.gifts().catalog().execute().get(0);
    viewer.wallet().balance().execute();
    Semaphore sent = new Semaphore(0);
    try (GiftFeed feed = host.gifts().events(DemoData.CAROL_STREAM, listener)) {
      assertThat(server.awaitActiveEventStreams(1, Duration.ofSeconds(10))).isTrue();
      GiftCombo combo = viewer.gifts().combo(rose, DemoData.CAROL, DemoData.CAROL_STREAM, new GiftComboListener() {
        @Override
        public void onBatchSent(GiftCombo c, SendGiftResult result) {
          sent.release();
        }
      });
      for (int tap = 0; tap < 15; tap++) {
        assertThat(combo.tap()).isTrue();
        assertThat(sent.tryAcquire(10, TimeUnit.SECONDS)).as("batch %s sent", tap + 1).isTrue(); // one tap a batch
      }
      combo.close();

      List<String> labels = new ArrayList<>();
      for (int i = 0; i < 15; i++) {
        GiftEvent event = events.poll(10, TimeUnit.SECONDS);
        assertThat(event.combo().id()).isEqualTo(combo.comboId());
        labels.add(event.displayLabel());
      }
      List<String> expected = new ArrayList<>();
      for (int n = 1; n <= 15; n++) expected.add("Rose × " + n);
      assertThat(labels).isEqualTo(expected);
    }
  }

  @Test
  void aFeedEventRendersWithoutACatalogCall() throws Exception {
    LiveCoins viewer = client(DemoData.BOB_TOKEN);
    LiveCoins host = client(DemoData.CAROL_TOKEN); // this client never reads the catalog
    Gift perfume = Gift.builder("perfume", "Perfume", 20).build(); // the id and price are what a send needs
    try (GiftFeed feed = host.gifts().events(DemoData.CAROL_STREAM, listener)) {
      assertThat(server.awaitActiveEventStreams(1, Duration.ofSeconds(10))).isTrue();
      viewer.gifts().send(perfume, DemoData.CAROL, DemoData.CAROL_STREAM, 2).execute();

      GiftEvent event = events.poll(10, TimeUnit.SECONDS);

      assertThat(event.displayLabel()).isEqualTo("Perfume × 2");
      assertThat(event.combo()).isNull();
      assertThat(event.gift().tier()).isEqualTo(2);
      GiftAsset animation = event.gift().animation(java.util.Set.of(GiftAsset.WEBP));
      assertThat(animation.url()).isEqualTo(server.url("/assets/gifts/perfume.webp").toString());
      assertThat(animation.sizeBytes()).isEqualTo(server.assets().bytes("perfume.webp").length);
      assertThat(animation.sha256()).isEqualTo(sha256(server.assets().bytes("perfume.webp")));
    }
    for (LoggedRequest r : server.requestLog()) {
      assertThat(r.route()).isNotEqualTo("GET /v1/gifts");
    }
  }

  @Test
  void aLiveGiftShowsFromTheLocalCacheWithoutTouchingTheNetwork(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    LiveCoins viewer = client(DemoData.BOB_TOKEN);
    LiveCoins host = client(DemoData.CAROL_TOKEN);
    // The host app prefetches every asset of its catalog (animations and sounds) when it opens.
    GiftAssetCache cache = GiftAssetCache.builder(host, dir).build();
    java.util.Set<GiftAsset> all = new java.util.LinkedHashSet<>(); // gifts share the chime
    for (Gift gift : host.gifts().catalog().execute()) {
      all.addAll(gift.assets());
      if (gift.sound() != null) all.add(gift.sound());
    }
    PrefetchResult prefetched = cache.prefetch(all).execute();
    assertThat(prefetched.isComplete()).isTrue();
    assertThat(prefetched.downloaded()).hasSize(all.size());
    int downloads = server.assets().downloads().size();
    assertThat(server.assets().downloads()).allMatch(line -> line.endsWith(" 200 none")); // no token

    try (GiftFeed feed = host.gifts().events(DemoData.CAROL_STREAM, listener)) {
      assertThat(server.awaitActiveEventStreams(1, Duration.ofSeconds(10))).isTrue();
      Gift galaxy = Gift.builder("galaxy", "Galaxy", 1000).build(); // all of bob's 1,000 coins
      viewer.gifts().send(galaxy, DemoData.CAROL, DemoData.CAROL_STREAM, 1).execute();

      GiftEvent event = events.poll(10, TimeUnit.SECONDS);

      // Everything the overlay needs: the name and value from the event, the files from disk.
      assertThat(event.displayLabel()).isEqualTo("Galaxy");
      GiftAsset animation = event.gift().animation(java.util.Set.of(GiftAsset.WEBP, GiftAsset.LOTTIE));
      java.nio.file.Path file = cache.file(animation);
      assertThat(file).isNotNull();
      assertThat(sha256(java.nio.file.Files.readAllBytes(file))).isEqualTo(animation.sha256());
      assertThat(event.gift().sound()).isNotNull(); // tier 3 and up play a sound too
      assertThat(cache.file(event.gift().sound())).isNotNull();
    }
    assertThat(server.assets().downloads()).hasSize(downloads); // nothing fetched after the event
  }
}
