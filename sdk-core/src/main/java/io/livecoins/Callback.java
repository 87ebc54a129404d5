package io.livecoins;

import io.livecoins.errors.LiveCoinsException;

import io.livecoins.errors.CallCancelledException;

/**
 * Receives the outcome of {@link Call#enqueue(Callback)} on the client's callback executor.
 *
 * <p>Exactly one method is called, once, unless the call was cancelled first (then {@link
 * #onFailure} receives a {@link CallCancelledException}).
 */
public interface Callback<T> {
  /**
   * The call succeeded.
   *
   * @param call the call that succeeded
   * @param result what the server answered; never null
   */
  void onSuccess(Call<T> call, T result);

  /**
   * The call failed; {@code error} says what happened and whether money may have moved.
   *
   * @param call the call that failed
   * @param error what went wrong; its {@code effect()} says whether money may have moved
   */
  void onFailure(Call<T> call, LiveCoinsException error);
}
