package io.livecoins.testing;

import static io.livecoins.testing.DemoData.ALICE_TOKEN;
import static io.livecoins.testing.DemoData.BOB_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livecoins.testing.internal.GiftAssets;
import io.livecoins.testing.internal.Json;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The catalog and feed describe how a gift is shown; the mock serves the real asset files it describes. */
class GiftPresentationTest {
  @RegisterExtension
  final LiveCoinsMockServerExtension mock = LiveCoinsMockServerExtension.configured(b -> b
      .sseHeartbeat(Duration.ofMillis(50)));

  final OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(10)).build();

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> catalog() {
    TestApi.Resp r = new TestApi(mock.server()).get(ALICE_TOKEN, "/v1/gifts?region=US");
    assertThat(r.code()).isEqualTo(200);
    return r.items("gifts");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> assetsOf(Map<String, Object> gift) {
    List<Map<String, Object>> all = new ArrayList<>((List<Map<String, Object>>) gift.get("assets"));
    if (gift.get("sound") != null) {
      all.add((Map<String, Object>) gift.get("sound"));
    }
    return all;
  }

  private Response download(String url) throws IOException {
    return http.newCall(new Request.Builder().url(url).build()).execute();
  }

  @Test
  void everyCatalogAssetIsServedWithItsTypeLengthAndChecksum() throws Exception {
    int checked = 0;
    for (Map<String, Object> gift : catalog()) {
      assertThat((List<?>) gift.get("assets")).as("assets of %s", gift.get("id")).isNotEmpty();
      for (Map<String, Object> asset : assetsOf(gift)) {
        String url = (String) asset.get("url");
        assertThat(url).startsWith(mock.server().url("/assets/gifts/").toString());
        try (Response r = download(url)) {
          byte[] body = r.body().bytes();
          assertThat(r.code()).isEqualTo(200);
          assertThat(r.header("Content-Type")).isEqualTo(asset.get("mediaType"));
          assertThat(r.header("Content-Length")).isEqualTo(String.valueOf(asset.get("sizeBytes")));
          assertThat((long) body.length).isEqualTo(asset.get("sizeBytes"));
          assertThat(GiftAssets.sha256(body)).as(url).isEqualTo(asset.get("sha256"));
          if (asset.get("mediaType").equals("image/png") || asset.get("mediaType").equals("image/gif")) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(body));
            assertThat(image).as("%s decodes", url).isNotNull();
            assertThat((long) image.getWidth()).isEqualTo(asset.get("width"));
            assertThat((long) image.getHeight()).isEqualTo(asset.get("height"));
          }
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(36);
    mock.server().assertNoContractViolations();
  }

  @Test
  void filesAreRealImagesAnimationsAndASound() {
    MockAssets assets = mock.server().assets();
    byte[] webp = assets.bytes("rose.webp");
    assertThat(new String(webp, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("RIFF");
    assertThat(new String(webp, 8, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("WEBP");
    assertThat(new String(assets.bytes("rose.gif"), 0, 6, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("GIF89a");
    assertThat(Json.parse(new String(assets.bytes("universe.json"), java.nio.charset.StandardCharsets.UTF_8)))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsKeys("v", "fr", "op", "layers");
    assertThat(new String(assets.bytes("chime.wav"), 8, 4, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("WAVE");
    int total = 0;
    for (String file : assets.files()) {
      total += assets.bytes(file).length;
    }
    assertThat(total).as("bundled asset bytes").isLessThan(32 * 1024);
  }

  @Test
  void theTopTierLeadsWithLottieAndTheUniverseHasNothingElse() {
    List<Map<String, Object>> gifts = catalog();
    Map<String, Object> rose = gifts.get(0);
    Map<String, Object> lion = gifts.get(10);
    Map<String, Object> universe = gifts.get(11);
    assertThat(rose).containsEntry("tier", 1L).doesNotContainKey("sound");
    assertThat(assetsOf(rose)).extracting(a -> a.get("mediaType"))
        .containsExactly("image/webp", "image/gif", "image/png");
    assertThat(lion).containsEntry("tier", 5L);
    assertThat(assetsOf(lion)).extracting(a -> a.get("mediaType"))
        .containsExactly("application/lottie+json", "image/webp", "image/gif", "image/png", "audio/wav");
    assertThat(assetsOf(universe)).extracting(a -> a.get("mediaType"))
        .containsExactly("application/lottie+json", "audio/wav");
  }

  @Test
  void assetsNeedNoTokenAndUnknownFilesAreNotFound() throws Exception {
    try (Response r = download(mock.server().url("/assets/gifts/nope.webp").toString())) {
      assertThat(r.code()).isEqualTo(404);
    }
    try (Response r = download(mock.server().url("/assets/gifts/rose.png").toString())) {
      assertThat(r.code()).isEqualTo(200);
    }
    assertThat(mock.server().assets().downloads()).containsExactly("nope.webp 404 none", "rose.png 200 none");
  }

  @Test
  void aCorruptedDownloadHasTheRightLengthAndTheWrongChecksum() throws Exception {
    mock.server().assets().corruptNext(1);
    String url = mock.server().url("/assets/gifts/rose.webp").toString();
    byte[] real = mock.server().assets().bytes("rose.webp");
    try (Response r = download(url)) {
      byte[] body = r.body().bytes();
      assertThat(body).hasSameSizeAs(real);
      assertThat(GiftAssets.sha256(body)).isNotEqualTo(GiftAssets.sha256(real));
    }
    try (Response r = download(url)) {
      assertThat(r.body().bytes()).isEqualTo(real); // once only
    }
    assertThat(mock.server().assets().downloads())
        .containsExactly("rose.webp 200 corrupt", "rose.webp 200 none");
  }

  @Test
  void aTruncatedDownloadEndsBeforeItsContentLength() throws Exception {
    mock.server().assets().truncateNext(1);
    try (Response r = download(mock.server().url("/assets/gifts/rose.gif").toString())) {
      assertThat(r.header("Content-Length")).isEqualTo("490");
      assertThatThrownBy(() -> r.body().bytes()).isInstanceOf(IOException.class);
    }
  }

  @Test
  void anOversizedDownloadIsLongerThanTheCatalogSays() throws Exception {
    mock.server().assets().oversizeNext(1, 4096);
    try (Response r = download(mock.server().url("/assets/gifts/rose.png").toString())) {
      assertThat(r.body().bytes()).hasSize(141 + 4096);
    }
  }

  @Test
  void aDrippingDownloadStillDeliversTheWholeFile() throws Exception {
    mock.server().assets().dripNext(1, 128, Duration.ofMillis(1));
    try (Response r = download(mock.server().url("/assets/gifts/rose.webp").toString())) {
      assertThat(r.body().bytes()).isEqualTo(mock.server().assets().bytes("rose.webp"));
    }
    assertThat(mock.server().assets().downloads()).containsExactly("rose.webp 200 drip");
  }

  private TestApi.Resp send(String key, long quantity, String comboId) {
    Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("giftId", "rose", "recipientId", "carol",
        "streamId", "stream-carol", "quantity", quantity, "expectedCoinCost", 1));
    if (comboId != null) {
      body.put("comboId", comboId);
    }
    return new TestApi(mock.server()).post(BOB_TOKEN, "/v1/gifts/send", key, body);
  }

  @Test
  @SuppressWarnings("unchecked")
  void eventsCarryTheGiftSnapshotAndTheComboRunningCount() throws Exception {
    Request open = new Request.Builder().url(mock.server().url("/v1/streams/stream-carol/events"))
        .header("Authorization", "Bearer " + ALICE_TOKEN).build();
    try (Response stream = http.newCall(open).execute()) {
      assertThat(mock.server().awaitActiveEventStreams(1, Duration.ofSeconds(5))).isTrue();
      assertThat(send("k1", 1, "combo-1").code()).isEqualTo(200);
      assertThat(send("k2", 2, "combo-1").code()).isEqualTo(200);
      TestApi.Resp replay = send("k2", 2, "combo-1"); // a retry of the same batch: answered, not counted
      assertThat(replay.headers().get("Idempotent-Replayed")).isEqualTo("true");
      assertThat(send("k3", 1, null).code()).isEqualTo(200);
      assertThat(send("k4", 3, "combo-1").code()).isEqualTo(200);
      List<String> events = EventStreamTest.readEvents(stream.body().source(), 4);
      List<Object> combos = new ArrayList<>();
      for (String e : events) {
        Map<String, Object> data = (Map<String, Object>) Json.parse(e.substring(e.indexOf('|') + 1));
        Map<String, Object> gift = (Map<String, Object>) data.get("gift");
        assertThat(gift).containsEntry("id", "rose").containsEntry("name", "Rose").containsEntry("tier", 1L);
        assertThat((List<?>) gift.get("assets")).hasSize(3);
        Map<String, Object> combo = (Map<String, Object>) data.get("combo");
        combos.add(combo == null ? "none" : combo.get("id") + "×" + combo.get("count"));
      }
      assertThat(combos).containsExactly("combo-1×1", "combo-1×3", "none", "combo-1×6");
    }
    mock.server().assertNoContractViolations();
  }

  @Test
  void aMalformedComboIdIsRefusedAndNothingIsSpent() {
    TestApi.Resp r = send("k1", 1, "not a combo id!");
    assertThat(r.code()).isEqualTo(400);
    assertThat(mock.server().wallet("bob").coins()).isEqualTo(1000);
  }
}
