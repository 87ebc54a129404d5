package io.livecoins.errors;

/**
 * The call was {@linkplain io.livecoins.Call#cancel() cancelled}. A mutating call cancelled after
 * its request was sent has effect {@link Effect#UNKNOWN}. Not {@linkplain #isRetryable()
 * retryable}: the app asked for it.
 */
public final class CallCancelledException extends LiveCoinsException {
  private static final long serialVersionUID = 2L;

  /**
   * Creates the exception with {@code context} (its effect says whether a write may have applied).
   *
   * @param context the failure's context; its code becomes {@code "cancelled"}
   */
  public CallCancelledException(ErrorContext context) {
    super("cancelled", context, null);
  }

  /**
   * Creates the exception with the message "call cancelled" and no HTTP status.
   *
   * @param effect {@link Effect#UNKNOWN} when a mutating request had already been sent, else {@link
   *     Effect#NOT_APPLIED}
   */
  public CallCancelledException(Effect effect) {
    this(ErrorContext.of("call cancelled", effect));
  }

  /**
   * Always false: the app cancelled the call; start a new one if it still wants the result.
   *
   * @return false
   */
  @Override
  public boolean isRetryable() {
    return false;
  }
}
