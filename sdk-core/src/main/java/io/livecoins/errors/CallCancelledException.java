package io.livecoins.errors;

/**
 * The call was {@linkplain io.livecoins.Call#cancel() cancelled}. A mutating call cancelled after
 * its request was sent has effect {@link Effect#UNKNOWN}. Not {@linkplain #isRetryable()
 * retryable}: the app asked for it.
 */
public final class CallCancelledException extends LiveCoinsException {
  private static final long serialVersionUID = 2L;

  /** Creates the exception with {@code context} (its effect says whether a write may have applied). */
  public CallCancelledException(ErrorContext context) {
    super("cancelled", context, null);
  }

  /** Creates the exception. */
  public CallCancelledException(Effect effect) {
    this(ErrorContext.of("call cancelled", effect));
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}
