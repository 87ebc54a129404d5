package io.livecoins.errors;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one exception type every LiveCoins call fails with; subclasses name the contract's error
 * codes. Each carries the {@linkplain #code() code}, a message fit for logs (never a token or card
 * number), the server's {@linkplain #requestId() request id} when there is one, and whether the
 * operation {@linkplain #effect() may have taken effect}.
 *
 * <p>An error code this SDK version does not know arrives as a plain {@code LiveCoinsException}
 * with that code, so newer servers never break older apps.
 */
public class LiveCoinsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final int httpStatus;
  private final @Nullable String requestId;
  private final Effect effect;

  /**
   * Creates an exception.
   *
   * @param code the contract's error code, such as {@code "insufficient_coins"}, or a client-side
   *     code such as {@code "network"}
   * @param message a message fit for logs
   * @param httpStatus the HTTP status, or 0 when no response was received
   * @param requestId the server's {@code Request-Id}, or null
   * @param effect whether the operation may have taken effect
   * @param cause the underlying cause, or null
   */
  public LiveCoinsException(
      String code,
      String message,
      int httpStatus,
      @Nullable String requestId,
      Effect effect,
      @Nullable Throwable cause) {
    super(Objects.requireNonNull(message, "message == null"), cause);
    this.code = Objects.requireNonNull(code, "code == null");
    this.httpStatus = httpStatus;
    this.requestId = requestId;
    this.effect = Objects.requireNonNull(effect, "effect == null");
  }

  /** The error code, such as {@code "insufficient_coins"}. */
  public final String code() {
    return code;
  }

  /** The HTTP status of the response, or 0 when none was received. */
  public final int httpStatus() {
    return httpStatus;
  }

  /** The server's {@code Request-Id} for this failure (quote it to support), or null. */
  public final @Nullable String requestId() {
    return requestId;
  }

  /** Whether money or coins may have moved: not applied, unknown, or applied. */
  public final Effect effect() {
    return effect;
  }

  /** True unless the operation certainly did not take effect. */
  public final boolean mayHaveTakenEffect() {
    return effect != Effect.NOT_APPLIED;
  }

  /** True when retrying the same call (same idempotency key) later may succeed. */
  public boolean isRetryable() {
    return false;
  }

  /** The message without code, status, request id and effect. */
  final String plainMessage() {
    String message = super.getMessage();
    return message == null ? "" : message;
  }

  @Override
  public String getMessage() {
    StringBuilder result = new StringBuilder();
    result.append(code);
    if (httpStatus != 0) result.append(" (HTTP ").append(httpStatus).append(')');
    result.append(": ").append(plainMessage());
    if (requestId != null) result.append(" [request-id ").append(requestId).append(']');
    if (effect != Effect.NOT_APPLIED) result.append(" [effect ").append(effect).append(']');
    return result.toString();
  }
}
