package io.livecoins.kotlin

import io.livecoins.gift.Gift
import io.livecoins.testing.DemoData
import kotlinx.coroutines.CoroutineStart
import kotlinx.coroutines.async
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.test.runTest
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Test

internal class ComboProgressTest {
  private val fixture = Fixture()
  private val server = fixture.server

  @AfterEach
  fun tearDown() = fixture.close()

  @Test
  fun progressReportsEverySentBatchThenFinishedAndFinishReturnsTheFinalStats() = runTest {
    val gifts = fixture.client(DemoData.BOB_TOKEN).gifts()
    val rose: Gift = gifts.catalog().await().first { it.id() == "rose" }
    val combo = gifts.comboWithProgress(rose, DemoData.CAROL, DemoData.CAROL_STREAM)
    val progress = async(start = CoroutineStart.UNDISPATCHED) { combo.progress.toList() }

    repeat(3) { assertThat(combo.tap()).isTrue() }
    combo.flush()
    repeat(2) { assertThat(combo.tap()).isTrue() }
    val stats = combo.finish()

    val outcomes = progress.await()
    assertThat(outcomes.last()).isInstanceOf(ComboProgress.Finished::class.java)
    assertThat((outcomes.last() as ComboProgress.Finished).stats).isEqualTo(stats)
    val sent = outcomes.filterIsInstance<ComboProgress.BatchSent>().sumOf { it.result.receipt().quantity() }
    assertThat(sent).isEqualTo(5)
    assertThat(stats.quantitySent()).isEqualTo(5)
    assertThat(combo.isClosed).isTrue()
    assertThat(combo.tap()).isFalse()
    assertThat(server.wallet(DemoData.BOB).coins()).isEqualTo(995)
  }

  @Test
  fun aFailedBatchIsReportedWithItsTypedErrorBeforeFinished() = runTest {
    val client = fixture.client(DemoData.BOB_TOKEN)
    val gifts = client.gifts()
    val confetti: Gift = gifts.catalog().await().first { it.id() == "confetti" }
    client.wallet().balance().await() // this client believes bob has 1000 coins...
    fixture.client(DemoData.BOB_TOKEN).gifts().send("galaxy", DemoData.CAROL, DemoData.CAROL_STREAM, 1).await()
    val combo = gifts.comboWithProgress(confetti, DemoData.CAROL, DemoData.CAROL_STREAM)

    assertThat(combo.tap()).isTrue() // ...so the tap is accepted, and the server refuses the batch
    val stats = combo.finish()
    val outcomes = combo.progress.toList() // buffered: nothing is lost before collection

    assertThat(outcomes.map { it::class.simpleName }).containsExactly("BatchFailed", "Finished")
    val failed = outcomes.first() as ComboProgress.BatchFailed
    assertThat(failed.quantity).isEqualTo(1)
    assertThat(failed.error.code()).isEqualTo("insufficient_coins")
    assertThat(stats.quantityFailed()).isEqualTo(1)
  }
}
