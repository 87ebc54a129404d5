@file:JvmName("LiveCoinsCalls")

package io.livecoins.kotlin

import io.livecoins.Call
import io.livecoins.Callback
import io.livecoins.errors.CallCancelledException
import io.livecoins.errors.Effect
import io.livecoins.errors.LiveCoinsException
import kotlin.coroutines.resume
import kotlinx.coroutines.suspendCancellableCoroutine

/**
 * Runs this call without blocking and returns its result: `client.wallet().balance().await()`.
 *
 * The call is enqueued on the client's dispatcher; the coroutine resumes on its own dispatcher once
 * the client's callback executor delivers the outcome. A failure is thrown as the same typed
 * [LiveCoinsException] the Java `Callback` would get (same instance, same [LiveCoinsException.effect]),
 * so `catch (e: InsufficientCoinsException)` works as in Java.
 *
 * Cancelling the coroutine cancels the call ([Call.cancel]) and throws the coroutine's
 * `CancellationException`; nothing is delivered afterwards. Like any cancelled call, a mutating one
 * that was already sent may or may not have been applied ([Effect.UNKNOWN]): run `clone().await()`
 * (same idempotency key) to settle it — the server answers from its record and never applies it twice.
 *
 * @throws LiveCoinsException (or a subclass) when the call fails
 * @throws IllegalStateException if this call was already executed or enqueued
 */
public suspend fun <T : Any> Call<T>.await(): T {
  val call = this
  val outcome =
    suspendCancellableCoroutine<Result<T>> { continuation ->
      continuation.invokeOnCancellation { call.cancel() }
      call.enqueue(
        object : Callback<T> {
          override fun onSuccess(call: Call<T>, result: T) {
            continuation.resume(Result.success(result))
          }

          override fun onFailure(call: Call<T>, error: LiveCoinsException) {
            // After the coroutine's own cancellation this is dropped by the continuation; a
            // CallCancelledException from elsewhere (call.cancel() by the host) is thrown below.
            continuation.resume(Result.failure(error))
          }
        },
      )
    }
  // Thrown here rather than through resumeWithException: coroutines' stack-trace recovery (on in
  // debug mode) could otherwise hand the caller a copy without the error's effect and context.
  return outcome.getOrThrow()
}

/**
 * Enqueues this call with two lambdas instead of an `object : Callback<T>` expression. Exactly one of
 * them runs, once, on the client's callback executor; a cancelled call reports a
 * [CallCancelledException] to [onFailure].
 *
 * @throws IllegalStateException if this call was already executed or enqueued
 */
public inline fun <T : Any> Call<T>.enqueue(
  crossinline onFailure: (LiveCoinsException) -> Unit,
  crossinline onSuccess: (T) -> Unit,
) {
  enqueue(
    object : Callback<T> {
      override fun onSuccess(call: Call<T>, result: T) = onSuccess(result)

      override fun onFailure(call: Call<T>, error: LiveCoinsException) = onFailure(error)
    },
  )
}
