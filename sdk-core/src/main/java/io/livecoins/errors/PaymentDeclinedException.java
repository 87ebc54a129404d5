package io.livecoins.errors;

import io.livecoins.payment.DeclineReason;
import org.jspecify.annotations.Nullable;

/**
 * The payment was declined (HTTP 402 {@code payment_declined}, or a decline reported by the payment
 * provider before anything reached the server). Nothing was charged and no coins were credited;
 * show {@link #reason()} to the user.
 */
public final class PaymentDeclinedException extends LiveCoinsException {
  private static final long serialVersionUID = 1L;
  private final DeclineReason reason;
  private final @Nullable String orderId;

  /** Creates the exception. */
  public PaymentDeclinedException(
      String message,
      DeclineReason reason,
      @Nullable String orderId,
      int httpStatus,
      @Nullable String requestId) {
    super("payment_declined", message, httpStatus, requestId, Effect.NOT_APPLIED, null);
    this.reason = reason;
    this.orderId = orderId;
  }

  /** Why the payment was declined. */
  public DeclineReason reason() {
    return reason;
  }

  /** The recharge order whose payment was declined, when known. */
  public @Nullable String orderId() {
    return orderId;
  }
}
