package io.livecoins.gift;

import static io.livecoins.gift.GiftFixtures.event;
import static io.livecoins.gift.GiftFixtures.sse;
import static io.livecoins.test.MockServers.error;
import static org.assertj.core.api.Assertions.assertThat;

import io.livecoins.AuthTokenProvider;
import io.livecoins.LiveCoins;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.errors.NotFoundException;
import io.livecoins.test.MockServers;
import io.livecoins.test.RecordingSleeper;
import io.livecoins.transport.EventStream;
import io.livecoins.transport.HttpRequest;
import io.livecoins.transport.OkHttpTransport;
import io.livecoins.transport.Transport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class GiftFeedTest {
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

  private LiveCoins client() {
    return GiftFixtures.client(server, dispatcher).sleeper(sleeper).callbackExecutor(callbacks).build();
  }

  @Test
  void reconnectsWithLastEventIdAndDeliversEachEventOnceInOrderOnTheCallbackExecutor()
      throws Exception {
    server.enqueue(sse(event(1, "rose"), event(2, "rose")));
    server.enqueue(sse(event(2, "rose"), event(3, "perfume"))); // 2 replayed: an overlap
    server.enqueue(error(503, "unavailable", "{}"));
    server.enqueue(sse(event(4, "lion")));

    try (GiftFeed feed = client().gifts().events("stream-carol", recorder)) {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 4; i++) ids.add(recorder.events.poll(10, TimeUnit.SECONDS).id());

      assertThat(ids).containsExactly("1", "2", "3", "4");
      assertThat(recorder.threads).containsOnly("test-callbacks");
      RecordedRequest first = server.takeRequest();
      assertThat(first.getTarget()).isEqualTo("/v1/streams/stream-carol/events");
      assertThat(first.getHeaders().get("Accept")).isEqualTo("text/event-stream");
      assertThat(first.getHeaders().get("Authorization")).isEqualTo("Bearer demo-token-bob");
      assertThat(first.getHeaders().get("Last-Event-ID")).isNull();
      assertThat(server.takeRequest().getHeaders().get("Last-Event-ID")).isEqualTo("2");
      assertThat(server.takeRequest().getHeaders().get("Last-Event-ID")).isEqualTo("3");
      assertThat(server.takeRequest().getHeaders().get("Last-Event-ID")).isEqualTo("3");
      assertThat(feed.lastEventId()).isEqualTo("4");
    }
    assertThat(recorder.events).isEmpty(); // nothing twice
  }

  @Test
  void backoffDoublesFromHalfASecondToFiveSecondsWhileTheServerFails() throws Exception {
    for (int i = 0; i < 5; i++) server.enqueue(error(503, "unavailable", "{}"));
    server.enqueue(sse(event(1, "rose")));

    try (GiftFeed feed = client().gifts().events("stream-carol", recorder)) {
      assertThat(recorder.events.poll(10, TimeUnit.SECONDS).id()).isEqualTo("1");
      assertThat(sleeper.sleeps().subList(0, 5))
          .containsExactly(
              Duration.ofMillis(500), Duration.ofMillis(1000), Duration.ofMillis(2000),
              Duration.ofMillis(4000), Duration.ofMillis(5000));
      assertThat(recorder.errors.poll(10, TimeUnit.SECONDS)).startsWith("unavailable:true");
    }
  }

  @Test
  void aMalformedEventIsSkippedAndTheFeedGoesOn() throws Exception {
    server.enqueue(
        sse(event(1, "rose"), "id: 2\nevent: gift\ndata: {not json\n\n",
            "id: 3\nevent: gift\ndata: {\"id\":\"3\",\"giftId\":\"rose\"}\n\n", // fields missing
            "id: 4\nevent: heartbeat\ndata: {}\n\n", // another type: not a gift
            event(5, "perfume")));

    try (GiftFeed feed = client().gifts().events("stream-carol", recorder)) {
      assertThat(recorder.events.poll(10, TimeUnit.SECONDS).id()).isEqualTo("1");
      assertThat(recorder.events.poll(10, TimeUnit.SECONDS).id()).isEqualTo("5");
      server.takeRequest();
      // Skipped events are not asked for again.
      assertThat(server.takeRequest().getHeaders().get("Last-Event-ID")).isEqualTo("5");
    }
  }

  @Test
  void anUnknownStreamStopsTheFeedWithoutReconnecting() throws Exception {
    server.enqueue(error(404, "not_found", "{\"resource\":\"stream\"}"));

    GiftFeed feed = client().gifts().events("nope", recorder);

    assertThat(recorder.errors.poll(10, TimeUnit.SECONDS)).isEqualTo("not_found:false");
    assertThat(recorder.lastError).isInstanceOf(NotFoundException.class);
    assertThat(feed.isClosed()).isTrue();
    assertThat(sleeper.sleeps()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
    feed.close();
  }

  @Test
  void aRejectedTokenIsRefreshedOnceThenTheFeedReconnects() throws Exception {
    AtomicInteger refreshes = new AtomicInteger();
    AuthTokenProvider auth = new AuthTokenProvider() {
      @Override
      public String userId() {
        return "bob";
      }

      @Override
      public String token() {
        return refreshes.get() == 0 ? "old-token" : "new-token";
      }

      @Override
      public String refresh(String rejected) {
        assertThat(rejected).isEqualTo("old-token");
        refreshes.incrementAndGet();
        return "new-token";
      }
    };
    server.enqueue(error(401, "unauthenticated", "{}"));
    server.enqueue(sse(event(1, "rose")));

    try (GiftFeed feed = client().newBuilder().authTokenProvider(auth).build().gifts()
        .events("stream-carol", recorder)) {
      assertThat(recorder.events.poll(10, TimeUnit.SECONDS).id()).isEqualTo("1");
      assertThat(refreshes.get()).isEqualTo(1);
      server.takeRequest();
      assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer new-token");
    }
  }

  @Test
  void closingStopsDeliveryOfEventsAlreadyReceived() throws Exception {
    GiftFixtures.ManualExecutor manual = new GiftFixtures.ManualExecutor();
    LiveCoins client = client().newBuilder().callbackExecutor(manual).build();
    server.enqueue(sse(event(1, "rose"), event(2, "rose")));

    GiftFeed feed = client.gifts().events("stream-carol", recorder);
    server.takeRequest();
    // The reconnect after the stream ended proves both events were received and queued.
    assertThat(server.takeRequest().getHeaders().get("Last-Event-ID")).isEqualTo("2");
    feed.close();
    manual.runAll();

    assertThat(recorder.events).isEmpty();
    assertThat(feed.isClosed()).isTrue();
  }

  @Test
  void aListenerThatClosesTheFeedGetsNoFurtherEvents() throws Exception {
    GiftFixtures.ManualExecutor manual = new GiftFixtures.ManualExecutor();
    LiveCoins client = client().newBuilder().callbackExecutor(manual).build();
    server.enqueue(sse(event(1, "rose"), event(2, "rose")));
    List<String> seen = new CopyOnWriteArrayList<>();
    GiftFeed[] feed = new GiftFeed[1];
    feed[0] = client.gifts().events("stream-carol", event -> {
      seen.add(event.id());
      feed[0].close();
    });
    server.takeRequest();
    server.takeRequest();

    manual.runAll();

    assertThat(seen).containsExactly("1");
  }

  @Test
  void aTransportThatCannotStreamStopsTheFeed() throws Exception {
    Transport plain = request -> {
      throw new AssertionError("no exchange expected");
    };
    LiveCoins client = client().newBuilder().transport(plain).build();

    GiftFeed feed = client.gifts().events("stream-carol", recorder);

    assertThat(recorder.errors.poll(10, TimeUnit.SECONDS)).isEqualTo("unsupported:false");
    assertThat(feed.isClosed()).isTrue();
  }

  @Test
  void aTransportThatReportsOnlyAStatusIsClassifiedLikeAnyAnswer() throws Exception {
    server.enqueue(sse(event(1, "rose")));
    OkHttpTransport real = OkHttpTransport.create();
    AtomicInteger opened = new AtomicInteger();
    Transport statusOnly = new Transport() {
      @Override
      public Exchange newExchange(HttpRequest request) {
        return real.newExchange(request);
      }

      @Override
      public EventStream newEventStream(HttpRequest request, EventStream.Listener listener) {
        if (opened.incrementAndGet() == 1) {
          listener.onFailure(null, 503); // the old two-argument form, no headers or body
          return () -> {};
        }
        return real.newEventStream(request, listener);
      }
    };

    try (GiftFeed feed =
        client().newBuilder().transport(statusOnly).build().gifts().events("stream-carol", recorder)) {
      assertThat(recorder.errors.poll(10, TimeUnit.SECONDS)).isEqualTo("unavailable:true");
      assertThat(recorder.events.poll(10, TimeUnit.SECONDS).id()).isEqualTo("1");
    } finally {
      real.close();
    }
  }

  @Test
  void theTokenIsNeverReadOnTheCallersThread() throws Exception {
    List<String> threads = new CopyOnWriteArrayList<>();
    AuthTokenProvider auth = new AuthTokenProvider() {
      @Override
      public String userId() {
        return "bob";
      }

      @Override
      public String token() {
        threads.add(Thread.currentThread().getName());
        return "demo-token-bob";
      }
    };
    server.enqueue(sse(event(1, "rose")));

    try (GiftFeed feed = client().newBuilder().authTokenProvider(auth).build().gifts()
        .events("stream-carol", recorder)) {
      assertThat(recorder.events.poll(10, TimeUnit.SECONDS).id()).isEqualTo("1");
    }

    assertThat(threads).isNotEmpty().doesNotContain(Thread.currentThread().getName());
  }

  private static final class Recorder implements GiftEventListener {
    final BlockingQueue<GiftEvent> events = new LinkedBlockingQueue<>();
    final BlockingQueue<String> errors = new LinkedBlockingQueue<>();
    final List<String> threads = new CopyOnWriteArrayList<>();
    volatile LiveCoinsException lastError;

    @Override
    public void onEvent(GiftEvent event) {
      threads.add(Thread.currentThread().getName());
      events.add(event);
    }

    @Override
    public void onError(LiveCoinsException error, boolean willReconnect) {
      threads.add(Thread.currentThread().getName());
      lastError = error;
      errors.add(error.code() + ":" + willReconnect);
    }
  }
}
