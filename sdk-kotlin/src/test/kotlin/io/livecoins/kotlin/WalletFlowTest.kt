package io.livecoins.kotlin

import io.livecoins.errors.AuthenticationException
import io.livecoins.testing.DemoData
import io.livecoins.wallet.TransactionType
import io.livecoins.wallet.Wallet
import kotlinx.coroutines.CoroutineStart
import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.flow.first
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.launch
import kotlinx.coroutines.test.runTest
import org.assertj.core.api.Assertions.assertThat
import org.assertj.core.api.Assertions.assertThatThrownBy
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Test

internal class WalletFlowTest {
  private val fixture = Fixture()
  private val server = fixture.server

  @AfterEach
  fun tearDown() = fixture.close()

  private fun walletReads() = server.requestLog().count { it.route() == "GET /v1/wallet" }

  @Test
  fun emitsTheCurrentWalletThenEveryNewerVersion() = runTest {
    val client = fixture.client(DemoData.BOB_TOKEN)
    val seen = Channel<Wallet>(Channel.UNLIMITED)

    val collector =
      launch(start = CoroutineStart.UNDISPATCHED) { client.wallet().updates().collect { seen.send(it) } }
    val current = seen.receive() // nothing cached yet: read from the server
    client.gifts().send("rose", DemoData.CAROL, DemoData.CAROL_STREAM, 1).await()
    client.gifts().send("perfume", DemoData.CAROL, DemoData.CAROL_STREAM, 1).await()
    val afterRose = seen.receive()
    val afterPerfume = seen.receive()
    collector.cancel()

    assertThat(listOf(current, afterRose, afterPerfume).map { it.coins() }).containsExactly(1000L, 999L, 979L)
    assertThat(afterRose.isNewerThan(current)).isTrue()
    assertThat(afterPerfume.isNewerThan(afterRose)).isTrue()
    assertThat(walletReads()).isEqualTo(1)
  }

  @Test
  fun startsFromTheCachedSnapshotWithoutARequest() = runTest {
    val client = fixture.client(DemoData.BOB_TOKEN)
    val cached = client.wallet().balance().await()

    val first = client.wallet().updates().first()

    assertThat(first).isEqualTo(cached)
    assertThat(walletReads()).isEqualTo(1)
  }

  @Test
  fun anOlderSnapshotIsNeverEmittedAfterANewerOne() = runTest {
    val client = fixture.client(DemoData.BOB_TOKEN)
    client.gifts().send("rose", DemoData.CAROL, DemoData.CAROL_STREAM, 1).await()

    val collected =
      launch(start = CoroutineStart.UNDISPATCHED) {
        val versions = client.wallet().updates().take(2).toList().map { it.version() }
        assertThat(versions).isSorted().doesNotHaveDuplicates()
      }
    client.wallet().balance().await() // the same version again: not a new element
    client.gifts().send("rose", DemoData.CAROL, DemoData.CAROL_STREAM, 1).await()
    collected.join()
  }

  @Test
  fun aFailedFirstReadFailsTheFlowWithTheTypedException() = runTest {
    val stranger = fixture.client("demo-token-nobody", userId = "nobody")

    val thrown = runCatching { stranger.wallet().updates().first() }.exceptionOrNull()

    assertThat(thrown).isInstanceOf(AuthenticationException::class.java)
  }

  @Test
  fun transactionsFlowFetchesPagesOnlyAsTheCollectorAsks() = runTest {
    val client = fixture.client(DemoData.BOB_TOKEN)
    for (gift in listOf("rose", "tiktok", "perfume", "doughnut", "rose")) {
      client.gifts().send(gift, DemoData.CAROL, DemoData.CAROL_STREAM, 1).await()
    }

    val newestThree = client.wallet().transactionsFlow(pageSize = 2).take(3).toList()

    assertThat(newestThree.map { it.coins() }).containsExactly(-1L, -30L, -20L)
    assertThat(newestThree.map { it.type() }).containsOnly(TransactionType.GIFT_SENT)
    assertThat(server.requestLog().count { it.route() == "GET /v1/wallet/transactions" }).isEqualTo(2)
  }

  @Test
  fun transactionsFlowRefusesABadPageSizeBeforeSending() {
    val wallet = fixture.client(DemoData.BOB_TOKEN).wallet()

    assertThatThrownBy { wallet.transactionsFlow(pageSize = 0) }.isInstanceOf(IllegalArgumentException::class.java)
    assertThat(server.requestLog()).isEmpty()
  }
}
