package io.livecoins.errors;

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
  private final DeclineReason reason;
  private final @Nullable String orderId;

  /** Creates the exception. */
  public PaymentDeclinedException(
      ErrorContext context, DeclineReason reason, @Nullable String orderId) {
    super("payment_declined", context, null);
    this.reason = Objects.requireNonNull(reason, "reason == null");
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
