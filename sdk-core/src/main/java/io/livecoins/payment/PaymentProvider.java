package io.livecoins.payment;

import org.jspecify.annotations.Nullable;

/**
 * Pays for recharge orders: a card processor, PayPal, Google Play Billing, a regional wallet, or
 * the built-in {@link SandboxPaymentProvider}. Register providers with {@code
 * LiveCoins.Builder.paymentProvider(provider)}; each coin package lists the provider ids that may pay
 * for it, and each purchase names one.
 *
 * <p>The SDK calls {@link #authorize(PaymentRequest)} after the order was created and recorded in
 * the {@code PendingOrderStore}, then hands the returned token to the backend, which verifies it with
 * the processor and credits the coins. Card data and account credentials stay inside the provider;
 * only the opaque token leaves it.
 *
 * <pre>{@code
 * final class MyCardProvider implements PaymentProvider {
 *   public String id() { return "card"; }
 *   public PaymentResult authorize(PaymentRequest request) {
 *     CardInput card = (CardInput) request.method();
 *     Intent intent = processor.confirm(card, request.price(), request.orderId()); // idempotent per order
 *     switch (intent.status()) {
 *       case "succeeded": return PaymentResult.authorized(intent.id());
 *       case "declined":  return PaymentResult.declined(DeclineReason.fromWireName(intent.code()));
 *       default:          return PaymentResult.unknown("intent " + intent.status());
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>Implementations must be thread-safe; {@link #authorize} and {@link #recoverAuthorization} are
 * called on a dispatcher thread (the thread of {@code execute()} or the client's dispatcher for
 * {@code enqueue()}), never on the callback executor, so they may block while a payment sheet is
 * shown. Exceptions they throw are treated as {@link PaymentResult#unknown(String)}.
 */
public interface PaymentProvider {
  /**
   * {@return the provider id used on the wire and in the catalog, such as {@code "card"}, {@code
   * "paypal"}, {@code "google_play"} or {@code "sandbox"}}
   */
  String id();

  /**
   * Checks the host's {@link PaymentMethod} when the purchase call is created, before any request is
   * sent; throw {@link IllegalArgumentException} (or {@link NullPointerException}) to reject it, for
   * example when it is not the type this provider expects. The default accepts everything.
   *
   * @param method the host's payment input from the purchase call
   * @throws IllegalArgumentException if the method is not one this provider can use
   */
  default void checkMethod(PaymentMethod method) {}

  /**
   * Asks the user to pay for {@code request} and returns the outcome. Blocks until the
   * payment is authorized, declined, cancelled or its outcome is unknown.
   *
   * <p>Use {@link PaymentRequest#orderId()} as your processor's idempotency key: after a lost
   * response the SDK may call this again for the same order.
   *
   * @param request what to charge: the order id, the amount and the host's payment method
   * @return the outcome: authorized (with a payment token), declined, cancelled, uncertain or
   *     completed by the hosted page; never null
   */
  PaymentResult authorize(PaymentRequest request);

  /**
   * {@return the payment token of {@code orderId} if this provider authorized a payment for it
   * earlier (for example before the app was killed), or null if it knows of none} Called by {@code
   * resumePending()} for orders whose token was never recorded, the way an app calls Play Billing's
   * {@code queryPurchasesAsync} on start-up. The default knows of none.
   *
   * @param orderId the order id that was in the {@link PaymentRequest}
   */
  default @Nullable String recoverAuthorization(String orderId) {
    return null;
  }
}
