package io.livecoins.errors;

import org.jspecify.annotations.Nullable;

/**
 * The user cancelled the payment (dismissed the payment sheet). Nothing was charged and no coins
 * were credited ({@link Effect#NOT_APPLIED}); the order is left to expire and its local record is
 * removed. Code {@code "payment_cancelled"}.
 */
public final class PaymentCancelledException extends PaymentException {
  private static final long serialVersionUID = 2L;
  /** The recharge order whose payment was cancelled; null when unknown. */
  private final @Nullable String orderId;

  /**
   * Creates the exception.
   *
   * @param context the failure's context; its code becomes {@code "payment_cancelled"}
   * @param orderId the recharge order whose payment was cancelled, or null when unknown
   */
  public PaymentCancelledException(ErrorContext context, @Nullable String orderId) {
    super("payment_cancelled", context, null);
    this.orderId = orderId;
  }

  /**
   * The recharge order whose payment was cancelled.
   *
   * @return the order id, or null when the payment was cancelled before an order was known
   */
  public @Nullable String orderId() {
    return orderId;
  }
}
