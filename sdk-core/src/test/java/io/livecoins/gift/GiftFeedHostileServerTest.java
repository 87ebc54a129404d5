package io.livecoins.gift;

import static io.livecoins.gift.GiftFixtures.event;
import static io.livecoins.gift.GiftFixtures.sse;
import static io.livecoins.test.MockServers.error;
import static org.assertj.core.api.Assertions.assertThat;

import io.livecoins.LiveCoins;
import io.livecoins.Sleeper;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.errors.MalformedResponseException;
import io.livecoins.errors.ServerException;
import io.livecoins.test.MockServers;
import io.livecoins.test.RecordingSleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The live gift feed against servers that misbehave on purpose. */
final class GiftFeedHostileServerTest {
  private final MockWebServer server = MockServers.startLoopback();
  private final ExecutorService dispatcher = Executors.newCachedThreadPool();
  private final ExecutorService callbacks =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "test-callbacks"));
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final Recorder recorder = new Recorder();

  @AfterEach
  void tearDown() {
    server.close();
    dispatcher.shutdownNow();
    callbacks.shutdownNow();
  }

  private LiveCoins.Builder client() {
    return GiftFixtures.client(server, dispatcher).sleeper(sleeper).callbackExecutor(callbacks);
  }

  /** A gift event with its own, increasing creation time. */
  private static String timedEvent(long id) {
    Instant createdAt = Instant.parse("2026-11-25T10:00:00Z").plusSeconds(id);
    return "id: " + id + "\nevent: gift\ndata: "
        + GiftFixtures.eventJson(String.valueOf(id), "rose", createdAt.toString(), null) + "\n\n";
  }

  private static String repeat(char c, int count) {
    StringBuilder s = new StringBuilder(count);
    for (int i = 0; i < count; i++) s.append(c);
    return s.toString();
  }

  @Test
  void aLineLongerThanTheLimitIsATypedErrorThenTheFeedReconnects() throws Exception {
    // No newline within 64 KiB: without a cap the reader would buffer until the heap is gone.
    server.enqueue(sse("data: " + repeat('x', 200_000)));
    server.enqueue(sse(event(1, "rose")));

    try (GiftFeed feed =
        client().maxResponseBytes(64 * 1024).build().gifts().events("stream-carol", recorder)) {
      assertThat(recorder.errors.poll(10, TimeUnit.SECONDS)).isEqualTo("malformed_response:true");
      assertThat(recorder.lastError)
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("exceeds 65536 bytes");
      assertThat(recorder.events.poll(10, TimeUnit.SECONDS).id()).isEqualTo("1");
    }
  }

  @Test
  void anEventLargerThanTheLimitIsATypedErrorEvenIfEachLineIsShort() throws Exception {
    StringBuilder huge = new StringBuilder("id: 1\nevent: gift\n");
    for (int i = 0; i < 2_000; i++) huge.append("data: ").append(repeat('y', 100)).append('\n');
    server.enqueue(sse(huge.toString())); // never ends with a blank line
    server.enqueue(sse(event(2, "rose")));

    try (GiftFeed feed =
        client().maxResponseBytes(64 * 1024).build().gifts().events("stream-carol", recorder)) {
      assertThat(recorder.errors.poll(10, TimeUnit.SECONDS)).isEqualTo("malformed_response:true");
      assertThat(recorder.events.poll(10, TimeUnit.SECONDS).id()).isEqualTo("2");
    }
  }

  @Test
  void anEventIdWithNonAsciiCharactersIsSentBackUnchangedOnReconnect() throws Exception {
    String id = "évt-42-☃";
    String data = event(42, "rose").replace("id: 42\n", "id: " + id + "\n");
    server.enqueue(sse(data));
    server.enqueue(sse(event(43, "perfume")));

    try (GiftFeed feed = client().build().gifts().events("stream-carol", recorder)) {
      assertThat(recorder.events.poll(10, TimeUnit.SECONDS).id()).isEqualTo("42");
      assertThat(recorder.events.poll(10, TimeUnit.SECONDS).id()).isEqualTo("43");
      server.takeRequest();
      assertThat(server.takeRequest().getHeaders().get("Last-Event-ID")).isEqualTo(id);
      assertThat(feed.isClosed()).isFalse();
    }
  }

  @Test
  void aServerThatAcceptsAndClosesAtOnceGetsAGrowingBackoff() throws Exception {
    for (int i = 0; i < 6; i++) server.enqueue(sse()); // 200, then the stream ends at once
    server.enqueue(sse(event(1, "rose")));

    try (GiftFeed feed = client().build().gifts().events("stream-carol", recorder)) {
      assertThat(recorder.events.poll(10, TimeUnit.SECONDS).id()).isEqualTo("1");
      assertThat(sleeper.sleeps().subList(0, 6))
          .containsExactly(
              Duration.ofMillis(500), Duration.ofMillis(1000), Duration.ofMillis(2000),
              Duration.ofMillis(4000), Duration.ofMillis(5000), Duration.ofMillis(5000));
    }
  }

  @Test
  void aConnectionThatDeliversAnEventResetsTheBackoff() throws Exception {
    server.enqueue(sse());
    server.enqueue(sse());
    server.enqueue(sse(event(1, "rose")));
    server.enqueue(sse(event(2, "rose")));

    try (GiftFeed feed = client().build().gifts().events("stream-carol", recorder)) {
      assertThat(recorder.events.poll(10, TimeUnit.SECONDS).id()).isEqualTo("1");
      assertThat(recorder.events.poll(10, TimeUnit.SECONDS).id()).isEqualTo("2");
      assertThat(sleeper.sleeps().subList(0, 3))
          .containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000), Duration.ofMillis(500));
    }
  }

  @Test
  void retryAfterOnA429IsHonouredBeforeReconnecting() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .setHeader("Retry-After", "30")
            .setHeader("Content-Type", "application/json")
            .body("{\"error\":{\"code\":\"rate_limited\",\"message\":\"slow down\",\"details\":{}}}")
            .build());
    server.enqueue(sse(event(1, "rose")));

    try (GiftFeed feed = client().build().gifts().events("stream-carol", recorder)) {
      assertThat(recorder.errors.poll(10, TimeUnit.SECONDS)).isEqualTo("rate_limited:true");
      assertThat(recorder.events.poll(10, TimeUnit.SECONDS).id()).isEqualTo("1");
      assertThat(sleeper.sleeps().get(0)).isEqualTo(Duration.ofSeconds(30));
    }
  }

  @Test
  void anOldEventReSentAfterMoreThanTheDedupWindowIsNotDeliveredAgainNorMovesTheResumePoint()
      throws Exception {
    int count = 4_100; // more than the 4,096 ids remembered exactly
    StringBuilder first = new StringBuilder();
    for (int i = 1; i <= count; i++) first.append(timedEvent(i));
    first.append(timedEvent(1)); // a hostile (or confused) server sends the first event again
    server.enqueue(sse(first.toString()));
    server.enqueue(sse(timedEvent(count + 1)));

    try (GiftFeed feed = client().build().gifts().events("stream-carol", recorder)) {
      for (int i = 1; i <= count; i++) {
        assertThat(recorder.events.poll(10, TimeUnit.SECONDS).id()).isEqualTo(String.valueOf(i));
      }
      assertThat(recorder.events.poll(10, TimeUnit.SECONDS).id())
          .isEqualTo(String.valueOf(count + 1));
      server.takeRequest();
      RecordedRequest reconnect = server.takeRequest();
      assertThat(reconnect.getHeaders().get("Last-Event-ID")).isEqualTo(String.valueOf(count));
      assertThat(feed.lastEventId()).isEqualTo(String.valueOf(count + 1));
    }
    assertThat(recorder.events).isEmpty();
  }

  @Test
  void aDuplicateWithinTheWindowDoesNotMoveTheResumePointBack() throws Exception {
    server.enqueue(sse(timedEvent(1), timedEvent(2), timedEvent(3), timedEvent(2)));
    server.enqueue(sse(timedEvent(4)));

    try (GiftFeed feed = client().build().gifts().events("stream-carol", recorder)) {
      for (int i = 1; i <= 4; i++) {
        assertThat(recorder.events.poll(10, TimeUnit.SECONDS).id()).isEqualTo(String.valueOf(i));
      }
      server.takeRequest();
      assertThat(server.takeRequest().getHeaders().get("Last-Event-ID")).isEqualTo("3");
    }
  }

  @Test
  void aFeedStartedFromASavedEventIdResumesAfterIt() throws Exception {
    server.enqueue(sse(event(42, "rose")));

    try (GiftFeed feed =
        client().build().gifts().events("stream-carol", "41", recorder)) {
      assertThat(feed.lastEventId()).isEqualTo("41");
      assertThat(recorder.events.poll(10, TimeUnit.SECONDS).id()).isEqualTo("42");
      assertThat(server.takeRequest().getHeaders().get("Last-Event-ID")).isEqualTo("41");
    }
  }

  @Test
  void anInternalServerErrorStopsTheFeedAsItFailsACallWithoutRetry() throws Exception {
    server.enqueue(error(500, "internal", "{}"));

    GiftFeed feed = client().build().gifts().events("stream-carol", recorder);

    assertThat(recorder.errors.poll(10, TimeUnit.SECONDS)).isEqualTo("internal:false");
    assertThat(recorder.lastError).isInstanceOf(ServerException.class);
    assertThat(feed.isClosed()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void closingTheFeedDuringABackoffEndsTheWaitAndFreesTheThread() throws Exception {
    CountDownLatch sleeping = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    Sleeper blocking = duration -> {
      sleeping.countDown();
      try {
        new CountDownLatch(1).await(); // until interrupted
      } catch (InterruptedException e) {
        interrupted.countDown();
        throw e;
      }
    };
    server.enqueue(error(503, "unavailable", "{}"));

    GiftFeed feed = client().sleeper(blocking).build().gifts().events("stream-carol", recorder);
    assertThat(sleeping.await(10, TimeUnit.SECONDS)).isTrue();
    feed.close();

    assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  private static final class Recorder implements GiftEventListener {
    final BlockingQueue<GiftEvent> events = new LinkedBlockingQueue<>();
    final BlockingQueue<String> errors = new LinkedBlockingQueue<>();
    volatile LiveCoinsException lastError;

    @Override
    public void onEvent(GiftEvent event) {
      events.add(event);
    }

    @Override
    public void onError(LiveCoinsException error, boolean willReconnect) {
      lastError = error;
      errors.add(error.code() + ":" + willReconnect);
    }
  }
}
