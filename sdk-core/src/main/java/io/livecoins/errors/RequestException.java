package io.livecoins.errors;

import org.jspecify.annotations.Nullable;

/**
 * The server refused the request itself: {@link InvalidRequestException invalid input}, {@link NotFoundException an unknown thing}, {@link ConflictException a state that does not allow it}, {@link ForbiddenException not allowed for this user}, or {@link IdempotencyKeyReusedException an idempotency key reused for another request}. Nothing changed (except a conflict {@code in_progress}); retrying the same request does not help, except for {@code in_progress}.
 *
 * <p>Only this package defines subclasses.
 */
public abstract class RequestException extends LiveCoinsException {
  private static final long serialVersionUID = 1L;

  RequestException(String code, ErrorContext context, @Nullable Throwable cause) {
    super(code, context, cause);
  }
}
