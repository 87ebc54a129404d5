package io.livecoins.errors;

import org.jspecify.annotations.Nullable;

/**
 * The wallet or a limit does not allow the operation: {@link InsufficientCoinsException not enough coins}, {@link InsufficientDiamondsException not enough diamonds}, {@link BelowMinimumWithdrawalException below the minimum withdrawal}, or {@link LimitExceededException a daily cap}. Nothing changed; the user can act on it (top up, withdraw less, wait for the reset).
 *
 * <p>Only this package defines subclasses.
 */
public abstract class BalanceException extends LiveCoinsException {
  private static final long serialVersionUID = 1L;

  BalanceException(String code, ErrorContext context, @Nullable Throwable cause) {
    super(code, context, cause);
  }
}
