package io.livecoins.kotlin

import io.livecoins.AuthTokenProvider
import io.livecoins.LiveCoins
import io.livecoins.errors.Effect
import io.livecoins.errors.PaymentCancelledException
import io.livecoins.payment.PaymentRequest
import io.livecoins.payment.PaymentResult
import io.livecoins.payment.SandboxPaymentProvider
import io.livecoins.payment.TestCard
import io.livecoins.testing.DemoData
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.CoroutineStart
import kotlinx.coroutines.async
import kotlinx.coroutines.test.runTest
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Test

internal class SuspendingPaymentProviderTest {
  private val fixture = Fixture()
  private val server = fixture.server

  @AfterEach
  fun tearDown() = fixture.close()

  /** A payment sheet: shows itself, then suspends until the test answers for the user. */
  private class SheetProvider : SuspendingPaymentProvider {
    val shown = CompletableDeferred<PaymentRequest>()
    val userAnswer = CompletableDeferred<Boolean>()
    private val sandbox = SandboxPaymentProvider()

    override val id: String = "sandbox"

    override suspend fun authorize(request: PaymentRequest): PaymentResult {
      shown.complete(request)
      return if (userAnswer.await()) sandbox.authorize(request) else PaymentResult.cancelled()
    }
  }

  private fun client(provider: SuspendingPaymentProvider): LiveCoins =
    fixture.client(DemoData.ALICE_TOKEN).newBuilder().paymentProvider(provider).build()

  @Test
  fun aPurchaseWaitsForTheSuspendingProviderAndCreditsTheCoins() = runTest {
    val sheet = SheetProvider()
    val recharge = client(sheet).recharge()
    val pack = recharge.packages("US").await()[2]

    val purchase = async(start = CoroutineStart.UNDISPATCHED) { recharge.purchase(pack, "sandbox", TestCard.VISA).await() }
    val request = sheet.shown.await()
    assertThat(purchase.isCompleted).isFalse() // the order waits for the user
    assertThat(server.wallet(DemoData.ALICE).coins()).isZero()
    sheet.userAnswer.complete(true)
    val result = purchase.await()

    assertThat(request.packageId()).isEqualTo(pack.id())
    assertThat(result.isCompleted).isTrue()
    assertThat(result.coinsCredited()).isEqualTo(735)
    assertThat(server.wallet(DemoData.ALICE).coins()).isEqualTo(735)
  }

  @Test
  fun aUserWhoClosesTheSheetGetsPaymentCancelledAndNothingIsCharged() = runTest {
    val sheet = SheetProvider()
    val recharge = client(sheet).recharge()
    val pack = recharge.packages("US").await()[0]
    sheet.userAnswer.complete(false)

    val thrown = runCatching { recharge.purchase(pack, "sandbox", TestCard.VISA).await() }.exceptionOrNull()

    assertThat(thrown).isInstanceOf(PaymentCancelledException::class.java)
    assertThat((thrown as PaymentCancelledException).effect()).isEqualTo(Effect.NOT_APPLIED)
    assertThat(server.wallet(DemoData.ALICE).coins()).isZero()
  }

  @Test
  fun theAdapterKeepsTheProviderIdAndMethodCheck() {
    val provider = SheetProvider().asPaymentProvider()

    assertThat(provider.id()).isEqualTo("sandbox")
    assertThat(provider.toString()).contains("sandbox")
  }

  @Suppress("unused")
  private fun builderTakesASuspendingProviderDirectly(): LiveCoins.Builder =
    LiveCoins.builder().authTokenProvider(AuthTokenProvider.of("u", "t")).paymentProvider(SheetProvider())
}
