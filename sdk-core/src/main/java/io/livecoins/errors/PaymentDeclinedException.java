package io.livecoins.errors;

import io.livecoins.internal.Redactor;
import io.livecoins.payment.DeclineReason;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The payment was declined (HTTP 402 {@code payment_declined}, or a decline reported by the payment
 * provider before anything reached the server). Nothing was charged and no coins were credited;
 * show {@link #reason()} to the user. The decline text a provider or server sent is redacted in the
 * message.
 */
public final class PaymentDeclinedException extends PaymentException {
  private static final long serialVersionUID = 2L;
  /** Why the payment was declined; never null. */
  private final DeclineReason reason;
  /** The recharge order whose payment was declined; null when unknown. */
  private final @Nullable String orderId;

  /**
   * Creates the exception.
   *
   * @param context the failure's context; its code becomes {@code "payment_declined"}
   * @param reason why the payment was declined
   * @param orderId the recharge order whose payment was declined, or null when unknown; cleaned and
   *     capped like a request id
   * @throws NullPointerException if {@code reason} is null
   */
  public PaymentDeclinedException(
      ErrorContext context, DeclineReason reason, @Nullable String orderId) {
    super("payment_declined", context, null);
    this.reason = Objects.requireNonNull(reason, "reason == null");
    this.orderId = orderId == null ? null : Redactor.identifier(orderId);
  }

  /**
   * Why the payment was declined, to choose what to tell the user (use another card, contact the
   * bank, try later).
   *
   * @return the reason; never null
   */
  public DeclineReason reason() {
    return reason;
  }

  /**
   * The recharge order whose payment was declined.
   *
   * @return the order id, or null when the decline came before an order was known
   */
  public @Nullable String orderId() {
    return orderId;
  }
}
