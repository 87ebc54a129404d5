package io.livecoins.errors;

import org.jspecify.annotations.Nullable;

/**
 * HTTP 401 {@code unauthenticated}: the bearer token was missing or rejected, even after one
 * refresh through {@link io.livecoins.AuthTokenProvider#refresh(String)}, or the token provider
 * itself failed. The app should sign the user in again. The refusal changed nothing; but when an
 * earlier attempt of the same write was cut off, that attempt may have been applied, and {@link
 * #effect()} is then {@link Effect#UNKNOWN}. Not {@linkplain #isRetryable() retryable}.
 */
public final class AuthenticationException extends ServiceException {
  private static final long serialVersionUID = 2L;

  /**
   * Creates the exception; {@code cause} is the token provider's failure, if that was it. A cause
   * whose message quotes a secret (a provider's "refresh failed for token …") is replaced by a
   * stand-in with the same class name, stack trace and the redacted message.
   *
   * @param context the failure's context (HTTP status, usually 401, request id, effect); its code
   *     becomes {@code "unauthenticated"}
   * @param cause the token provider's failure, or null when the server refused the token
   */
  public AuthenticationException(ErrorContext context, @Nullable Throwable cause) {
    super("unauthenticated", context, RedactedCause.of(cause));
  }

  /**
   * Always false: the same token would be refused again; sign the user in first.
   *
   * @return false
   */
  @Override
  public boolean isRetryable() {
    return false;
  }
}
