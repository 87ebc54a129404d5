package io.livecoins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livecoins.errors.LiveCoinsException;
import io.livecoins.gift.Gift;
import io.livecoins.gift.GiftApi;
import io.livecoins.gift.GiftCombo;
import io.livecoins.gift.GiftComboListener;
import io.livecoins.gift.GiftComboStats;
import io.livecoins.gift.GiftFeed;
import io.livecoins.testing.DemoData;
import io.livecoins.testing.LiveCoinsMockServer;
import io.livecoins.wallet.PayoutMethod;
import io.livecoins.wallet.Wallet;
import io.livecoins.wallet.WalletApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link LiveCoins#close()}, the default dispatcher, and what derived clients share. */
final class LiveCoinsLifecycleTest {
  private final LiveCoinsMockServer server = LiveCoinsMockServer.builder().build().start();
  private final List<LiveCoins> clients = new ArrayList<>();

  @AfterEach
  void tearDown() {
    for (LiveCoins client : clients) client.close();
    server.close();
  }

  private LiveCoins.Builder builder() {
    return LiveCoins.builder()
        .baseUrl(server.url().toString())
        .authTokenProvider(AuthTokenProvider.of(DemoData.BOB, DemoData.BOB_TOKEN))
        .retryPolicy(RetryPolicy.builder().jitter(false).build());
  }

  private LiveCoins track(LiveCoins client) {
    clients.add(client);
    return client;
  }

  private static <T> T await(Call<T> call) throws Exception {
    CompletableFuture<T> result = new CompletableFuture<>();
    call.enqueue(new Callback<T>() {
      @Override
      public void onSuccess(Call<T> c, T value) {
        result.complete(value);
      }

      @Override
      public void onFailure(Call<T> c, LiveCoinsException e) {
        result.completeExceptionally(e);
      }
    });
    return result.get(30, TimeUnit.SECONDS);
  }

  @Test
  void afterCloseNewCallsFailFastWithIllegalStateExceptionAndNothingIsSent() {
    LiveCoins client = track(builder().build());
    WalletApi wallet = client.wallet(); // references an app kept from before close()
    GiftApi gifts = client.gifts();
    client.close();
    int before = server.requestLog().size();

    assertThat(client.isClosed()).isTrue();
    assertThatThrownBy(() -> client.wallet())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> client.recharge()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> client.gifts()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> wallet.balance())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> wallet.withdraw(2000, PayoutMethod.BANK))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> gifts.send("rose", DemoData.CAROL, "stream-carol", 1))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> gifts.catalog()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> gifts.events("stream-carol", event -> {}))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () -> gifts.combo(Gift.builder("rose", "Rose", 1).build(),
                DemoData.CAROL, "stream-carol"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(server.requestLog()).hasSize(before);
    client.close(); // idempotent
  }

  @Test
  void closeClosesTheFeedsOpenedThroughTheClient() throws Exception {
    LiveCoins client = track(builder().build());
    GiftFeed feed = client.gifts().events("stream-carol", event -> {});
    assertThat(server.awaitActiveEventStreams(1, Duration.ofSeconds(30))).isTrue();

    client.close();

    assertThat(feed.isClosed()).isTrue();
    assertThat(server.awaitActiveEventStreams(0, Duration.ofSeconds(30))).isTrue();
  }

  @Test
  void closeStillSendsTheTapsAComboHadAccepted() throws Exception {
    CountDownLatch windowEnds = new CountDownLatch(1);
    LiveCoins client =
        track(builder().sleeper(duration -> windowEnds.await(30, TimeUnit.SECONDS)).build());
    Wallet wallet = client.wallet().balance().execute();
    Gift rose = null;
    for (Gift gift : client.gifts().catalog().execute()) {
      if (gift.id().equals("rose")) rose = gift;
    }
    CompletableFuture<GiftComboStats> finished = new CompletableFuture<>();
    GiftCombo combo =
        client.gifts().combo(rose, DemoData.CAROL, "stream-carol", new GiftComboListener() {
          @Override
          public void onFinished(GiftCombo c, GiftComboStats stats) {
            finished.complete(stats);
          }
        });
    assertThat(combo.tap()).isTrue();
    assertThat(combo.tap()).isTrue();

    client.close(); // the combo sends what it holds without waiting for the window

    GiftComboStats stats = finished.get(30, TimeUnit.SECONDS);
    windowEnds.countDown();
    assertThat(stats.quantitySent()).isEqualTo(2);
    assertThat(stats.quantityFailed()).isZero();
    assertThat(combo.isClosed()).isTrue();
    assertThat(server.wallet(DemoData.BOB).coins()).isEqualTo(wallet.coins() - 2);
  }

  @Test
  void aDerivedClientKeepsWorkingAfterTheClientItCameFromCloses() throws Exception {
    LiveCoins base = track(builder().build());
    LiveCoins derived = track(base.newBuilder().region("GB").build());

    base.close();

    assertThat(await(derived.wallet().balance()).userId()).isEqualTo(DemoData.BOB);
    assertThat(derived.isClosed()).isFalse();
  }

  @Test
  void aClientKeepsWorkingAfterAClientDerivedFromItCloses() throws Exception {
    LiveCoins base = track(builder().build());
    LiveCoins derived = base.newBuilder().userAgentSuffix("Widget/1.0").build();
    assertThat(await(derived.wallet().balance())).isNotNull();

    derived.close();

    assertThat(await(base.wallet().balance()).userId()).isEqualTo(DemoData.BOB);
  }

  @Test
  void twoClientsBuiltByOneBuilderEachOwnTheirDefaultThreads() throws Exception {
    LiveCoins.Builder builder = builder();
    LiveCoins first = track(builder.build());
    LiveCoins second = track(builder.build());

    first.close();

    assertThat(await(second.wallet().balance()).userId()).isEqualTo(DemoData.BOB);
  }

  @Test
  void derivingFromAClosedClientWithoutNewExecutorsIsRefused() {
    LiveCoins base = track(builder().build());
    base.close();
    ExecutorService own = Executors.newSingleThreadExecutor();
    try {
      assertThatThrownBy(() -> base.newBuilder().build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("closed");
      LiveCoins fresh =
          track(base.newBuilder().dispatcher(own).transport(io.livecoins.transport.OkHttpTransport.create()).build());
      assertThat(fresh.isClosed()).isFalse();
    } finally {
      own.shutdownNow();
    }
  }

  @Test
  void aHostDispatcherIsNeverShutDownByClose() throws Exception {
    ExecutorService host = Executors.newSingleThreadExecutor();
    try {
      LiveCoins client = track(builder().dispatcher(host).build());
      assertThat(await(client.wallet().balance())).isNotNull();

      client.close();

      assertThat(host.isShutdown()).isFalse();
    } finally {
      host.shutdownNow();
    }
  }

  @Test
  void theDefaultDispatcherRunsAtMost64TasksAtOnceOnNamedDaemonThreads() throws Exception {
    ThreadPoolExecutor dispatcher = (ThreadPoolExecutor) LiveCoins.newDefaultDispatcher();
    int tasks = LiveCoins.DEFAULT_MAX_CONCURRENT_CALLS + 36;
    CountDownLatch maxStarted = new CountDownLatch(LiveCoins.DEFAULT_MAX_CONCURRENT_CALLS);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch allDone = new CountDownLatch(tasks);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostRunning = new AtomicInteger();
    List<String> names = new java.util.concurrent.CopyOnWriteArrayList<>();
    AtomicInteger nonDaemon = new AtomicInteger();
    try {
      for (int i = 0; i < tasks; i++) {
        dispatcher.execute(() -> {
          mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
          names.add(Thread.currentThread().getName());
          if (!Thread.currentThread().isDaemon()) nonDaemon.incrementAndGet();
          maxStarted.countDown();
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          running.decrementAndGet();
          allDone.countDown();
        });
      }
      assertThat(maxStarted.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(dispatcher.getQueue()).hasSize(36); // the rest wait in line, none is refused
      release.countDown();
      assertThat(allDone.await(30, TimeUnit.SECONDS)).isTrue();

      assertThat(mostRunning.get()).isEqualTo(LiveCoins.DEFAULT_MAX_CONCURRENT_CALLS);
      assertThat(dispatcher.getLargestPoolSize()).isEqualTo(LiveCoins.DEFAULT_MAX_CONCURRENT_CALLS);
      assertThat(nonDaemon.get()).isZero();
      assertThat(names).allMatch(name -> name.startsWith("LiveCoins Dispatcher "));
      assertThat(dispatcher.allowsCoreThreadTimeOut()).isTrue(); // idle threads end
    } finally {
      release.countDown();
      dispatcher.shutdownNow();
    }
  }
}
