package io.livecoins.errors;

import org.jspecify.annotations.Nullable;

/**
 * HTTP 401 {@code unauthenticated}: the bearer token was missing or rejected, even after one
 * refresh through {@link io.livecoins.AuthTokenProvider#refresh(String)}. The app should sign the user in again.
 * The refusal changed nothing; but when an earlier attempt of the same write was cut off, that
 * attempt may have been applied, and {@link #effect()} is then {@link Effect#UNKNOWN}.
 */
public final class AuthenticationException extends LiveCoinsException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; nothing was applied. */
  public AuthenticationException(
      String message, @Nullable String requestId, @Nullable Throwable cause) {
    this(message, requestId, cause, Effect.NOT_APPLIED);
  }

  /**
   * Creates the exception with the effect of the whole call: {@link Effect#UNKNOWN} when an earlier
   * attempt of the same write may have been applied.
   */
  public AuthenticationException(
      String message, @Nullable String requestId, @Nullable Throwable cause, Effect effect) {
    super("unauthenticated", message, cause == null ? 401 : 0, requestId, effect, cause);
  }
}
