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
  /** The recharge order whose payment is uncertain; never null. */
  private final String orderId;

  /**
   * Creates the exception; the effect is {@link Effect#UNKNOWN} whatever {@code context} says
   * (or {@link Effect#APPLIED} if it says so).
   *
   * @param context the failure's context; its code becomes {@code "payment_uncertain"}
   * @param orderId the recharge order whose payment is uncertain
   * @param cause the provider's or transport's failure, or null
   * @throws NullPointerException if {@code orderId} is null
   */
  public PaymentUncertainException(
      ErrorContext context, String orderId, @Nullable Throwable cause) {
    super(
        "payment_uncertain",
        context.effect() == Effect.NOT_APPLIED ? context.withEffect(Effect.UNKNOWN) : context,
        cause);
    this.orderId = Objects.requireNonNull(orderId, "orderId == null");
  }

  /**
   * The recharge order whose payment is uncertain; pass it to {@code recharge().order(id)} to
   * follow it.
   *
   * @return the order id; never null
   */
  public String orderId() {
    return orderId;
  }

  /**
   * Always false: repeating the purchase could charge the user twice; {@code resumePending()}
   * settles the order instead.
   *
   * @return false
   */
  @Override
  public boolean isRetryable() {
    return false;
  }
}
