package io.livecoins.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.livecoins.AuthTokenProvider;
import io.livecoins.errors.Effect;
import io.livecoins.errors.ForbiddenException;
import io.livecoins.errors.InsufficientCoinsException;
import io.livecoins.LiveCoins;
import io.livecoins.errors.PriceChangedException;
import io.livecoins.RetryPolicy;
import io.livecoins.Sleeper;
import io.livecoins.testing.DemoData;
import io.livecoins.testing.Fault;
import io.livecoins.testing.LiveCoinsMockServer;
import io.livecoins.testing.LoggedRequest;
import io.livecoins.transport.EventStream;
import io.livecoins.transport.HttpRequest;
import io.livecoins.transport.OkHttpTransport;
import io.livecoins.transport.Transport;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Gift flows end to end against the stateful mock backend (sdk-testing). */
final class GiftEndToEndTest {
  private final LiveCoinsMockServer server = LiveCoinsMockServer.builder().build().start();
  private final ExecutorService dispatcher = Executors.newCachedThreadPool();

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

  private LiveCoins.Builder client(String token) {
    return LiveCoins.builder()
        .baseUrl(server.url().toString())
        .authTokenProvider(AuthTokenProvider.of(server.userIdOf(token), token))
        .retryPolicy(RetryPolicy.builder().jitter(false).build())
        .sleeper(duration -> {})
        .dispatcher(dispatcher);
  }

  private static Gift gift(GiftApi gifts, String id) {
    for (Gift gift : gifts.catalog().execute()) {
      if (gift.id().equals(id)) return gift;
    }
    throw new AssertionError("no gift " + id);
  }

  @Test
  void aGiftRetriedAfterItsResponseWasLostIsChargedOnce() {
    GiftApi gifts = client(DemoData.BOB_TOKEN).build().gifts();
    Gift perfume = gift(gifts, "perfume");
    server.faults().once("POST /v1/gifts/send", Fault.dropAfterCommit());

    SendGiftResult result = gifts.send(perfume, DemoData.CAROL, "stream-carol", 2).execute();

    assertThat(result.receipt().coins()).isEqualTo(40);
    assertThat(result.wallet().coins()).isEqualTo(960);
    assertThat(server.wallet(DemoData.BOB).coins()).isEqualTo(960);
    List<LoggedRequest> sends = new ArrayList<>();
    for (LoggedRequest r : server.requestLog()) {
      if ("POST /v1/gifts/send".equals(r.route())) sends.add(r);
    }
    assertThat(sends).hasSize(2);
    assertThat(sends.get(1).idempotencyKey()).isEqualTo(sends.get(0).idempotencyKey());
    assertThat(sends.get(1).replayed()).isTrue();
  }

  @Test
  void sendByIdChargesTheCatalogCost() {
    GiftApi gifts = client(DemoData.BOB_TOKEN).build().gifts();

    SendGiftResult result = gifts.send("confetti", DemoData.CAROL, "stream-carol", 3).execute();

    assertThat(result.receipt().coinCost()).isEqualTo(100);
    assertThat(server.wallet(DemoData.BOB).coins()).isEqualTo(700);
  }

  @Test
  void insufficientCoinsSuggestsTheSmallestCoveringPackage() {
    GiftApi gifts = client(DemoData.ALICE_TOKEN).build().gifts(); // alice has 0 coins

    InsufficientCoinsException e =
        catchThrowableOfType(
            InsufficientCoinsException.class,
            () -> gifts.send("confetti", DemoData.CAROL, "stream-carol", 1).execute());

    assertThat(e.shortfall()).isEqualTo(100);
    assertThat(e.suggestedPackage().id()).isEqualTo("coins-350");
    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
  }

  @Test
  void aStaleCoinCostIsRefusedAndTheCatalogRefreshed() {
    GiftApi gifts = client(DemoData.BOB_TOKEN).build().gifts();
    Gift stale = Gift.builder("rose", "Rose", 2).build();

    PriceChangedException e =
        catchThrowableOfType(
            PriceChangedException.class, () -> gifts.send(stale, DemoData.CAROL, "stream-carol", 1).execute());

    assertThat(e.currentCoinCost()).isEqualTo(1L);
    assertThat(gift(gifts, "rose").coinCost()).isEqualTo(1);
    assertThat(server.wallet(DemoData.BOB).coins()).isEqualTo(1000);
  }

  @Test
  void anUnderageSenderIsForbidden() {
    GiftApi gifts = client(DemoData.MINNIE_TOKEN).build().gifts();

    ForbiddenException e =
        catchThrowableOfType(
            ForbiddenException.class, () -> gifts.send("rose", DemoData.CAROL, "stream-carol", 1).execute());

    assertThat(e.reason()).isEqualTo("age_restricted");
  }

  @Test
  void leaderboardRanksGiftersByCoins() {
    GiftApi gifts = client(DemoData.BOB_TOKEN).build().gifts();
    gifts.send("perfume", DemoData.CAROL, "stream-carol", 2).execute();

    List<LeaderboardEntry> top = gifts.leaderboard("stream-carol", 10).execute();

    assertThat(top).containsExactly(new LeaderboardEntry(1, DemoData.BOB, 40));
  }

  @Test
  void combosNeverOverspendUnderConcurrentTaps() throws Exception {
    LiveCoins client = client(DemoData.BOB_TOKEN).sleeper(Sleeper.SYSTEM).comboWindow(Duration.ofMillis(5)).build();
    Gift confetti = gift(client.gifts(), "confetti"); // 100 coins: bob's 1000 cover 10
    client.wallet().balance().execute();
    GiftCombo combo = client.gifts().combo(confetti, DemoData.CAROL, "stream-carol");
    int threads = 8;
    int tapsPerThread = 10;
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> tappers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread thread = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          return;
        }
        for (int i = 0; i < tapsPerThread; i++) combo.tap();
      });
      thread.start();
      tappers.add(thread);
    }
    start.countDown();
    for (Thread thread : tappers) thread.join();
    combo.close();

    GiftComboStats stats = combo.stats();
    assertThat(stats.tapsAccepted() + stats.tapsRefused()).isEqualTo(threads * tapsPerThread);
    assertThat(stats.tapsAccepted()).isBetween(1L, 10L);
    assertThat(stats.quantitySent()).isEqualTo(stats.tapsAccepted());
    assertThat(stats.quantityFailed()).isZero();
    assertThat(stats.coinsSpent()).isEqualTo(100 * stats.tapsAccepted());
    assertThat(server.wallet(DemoData.BOB).coins()).isEqualTo(1000 - stats.coinsSpent());
  }

  @Test
  void theFeedResumesAfterADropWithEachEventOnceInOrder() throws Exception {
    CountDownLatch reconnectGate = new CountDownLatch(1);
    DroppingTransport transport = new DroppingTransport();
    LiveCoins viewer =
        client(DemoData.CAROL_TOKEN)
            .transport(transport)
            .sleeper(duration -> reconnectGate.await(10, TimeUnit.SECONDS))
            .build();
    GiftApi bob = client(DemoData.BOB_TOKEN).build().gifts();
    BlockingQueue<GiftEvent> events = new LinkedBlockingQueue<>();

    try (GiftFeed feed = viewer.gifts().events("stream-carol", events::add)) {
      assertThat(server.awaitActiveEventStreams(1, Duration.ofSeconds(10))).isTrue();
      bob.send("rose", DemoData.CAROL, "stream-carol", 1).execute();
      assertThat(events.poll(10, TimeUnit.SECONDS).quantity()).isEqualTo(1);
      // The transport dropped the stream after that event; the feed waits to reconnect.
      bob.send("rose", DemoData.CAROL, "stream-carol", 2).execute();
      bob.send("rose", DemoData.CAROL, "stream-carol", 3).execute();
      reconnectGate.countDown();
      assertThat(events.poll(10, TimeUnit.SECONDS).quantity()).isEqualTo(2);
      assertThat(events.poll(10, TimeUnit.SECONDS).quantity()).isEqualTo(3);
      bob.send("rose", DemoData.CAROL, "stream-carol", 4).execute();
      GiftEvent last = events.poll(10, TimeUnit.SECONDS);

      assertThat(last.quantity()).isEqualTo(4);
      assertThat(last.senderId()).isEqualTo(DemoData.BOB);
      assertThat(last.coins()).isEqualTo(4);
      assertThat(feed.lastEventId()).isEqualTo(last.id());
      assertThat(transport.lastEventIds).hasSize(2);
      assertThat(transport.lastEventIds.get(0)).isEqualTo("none");
      assertThat(transport.lastEventIds.get(1)).isNotEqualTo("none");
    }
    assertThat(events).isEmpty();
  }

  /** OkHttp, except that the first event stream is cut (as by a network drop) after its first event. */
  private static final class DroppingTransport implements Transport {
    private final OkHttpTransport delegate = OkHttpTransport.create();
    private final AtomicInteger streams = new AtomicInteger();
    final List<String> lastEventIds = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public Exchange newExchange(HttpRequest request) {
      return delegate.newExchange(request);
    }

    @Override
    public EventStream newEventStream(HttpRequest request, EventStream.Listener listener) {
      String last = request.headers().get("Last-Event-ID");
      lastEventIds.add(last == null ? "none" : last);
      boolean cut = streams.incrementAndGet() == 1;
      AtomicBoolean dropped = new AtomicBoolean();
      CompletableFuture<EventStream> stream = new CompletableFuture<>();
      stream.complete(
          delegate.newEventStream(request, new EventStream.Listener() {
            @Override
            public void onOpen() {
              listener.onOpen();
            }

            @Override
            public void onEvent(@Nullable String id, @Nullable String type, String data) {
              if (dropped.get()) return;
              listener.onEvent(id, type, data);
              if (cut && dropped.compareAndSet(false, true)) {
                stream.thenAccept(EventStream::close);
                listener.onFailure(new IOException("connection reset (simulated)"), 0);
              }
            }

            @Override
            public void onClosed() {
              if (!dropped.get()) listener.onClosed();
            }

            @Override
            public void onFailure(@Nullable Throwable error, int httpStatus) {
              if (!dropped.get()) listener.onFailure(error, httpStatus);
            }
          }));
      return stream.join();
    }
  }
}
