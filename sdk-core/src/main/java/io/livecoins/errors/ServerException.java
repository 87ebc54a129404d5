package io.livecoins.errors;

/**
 * HTTP 5xx ({@code internal} or {@code unavailable}) after the SDK's retries ran out. A mutating
 * call's effect is {@link Effect#UNKNOWN}: retry the same call later (same idempotency key).
 *
 * <p>{@linkplain #isRetryable() Retryable} for {@code unavailable} (HTTP 502, 503, 504): the
 * service is overloaded or restarting. Not for {@code internal} (HTTP 500): the same request is
 * likely to fail the same way.
 */
public final class ServerException extends ServiceException {
  private static final long serialVersionUID = 2L;

  /**
   * Creates the exception. The code is the context's, or by status when it has none: {@code
   * internal} for 500, {@code unavailable} otherwise.
   *
   * @param context the failure's context, with the HTTP status (5xx) and the server's code if it
   *     sent one
   */
  public ServerException(ErrorContext context) {
    super(codeOf(context), context, null);
  }

  private static String codeOf(ErrorContext context) {
    String code = context.code();
    if (code != null) return code;
    return context.httpStatus() == 500 ? "internal" : "unavailable";
  }

  /**
   * True for HTTP 502, 503 and 504, and for code {@code unavailable} without a status; false for
   * HTTP 500 and other statuses.
   *
   * @return whether retrying the same call later may succeed
   */
  @Override
  public boolean isRetryable() {
    int status = httpStatus();
    if (status == 502 || status == 503 || status == 504) return true;
    return status == 0 && "unavailable".equals(code());
  }
}
