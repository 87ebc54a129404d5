package io.livecoins.internal.http;

import io.livecoins.Call;
import io.livecoins.errors.CallCancelledException;
import io.livecoins.Callback;
import io.livecoins.errors.Effect;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Call} whose body runs several steps in order (inner calls, waits, host callbacks), such
 * as "create the order, let the provider pay, confirm, poll". Blocking and async like any call;
 * {@link #cancel()} cancels the inner call in flight and ends a wait.
 *
 * <p>A clone runs the same body, which must build its inner requests from state fixed when the
 * outer call was created, so that every clone reuses the same idempotency keys. The body reports
 * how far it got with {@link #effectIfCancelled(Effect)}: that effect is what a cancellation
 * between steps reports. Not API.
 */
public final class FlowCall<T> implements Call<T> {
  /** The steps; runs on the executing thread and uses {@link FlowCall#step} for each request. */
  @FunctionalInterface
  public interface Body<T> {
    T run(FlowCall<T> call);
  }

  private final ApiClient api;
  private final boolean mutating;
  private final Body<T> body;
  private final AtomicBoolean executed = new AtomicBoolean();
  private volatile boolean canceled;
  private volatile @Nullable Call<?> current;
  private volatile @Nullable Thread waitingThread;
  private volatile Effect cancelEffect = Effect.NOT_APPLIED;

  /**
   * Creates the call. {@code mutating} says whether the flow may move money (it decides the effect
   * reported for a bug in the body).
   */
  public FlowCall(ApiClient api, boolean mutating, Body<T> body) {
    this.api = Objects.requireNonNull(api, "api == null");
    this.mutating = mutating;
    this.body = Objects.requireNonNull(body, "body == null");
  }

  /** Executes {@code inner} as the current step; a cancel of this call cancels it. */
  public <R> R step(Call<R> inner) {
    checkCanceled();
    current = inner;
    try {
      if (canceled) inner.cancel(); // its execute() then reports the cancellation
      return inner.execute();
    } catch (CallCancelledException e) {
      throw cancelled(e.effect());
    } finally {
      current = null;
    }
  }

  /** Waits {@code duration} with the client's sleeper; a cancel ends the wait with {@link CallCancelledException}. */
  public void sleep(Duration duration) {
    checkCanceled();
    waitingThread = Thread.currentThread();
    try {
      if (!canceled) api.sleeper().sleep(duration);
    } catch (InterruptedException e) {
      if (!canceled) {
        Thread.currentThread().interrupt();
        throw cancelled(Effect.NOT_APPLIED);
      }
    } finally {
      waitingThread = null;
      if (canceled) Thread.interrupted(); // clear our own interrupt, not the caller's
    }
    checkCanceled();
  }

  /** Throws {@link CallCancelledException} if this call was cancelled. */
  public void checkCanceled() {
    if (canceled) throw cancelled(Effect.NOT_APPLIED);
  }

  /**
   * Records what a cancellation from now on means: {@link Effect#UNKNOWN} once money may have moved,
   * {@link Effect#APPLIED} once it did.
   */
  public void effectIfCancelled(Effect effect) {
    this.cancelEffect = Objects.requireNonNull(effect, "effect == null");
  }

  private CallCancelledException cancelled(Effect innerEffect) {
    Effect effect = innerEffect.compareTo(cancelEffect) > 0 ? innerEffect : cancelEffect;
    return new CallCancelledException(effect);
  }

  @Override
  public T execute() {
    io.livecoins.internal.MainThread.check();
    if (!executed.compareAndSet(false, true)) throw new IllegalStateException("already executed");
    return run();
  }

  private T run() {
    checkCanceled();
    return body.run(this);
  }

  @Override
  public void enqueue(Callback<T> callback) {
    if (callback == null) throw new NullPointerException("callback == null");
    if (!executed.compareAndSet(false, true)) throw new IllegalStateException("already executed");
    AsyncRunner.enqueue(
        api, this, mutating, this::run, () -> canceled ? cancelled(Effect.NOT_APPLIED) : null, callback);
  }

  @Override
  public void cancel() {
    canceled = true;
    Call<?> inner = current;
    if (inner != null) inner.cancel();
    Thread waiting = waitingThread;
    if (waiting != null) waiting.interrupt();
  }

  @Override
  public boolean isCanceled() {
    return canceled;
  }

  @Override
  public boolean isExecuted() {
    return executed.get();
  }

  @Override
  @SuppressWarnings("MethodDoesntCallSuperMethod")
  public Call<T> clone() {
    return new FlowCall<>(api, mutating, body);
  }
}
