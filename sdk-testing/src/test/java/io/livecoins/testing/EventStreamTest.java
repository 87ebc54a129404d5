package io.livecoins.testing;

import static io.livecoins.testing.DemoData.ALICE_TOKEN;
import static io.livecoins.testing.DemoData.BOB_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.BufferedSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EventStreamTest {
  @RegisterExtension
  final LiveCoinsMockServerExtension mock = LiveCoinsMockServerExtension.configured(b -> b
      .sseHeartbeat(Duration.ofMillis(50)));

  final OkHttpClient client = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(10)).build();

  Call open(String lastEventId) {
    Request.Builder b = new Request.Builder().url(mock.server().url("/v1/streams/stream-carol/events"))
        .header("Authorization", "Bearer " + ALICE_TOKEN);
    if (lastEventId != null) {
      b.header("Last-Event-ID", lastEventId);
    }
    return client.newCall(b.build());
  }

  /** Reads SSE frames until {@code count} gift events arrived; returns their "id|data" pairs. */
  static List<String> readEvents(BufferedSource source, int count) throws IOException {
    List<String> events = new ArrayList<>();
    String id = null;
    String data = null;
    while (events.size() < count) {
      String line = source.readUtf8LineStrict();
      if (line.startsWith("id: ")) {
        id = line.substring(4);
      } else if (line.startsWith("data: ")) {
        data = line.substring(6);
      } else if (line.isEmpty() && data != null) {
        events.add(id + "|" + data);
        id = null;
        data = null;
      }
    }
    return events;
  }

  @Test
  void giftsArriveLiveWithIdsAndResumeAfterLastEventId() throws Exception {
    TestApi api = new TestApi(mock.server());
    String lastSeen;
    try (Response response = open(null).execute()) {
      assertThat(response.code()).isEqualTo(200);
      assertThat(response.header("Content-Type")).startsWith("text/event-stream");
      assertThat(mock.server().awaitActiveEventStreams(1, Duration.ofSeconds(5))).isTrue();
      api.sendGift(BOB_TOKEN, "rose", 2, 1, "g1");
      api.sendGift(BOB_TOKEN, "perfume", 1, 20, "g2");
      List<String> events = readEvents(response.body().source(), 2);
      assertThat(events.get(0)).startsWith("evt_0000000001|").contains("\"giftId\":\"rose\"")
          .contains("\"senderId\":\"bob\"").contains("\"quantity\":2").contains("\"coins\":2");
      assertThat(events.get(1)).startsWith("evt_0000000002|").contains("\"id\":\"evt_0000000002\"");
      lastSeen = "evt_0000000001";
    }
    assertThat(mock.server().awaitActiveEventStreams(0, Duration.ofSeconds(5))).isTrue();
    api.sendGift(BOB_TOKEN, "doughnut", 1, 30, "g3");
    try (Response resumed = open(lastSeen).execute()) {
      List<String> events = readEvents(resumed.body().source(), 2);
      assertThat(events).extracting(e -> e.substring(0, e.indexOf('|')))
          .containsExactly("evt_0000000002", "evt_0000000003");
    }
  }

  @Test
  void unknownLastEventIdStartsWithLiveEvents() throws Exception {
    TestApi api = new TestApi(mock.server());
    api.sendGift(BOB_TOKEN, "rose", 1, 1, "old");
    try (Response response = open("whatever").execute()) {
      assertThat(mock.server().awaitActiveEventStreams(1, Duration.ofSeconds(5))).isTrue();
      api.sendGift(BOB_TOKEN, "tiktok", 1, 1, "new");
      assertThat(readEvents(response.body().source(), 1).get(0)).contains("\"giftId\":\"tiktok\"");
    }
  }

  @Test
  void clientDisconnectEndsTheStreamPromptly() throws Exception {
    Response response = open(null).execute();
    assertThat(mock.server().awaitActiveEventStreams(1, Duration.ofSeconds(5))).isTrue();
    response.close();
    client.connectionPool().evictAll();
    assertThat(mock.server().awaitActiveEventStreams(0, Duration.ofSeconds(5))).isTrue();
  }

  @Test
  void serverCloseEndsOpenStreams() throws Exception {
    LiveCoinsMockServer server = LiveCoinsMockServer.builder().sseHeartbeat(Duration.ofSeconds(30)).build().start();
    Request request = new Request.Builder().url(server.url("/v1/streams/stream-dave/events"))
        .header("Authorization", "Bearer " + BOB_TOKEN).build();
    try (Response response = client.newCall(request).execute()) {
      assertThat(server.awaitActiveEventStreams(1, Duration.ofSeconds(5))).isTrue();
      server.close();
      assertThat(server.awaitActiveEventStreams(0, Duration.ofSeconds(5))).isTrue();
      BufferedSource source = response.body().source();
      while (source.readUtf8Line() != null) {
        // drain to EOF: the stream ended
      }
    }
  }

  @Test
  void unknownStreamIsNotFound() {
    TestApi.Resp r = new TestApi(mock.server()).get(ALICE_TOKEN, "/v1/streams/stream-nobody/events");
    assertThat(r.code()).isEqualTo(404);
    assertThat(r.details()).containsEntry("resource", "stream");
  }
}
