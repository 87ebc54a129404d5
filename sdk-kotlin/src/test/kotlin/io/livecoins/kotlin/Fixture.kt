package io.livecoins.kotlin

import io.livecoins.AuthTokenProvider
import io.livecoins.LiveCoins
import io.livecoins.RetryPolicy
import io.livecoins.testing.LiveCoinsMockServer
import io.livecoins.testing.Sleeper
import java.time.Duration
import java.util.concurrent.CountDownLatch
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors
import java.util.concurrent.ThreadFactory
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicInteger
import java.util.concurrent.locks.LockSupport

/**
 * The mock backend and clients for one test: the server's delay faults wait on [gate] (so a request
 * can be held in flight on cue), the SDK runs on named threads that [close] shuts down.
 */
internal class Fixture : AutoCloseable {
  val gate = Gate()
  val server: LiveCoinsMockServer = LiveCoinsMockServer.builder()
      .sleeper(gate)
      .sseHeartbeat(Duration.ofMillis(50)) // notices a feed connection closed by the client at once
      .build()
      .start()
  val dispatcher: ExecutorService = Executors.newCachedThreadPool(named(DISPATCHER_THREAD))
  val callbacks: ExecutorService = Executors.newSingleThreadExecutor(named(CALLBACK_THREAD))

  fun client(token: String, userId: String = server.userIdOf(token)): LiveCoins =
    LiveCoins.builder()
      .baseUrl(server.url().toString())
      .authTokenProvider(AuthTokenProvider.of(userId, token))
      .retryPolicy(RetryPolicy.builder().jitter(false).build())
      .sleeper {}
      .dispatcher(dispatcher)
      .callbackExecutor(callbacks)
      .build()

  /** Runs nothing on the callback executor but returns once everything queued before has run. */
  fun drainCallbacks() {
    val done = CountDownLatch(1)
    callbacks.execute { done.countDown() }
    check(done.await(10, TimeUnit.SECONDS)) { "callback executor stuck" }
  }

  override fun close() {
    gate.open()
    try {
      server.assertConsistent()
      server.assertNoContractViolations()
    } finally {
      server.close()
      dispatcher.shutdownNow()
      callbacks.shutdownNow()
    }
  }

  /** A server-side [Sleeper] that holds every delayed request until [open]. */
  class Gate : Sleeper {
    private val entered = CountDownLatch(1)
    private val released = CountDownLatch(1)

    override fun sleep(duration: Duration) {
      entered.countDown()
      released.await()
    }

    /** Waits until a delayed request is held (it was sent and received, not yet processed). */
    fun awaitHeld() {
      check(entered.await(10, TimeUnit.SECONDS)) { "no request reached the gate" }
    }

    fun open() = released.countDown()
  }

  companion object {
    const val DISPATCHER_THREAD = "lc-kotlin-test-dispatcher"
    const val CALLBACK_THREAD = "lc-kotlin-test-callbacks"

    private fun named(prefix: String): ThreadFactory {
      val count = AtomicInteger()
      return ThreadFactory { r -> Thread(r, "$prefix-${count.incrementAndGet()}") }
    }

    /**
     * Waits (bounded) until [condition] holds, for effects with no hook to wait on, such as the server
     * committing a request whose client already left. Never a timing assertion: it only bounds a hang.
     */
    fun awaitCondition(what: String, condition: () -> Boolean) {
      val deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10)
      while (!condition()) {
        check(System.nanoTime() < deadline) { "timed out waiting for $what" }
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1))
      }
    }

    /** Live threads whose name starts with [prefix]. */
    fun threadsNamed(prefix: String): List<Thread> =
      Thread.getAllStackTraces().keys.filter { it.isAlive && it.name.startsWith(prefix) }
  }
}
