package io.livecoins.internal.gift;

import io.livecoins.errors.Effect;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.gift.Gift;
import io.livecoins.gift.GiftApi;
import io.livecoins.gift.GiftCombo;
import io.livecoins.gift.GiftComboListener;
import io.livecoins.gift.GiftComboStats;
import io.livecoins.gift.SendGiftResult;
import io.livecoins.internal.http.ApiClient;
import io.livecoins.internal.wallet.WalletCache;
import io.livecoins.wallet.Wallet;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * A combo: accepted taps wait up to the combo window, then go out as one send request with the
 * summed quantity. At most one request is in flight; taps arriving meanwhile form the next batch,
 * sent as soon as it returns. Each batch is its own send call (its own idempotency key, reused by
 * the pipeline's retries). All state is guarded by {@code this}.
 */
final class RealGiftCombo implements GiftCombo {
  private final RealGiftApi gifts;
  private final ApiClient api;
  private final WalletCache wallets;
  private final Gift gift;
  private final String recipientId;
  private final String streamId;
  private final GiftComboListener listener;
  private final Duration window;
  private final CountDownLatch finished = new CountDownLatch(1);

  private boolean closed;
  private boolean timerArmed;
  private boolean finishReported;
  private long pending;
  private long inFlight;
  private long tapsAccepted;
  private long tapsRefused;
  private long requestsSent;
  private long quantitySent;
  private long quantityFailed;
  private long coinsSpent;

  RealGiftCombo(
      RealGiftApi gifts,
      ApiClient api,
      WalletCache wallets,
      Gift gift,
      String recipientId,
      String streamId,
      GiftComboListener listener,
      Duration window) {
    this.gifts = gifts;
    this.api = api;
    this.wallets = wallets;
    this.gift = gift;
    this.recipientId = recipientId;
    this.streamId = streamId;
    this.listener = listener;
    this.window = window;
  }

  @Override
  public Gift gift() {
    return gift;
  }

  @Override
  public String recipientId() {
    return recipientId;
  }

  @Override
  public String streamId() {
    return streamId;
  }

  @Override
  public boolean tap() {
    boolean armTimer;
    synchronized (this) {
      if (closed || !affordable()) {
        tapsRefused++;
        return false;
      }
      tapsAccepted++;
      pending++;
      armTimer = !timerArmed && inFlight == 0;
      if (armTimer) timerArmed = true;
    }
    if (armTimer) {
      api.dispatcher()
          .execute(
              () -> {
                try {
                  if (!window.isZero()) api.sleeper().sleep(window);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } finally {
                  synchronized (this) {
                    timerArmed = false;
                  }
                  sendNext();
                }
              });
    }
    return true;
  }

  /**
   * Whether the cached balance covers one more gift on top of every accepted tap not yet confirmed.
   * With no cached wallet the server judges (the API prefetches the balance for this case).
   */
  private boolean affordable() {
    Wallet wallet = wallets.latest();
    if (wallet == null) return true;
    try {
      long reserved = Math.multiplyExact(Math.addExact(Math.addExact(pending, inFlight), 1), gift.coinCost());
      return reserved <= wallet.coins();
    } catch (ArithmeticException e) {
      return false;
    }
  }

  @Override
  public void flush() {
    sendNext();
  }

  /** Starts the next batch unless one is in flight or nothing is pending. */
  private void sendNext() {
    int quantity;
    synchronized (this) {
      if (inFlight > 0 || pending == 0) return;
      quantity = (int) Math.min(pending, GiftApi.MAX_QUANTITY);
      pending -= quantity;
      inFlight = quantity;
      requestsSent++;
    }
    api.dispatcher().execute(() -> runBatch(quantity));
  }

  private void runBatch(int quantity) {
    SendGiftResult result;
    try {
      result = gifts.sendCall(gifts.sendRequest(gift, recipientId, streamId, quantity)).execute();
    } catch (LiveCoinsException e) {
      batchFailed(quantity, e);
      return;
    } catch (RuntimeException e) {
      batchFailed(
          quantity,
          new LiveCoinsException("client_error", String.valueOf(e), 0, null, Effect.UNKNOWN, e));
      return;
    }
    synchronized (this) {
      inFlight = 0;
      quantitySent += quantity;
      coinsSpent += result.receipt().coins();
    }
    api.callbackExecutor().execute(() -> notify(() -> listener.onBatchSent(this, result)));
    sendNext(); // taps that arrived while the batch was in flight
    checkFinished();
  }

  private void batchFailed(int quantity, LiveCoinsException error) {
    RealGiftApi.log.debug("combo batch of {} failed: {}", quantity, error.getMessage());
    synchronized (this) {
      inFlight = 0;
      quantityFailed += quantity + pending; // taps not yet sent are dropped
      pending = 0;
      closed = true;
    }
    api.callbackExecutor().execute(() -> notify(() -> listener.onBatchFailed(this, quantity, error)));
    checkFinished();
  }

  private void checkFinished() {
    GiftComboStats stats;
    synchronized (this) {
      if (!closed || finishReported || pending > 0 || inFlight > 0) return;
      finishReported = true;
      stats = stats();
    }
    finished.countDown();
    api.callbackExecutor().execute(() -> notify(() -> listener.onFinished(this, stats)));
  }

  @Override
  public synchronized GiftComboStats stats() {
    return new GiftComboStats(
        tapsAccepted,
        tapsRefused,
        requestsSent,
        quantitySent,
        quantityFailed,
        pending + inFlight,
        coinsSpent);
  }

  @Override
  public synchronized boolean isClosed() {
    return closed;
  }

  @Override
  public void close() {
    closeAsync();
    boolean interrupted = false;
    while (true) {
      try {
        finished.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
  }

  @Override
  public void closeAsync() {
    synchronized (this) {
      closed = true;
    }
    sendNext();
    checkFinished();
  }

  private static void notify(Runnable delivery) {
    try {
      delivery.run();
    } catch (RuntimeException e) {
      RealGiftApi.log.warn("GiftComboListener threw", e);
    }
  }

  @Override
  public String toString() {
    return "GiftCombo{gift=" + gift.id() + ", recipientId=" + recipientId + ", streamId="
        + streamId + ", " + stats() + '}';
  }
}
