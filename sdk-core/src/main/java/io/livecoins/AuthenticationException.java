package io.livecoins;

import org.jspecify.annotations.Nullable;

/**
 * HTTP 401 {@code unauthenticated}: the bearer token was missing or rejected, even after one
 * refresh through {@link AuthTokenProvider#refresh(String)}. The app should sign the user in again.
 */
public final class AuthenticationException extends LiveCoinsException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public AuthenticationException(
      String message, @Nullable String requestId, @Nullable Throwable cause) {
    super("unauthenticated", message, cause == null ? 401 : 0, requestId, Effect.NOT_APPLIED, cause);
  }
}
