package io.livecoins.kotlin

import io.livecoins.gift.GiftEvent
import io.livecoins.testing.DemoData
import java.time.Duration
import kotlinx.coroutines.CoroutineStart
import kotlinx.coroutines.async
import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.flow.first
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.launch
import kotlinx.coroutines.test.TestScope
import kotlinx.coroutines.test.runCurrent
import kotlinx.coroutines.test.runTest
import org.assertj.core.api.Assertions.assertThat
import org.assertj.core.api.Assertions.assertThatThrownBy
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Test

internal class GiftEventsFlowTest {
  private val fixture = Fixture()
  private val server = fixture.server
  private val viewer = fixture.client(DemoData.BOB_TOKEN)
  private val creator = fixture.client(DemoData.CAROL_TOKEN)

  @AfterEach
  fun tearDown() = fixture.close()

  /** Lets the collectors launched so far open their feeds (the test dispatcher runs them), then waits for the server to see [count]. */
  private fun TestScope.awaitStreams(count: Int) {
    runCurrent()
    assertThat(server.awaitActiveEventStreams(count, Duration.ofSeconds(10)))
      .describedAs("%d open feed connection(s)", count)
      .isTrue()
  }

  private fun sendGift(giftId: String) {
    viewer.gifts().send(giftId, DemoData.CAROL, DemoData.CAROL_STREAM, 1).execute()
  }

  @Test
  fun collectingOpensTheFeedAndLeavingClosesItsConnection() = runTest {
    val events = creator.gifts().events(DemoData.CAROL_STREAM)
    val received = Channel<GiftEvent>(Channel.UNLIMITED)

    val collector = launch(start = CoroutineStart.UNDISPATCHED) { events.collect { received.send(it) } }
    awaitStreams(1)
    sendGift("rose")
    sendGift("perfume")

    assertThat(listOf(received.receive().giftId(), received.receive().giftId())).containsExactly("rose", "perfume")
    collector.cancel()
    collector.join()
    awaitStreams(0)
  }

  @Test
  fun aTerminalOperatorClosesTheConnectionWhenItHasEnough() = runTest {
    val firstTwo =
      async(start = CoroutineStart.UNDISPATCHED) {
        creator.gifts().events(DemoData.CAROL_STREAM).take(2).toList()
      }
    awaitStreams(1)
    sendGift("rose")
    sendGift("doughnut")

    assertThat(firstTwo.await().map { it.giftId() }).containsExactly("rose", "doughnut")
    awaitStreams(0)
  }

  @Test
  fun collectingAgainResumesAfterTheLastEventHandedOver() = runTest {
    val events = creator.gifts().events(DemoData.CAROL_STREAM)

    val first = async(start = CoroutineStart.UNDISPATCHED) { events.first() }
    awaitStreams(1)
    sendGift("rose")
    assertThat(first.await().giftId()).isEqualTo("rose")
    awaitStreams(0)

    sendGift("perfume") // while nobody collects
    sendGift("doughnut")

    assertThat(events.take(2).toList().map { it.giftId() }).containsExactly("perfume", "doughnut")
    awaitStreams(0)
  }

  @Test
  fun aSavedEventIdResumesAFreshFlowAfterIt() = runTest {
    val first = async(start = CoroutineStart.UNDISPATCHED) { creator.gifts().events(DemoData.CAROL_STREAM).first() }
    awaitStreams(1)
    sendGift("rose")
    val saved = first.await().id() // what an app would persist
    awaitStreams(0)
    sendGift("tiktok")

    val afterRestart = creator.gifts().events(DemoData.CAROL_STREAM, lastEventId = saved).first()

    assertThat(afterRestart.giftId()).isEqualTo("tiktok")
  }

  @Test
  fun aBlankStreamIdIsRefusedBeforeAnythingIsSent() {
    assertThatThrownBy { creator.gifts().events(" ") }.isInstanceOf(IllegalArgumentException::class.java)
    assertThat(server.requestLog()).isEmpty()
  }
}
