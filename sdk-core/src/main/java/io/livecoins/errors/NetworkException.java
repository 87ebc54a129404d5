package io.livecoins.errors;

/**
 * No usable response: the connection failed, timed out or dropped, after the SDK's retries ran out
 * or the call's deadline passed. A mutating call whose request may have reached the server has
 * effect {@link Effect#UNKNOWN}; one that never connected has {@link Effect#NOT_APPLIED}.
 */
public final class NetworkException extends LiveCoinsException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public NetworkException(String message, Effect effect, Throwable cause) {
    super("network", message, 0, null, effect, cause);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
