package io.livecoins.gift;

import static io.livecoins.gift.GiftFixtures.PACKAGES_JSON;
import static io.livecoins.gift.GiftFixtures.ROSE;
import static io.livecoins.gift.GiftFixtures.sendJson;
import static io.livecoins.gift.GiftFixtures.walletJson;
import static io.livecoins.test.MockServers.error;
import static io.livecoins.test.MockServers.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.livecoins.errors.InsufficientCoinsException;
import io.livecoins.LiveCoins;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.test.MockServers;
import io.livecoins.test.RecordingSleeper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class GiftComboTest {
  private static final Gift HEART = Gift.builder("heart", "Heart", 3).build();

  private final MockWebServer server = MockServers.startLoopback();
  private final ExecutorService dispatcher = Executors.newCachedThreadPool();
  private final ExecutorService callbacks =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "test-callbacks"));
  private final GiftFixtures.GateSleeper gate = new GiftFixtures.GateSleeper();
  private final Recorder recorder = new Recorder();

  @AfterEach
  void tearDown() {
    gate.open();
    server.close();
    dispatcher.shutdownNow();
    callbacks.shutdownNow();
  }

  private LiveCoins client(io.livecoins.Sleeper sleeper) {
    return GiftFixtures.client(server, dispatcher).sleeper(sleeper).callbackExecutor(callbacks).build();
  }

  /** Caches a wallet of {@code coins} in the client (a balance read). */
  private void cacheWallet(LiveCoins client, long coins) throws Exception {
    server.enqueue(json(200, walletJson(coins, 1)));
    client.wallet().balance().execute();
    server.takeRequest();
  }

  @Test
  void concurrentTapsNeverOverspendAndRefusedTapsAreRefusedLocally() throws Exception {
    LiveCoins client = client(gate);
    cacheWallet(client, 10); // covers 3 hearts of 3 coins
    GiftCombo combo = client.gifts().combo(HEART, "carol", "stream-carol", recorder);
    int threads = 8;
    int tapsPerThread = 25;
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger accepted = new AtomicInteger();
    List<Thread> tappers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread thread = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          return;
        }
        for (int i = 0; i < tapsPerThread; i++) {
          if (combo.tap()) accepted.incrementAndGet();
        }
      });
      thread.start();
      tappers.add(thread);
    }
    start.countDown();
    for (Thread thread : tappers) thread.join();

    GiftComboStats beforeSend = combo.stats();
    assertThat(accepted.get()).isEqualTo(3);
    assertThat(beforeSend.tapsAccepted()).isEqualTo(3);
    assertThat(beforeSend.tapsRefused()).isEqualTo(threads * tapsPerThread - 3);
    assertThat(beforeSend.requestsSent()).isZero(); // refusals were local
    assertThat(server.getRequestCount()).isEqualTo(1);

    server.enqueue(json(200, sendJson("gft_1", "heart", 3, 3, 1, 2)));
    gate.open();
    combo.close();

    assertThat(server.takeRequest().getBody().utf8()).contains("\"quantity\":3");
    GiftComboStats stats = combo.stats();
    assertThat(stats.quantitySent()).isEqualTo(stats.tapsAccepted()).isEqualTo(3);
    assertThat(stats.coinsSpent()).isEqualTo(9);
    assertThat(stats.requestsSent()).isEqualTo(1);
    assertThat(stats.quantityPending()).isZero();
    assertThat(recorder.finished.get(10, TimeUnit.SECONDS)).isEqualTo(stats);
  }

  @Test
  void aTapTheBalanceCannotCoverIsRefusedAtOnce() throws Exception {
    LiveCoins client = client(gate);
    cacheWallet(client, 2);
    GiftCombo combo = client.gifts().combo(HEART, "carol", "stream-carol");

    assertThat(combo.tap()).isFalse();
    combo.close();

    assertThat(combo.stats()).isEqualTo(GiftComboStats.builder().tapsRefused(1).build());
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void tapsWithinTheWindowBecomeOneRequestWithTheSummedQuantity() throws Exception {
    LiveCoins client = client(gate);
    cacheWallet(client, 1000);
    GiftCombo combo = client.gifts().combo(ROSE, "carol", "stream-carol", recorder);
    server.enqueue(json(200, sendJson("gft_1", "rose", 5, 1, 995, 2)));

    for (int i = 0; i < 5; i++) assertThat(combo.tap()).isTrue();
    gate.open(); // the window ends
    SendGiftResult result = recorder.sent.poll(10, TimeUnit.SECONDS);

    assertThat(result.receipt().quantity()).isEqualTo(5);
    RecordedRequest request = server.takeRequest();
    assertThat(request.getTarget()).isEqualTo("/v1/gifts/send");
    assertThat(request.getBody().utf8()).contains("\"quantity\":5").contains("\"expectedCoinCost\":1");
    assertThat(recorder.threads).containsOnly("test-callbacks");
    combo.close();
    assertThat(combo.stats().requestsSent()).isEqualTo(1);
  }

  @Test
  void closeFlushesPendingTapsWithoutWaitingForTheWindow() throws Exception {
    LiveCoins client = client(gate); // the gate stays shut: only close() can send
    cacheWallet(client, 1000);
    GiftCombo combo = client.gifts().combo(ROSE, "carol", "stream-carol", recorder);
    server.enqueue(json(200, sendJson("gft_1", "rose", 2, 1, 998, 2)));
    combo.tap();
    combo.tap();

    combo.close();

    assertThat(server.takeRequest().getBody().utf8()).contains("\"quantity\":2");
    assertThat(combo.isClosed()).isTrue();
    assertThat(combo.tap()).isFalse();
    GiftComboStats stats = recorder.finished.get(10, TimeUnit.SECONDS);
    assertThat(stats.quantitySent()).isEqualTo(2);
    assertThat(stats.tapsRefused()).isZero(); // the tap after close came later
    assertThat(combo.stats().tapsRefused()).isEqualTo(1);
  }

  @Test
  void eachBatchIsOneIdempotentRequestRetriedWithItsOwnKey() throws Exception {
    LiveCoins client = client(new RecordingSleeper()); // no window: every tap flushes
    cacheWallet(client, 1000);
    GiftCombo combo = client.gifts().combo(ROSE, "carol", "stream-carol", recorder);
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(json(200, sendJson("gft_1", "rose", 1, 1, 999, 2)));
    server.enqueue(json(200, sendJson("gft_2", "rose", 1, 1, 998, 3)));

    combo.tap();
    assertThat(recorder.sent.poll(10, TimeUnit.SECONDS)).isNotNull();
    combo.tap();
    combo.close();

    String first = server.takeRequest().getHeaders().get("Idempotency-Key");
    String retry = server.takeRequest().getHeaders().get("Idempotency-Key");
    String second = server.takeRequest().getHeaders().get("Idempotency-Key");
    assertThat(retry).isEqualTo(first);
    assertThat(second).isNotEqualTo(first);
    assertThat(combo.stats().requestsSent()).isEqualTo(2);
    assertThat(combo.stats().quantitySent()).isEqualTo(2);
  }

  @Test
  void tapsDuringABatchInFlightFormTheNextBatch() throws Exception {
    LiveCoins client = client(new RecordingSleeper());
    cacheWallet(client, 1000);
    CountDownLatch firstArrived = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    List<String> bodies = new CopyOnWriteArrayList<>();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        bodies.add(request.getBody().utf8());
        if (bodies.size() == 1) {
          firstArrived.countDown();
          releaseFirst.await(10, TimeUnit.SECONDS);
          return json(200, sendJson("gft_1", "rose", 1, 1, 999, 2));
        }
        return json(200, sendJson("gft_2", "rose", 4, 1, 995, 3));
      }
    });
    GiftCombo combo = client.gifts().combo(ROSE, "carol", "stream-carol", recorder);

    combo.tap();
    assertThat(firstArrived.await(10, TimeUnit.SECONDS)).isTrue();
    for (int i = 0; i < 4; i++) combo.tap();
    assertThat(combo.stats().requestsSent()).isEqualTo(1); // one request in flight at most
    releaseFirst.countDown();
    combo.close();

    assertThat(bodies).hasSize(2);
    assertThat(bodies.get(0)).contains("\"quantity\":1");
    assertThat(bodies.get(1)).contains("\"quantity\":4");
    assertThat(combo.stats().quantitySent()).isEqualTo(5);
  }

  @Test
  void aFailedBatchEndsTheComboAndCarriesTheSuggestedPackage() throws Exception {
    LiveCoins client = client(gate);
    cacheWallet(client, 1000); // stale: the server knows better
    GiftCombo combo = client.gifts().combo(ROSE, "carol", "stream-carol", recorder);
    server.enqueue(error(402, "insufficient_coins", "{\"balance\":1,\"required\":2,\"shortfall\":1}"));
    server.enqueue(json(200, PACKAGES_JSON));
    combo.tap();
    combo.tap();

    combo.close();

    Failure failure = recorder.failed.poll(10, TimeUnit.SECONDS);
    assertThat(failure.quantity).isEqualTo(2);
    assertThat(failure.error).isInstanceOf(InsufficientCoinsException.class);
    assertThat(((InsufficientCoinsException) failure.error).suggestedPackage().id()).isEqualTo("coins-70");
    assertThat(combo.tap()).isFalse();
    GiftComboStats stats = recorder.finished.get(10, TimeUnit.SECONDS);
    assertThat(stats.quantityFailed()).isEqualTo(2);
    assertThat(stats.quantitySent()).isZero();
    assertThat(stats.coinsSpent()).isZero();
  }

  @Test
  void closeReturnsAndReportsEveryAcceptedTapWhenTheExecutorsAreShutDown() throws Exception {
    LiveCoins client = client(gate);
    cacheWallet(client, 1000);
    GiftCombo combo = client.gifts().combo(ROSE, "carol", "stream-carol", recorder);
    assertThat(combo.tap()).isTrue(); // arms the window timer: it waits on the gate
    assertThat(combo.tap()).isTrue();
    dispatcher.shutdown(); // the host's executor goes away while the timer waits
    callbacks.shutdown();
    assertThat(combo.tap()).isTrue(); // joins the armed batch

    combo.close(); // returns: the batch can't be handed over, so it fails at once

    Failure failure = recorder.failed.poll(10, TimeUnit.SECONDS);
    assertThat(failure.quantity).isEqualTo(3);
    assertThat(failure.error.code()).isEqualTo("dispatcher_rejected");
    assertThat(failure.error.effect()).isEqualTo(io.livecoins.errors.Effect.NOT_APPLIED);
    GiftComboStats stats = recorder.finished.get(10, TimeUnit.SECONDS);
    assertThat(stats.tapsAccepted()).isEqualTo(3);
    assertThat(stats.quantityFailed()).isEqualTo(3);
    assertThat(stats.quantityUnknown()).isZero();
    assertThat(stats.quantityPending()).isZero();
    assertThat(combo.tap()).isFalse();
    gate.open(); // the timer wakes and finds nothing to send
    assertThat(server.getRequestCount()).isEqualTo(1); // only the balance read
    assertThat(combo.retryFailedBatch()).isNotNull();
  }

  @Test
  void aTapTheExecutorCannotScheduleIsRefusedNotAcceptedAndLost() throws Exception {
    LiveCoins client = client(gate);
    cacheWallet(client, 1000);
    GiftCombo combo = client.gifts().combo(ROSE, "carol", "stream-carol", recorder);
    dispatcher.shutdownNow();

    assertThat(combo.tap()).isFalse();
    combo.close();

    GiftComboStats stats = recorder.finished.get(10, TimeUnit.SECONDS);
    assertThat(stats).isEqualTo(GiftComboStats.builder().tapsRefused(1).build());
    assertThat(recorder.failed).isEmpty();
    assertThat(combo.isClosed()).isTrue();
    assertThat(combo.retryFailedBatch()).isNull();
  }

  @Test
  void closeGivesUpOnABatchTheExecutorSilentlyDroppedAndReportsIt() throws Exception {
    ExecutorService dropping = new java.util.concurrent.AbstractExecutorService() {
      @Override public void execute(Runnable command) {} // accepts, never runs
      @Override public void shutdown() {}
      @Override public List<Runnable> shutdownNow() {
        return new ArrayList<>();
      }
      @Override public boolean isShutdown() {
        return false;
      }
      @Override public boolean isTerminated() {
        return false;
      }
      @Override public boolean awaitTermination(long timeout, TimeUnit unit) {
        return false;
      }
    };
    LiveCoins client =
        GiftFixtures.client(server, dropping)
            .retryPolicy(io.livecoins.RetryPolicy.builder().jitter(false)
                // close() waits this bound for the dropped batch; long enough that the balance
                // read below (the JVM's first OkHttp call when run alone) never hits it under load.
                .callTimeout(java.time.Duration.ofMillis(1500)).build())
            .sleeper(gate)
            .callbackExecutor(callbacks)
            .build();
    server.enqueue(json(200, walletJson(1000, 1)));
    client.wallet().balance().execute(); // blocking: runs on this thread
    GiftCombo combo = client.gifts().combo(ROSE, "carol", "stream-carol", recorder);
    assertThat(combo.tap()).isTrue(); // its timer task is dropped
    assertThat(combo.tap()).isTrue();

    combo.close(); // the batch task is dropped too: close waits its bound, then reports

    Failure failure = recorder.failed.poll(10, TimeUnit.SECONDS);
    assertThat(failure.quantity).isEqualTo(2);
    assertThat(failure.error.code()).isEqualTo("dispatcher_rejected");
    assertThat(failure.error.effect()).isEqualTo(io.livecoins.errors.Effect.NOT_APPLIED);
    GiftComboStats stats = recorder.finished.get(10, TimeUnit.SECONDS);
    assertThat(stats.quantityFailed()).isEqualTo(2);
    assertThat(stats.quantityPending()).isZero();
    assertThat(server.getRequestCount()).isEqualTo(1); // only the balance read
  }

  @Test
  void aComboWithoutAFailedBatchHasNothingToRetry() throws Exception {
    LiveCoins client = client(new RecordingSleeper());
    cacheWallet(client, 1000);
    GiftCombo combo = client.gifts().combo(ROSE, "carol", "stream-carol", recorder);
    server.enqueue(json(200, sendJson("gft_1", "rose", 1, 1, 999, 2)));
    combo.tap();
    combo.close();

    assertThat(combo.stats().quantitySent()).isEqualTo(1);
    assertThat(combo.retryFailedBatch()).isNull();
  }

  @Test
  void withoutACachedWalletTheComboFetchesTheBalanceFirst() throws Exception {
    LiveCoins client = client(gate);
    CountDownLatch cached = new CountDownLatch(1);
    client.wallet().addListener(wallet -> cached.countDown());
    server.enqueue(json(200, walletJson(0, 1)));

    GiftCombo combo = client.gifts().combo(ROSE, "carol", "stream-carol");

    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/wallet");
    assertThat(cached.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(combo.tap()).isFalse(); // 0 coins
    combo.close();
  }

  private static final class Failure {
    final int quantity;
    final LiveCoinsException error;

    Failure(int quantity, LiveCoinsException error) {
      this.quantity = quantity;
      this.error = error;
    }
  }

  private static final class Recorder implements GiftComboListener {
    final java.util.concurrent.BlockingQueue<SendGiftResult> sent = new java.util.concurrent.LinkedBlockingQueue<>();
    final java.util.concurrent.BlockingQueue<Failure> failed = new java.util.concurrent.LinkedBlockingQueue<>();
    final CompletableFuture<GiftComboStats> finished = new CompletableFuture<>();
    final List<String> threads = new CopyOnWriteArrayList<>();

    @Override
    public void onBatchSent(GiftCombo combo, SendGiftResult result) {
      threads.add(Thread.currentThread().getName());
      sent.add(result);
    }

    @Override
    public void onBatchFailed(GiftCombo combo, int quantity, LiveCoinsException error) {
      threads.add(Thread.currentThread().getName());
      failed.add(new Failure(quantity, error));
    }

    @Override
    public void onFinished(GiftCombo combo, GiftComboStats stats) {
      threads.add(Thread.currentThread().getName());
      finished.complete(stats);
    }
  }
}
