package io.livecoins.gift;

import static io.livecoins.gift.GiftFixtures.SHA;
import static io.livecoins.gift.GiftFixtures.assetJson;
import static io.livecoins.gift.GiftFixtures.eventJson;
import static io.livecoins.gift.GiftFixtures.sendJson;
import static io.livecoins.gift.GiftFixtures.sse;
import static io.livecoins.gift.GiftFixtures.walletJson;
import static io.livecoins.test.MockServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livecoins.LiveCoins;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.errors.MalformedResponseException;
import io.livecoins.errors.NetworkException;
import io.livecoins.test.MockServers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The wire shapes of gift presentation: catalog fields, feed render info and combo ids, hostile ones included. */
final class GiftPresentationWireTest {
  private final MockWebServer server = MockServers.startLoopback();
  private final ExecutorService dispatcher = Executors.newCachedThreadPool();
  private final ExecutorService callbacks = Executors.newSingleThreadExecutor();
  private final BlockingQueue<GiftEvent> events = new LinkedBlockingQueue<>();
  private final List<Throwable> listenerErrors = new java.util.concurrent.CopyOnWriteArrayList<>();

  @AfterEach
  void tearDown() {
    server.close();
    dispatcher.shutdownNow();
    callbacks.shutdownNow();
  }

  private LiveCoins client() {
    return GiftFixtures.client(server, dispatcher).callbackExecutor(callbacks).sleeper(d -> {}).build();
  }

  private final GiftEventListener listener = new GiftEventListener() {
    @Override
    public void onEvent(GiftEvent event) {
      events.add(event);
    }

    @Override
    public void onError(LiveCoinsException error, boolean willReconnect) {
      listenerErrors.add(error);
    }
  };

  @Test
  void theCatalogDecodesTierAssetsInOrderAndSound() throws Exception {
    String lion = "{\"id\":\"lion\",\"name\":\"Lion\",\"coinCost\":29999,\"tier\":5,\"assets\":["
        + assetJson("https://cdn.test/lion.json", "application/lottie+json", 511, 1500, 64, 64) + ","
        + assetJson("https://cdn.test/lion.webp", "image/webp", 440, 400, 32, 32) + "],\"sound\":"
        + assetJson("https://cdn.test/chime.wav", "audio/wav", 2044, 250, 0, 0) + ",\"futureField\":true}";
    server.enqueue(json(200, "{\"region\":\"US\",\"gifts\":[" + lion + "]}"));

    Gift gift = client().gifts().catalog("US").execute().get(0);

    assertThat(gift.tier()).isEqualTo(5);
    assertThat(gift.assets()).extracting(GiftAsset::mediaType).containsExactly(GiftAsset.LOTTIE, GiftAsset.WEBP);
    assertThat(gift.assets().get(1))
        .isEqualTo(GiftFixtures.asset("https://cdn.test/lion.webp", "image/webp", 440, 400, 32, 32));
    assertThat(gift.sound()).isEqualTo(GiftFixtures.asset("https://cdn.test/chime.wav", GiftAsset.WAV, 2044, 250, 0, 0));
    assertThat(gift.animation(java.util.Set.of(GiftAsset.WEBP, GiftAsset.PNG)).url()).isEqualTo("https://cdn.test/lion.webp");
  }

  @Test
  void aCatalogGiftWithABadAssetIsAMalformedAnswer() {
    String badSha = GiftFixtures.giftJson("rose", "Rose", 1).replace(SHA, "not-a-checksum");
    String negative = GiftFixtures.giftJson("rose", "Rose", 1).replace("\"sizeBytes\":812", "\"sizeBytes\":-5");
    String noAssets = "{\"id\":\"rose\",\"name\":\"Rose\",\"coinCost\":1,\"tier\":1}";
    String soundAsAnimation = "{\"id\":\"rose\",\"name\":\"Rose\",\"coinCost\":1,\"tier\":1,\"assets\":["
        + assetJson("https://cdn.test/a.wav", "audio/wav", 5, 1, 0, 0) + "]}";
    for (String gift : List.of(badSha, negative, noAssets, soundAsAnimation)) {
      server.enqueue(json(200, "{\"region\":\"US\",\"gifts\":[" + gift + "]}"));
      LiveCoins client = client();
      assertThatThrownBy(() -> client.gifts().catalog("US").execute()).as(gift)
          .isInstanceOf(MalformedResponseException.class);
    }
  }

  @Test
  void aFeedEventCarriesTheGiftSnapshotAndCombo() throws Exception {
    server.enqueue(sse("id: 1\nevent: gift\ndata: "
        + eventJson("1", "rose", "2026-11-25T10:00:01Z", "{\"id\":\"c1\",\"count\":15}") + "\n\n"));

    try (GiftFeed feed = client().gifts().events("stream-carol", listener)) {
      GiftEvent event = events.poll(10, TimeUnit.SECONDS);

      assertThat(event.gift()).isEqualTo(GiftFixtures.gift("rose", "Rose", 1));
      assertThat(event.combo()).isEqualTo(GiftEvent.Combo.of("c1", 15));
      assertThat(event.displayLabel()).isEqualTo("Rose × 15");
    }
    assertThat(server.getRequestCount()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void hostileRenderInfoSkipsTheEventNeverThrowsAndTheFeedGoesOn() throws Exception {
    String good = eventJson("9", "rose", "2026-11-25T10:00:09Z", null);
    List<String> hostile = new ArrayList<>();
    hostile.add(good.replaceFirst(",\"gift\":\\{.*?\\]\\}", "")); // no gift snapshot
    hostile.add(good.replace("\"gift\":{", "\"gift\":null,\"x\":{")); // a null snapshot
    hostile.add(good.replace(SHA, "zz" + SHA.substring(2))); // a checksum that is not hex
    hostile.add(good.replace(SHA, SHA.substring(1))); // 63 digits
    hostile.add(good.replace("\"sizeBytes\":812", "\"sizeBytes\":-1")); // a negative size
    hostile.add(good.replace("\"width\":48", "\"width\":-48")); // a negative width
    hostile.add(good.replace("\"tier\":1", "\"tier\":0")); // no such tier
    hostile.add(good.replace("\"assets\":[", "\"assets\":[null,")); // a null asset
    hostile.add(good.replace("\"giftId\":\"rose\"", "\"giftId\":\"lion\"")); // the snapshot of another gift
    hostile.add(good.substring(0, good.length() - 1) + ",\"combo\":{\"id\":\"c1\"}}"); // no count
    hostile.add(good.replace("\"createdAt\"", "\"combo\":{\"id\":\"c1\",\"count\":0},\"createdAt\""));
    hostile.add(good.replace("\"gift\":{", "\"gift\":{\"assets\":\"x\",")); // wrong type
    StringBuilder frames = new StringBuilder();
    for (int i = 0; i < hostile.size(); i++) {
      frames.append("id: h").append(i).append("\nevent: gift\ndata: ")
          .append(hostile.get(i).replace("\"id\":\"9\"", "\"id\":\"h" + i + "\"")).append("\n\n");
    }
    server.enqueue(sse(frames.toString(), "id: 9\nevent: gift\ndata: " + good + "\n\n"));

    try (GiftFeed feed = client().gifts().events("stream-carol", listener)) {
      GiftEvent event = events.poll(10, TimeUnit.SECONDS);

      assertThat(event.id()).isEqualTo("9"); // every hostile one before it was skipped
      assertThat(feed.lastEventId()).isEqualTo("9");
    }
    assertThat(events).isEmpty();
    // Only the end of the stream is reported (the feed reconnects), never a skipped event.
    assertThat(listenerErrors).allSatisfy(e -> assertThat(e).isInstanceOf(NetworkException.class));
  }

  @Test
  void everyBatchOfAComboCarriesItsIdAndAReplaySendsTheSameBytes() throws Exception {
    List<String> sendBodies = new java.util.concurrent.CopyOnWriteArrayList<>();
    AtomicInteger sends = new AtomicInteger();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (request.getMethod().equals("GET")) return json(200, walletJson(1000, 1));
        sendBodies.add(request.getBody().utf8());
        int n = sends.incrementAndGet();
        if (n == 2) return MockServers.error(500, "internal", "{}"); // fails UNKNOWN: replayable
        return json(200, sendJson("gft_" + n, "rose", 1, 1, 1000 - n, 1 + n));
      }
    });
    LiveCoins client = client();
    client.wallet().balance().execute();
    CountDownLatch first = new CountDownLatch(1);
    CountDownLatch failed = new CountDownLatch(1);
    GiftCombo combo = client.gifts().combo(GiftFixtures.ROSE, "carol", "stream-carol", new GiftComboListener() {
      @Override
      public void onBatchSent(GiftCombo c, SendGiftResult sent) {
        first.countDown();
      }

      @Override
      public void onBatchFailed(GiftCombo c, int quantity, LiveCoinsException error) {
        failed.countDown();
      }
    });

    assertThat(combo.tap()).isTrue();
    assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(combo.tap()).isTrue();
    assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
    combo.retryFailedBatch().execute();

    assertThat(combo.comboId()).matches("[A-Za-z0-9_-]{1,64}");
    assertThat(sendBodies).hasSize(3);
    for (String body : sendBodies) assertThat(body).contains("\"comboId\":\"" + combo.comboId() + "\"");
    assertThat(sendBodies.get(2)).isEqualTo(sendBodies.get(1));
    assertThat(client.gifts().combo(GiftFixtures.ROSE, "carol", "stream-carol").comboId())
        .isNotEqualTo(combo.comboId());
  }

  @Test
  void aSingleSendCarriesNoComboId() throws Exception {
    server.enqueue(json(200, sendJson("gft_1", "rose", 1, 1, 999, 2)));

    client().gifts().send(GiftFixtures.ROSE, "carol", "stream-carol", 1).execute();

    assertThat(server.takeRequest().getBody().utf8()).doesNotContain("comboId");
  }
}
