package io.livecoins.kotlin

import io.livecoins.Call
import io.livecoins.Callback
import io.livecoins.RetryPolicy
import io.livecoins.errors.CallCancelledException
import io.livecoins.errors.Effect
import io.livecoins.errors.InsufficientCoinsException
import io.livecoins.errors.LiveCoinsException
import io.livecoins.gift.SendGiftResult
import io.livecoins.testing.DemoData
import io.livecoins.testing.Fault
import io.livecoins.wallet.Wallet
import java.time.Duration
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit
import kotlinx.coroutines.CoroutineStart
import kotlinx.coroutines.launch
import kotlinx.coroutines.test.runTest
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Test

internal class AwaitTest {
  private val fixture = Fixture()
  private val server = fixture.server

  @AfterEach
  fun tearDown() = fixture.close()

  @Test
  fun awaitReturnsTheCallsResult() = runTest {
    val wallet = fixture.client(DemoData.BOB_TOKEN).wallet().balance().await()

    assertThat(wallet.coins()).isEqualTo(1000)
  }

  @Test
  fun aFailureIsThrownAsTheTypedExceptionWithItsEffect() = runTest {
    val gifts = fixture.client(DemoData.ALICE_TOKEN).gifts() // alice has 0 coins

    val thrown =
      runCatching { gifts.send("confetti", DemoData.CAROL, DemoData.CAROL_STREAM, 1).await() }.exceptionOrNull()

    assertThat(thrown).isInstanceOf(InsufficientCoinsException::class.java)
    val insufficient = thrown as InsufficientCoinsException
    assertThat(insufficient.effect()).isEqualTo(Effect.NOT_APPLIED)
    assertThat(insufficient.shortfall()).isEqualTo(100)
    assertThat(server.wallet(DemoData.ALICE).coins()).isZero()
  }

  @Test
  fun theExceptionIsTheSameInstanceTheCallbackGot() = runTest {
    // Coroutines' stack-trace recovery (on under -ea, as here) may copy an exception; ours must not be.
    server.faults().once("GET /v1/wallet", Fault.status(500))
    val client = fixture.client(DemoData.BOB_TOKEN)
    val failure = runCatching { client.newBuilder().retryPolicy(RetryPolicy.none()).build().wallet().balance().execute() }
      .exceptionOrNull() as LiveCoinsException
    val call = FailingCall<Wallet>(failure)

    val thrown = runCatching { call.await() }.exceptionOrNull()

    assertThat(thrown).isSameAs(failure)
    assertThat((thrown as LiveCoinsException).effect()).isEqualTo(failure.effect())
  }

  @Test
  fun cancellingWhileAGiftIsInFlightLeavesItUnknownAndTheCloneSettlesItOnce() = runTest {
    val gifts = fixture.client(DemoData.BOB_TOKEN).gifts()
    server.faults().once("POST /v1/gifts/send", Fault.delay(Duration.ofSeconds(1)))
    val send = RecordingCall(gifts.send("perfume", DemoData.CAROL, DemoData.CAROL_STREAM, 1))
    var resumed = false

    val job = launch(start = CoroutineStart.UNDISPATCHED) {
      send.await()
      resumed = true
    }
    fixture.gate.awaitHeld() // the request reached the server: it may or may not be applied now
    job.cancel()
    job.join() // returns at once: the server is still holding the request

    assertThat(job.isCancelled).isTrue()
    assertThat(send.isCanceled).isTrue()
    val delivered = send.awaitDelivery()
    assertThat(delivered).isInstanceOf(CallCancelledException::class.java)
    assertThat((delivered as LiveCoinsException).effect()).isEqualTo(Effect.UNKNOWN)

    fixture.gate.open() // the server goes on and commits: the ledger shows the charge
    Fixture.awaitCondition("the gift to be committed") { server.wallet(DemoData.BOB).coins() == 980L }
    val settled: SendGiftResult = send.clone().await() // same idempotency key: a replay, no new charge

    assertThat(settled.wallet().coins()).isEqualTo(980)
    assertThat(server.wallet(DemoData.BOB).coins()).isEqualTo(980)
    assertThat(server.ledgerEntries().filter { it.account() == "user:" + DemoData.BOB && it.amount() < 0 })
      .hasSize(1)
    val sends = server.requestLog().filter { it.route() == "POST /v1/gifts/send" }
    assertThat(sends.map { it.idempotencyKey() }.distinct()).hasSize(1) // every attempt: the same key
    // The clone may first meet the original still finishing (409 in_progress, retried by the
    // pipeline); the answered sends are the original and one replay. The mock logs a request when it
    // has answered it, and the original's commit happens before its log entry: a fast replay may be
    // logged first, so the order is not asserted.
    assertThat(sends.filter { it.status() != 409 }.map { it.replayed() }).containsExactlyInAnyOrder(false, true)
    assertThat(resumed).isFalse()
  }

  @Test
  fun cancellingAReadLeavesNothingAppliedAndDeliversNothingMore() = runTest {
    val wallet = fixture.client(DemoData.BOB_TOKEN).wallet()
    server.faults().once("GET /v1/wallet", Fault.delay(Duration.ofSeconds(1)))
    val balance = RecordingCall(wallet.balance())
    var resumed = false

    val job = launch(start = CoroutineStart.UNDISPATCHED) {
      balance.await()
      resumed = true
    }
    fixture.gate.awaitHeld()
    job.cancel()
    job.join()
    fixture.gate.open()
    val delivered = balance.awaitDelivery()
    fixture.drainCallbacks() // anything else the call would deliver has been delivered by now

    assertThat(delivered).isInstanceOf(CallCancelledException::class.java)
    assertThat((delivered as LiveCoinsException).effect()).isEqualTo(Effect.NOT_APPLIED)
    assertThat(balance.deliveries).hasSize(1)
    assertThat(resumed).isFalse()
    assertThat(wallet.cached()).isNull()
  }

  @Test
  fun aCallCancelledByTheHostIsThrownAsCallCancelledException() = runTest {
    val balance = fixture.client(DemoData.BOB_TOKEN).wallet().balance()
    balance.cancel()

    val thrown = runCatching { balance.await() }.exceptionOrNull()

    assertThat(thrown).isInstanceOf(CallCancelledException::class.java)
    assertThat((thrown as LiveCoinsException).effect()).isEqualTo(Effect.NOT_APPLIED)
  }

  @Test
  fun enqueueWithLambdasDeliversTheResultOnTheCallbackExecutor() {
    val done = CountDownLatch(1)
    var coins = -1L
    var thread = ""

    fixture.client(DemoData.BOB_TOKEN).wallet().balance().enqueue(
      onFailure = { throw AssertionError(it) },
      onSuccess = {
        coins = it.coins()
        thread = Thread.currentThread().name
        done.countDown()
      },
    )

    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue()
    assertThat(coins).isEqualTo(1000)
    assertThat(thread).startsWith(Fixture.CALLBACK_THREAD)
  }

  /** A call that fails with [failure] on enqueue, as the client's would on its callback executor. */
  private class FailingCall<T : Any>(private val failure: LiveCoinsException) : Call<T> {
    override fun execute(): T = throw failure

    override fun enqueue(callback: Callback<T>) = callback.onFailure(this, failure)

    override fun cancel() {}

    override fun isCanceled() = false

    override fun isExecuted() = true

    override fun clone(): Call<T> = FailingCall(failure)
  }

  /** Wraps a call and records what it delivers to the callback `await` gives it. */
  private class RecordingCall<T : Any>(private val delegate: Call<T>) : Call<T> by delegate {
    val deliveries = CopyOnWriteArrayList<Any>()
    private val delivered = CountDownLatch(1)

    override fun enqueue(callback: Callback<T>) =
      delegate.enqueue(
        object : Callback<T> {
          override fun onSuccess(call: Call<T>, result: T) {
            deliveries += result
            delivered.countDown()
            callback.onSuccess(call, result)
          }

          override fun onFailure(call: Call<T>, error: LiveCoinsException) {
            deliveries += error
            delivered.countDown()
            callback.onFailure(call, error)
          }
        },
      )

    fun awaitDelivery(): Any {
      check(delivered.await(10, TimeUnit.SECONDS)) { "nothing delivered" }
      return deliveries.first()
    }

    override fun clone(): Call<T> = delegate.clone()
  }
}
