package io.livecoins.sample.android;

import io.livecoins.Call;
import io.livecoins.Callback;
import io.livecoins.errors.LiveCoinsException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls an activity started, bound to its lifecycle: when the activity is destroyed, {@link
 * #release(boolean)} cancels the reads, lets money-moving calls finish (their wallet changes reach
 * the next activity through the wallet listener; cancelling a purchase half-way would only leave it
 * to {@code resumePending()}), and drops every callback, so nothing touches a destroyed activity and
 * the activity is no longer referenced from a running call.
 *
 * <p>Main thread only.
 */
final class UiCalls {
  /** What to do with a result on the main thread. */
  interface Handler<T> {
    void onSuccess(T result);

    void onFailure(LiveCoinsException error);
  }

  private final Map<Call<?>, Bound<?>> live = new LinkedHashMap<>();
  private final Map<Call<?>, Boolean> reads = new LinkedHashMap<>();
  private boolean released;

  /** Enqueues a read (a catalog, a balance): cancelled when the activity goes away. */
  <T> void read(Call<T> call, Handler<T> handler) {
    enqueue(call, handler, true);
  }

  /** Enqueues a call that moves money (purchase, gift, withdrawal): never cancelled by the UI. */
  <T> void write(Call<T> call, Handler<T> handler) {
    enqueue(call, handler, false);
  }

  private <T> void enqueue(Call<T> call, Handler<T> handler, boolean read) {
    if (released) {
      call.cancel();
      return;
    }
    Bound<T> bound = new Bound<>(handler);
    live.put(call, bound);
    if (read) reads.put(call, Boolean.TRUE);
    call.enqueue(bound);
  }

  /** How many calls are still waiting for their result. */
  int inFlight() {
    return live.size();
  }

  /** Whether {@link #release(boolean)} was called. */
  boolean isReleased() {
    return released;
  }

  /**
   * Drops every callback; cancels the reads, and with {@code cancelWrites} the money-moving calls
   * too (not advisable: an interrupted purchase is finished only by the next {@code resumePending()}).
   */
  void release(boolean cancelWrites) {
    released = true;
    List<Call<?>> calls = new ArrayList<>(live.keySet());
    for (Call<?> call : calls) {
      live.get(call).handler = null;
      if (cancelWrites || reads.containsKey(call)) call.cancel();
    }
    live.clear();
    reads.clear();
  }

  private final class Bound<T> implements Callback<T> {
    Handler<T> handler;

    Bound(Handler<T> handler) {
      this.handler = handler;
    }

    @Override
    public void onSuccess(Call<T> call, T result) {
      live.remove(call);
      reads.remove(call);
      Handler<T> h = handler;
      if (h != null && !released) h.onSuccess(result);
    }

    @Override
    public void onFailure(Call<T> call, LiveCoinsException error) {
      live.remove(call);
      reads.remove(call);
      Handler<T> h = handler;
      if (h != null && !released) h.onFailure(error);
    }
  }
}
