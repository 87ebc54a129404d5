package io.livecoins.kotlin

import io.livecoins.testing.DemoData
import io.livecoins.testing.Fault
import java.time.Duration
import java.util.concurrent.ThreadPoolExecutor
import kotlinx.coroutines.CoroutineStart
import kotlinx.coroutines.Job
import kotlinx.coroutines.cancelAndJoin
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.launch
import kotlinx.coroutines.test.runCurrent
import kotlinx.coroutines.test.runTest
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Test

internal class StructuredConcurrencyTest {
  private val fixture = Fixture()
  private val server = fixture.server

  @AfterEach
  fun tearDown() = fixture.close()

  @Test
  fun whenTheScopeEndsItsCallsAreCancelledItsFeedsClosedAndNoThreadWorksForIt() = runTest {
    val client = fixture.client(DemoData.BOB_TOKEN)
    val feedThreadsBefore = Fixture.threadsNamed("OkHttp " + server.url()).size
    server.faults().once("GET /v1/wallet", Fault.delay(Duration.ofSeconds(1)))
    var screen: Job? = null
    var anyChildResumed = false

    coroutineScope {
      screen =
        launch(start = CoroutineStart.UNDISPATCHED) {
          launch(start = CoroutineStart.UNDISPATCHED) {
            client.wallet().balance().await() // held by the server
            anyChildResumed = true
          }
          launch(start = CoroutineStart.UNDISPATCHED) {
            client.gifts().events(DemoData.CAROL_STREAM).collect { anyChildResumed = true }
          }
          launch(start = CoroutineStart.UNDISPATCHED) {
            client.gifts().events(DemoData.DAVE_STREAM).collect { anyChildResumed = true }
          }
        }
      runCurrent() // the collectors open their feeds
      fixture.gate.awaitHeld()
      assertThat(server.awaitActiveEventStreams(2, Duration.ofSeconds(10))).isTrue()
      assertThat(Fixture.threadsNamed("OkHttp " + server.url())).hasSizeGreaterThan(feedThreadsBefore)

      screen!!.cancelAndJoin() // the screen goes away; nothing waits for the server
    }

    assertThat(screen!!.isCancelled).isTrue()
    assertThat(anyChildResumed).isFalse()
    assertThat(server.awaitActiveEventStreams(0, Duration.ofSeconds(10))).isTrue()
    // No thread keeps working for the scope: the feeds' reader threads end, the held call's
    // dispatcher thread returns to the pool (before the server even answers), and no thread of
    // this module's own exists (it starts none).
    Fixture.awaitCondition("the feed reader threads to end") {
      Fixture.threadsNamed("OkHttp " + server.url()).size <= feedThreadsBefore
    }
    Fixture.awaitCondition("the dispatcher to be idle") {
      (fixture.dispatcher as ThreadPoolExecutor).activeCount == 0
    }
    assertThat(Fixture.threadsNamed("DefaultDispatcher-worker")).isEmpty()
  }
}
