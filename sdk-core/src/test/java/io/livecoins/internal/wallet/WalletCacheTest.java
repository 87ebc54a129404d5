package io.livecoins.internal.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import io.livecoins.wallet.Wallet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The wallet cache's deliveries when the callback executor runs them out of order or on several
 * threads at once (a pool, or the default inline executor under two concurrent calls): a listener
 * never hears a snapshot older than one it heard or than {@code cached()} when it was added.
 */
final class WalletCacheTest {
  /** Holds each delivery until the test runs it, in the order it chooses (as a pool may). */
  private final List<Runnable> queued = new ArrayList<>();

  private static Wallet wallet(long version) {
    return Wallet.builder().userId("bob").coins(version * 100).version(version).build();
  }

  @Test
  void aListenerAddedWhileOlderSnapshotsAreStillQueuedHearsNoneOlderThanCached() {
    WalletCache cache = new WalletCache(queued::add, "bob");
    List<Long> early = new ArrayList<>();
    cache.addListener(w -> early.add(w.version()));
    cache.offer(wallet(11));
    cache.offer(wallet(12)); // both deliveries still queued on a busy executor

    // A screen opens now: it shows cached() and listens from there on.
    List<Long> late = new ArrayList<>();
    assertThat(cache.latest()).isEqualTo(wallet(12));
    cache.addListener(w -> late.add(w.version()));
    queued.forEach(Runnable::run);

    assertThat(early).containsExactly(11L, 12L);
    assertThat(late).as("version 11 would roll the screen back from 12").isEmpty();

    cache.offer(wallet(13));
    queued.get(queued.size() - 1).run();
    assertThat(late).containsExactly(13L);
  }

  @Test
  void aNewerSnapshotArrivingDuringADeliveryWaitsForItSoAListenerNeverGoesBack() throws Exception {
    WalletCache cache = new WalletCache(Runnable::run, "bob"); // the client's default executor
    List<String> events = new CopyOnWriteArrayList<>();
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    cache.addListener(
        w -> {
          events.add("start " + w.version());
          if (w.version() == 11) {
            inside.countDown();
            await(release);
          }
          events.add("end " + w.version());
        });
    Thread first = new Thread(() -> cache.offer(wallet(11)), "first-call");
    first.start();
    assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

    cache.offer(wallet(12)); // a second call's answer, while the listener still shows 11
    release.countDown();
    first.join(5_000);

    assertThat(first.isAlive()).isFalse();
    assertThat(events).containsExactly("start 11", "end 11", "start 12", "end 12");
  }

  @Test
  void eachNewerVersionReachesAListenerOnceAndInOrderWhenDeliveriesRunInOrder() {
    WalletCache cache = new WalletCache(queued::add, "bob");
    List<Long> heard = new ArrayList<>();
    cache.addListener(w -> heard.add(w.version()));
    cache.offer(wallet(1));
    cache.offer(wallet(2));
    cache.offer(wallet(2));
    cache.offer(wallet(3));
    queued.forEach(Runnable::run);

    assertThat(heard).containsExactly(1L, 2L, 3L);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(5, TimeUnit.SECONDS)) throw new AssertionError("not released");
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}
