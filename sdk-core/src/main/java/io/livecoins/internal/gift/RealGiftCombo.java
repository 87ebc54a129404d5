package io.livecoins.internal.gift;

import io.livecoins.Call;
import io.livecoins.errors.Effect;
import io.livecoins.errors.ErrorContext;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.gift.Gift;
import io.livecoins.gift.GiftApi;
import io.livecoins.gift.GiftCombo;
import io.livecoins.gift.GiftComboListener;
import io.livecoins.gift.GiftComboStats;
import io.livecoins.gift.SendGiftResult;
import io.livecoins.internal.http.ApiClient;
import io.livecoins.internal.http.ApiRequest;
import io.livecoins.internal.wallet.WalletCache;
import io.livecoins.wallet.Wallet;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A combo: accepted taps wait up to the combo window, then go out as one send request with the
 * summed quantity. At most one request is in flight; taps arriving meanwhile form the next batch,
 * sent as soon as it returns. Each batch is its own send call (its own idempotency key and frozen
 * bytes, reused by the pipeline's retries and by {@link #retryFailedBatch()}). All state is guarded
 * by {@code this}.
 *
 * <p>Every accepted tap ends reported: sent, or failed. When the dispatcher rejects work (the host
 * shut it down, or the client was closed) the batch is reported failed with {@link
 * Effect#NOT_APPLIED} on the calling thread, and a tap that cannot arm its timer is refused; a
 * listener delivery the callback executor rejects runs on the calling thread. Listener events run
 * one at a time, in the order they happened.
 */
final class RealGiftCombo implements GiftCombo {
  /** The code of the failure reported when the dispatcher refused to run a batch. */
  static final String DISPATCHER_REJECTED = "dispatcher_rejected";

  private final RealGiftApi gifts;
  private final ApiClient api;
  private final WalletCache wallets;
  private final Gift gift;
  private final String recipientId;
  private final String streamId;
  private final GiftComboListener listener;
  private final Duration window;
  private final Runnable onFinished;
  private final String comboId = ApiRequest.newIdempotencyKey();
  private final CountDownLatch finished = new CountDownLatch(1);

  private boolean closed;
  private boolean timerArmed;
  private boolean finishReported;
  private long pending;
  private long inFlight;
  private @Nullable ApiRequest<SendGiftResult> inFlightRequest;
  private boolean batchStarted; // the in-flight batch's task began to run on the dispatcher
  private long tapsAccepted;
  private long tapsRefused;
  private long requestsSent;
  private long quantitySent;
  private long quantityFailed;
  private long quantityUnknown;
  private long coinsSpent;
  // The failed batch (a combo has at most one): its frozen request, size, and whether it settled.
  private @Nullable ApiRequest<SendGiftResult> failedRequest;
  private int failedQuantity;
  private boolean failedUnknown;
  private boolean failedSettled;
  private final ArrayDeque<Runnable> deliveries = new ArrayDeque<>(); // listener events not yet run
  private boolean draining; // a drain of deliveries is queued or running

  RealGiftCombo(
      RealGiftApi gifts,
      ApiClient api,
      WalletCache wallets,
      Gift gift,
      String recipientId,
      String streamId,
      GiftComboListener listener,
      Duration window,
      Runnable onFinished) {
    this.gifts = gifts;
    this.api = api;
    this.wallets = wallets;
    this.gift = gift;
    this.recipientId = recipientId;
    this.streamId = streamId;
    this.listener = listener;
    this.window = window;
    this.onFinished = onFinished;
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
  public String comboId() {
    return comboId;
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
    if (armTimer && !dispatch(this::runTimer)) {
      // The dispatcher is gone: this tap is refused, not accepted and then lost; the combo ends.
      long dropped;
      synchronized (this) {
        timerArmed = false;
        tapsAccepted--;
        pending--;
        tapsRefused++;
        closed = true;
        dropped = pending; // taps a racing timer has not sent yet
        pending = 0;
        quantityFailed += dropped;
      }
      if (dropped > 0) {
        int quantity = (int) dropped;
        deliver(() -> listener.onBatchFailed(this, quantity, rejected(null)));
      }
      checkFinished();
      return false;
    }
    return true;
  }

  private void runTimer() {
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
      batchStarted = false;
      requestsSent++;
    }
    // Built (key and bytes) before it is handed over, so that a failure can be replayed as is.
    ApiRequest<SendGiftResult> request = gifts.sendRequest(gift, recipientId, streamId, quantity, comboId);
    synchronized (this) {
      inFlightRequest = request;
    }
    if (!dispatch(() -> runBatch(quantity, request))) {
      batchFailed(quantity, request, rejected(null));
    }
  }

  private void runBatch(int quantity, ApiRequest<SendGiftResult> request) {
    synchronized (this) {
      if (inFlightRequest != request || batchStarted) return; // abandoned by close()
      batchStarted = true;
    }
    SendGiftResult result;
    try {
      result = gifts.sendCall(request).execute();
    } catch (LiveCoinsException e) {
      batchFailed(quantity, request, e);
      return;
    } catch (RuntimeException e) {
      batchFailed(
          quantity,
          request,
          new LiveCoinsException(
              ErrorContext.builder()
                  .code("client_error")
                  .message(String.valueOf(e))
                  .effect(Effect.UNKNOWN)
                  .build(),
              e));
      return;
    }
    synchronized (this) {
      inFlight = 0;
      inFlightRequest = null;
      quantitySent += quantity;
      coinsSpent += result.receipt().coins();
    }
    deliver(() -> listener.onBatchSent(this, result));
    sendNext(); // taps that arrived while the batch was in flight
    checkFinished();
  }

  private void batchFailed(int quantity, ApiRequest<SendGiftResult> request, LiveCoinsException error) {
    RealGiftApi.log.debug("combo batch of {} failed: {}", quantity, error.getMessage());
    synchronized (this) {
      inFlight = 0;
      inFlightRequest = null;
      quantityFailed += quantity + pending; // taps not yet sent are dropped
      pending = 0;
      closed = true;
      failedRequest = request;
      failedQuantity = quantity;
      failedUnknown = error.effect() == Effect.UNKNOWN;
      if (failedUnknown) quantityUnknown += quantity;
    }
    deliver(() -> listener.onBatchFailed(this, quantity, error));
    checkFinished();
  }

  @Override
  public @Nullable Call<SendGiftResult> retryFailedBatch() {
    ApiRequest<SendGiftResult> request;
    synchronized (this) {
      request = failedRequest;
    }
    if (request == null) return null;
    return gifts.sendCall(request, this::failedBatchSettled);
  }

  /** The failed batch was answered (replayed or sent now): it counts as sent, once. */
  private void failedBatchSettled(SendGiftResult result) {
    synchronized (this) {
      if (failedSettled) return;
      failedSettled = true;
      quantityFailed -= failedQuantity;
      if (failedUnknown) quantityUnknown -= failedQuantity;
      quantitySent += failedQuantity;
      coinsSpent += result.receipt().coins();
    }
  }

  private void checkFinished() {
    GiftComboStats stats;
    synchronized (this) {
      if (!closed || finishReported || pending > 0 || inFlight > 0) return;
      finishReported = true;
      stats = stats();
    }
    finished.countDown();
    onFinished.run();
    deliver(() -> listener.onFinished(this, stats));
  }

  @Override
  public synchronized GiftComboStats stats() {
    return GiftComboStats.builder()
        .tapsAccepted(tapsAccepted)
        .tapsRefused(tapsRefused)
        .requestsSent(requestsSent)
        .quantitySent(quantitySent)
        .quantityFailed(quantityFailed)
        .quantityPending(pending + inFlight)
        .coinsSpent(coinsSpent)
        .quantityUnknown(quantityUnknown)
        .build();
  }

  @Override
  public synchronized boolean isClosed() {
    return closed;
  }

  @Override
  public void close() {
    closeAsync();
    // Bounded: a batch runs at most the call timeout; a task the host's executor silently dropped
    // (shutdownNow, a discarding policy) must not hang the caller forever.
    long waitMillis =
        api.retryPolicy().callTimeout().plus(window).plus(Duration.ofSeconds(1)).toMillis();
    boolean interrupted = false;
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
    boolean done = false;
    while (true) {
      try {
        long left = deadline - System.nanoTime();
        done = finished.await(Math.max(0, left), TimeUnit.NANOSECONDS);
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (!done) abandonDroppedWork();
    if (interrupted) Thread.currentThread().interrupt();
  }

  /**
   * After close() waited in vain: a batch whose task never started was dropped by the dispatcher
   * (nothing was sent), so it is reported failed now.
   */
  private void abandonDroppedWork() {
    int quantity;
    ApiRequest<SendGiftResult> request;
    synchronized (this) {
      request = inFlightRequest;
      if (finishReported || inFlight == 0 || batchStarted || request == null) {
        if (!finishReported) RealGiftApi.log.warn("GiftCombo.close(): a batch is still running");
        return;
      }
      quantity = (int) inFlight;
      batchStarted = true; // if the dropped task runs after all, it must not report again
    }
    RealGiftApi.log.warn("GiftCombo.close(): the dispatcher never ran the last batch");
    batchFailed(quantity, request, rejected(null));
  }

  @Override
  public void closeAsync() {
    synchronized (this) {
      closed = true;
    }
    sendNext();
    checkFinished();
  }

  /** Runs {@code task} on the dispatcher; false if the dispatcher refused it. */
  private boolean dispatch(Runnable task) {
    try {
      api.dispatcher().execute(task);
      return true;
    } catch (RejectedExecutionException e) {
      RealGiftApi.log.debug("combo: the dispatcher rejected work: {}", e.toString());
      return false;
    }
  }

  private static LiveCoinsException rejected(@Nullable Throwable cause) {
    return new LiveCoinsException(
        ErrorContext.builder()
            .code(DISPATCHER_REJECTED)
            .message(
                "the client's dispatcher refused to run the batch (the client was closed or the"
                    + " executor shut down); nothing was sent")
            .build(),
        cause);
  }

  /**
   * Queues a listener event; queued events run one at a time, in order, on the callback executor (or
   * here if that executor refuses them), so that {@code onFinished} never overtakes a batch's report.
   */
  private void deliver(Runnable event) {
    synchronized (this) {
      deliveries.add(event);
      if (draining) return; // the running drain delivers it
      draining = true;
    }
    try {
      api.callbackExecutor().execute(this::drain);
    } catch (RejectedExecutionException e) {
      drain();
    }
  }

  private void drain() {
    while (true) {
      Runnable next;
      synchronized (this) {
        next = deliveries.poll();
        if (next == null) {
          draining = false;
          return;
        }
      }
      try {
        next.run();
      } catch (RuntimeException e) {
        RealGiftApi.log.warn("GiftComboListener threw", e);
      }
    }
  }

  @Override
  public String toString() {
    return "GiftCombo{gift=" + gift.id() + ", recipientId=" + recipientId + ", streamId="
        + streamId + ", " + stats() + '}';
  }
}
