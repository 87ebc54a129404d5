package io.livecoins.errors;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The payment provider could not tell whether the user was charged ("may have been charged"), so
 * the coins could not be credited yet. The effect is {@link Effect#UNKNOWN}: the order stays in the
 * {@code PendingOrderStore}, and {@code recharge().resumePending()} finishes it once the provider
 * can {@linkplain io.livecoins.payment.PaymentProvider#recoverAuthorization(String) recover} the
 * authorization. Tell the user "we are checking your payment", never "you were not charged". Code
 * {@code "payment_uncertain"}.
 *
 * <p>Not {@linkplain #isRetryable() retryable}: do not repeat the purchase; {@code
 * resumePending()} settles this order exactly once.
 */
public final class PaymentUncertainException extends PaymentException {
  private static final long serialVersionUID = 2L;
  private final String orderId;

  /**
   * Creates the exception; the effect is {@link Effect#UNKNOWN} whatever {@code context} says
   * (or {@link Effect#APPLIED} if it says so).
   */
  public PaymentUncertainException(
      ErrorContext context, String orderId, @Nullable Throwable cause) {
    super(
        "payment_uncertain",
        context.effect() == Effect.NOT_APPLIED ? context.withEffect(Effect.UNKNOWN) : context,
        cause);
    this.orderId = Objects.requireNonNull(orderId, "orderId == null");
  }

  /** The recharge order whose payment is uncertain; pass it to {@code recharge().order(id)}. */
  public String orderId() {
    return orderId;
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}
