package io.livecoins.recharge;

import io.livecoins.errors.Effect;
import io.livecoins.errors.ErrorContext;
import io.livecoins.errors.LiveCoinsException;
import org.jspecify.annotations.Nullable;

/**
 * A {@link PendingOrderStore} could not read or write its records (I/O failure, or a corrupt file
 * that it refuses to overwrite so that no record is lost silently). Code {@code
 * "pending_order_store"}.
 *
 * <p>When a purchase fails with it before payment, nothing was charged ({@link Effect#NOT_APPLIED}).
 */
public final class PendingOrderStoreException extends LiveCoinsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from {@code context} (its code is replaced by {@code
   * "pending_order_store"}).
   *
   * @param context the error's context
   * @param cause the store's failure, or null
   */
  public PendingOrderStoreException(ErrorContext context, @Nullable Throwable cause) {
    super(context.withCode("pending_order_store"), cause);
  }

  /**
   * Creates the exception with effect {@link Effect#NOT_APPLIED}: a shorthand for stores an app
   * writes.
   *
   * @param message what failed, for logs; never a payment token
   * @param cause the storage error, or null
   */
  public PendingOrderStoreException(String message, @Nullable Throwable cause) {
    this(message, Effect.NOT_APPLIED, cause);
  }

  /**
   * Creates the exception with the given effect: a shorthand for stores an app writes.
   *
   * @param message what failed, for logs; never a payment token
   * @param effect whether the purchase may have been charged
   * @param cause the storage error, or null
   */
  public PendingOrderStoreException(String message, Effect effect, @Nullable Throwable cause) {
    this(ErrorContext.of(message, effect), cause);
  }
}
