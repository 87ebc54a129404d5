package io.livecoins.kotlin

import io.livecoins.AuthTokenProvider
import io.livecoins.LiveCoins
import io.livecoins.gift.GiftEvent
import io.livecoins.payment.SandboxPaymentProvider
import io.livecoins.payment.TestCard
import io.livecoins.recharge.FilePendingOrderStore
import io.livecoins.testing.LiveCoinsMockServer
import java.nio.file.Files
import java.nio.file.Path
import java.time.Duration
import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.launch
import kotlinx.coroutines.test.runCurrent
import kotlinx.coroutines.test.runTest
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

/** The README's Kotlin quick start compiles, runs, and is the same code as the README shows. */
internal class KotlinQuickStartTest {
  @Test
  fun theReadmeKotlinQuickStartRunsAgainstTheMockBackend(@TempDir dataDir: Path) = runTest {
    LiveCoinsMockServer.builder().build().start().use { server ->
      val baseUrl = server.url().toString()
      val userId = "alice"
      val userSessionToken = "demo-token-alice"
      val scope = backgroundScope // a screen's scope in an app
      val coinsShown = Channel<Long>(Channel.UNLIMITED)
      val giftsShown = Channel<GiftEvent>(Channel.UNLIMITED)
      fun showCoins(coins: Long) = coinsShown.trySend(coins)
      fun showGift(event: GiftEvent) = giftsShown.trySend(event)

      // kotlin-quickstart:start
      val client = LiveCoins.builder()
          .baseUrl(baseUrl)
          .authTokenProvider(AuthTokenProvider.of(userId, userSessionToken))
          .paymentProvider(SandboxPaymentProvider())
          .pendingOrderStore(FilePendingOrderStore(dataDir.resolve("livecoins-orders")))
          .build()

      // In a coroutine: every call suspends instead of blocking, and is cancelled with its scope.
      client.recharge().resumePending().await()
      val pack = client.recharge().packages("US").await()[2]  // 700 coins + 35 bonus
      val bought = client.recharge().purchase(pack, "sandbox", TestCard.VISA).await()
      scope.launch { client.wallet().updates().collect { wallet -> showCoins(wallet.coins()) } }
      scope.launch { client.gifts().events("stream-carol").collect { event -> showGift(event) } }
      val sent = client.gifts().send("rose", "carol", "stream-carol", 1).await()
      // kotlin-quickstart:end

      assertThat(bought.isCompleted).isTrue()
      assertThat(bought.coinsCredited()).isEqualTo(735)
      assertThat(sent.wallet().coins()).isEqualTo(734)
      runCurrent()
      assertThat(coinsShown.receive()).isIn(735L, 734L)
      assertThat(server.awaitActiveEventStreams(1, Duration.ofSeconds(10))).isTrue()
      client.gifts().send("rose", "carol", "stream-carol", 1).await() // the feed is connected now
      assertThat(giftsShown.receive().senderId()).isEqualTo("alice")
      server.assertConsistent()
    }
  }

  @Test
  fun theReadmeShowsExactlyThisCode() {
    val inTest =
      between(
        Files.readAllLines(Path.of("src/test/kotlin/io/livecoins/kotlin/KotlinQuickStartTest.kt")),
        "// kotlin-quickstart:start",
        "// kotlin-quickstart:end",
      )
    val inReadme =
      between(
          Files.readAllLines(Path.of("..", "README.md")),
          "<!-- kotlin-quickstart:start -->",
          "<!-- kotlin-quickstart:end -->",
        )
        .filterNot { it.startsWith("```") }

    assertThat(inTest).isNotEmpty()
    assertThat(inReadme).isEqualTo(inTest)
  }

  private fun between(lines: List<String>, start: String, end: String): List<String> =
    lines
      .map { it.trim() }
      .dropWhile { it != start }
      .drop(1)
      .takeWhile { it != end }
      .filter { it.isNotEmpty() }
      .map { it.replace(Regex("\\s+"), " ") }
}
