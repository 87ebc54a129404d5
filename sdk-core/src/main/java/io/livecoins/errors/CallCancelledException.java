package io.livecoins.errors;

/**
 * The call was {@linkplain io.livecoins.Call#cancel() cancelled}. A mutating call cancelled after its request
 * was sent has effect {@link Effect#UNKNOWN}.
 */
public final class CallCancelledException extends LiveCoinsException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public CallCancelledException(Effect effect) {
    super("cancelled", "call cancelled", 0, null, effect, null);
  }
}
