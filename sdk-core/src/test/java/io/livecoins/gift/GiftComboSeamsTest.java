package io.livecoins.gift;

import static io.livecoins.gift.GiftFixtures.ROSE;
import static io.livecoins.gift.GiftFixtures.sendJson;
import static io.livecoins.gift.GiftFixtures.walletJson;
import static io.livecoins.test.MockServers.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.livecoins.LiveCoins;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.test.MockServers;
import io.livecoins.test.RecordingSleeper;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Combos at their seams: the order in which the listener hears about batches and the end. */
final class GiftComboSeamsTest {
  private final MockWebServer server = MockServers.startLoopback();
  private final ExecutorService dispatcher = Executors.newCachedThreadPool();
  private final List<String> heard = new CopyOnWriteArrayList<>();
  private final CountDownLatch finished = new CountDownLatch(1);

  @AfterEach
  void tearDown() {
    server.close();
    dispatcher.shutdownNow();
  }

  private LiveCoins.Builder client() {
    return GiftFixtures.client(server, dispatcher).sleeper(new RecordingSleeper()); // no window
  }

  private void cacheWallet(LiveCoins client, long coins) throws Exception {
    server.enqueue(json(200, walletJson(coins, 1)));
    client.wallet().balance().execute();
    server.takeRequest();
  }

  /** Records what it hears; {@code onBatchSent} first runs {@code whileSending}. */
  private GiftComboListener listener(Runnable whileSending) {
    return new GiftComboListener() {
      @Override
      public void onBatchSent(GiftCombo combo, SendGiftResult result) {
        whileSending.run();
        heard.add("sent " + result.receipt().quantity());
      }

      @Override
      public void onBatchFailed(GiftCombo combo, int quantity, LiveCoinsException error) {
        heard.add("failed " + quantity);
      }

      @Override
      public void onFinished(GiftCombo combo, GiftComboStats stats) {
        heard.add("finished " + stats.quantitySent());
        finished.countDown();
      }
    };
  }

  /** A legal executor that runs what it was given later, newest first (as a pool may reorder). */
  private static final class NewestFirstExecutor implements Executor {
    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();

    @Override
    public synchronized void execute(Runnable command) {
      tasks.push(command);
    }

    void runAll() {
      while (true) {
        Runnable next;
        synchronized (this) {
          next = tasks.poll();
        }
        if (next == null) return;
        next.run();
      }
    }
  }

  @Test
  void listenerEventsArriveInOrderOneAtATimeEvenOnAnExecutorThatReorders() throws Exception {
    NewestFirstExecutor callbacks = new NewestFirstExecutor();
    LiveCoins client = client().callbackExecutor(callbacks).build();
    cacheWallet(client, 1000);
    server.enqueue(json(200, sendJson("gft_1", "rose", 1, 1, 999, 2)));
    server.enqueue(json(200, sendJson("gft_2", "rose", 1, 1, 998, 3)));
    GiftCombo combo = client.gifts().combo(ROSE, "carol", "stream-carol", listener(() -> {}));
    callbacks.runAll(); // nothing to hear yet

    combo.tap();
    server.takeRequest();
    combo.tap();
    combo.close(); // both batches answered
    dispatcher.shutdown(); // every batch task, and what it handed to the callback executor, is done
    assertThat(dispatcher.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    callbacks.runAll();

    assertThat(heard).containsExactly("sent 1", "sent 1", "finished 2");
  }

  @Test
  void closingWhileABatchIsInFlightRefusesNewTapsAndStillSendsTheAcceptedOnesAfterIt()
      throws Exception {
    LiveCoins client = client().callbackExecutor(Runnable::run).build();
    cacheWallet(client, 1000);
    CountDownLatch firstArrived = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    List<String> bodies = new CopyOnWriteArrayList<>();
    server.setDispatcher(new mockwebserver3.Dispatcher() {
      @Override
      public mockwebserver3.MockResponse dispatch(mockwebserver3.RecordedRequest request)
          throws InterruptedException {
        bodies.add(request.getBody().utf8());
        if (bodies.size() == 1) {
          firstArrived.countDown();
          releaseFirst.await(10, TimeUnit.SECONDS);
          return json(200, sendJson("gft_1", "rose", 1, 1, 999, 2));
        }
        return json(200, sendJson("gft_2", "rose", 3, 1, 996, 3));
      }
    });
    GiftCombo combo = client.gifts().combo(ROSE, "carol", "stream-carol", listener(() -> {}));
    combo.tap();
    assertThat(firstArrived.await(10, TimeUnit.SECONDS)).isTrue();
    for (int i = 0; i < 3; i++) assertThat(combo.tap()).isTrue();

    combo.closeAsync(); // the first batch is still in flight
    assertThat(combo.tap()).isFalse();
    assertThat(combo.stats().quantityPending()).isEqualTo(4);
    releaseFirst.countDown();

    assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(heard).containsExactly("sent 1", "sent 3", "finished 4");
    assertThat(bodies).hasSize(2);
    assertThat(bodies.get(1)).contains("\"quantity\":3");
    GiftComboStats stats = combo.stats();
    assertThat(stats.tapsAccepted()).isEqualTo(4);
    assertThat(stats.tapsRefused()).isEqualTo(1);
    assertThat(stats.requestsSent()).isEqualTo(2);
    assertThat(stats.coinsSpent()).isEqualTo(4);
  }

  @Test
  void onFinishedNeverOvertakesTheReportOfTheLastBatch() throws Exception {
    // The default callback executor runs listener events on the thread that has them.
    LiveCoins client = client().build();
    cacheWallet(client, 1000);
    server.enqueue(json(200, sendJson("gft_1", "rose", 1, 1, 999, 2)));
    CountDownLatch inOnBatchSent = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    GiftCombo combo = client.gifts().combo(ROSE, "carol", "stream-carol", listener(() -> {
      inOnBatchSent.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }));

    combo.tap();
    assertThat(inOnBatchSent.await(10, TimeUnit.SECONDS)).isTrue();
    combo.closeAsync(); // the batch is answered and counted: the combo is finished
    release.countDown();

    assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(heard).containsExactly("sent 1", "finished 1");
  }
}
