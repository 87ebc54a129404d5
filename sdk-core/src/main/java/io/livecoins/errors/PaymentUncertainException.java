package io.livecoins.errors;

import org.jspecify.annotations.Nullable;

/**
 * The payment provider could not tell whether the user was charged ("may have been charged"), so
 * the coins could not be credited yet. The effect is {@link Effect#UNKNOWN}: the order stays in the
 * {@code PendingOrderStore}, and {@code recharge().resumePending()} finishes it once the provider
 * can {@linkplain io.livecoins.payment.PaymentProvider#recoverAuthorization(String) recover} the
 * authorization. Tell the user "we are checking your payment", never "you were not charged". Code
 * {@code "payment_uncertain"}.
 */
public final class PaymentUncertainException extends LiveCoinsException {
  private static final long serialVersionUID = 1L;
  private final String orderId;

  /** Creates the exception. */
  public PaymentUncertainException(String message, String orderId, @Nullable Throwable cause) {
    super("payment_uncertain", message, 0, null, Effect.UNKNOWN, cause);
    this.orderId = orderId;
  }

  /** The recharge order whose payment is uncertain; pass it to {@code recharge().order(id)}. */
  public String orderId() {
    return orderId;
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
