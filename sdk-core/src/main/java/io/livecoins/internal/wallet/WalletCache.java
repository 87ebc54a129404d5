package io.livecoins.internal.wallet;

import io.livecoins.wallet.Wallet;
import io.livecoins.wallet.WalletListener;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's latest known wallet. Only fully decoded and validated snapshots are offered; a
 * snapshot replaces the cached one only when its version is higher, and each listener sees every
 * snapshot it is delivered in strictly increasing version order, one call at a time, and none older
 * than the cached one when it was added.
 */
public final class WalletCache {
  private static final Logger log = LoggerFactory.getLogger("io.livecoins.wallet");

  private final Executor callbackExecutor;
  private final String userId;
  private final AtomicReference<@Nullable Wallet> latest = new AtomicReference<>();
  // Listener → highest version delivered to it.
  private final Map<WalletListener, Long> listeners = new ConcurrentHashMap<>();
  // Snapshots to deliver, and how many deliveries were asked for that the delivering thread has not
  // yet seen: one thread delivers at a time (see deliver()).
  private final Queue<Wallet> undelivered = new ConcurrentLinkedQueue<>();
  private final AtomicInteger deliveries = new AtomicInteger();

  /** Creates the cache of {@code userId}'s wallet, the client's signed-in user. */
  public WalletCache(Executor callbackExecutor, String userId) {
    this.callbackExecutor = Objects.requireNonNull(callbackExecutor, "callbackExecutor == null");
    this.userId = Objects.requireNonNull(userId, "userId == null");
  }

  /** The user whose wallet this is. */
  public String userId() {
    return userId;
  }

  /** The newest snapshot seen, or null before the first. */
  public @Nullable Wallet latest() {
    return latest.get();
  }

  /**
   * Offers a snapshot from a response. Returns true if it was newer and became the cached one.
   * A snapshot of another user than the client's is ignored: a client serves one user.
   */
  public boolean offer(Wallet wallet) {
    Objects.requireNonNull(wallet, "wallet == null");
    if (!userId.equals(wallet.userId())) {
      log.warn("ignoring a wallet of another user than this client's");
      return false;
    }
    while (true) {
      Wallet current = latest.get();
      if (current != null && !wallet.isNewerThan(current)) return false;
      if (latest.compareAndSet(current, wallet)) break;
    }
    if (!listeners.isEmpty()) {
      undelivered.add(wallet);
      try {
        callbackExecutor.execute(this::deliver);
      } catch (RejectedExecutionException e) { // the host stopped it: the answer still counts
        undelivered.remove(wallet);
        log.warn("wallet listeners not told of version {}: the callback executor rejected it",
            wallet.version());
      }
    }
    return true;
  }

  /**
   * Returns {@code wallet} if it belongs to this client's signed-in user. A response carrying
   * another user's wallet is refused, from the first answer on, so that it is never shown: the
   * caller's decoder turns the exception into a {@code MalformedResponseException}.
   *
   * @throws IllegalArgumentException if {@code wallet} belongs to another user
   */
  public Wallet checkOwner(Wallet wallet) {
    if (!userId.equals(wallet.userId())) {
      throw new IllegalArgumentException("the response carries another user's wallet");
    }
    return wallet;
  }

  public void addListener(WalletListener listener) {
    Objects.requireNonNull(listener, "listener == null");
    // It starts from cached(): a delivery still queued for an older snapshot must not reach it.
    Wallet current = latest.get();
    listeners.putIfAbsent(listener, current == null ? -1L : current.version());
  }

  public void removeListener(WalletListener listener) {
    listeners.remove(listener);
  }

  /**
   * Delivers every queued snapshot. Deliveries run on the callback executor, which may be a pool or
   * the calling thread (then two calls answered at once deliver at once): the first thread in
   * delivers, in queue order, what the others queue meanwhile, so that no listener is called twice
   * at once and a newer snapshot never lands before an older one a listener is still handling.
   */
  private void deliver() {
    if (deliveries.getAndIncrement() != 0) return; // the delivering thread takes it
    int asked = 1;
    boolean done = false;
    try {
      do {
        for (Wallet wallet; (wallet = undelivered.poll()) != null; ) deliver(wallet);
        asked = deliveries.addAndGet(-asked);
      } while (asked != 0);
      done = true;
    } finally {
      if (!done) deliveries.set(0); // an Error from a listener: let the next delivery run
    }
  }

  private void deliver(Wallet wallet) {
    for (WalletListener listener : listeners.keySet()) {
      // Claim the version atomically against removeListener and a racing addListener.
      boolean[] claimed = {false};
      listeners.computeIfPresent(
          listener,
          (key, seen) -> {
            if (wallet.version() > seen) {
              claimed[0] = true;
              return wallet.version();
            }
            return seen;
          });
      if (claimed[0]) {
        try {
          listener.onWalletChanged(wallet);
        } catch (RuntimeException e) {
          log.warn("WalletListener threw", e);
        }
      }
    }
  }
}
