package io.livecoins;

import io.livecoins.errors.LiveCoinsException;

import io.livecoins.errors.Effect;

import io.livecoins.errors.CallCancelledException;

/**
 * One prepared operation of the LiveCoins API, run once either blocking ({@link #execute()}) or
 * asynchronously ({@link #enqueue(Callback)}). Modelled on Retrofit's and OkHttp's {@code Call}.
 *
 * <p>A mutating call owns one idempotency key, chosen when the call is created and reused by every
 * retry; {@link #clone()} keeps that key, so re-running a clone after a failure with {@link
 * Effect#UNKNOWN} can never apply the operation twice.
 *
 * <pre>{@code
 * Wallet wallet = client.wallet().balance().execute();          // blocking
 * client.wallet().balance().enqueue(new Callback<Wallet>() {     // async
 *   public void onSuccess(Call<Wallet> call, Wallet w) { show(w); }
 *   public void onFailure(Call<Wallet> call, LiveCoinsException e) { showError(e); }
 * });
 * }</pre>
 *
 * <p>Thread-safe: {@link #cancel()} may be called from any thread.
 */
public interface Call<T> extends Cloneable {
  /**
   * Runs the call on the current thread and returns its result.
   *
   * @return the result the server answered
   * @throws LiveCoinsException (or a subclass) when the call fails; never another runtime
   *     exception for a server's answer, however malformed
   * @throws IllegalStateException if this call was already executed or enqueued
   */
  T execute();

  /**
   * Runs the call on the client's dispatcher and delivers the outcome to {@code callback} on the
   * client's callback executor.
   *
   * @param callback receives the result or the error, exactly once; not null
   * @throws IllegalStateException if this call was already executed or enqueued
   */
  void enqueue(Callback<T> callback);

  /**
   * Cancels the call: a request in flight is aborted, a pending retry wait ends, and no callback
   * other than {@code onFailure(CallCancelledException)} is delivered. Cancelling a mutating call
   * after its request was sent leaves its effect {@link Effect#UNKNOWN}.
   */
  void cancel();

  /** {@return true once {@link #cancel()} was called} */
  boolean isCanceled();

  /** {@return true once {@link #execute()} or {@link #enqueue(Callback)} was called} */
  boolean isExecuted();

  /** {@return a new, not yet executed call for the same operation and the same idempotency key} */
  Call<T> clone();
}
