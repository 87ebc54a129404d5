package io.livecoins.errors;

import org.jspecify.annotations.Nullable;

/**
 * The server's answer could not be understood: invalid or truncated JSON, wrong types, missing or
 * out-of-range fields, an unexpected content type, or a body over the size cap. The cached wallet
 * is never changed by such an answer. Not {@linkplain #isRetryable() retryable}.
 *
 * <p>For a mutating call that got a 2xx answer the effect is {@link Effect#APPLIED} (it happened,
 * but the result is unreadable: refresh the balance); otherwise it follows the HTTP status.
 */
public final class MalformedResponseException extends ServiceException {
  private static final long serialVersionUID = 2L;

  /**
   * Creates the exception. A cause whose message quotes what the server sent is replaced by a
   * stand-in with the same class name, stack trace and the redacted message.
   *
   * @param context the failure's context; its code becomes {@code "malformed_response"}
   * @param cause the decoding failure, or null
   */
  public MalformedResponseException(ErrorContext context, @Nullable Throwable cause) {
    super("malformed_response", context, RedactedCause.of(cause));
  }

  /**
   * Always false: the server would most likely send the same answer again.
   *
   * @return false
   */
  @Override
  public boolean isRetryable() {
    return false;
  }
}
