package io.livecoins.errors;

import org.jspecify.annotations.Nullable;

/**
 * What happened to a payment: {@link PaymentDeclinedException declined}, {@link PaymentCancelledException cancelled by the user}, {@link PaymentUncertainException uncertain} (the user may have been charged; the SDK finishes it later) or {@link PriceChangedException priced differently} than the user saw. Show the user what happened to their money; {@link #effect()} says whether they may have been charged.
 *
 * <p>Only this package defines subclasses.
 */
public abstract class PaymentException extends LiveCoinsException {
  private static final long serialVersionUID = 1L;

  PaymentException(String code, ErrorContext context, @Nullable Throwable cause) {
    super(code, context, cause);
  }
}
