package io.livecoins.errors;

/**
 * HTTP 422 {@code idempotency_key_reused}: an idempotency key was reused for a different request.
 * Nothing changed. This signals a bug in the code that chose the key.
 */
public final class IdempotencyKeyReusedException extends RequestException {
  private static final long serialVersionUID = 2L;

  /**
   * Creates the exception.
   *
   * @param context the failure's context; its code becomes {@code "idempotency_key_reused"}
   */
  public IdempotencyKeyReusedException(ErrorContext context) {
    super("idempotency_key_reused", context, null);
  }

}
