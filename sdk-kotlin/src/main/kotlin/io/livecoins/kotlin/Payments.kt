@file:JvmName("LiveCoinsPayments")

package io.livecoins.kotlin

import io.livecoins.LiveCoins
import io.livecoins.payment.PaymentMethod
import io.livecoins.payment.PaymentProvider
import io.livecoins.payment.PaymentRequest
import io.livecoins.payment.PaymentResult
import kotlin.coroutines.CoroutineContext
import kotlin.coroutines.EmptyCoroutineContext
import kotlinx.coroutines.runBlocking

/**
 * A [PaymentProvider] written with suspending functions, for a payment step that waits on a UI or an
 * async SDK (a payment sheet, Google Play Billing's `launchBillingFlow`): suspend until the user has
 * paid instead of blocking a thread by hand. Register it with
 * [LiveCoins.Builder.paymentProvider] (the overload of this module) like any provider.
 *
 * ```
 * class SheetProvider(private val sheet: PaymentSheet) : SuspendingPaymentProvider {
 *   override val id = "card"
 *   override suspend fun authorize(request: PaymentRequest): PaymentResult =
 *     withContext(mainDispatcher) {
 *       when (val outcome = sheet.present(request.price(), request.orderId())) {  // suspends
 *         is Paid -> PaymentResult.authorized(outcome.token)
 *         is Cancelled -> PaymentResult.cancelled()
 *         is Declined -> PaymentResult.declined(DeclineReason.fromWireName(outcome.code))
 *       }
 *     }
 * }
 * ```
 *
 * The SDK calls [authorize] and [recoverAuthorization] on a dispatcher thread (never the callback
 * executor), which waits for them; switch to your UI dispatcher inside as needed. An exception they
 * throw is treated as [PaymentResult.unknown], as for a Java provider; use [PaymentRequest.orderId] as
 * your processor's idempotency key, because the SDK may ask again for the same order.
 */
public interface SuspendingPaymentProvider {
  /** The provider id used on the wire and in the catalog, such as `"card"` or `"google_play"`. */
  public val id: String

  /**
   * Checks the host's [PaymentMethod] when the purchase call is created, before anything is sent;
   * throw [IllegalArgumentException] to reject it. The default accepts everything.
   */
  public fun checkMethod(method: PaymentMethod) {}

  /** Asks the user to pay for [request]; suspends until the outcome is known. */
  public suspend fun authorize(request: PaymentRequest): PaymentResult

  /**
   * The payment token of [orderId] if this provider authorized a payment for it earlier (before the
   * app was killed), or null if it knows of none. The default knows of none.
   */
  public suspend fun recoverAuthorization(orderId: String): String? = null
}

/**
 * This provider as a blocking [PaymentProvider]: each call runs the suspending function to completion
 * on the SDK's dispatcher thread, in [context] (empty: an event loop on that thread; the provider
 * switches to its own dispatchers inside). If that thread is interrupted, the suspending call is
 * cancelled and the outcome is unknown.
 */
public fun SuspendingPaymentProvider.asPaymentProvider(
  context: CoroutineContext = EmptyCoroutineContext,
): PaymentProvider = BlockingPaymentProvider(this, context)

/**
 * Registers a [SuspendingPaymentProvider]: `builder.paymentProvider(asPaymentProvider())`.
 *
 * @throws IllegalArgumentException as [LiveCoins.Builder.paymentProvider] does (a blank or repeated id)
 */
public fun LiveCoins.Builder.paymentProvider(provider: SuspendingPaymentProvider): LiveCoins.Builder =
  paymentProvider(provider.asPaymentProvider())

private class BlockingPaymentProvider(
  private val delegate: SuspendingPaymentProvider,
  private val context: CoroutineContext,
) : PaymentProvider {
  override fun id(): String = delegate.id

  override fun checkMethod(method: PaymentMethod) = delegate.checkMethod(method)

  override fun authorize(request: PaymentRequest): PaymentResult =
    runBlocking(context) { delegate.authorize(request) }

  override fun recoverAuthorization(orderId: String): String? =
    runBlocking(context) { delegate.recoverAuthorization(orderId) }

  override fun toString(): String = "SuspendingPaymentProvider(${delegate.id})"
}
