package io.livecoins.errors;

import org.jspecify.annotations.Nullable;

/**
 * No usable answer from the service: {@link NetworkException the network failed}, {@link ServerException the server failed}, {@link RateLimitedException too many requests}, {@link MalformedResponseException an answer that could not be understood}, or {@link AuthenticationException the user's credentials were refused}. Not the user's fault and not their input: retry later ({@link #isRetryable()}), or sign in again for an authentication failure. {@link #effect()} says whether a write may have been applied.
 *
 * <p>Only this package defines subclasses.
 */
public abstract class ServiceException extends LiveCoinsException {
  private static final long serialVersionUID = 1L;

  ServiceException(String code, ErrorContext context, @Nullable Throwable cause) {
    super(code, context, cause);
  }
}
