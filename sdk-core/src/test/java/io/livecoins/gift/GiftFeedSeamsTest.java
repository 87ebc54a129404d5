package io.livecoins.gift;

import static io.livecoins.gift.GiftFixtures.event;
import static io.livecoins.gift.GiftFixtures.sse;
import static org.assertj.core.api.Assertions.assertThat;

import io.livecoins.LiveCoins;
import io.livecoins.RetryPolicy;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.errors.NetworkException;
import io.livecoins.test.MockServers;
import io.livecoins.test.RecordingSleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The live gift feed at its seams: odd ids, foreign events, silent servers, skewed clocks. */
final class GiftFeedSeamsTest {
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

  /** A gift event of {@code streamId} created at {@code createdAt}, with SSE id line {@code idLine}. */
  private static String frame(String idLine, String id, String streamId, Instant createdAt) {
    String json = GiftFixtures.eventJson(id, "rose", createdAt.toString(), null)
        .replace("\"streamId\":\"stream-carol\"", "\"streamId\":\"" + streamId + "\"");
    return idLine + "event: gift\ndata: " + json + "\n\n";
  }

  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

  private static String timed(long id, Instant createdAt) {
    return frame("id: " + id + "\n", String.valueOf(id), "stream-carol", createdAt);
  }

  @Test
  void anEventOfAnotherStreamIsSkippedAndDoesNotMoveTheResumePoint() throws Exception {
    server.enqueue(sse(
        timed(1, T0),
        frame("id: 2\n", "2", "stream-dave", T0.plusSeconds(2)),
        timed(3, T0.plusSeconds(3))));
    server.enqueue(sse()); // the reconnect: where does it resume?

    try (GiftFeed feed = client().build().gifts().events("stream-carol", recorder)) {
      assertThat(recorder.events.poll(10, TimeUnit.SECONDS).id()).isEqualTo("1");
      assertThat(recorder.events.poll(10, TimeUnit.SECONDS).id()).isEqualTo("3");
      server.takeRequest();
      assertThat(server.takeRequest().getHeaders().get("Last-Event-ID")).isEqualTo("3");
    }
    assertThat(recorder.events).isEmpty();
  }

  @Test
  void aServerThatReplaysFromTheSavedEventInclusiveDoesNotShowThatEventTwice() throws Exception {
    // Event 41 was shown before the app restarted; this server replays from it, not after it.
    server.enqueue(sse(timed(41, T0.plusSeconds(41)), timed(42, T0.plusSeconds(42))));

    try (GiftFeed feed = client().build().gifts().events("stream-carol", "41", recorder)) {
      assertThat(recorder.events.poll(10, TimeUnit.SECONDS).id()).isEqualTo("42");
      assertThat(feed.lastEventId()).isEqualTo("42");
    }
    assertThat(recorder.events).isEmpty();
  }

  @Test
  void anEmptyIdFieldLeavesAResumePointTheAppCanSaveAndPassBack() throws Exception {
    // "id:" with no value resets the SSE last event id: the feed falls back to the event's own id.
    server.enqueue(sse(timed(1, T0), frame("id:\n", "2", "stream-carol", T0.plusSeconds(2))));
    server.enqueue(sse());

    LiveCoins client = client().build();
    String saved;
    try (GiftFeed feed = client.gifts().events("stream-carol", recorder)) {
      assertThat(recorder.events.poll(10, TimeUnit.SECONDS).id()).isEqualTo("1");
      assertThat(recorder.events.poll(10, TimeUnit.SECONDS).id()).isEqualTo("2");
      server.takeRequest();
      assertThat(server.takeRequest().getHeaders().get("Last-Event-ID")).isEqualTo("2");
      saved = feed.lastEventId();
    }
    assertThat(saved).isEqualTo("2");
    client.gifts().events("stream-carol", saved, recorder).close(); // accepted, as documented
  }

  @Test
  void anEventIdThatCannotBeAHeaderNeverBecomesTheResumePoint() throws Exception {
    // No SSE id: the resume point is the JSON id, which a hostile server made a header injection.
    // An id with a control character makes the event malformed: skipped, never the resume point.
    String hostile = frame("", "2\\r\\nX-Injected: 1", "stream-carol", T0.plusSeconds(2)); // JSON escapes
    server.enqueue(sse(frame("", "1", "stream-carol", T0), hostile, frame("", "3", "stream-carol", T0.plusSeconds(3))));
    server.enqueue(sse());

    LiveCoins client = client().build();
    try (GiftFeed feed = client.gifts().events("stream-carol", recorder)) {
      assertThat(recorder.events.poll(10, TimeUnit.SECONDS).id()).isEqualTo("1");
      assertThat(recorder.events.poll(10, TimeUnit.SECONDS).id()).isEqualTo("3");
      server.takeRequest();
      var reconnect = server.takeRequest();
      assertThat(reconnect.getHeaders().get("Last-Event-ID")).isEqualTo("3");
      assertThat(reconnect.getHeaders().get("X-Injected")).isNull();
      assertThat(feed.lastEventId()).isEqualTo("3");
      client.gifts().events("stream-carol", feed.lastEventId(), recorder).close();
    }
  }

  @Test
  void aStreamEndedInTheMiddleOfAnEventResumesAfterTheLastCompleteOne() throws Exception {
    String whole = timed(2, T0.plusSeconds(2));
    String cut = whole.substring(0, whole.length() - 1); // no blank line: never dispatched
    server.enqueue(sse(timed(1, T0), cut));
    server.enqueue(sse("id: 9\nretry: 10\n\n", ": ping\n\n", timed(2, T0.plusSeconds(2))));
    server.enqueue(sse());

    try (GiftFeed feed = client().build().gifts().events("stream-carol", recorder)) {
      assertThat(recorder.events.poll(10, TimeUnit.SECONDS).id()).isEqualTo("1");
      assertThat(recorder.events.poll(10, TimeUnit.SECONDS).id()).isEqualTo("2");
      server.takeRequest();
      assertThat(server.takeRequest().getHeaders().get("Last-Event-ID")).isEqualTo("1");
      assertThat(server.takeRequest().getHeaders().get("Last-Event-ID")).isEqualTo("2");
    }
    assertThat(recorder.errors).allMatch(e -> e.equals("network:true"));
  }

  @Test
  void aServerThatNeverAnswersTheRequestIsGivenUpAfterTheCallTimeoutAndReconnected() throws Exception {
    server.enqueue(new MockResponse.Builder().onRequestStart(SocketEffect.Stall.INSTANCE).build());
    server.enqueue(sse(timed(1, T0)));

    LiveCoins client = client()
        .retryPolicy(RetryPolicy.builder().jitter(false).callTimeout(Duration.ofMillis(300)).build())
        .build();
    try (GiftFeed feed = client.gifts().events("stream-carol", recorder)) {
      assertThat(recorder.errors.poll(10, TimeUnit.SECONDS)).isEqualTo("network:true");
      assertThat(recorder.lastError).isInstanceOf(NetworkException.class).hasMessageContaining("no answer");
      assertThat(recorder.events.poll(10, TimeUnit.SECONDS).id()).isEqualTo("1");
      assertThat(feed.isClosed()).isFalse();
    }
  }

  @Test
  void closingAFeedWhoseServerHasNotAnsweredYetFreesItsThreadAtOnceWithoutAnError() throws Exception {
    server.enqueue(new MockResponse.Builder().onRequestStart(SocketEffect.Stall.INSTANCE).build());
    ExecutorService single = Executors.newSingleThreadExecutor();
    try {
      GiftFeed feed = GiftFixtures.client(server, single).sleeper(sleeper).callbackExecutor(callbacks)
          .build().gifts().events("stream-carol", recorder);
      server.takeRequest(); // connecting: the dispatcher's only thread awaits the answer (60 s at most)

      feed.close();

      java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
      single.execute(ran::countDown);
      assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(recorder.errors).isEmpty();
      assertThat(server.getRequestCount()).isEqualTo(1);
    } finally {
      single.shutdownNow();
    }
  }

  @Test
  void eventsStampedByAClockFarAheadDoNotHideTheEventsAfterThemOnceForgotten() throws Exception {
    int count = 4_100; // more than the 4,096 ids remembered exactly
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      // events 2 and 3 come from a backend node whose clock is an hour ahead
      Instant createdAt = i == 2 || i == 3 ? T0.plusSeconds(3600) : T0.plusMillis(i);
      body.append(timed(i, createdAt));
    }
    body.append(timed(1, T0.plusMillis(1))); // an old event sent again is still dropped
    server.enqueue(sse(body.toString()));

    try (GiftFeed feed = client().build().gifts().events("stream-carol", recorder)) {
      for (int i = 1; i <= count; i++) {
        assertThat(recorder.events.poll(10, TimeUnit.SECONDS).id()).isEqualTo(String.valueOf(i));
      }
    }
    assertThat(recorder.events).isEmpty();
  }

  @Test
  void theSavedResumePointCoversOnlyEventsTheListenerGotSoThoseDroppedByCloseAreReplayed()
      throws Exception {
    GiftFixtures.ManualExecutor ui = new GiftFixtures.ManualExecutor(); // a busy main thread
    server.enqueue(sse(timed(1, T0), timed(2, T0.plusSeconds(2)), timed(3, T0.plusSeconds(3))));
    server.enqueue(sse()); // the reconnect after the stream ended: all three were received

    LiveCoins client = client().callbackExecutor(ui).build();
    GiftFeed feed = client.gifts().events("stream-carol", recorder);
    server.takeRequest();
    assertThat(server.takeRequest().getHeaders().get("Last-Event-ID")).isEqualTo("3");
    String saved = feed.lastEventId(); // onStop, before the main thread ran the queued events
    feed.close();
    ui.runAll();

    assertThat(recorder.events).isEmpty(); // close() dropped them: none was shown
    assertThat(saved).isNull(); // so a feed resumed from the saved point gets them again
  }

  @Test
  void theResumePointMovesAsTheListenerGetsEachEvent() throws Exception {
    GiftFixtures.ManualExecutor ui = new GiftFixtures.ManualExecutor();
    server.enqueue(sse(timed(1, T0), timed(2, T0.plusSeconds(2))));
    server.enqueue(sse());
    java.util.List<String> seenInListener = new java.util.concurrent.CopyOnWriteArrayList<>();
    GiftFeed[] feed = new GiftFeed[1];
    GiftEventListener listener = event -> seenInListener.add(event.id() + "@" + feed[0].lastEventId());

    feed[0] = client().callbackExecutor(ui).build().gifts().events("stream-carol", listener);
    server.takeRequest();
    server.takeRequest();
    ui.runAll();

    assertThat(seenInListener).containsExactly("1@1", "2@2");
    assertThat(feed[0].lastEventId()).isEqualTo("2");
    feed[0].close();
  }

  @Test
  void aTokenThatExpiresDuringALongLivedFeedIsRefreshedOnEveryReconnectThatNeedsIt() throws Exception {
    java.util.List<String> refreshed = new java.util.concurrent.CopyOnWriteArrayList<>();
    io.livecoins.AuthTokenProvider auth = new io.livecoins.AuthTokenProvider() {
      private volatile String current = "token-1";

      @Override
      public String userId() {
        return "bob";
      }

      @Override
      public String token() {
        return current;
      }

      @Override
      public String refresh(String rejected) {
        refreshed.add(rejected);
        current = "token-" + (refreshed.size() + 1);
        return current;
      }
    };
    server.enqueue(sse(timed(1, T0))); // then the stream ends, and the token expires meanwhile
    server.enqueue(MockServers.error(401, "unauthenticated", "{}"));
    server.enqueue(sse(timed(2, T0.plusSeconds(2)))); // much later, the next token expires too
    server.enqueue(MockServers.error(401, "unauthenticated", "{}"));
    server.enqueue(sse(timed(3, T0.plusSeconds(3))));

    try (GiftFeed feed = client().authTokenProvider(auth).build().gifts().events("stream-carol", recorder)) {
      for (int i = 1; i <= 3; i++) {
        assertThat(recorder.events.poll(10, TimeUnit.SECONDS).id()).isEqualTo(String.valueOf(i));
      }
      assertThat(refreshed).containsExactly("token-1", "token-2");
      java.util.List<String> sent = new java.util.ArrayList<>();
      for (int i = 0; i < 5; i++) sent.add(server.takeRequest().getHeaders().get("Authorization"));
      assertThat(sent).containsExactly(
          "Bearer token-1", "Bearer token-1", "Bearer token-2", "Bearer token-2", "Bearer token-3");
      assertThat(feed.isClosed()).isFalse();
    }
    assertThat(recorder.errors).allMatch(e -> e.equals("network:true"));
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
