package io.livecoins.errors;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one exception type every LiveCoins call fails with. Its subclasses come in four groups, the
 * way an app handles them:
 *
 * <ul>
 *   <li>{@link PaymentException}: what happened to a payment (declined, cancelled, uncertain, price
 *       changed);
 *   <li>{@link BalanceException}: the wallet or a limit does not allow it (insufficient coins or
 *       diamonds, below the minimum withdrawal, limit exceeded);
 *   <li>{@link ServiceException}: no usable answer from the service (network, server, rate limited,
 *       malformed response, authentication);
 *   <li>{@link RequestException}: the request itself was refused (invalid, not found, conflict,
 *       forbidden, idempotency key reused);
 * </ul>
 *
 * plus {@link CallCancelledException}. Each carries one {@link ErrorContext}: the {@linkplain
 * #code() code}, a message fit for logs (never a token or card number: text a server sent is
 * redacted and capped), the server's {@linkplain #requestId() request id}, the {@linkplain
 * #supportReference() support reference} to quote to support, and whether the operation
 * {@linkplain #effect() may have taken effect}.
 *
 * <p>An error code this SDK version does not know arrives as a plain {@code LiveCoinsException}
 * with that code, so newer servers never break older apps.
 *
 * <p>Exceptions are serializable; their fields survive a round trip.
 */
public class LiveCoinsException extends RuntimeException {
  private static final long serialVersionUID = 2L;

  /** Everything this failure knows besides its type's own fields; never null. */
  private final ErrorContext context;

  /**
   * Creates an exception for {@code context}, whose {@linkplain ErrorContext#code() code} must be
   * set (a code this SDK does not know, or a client-side code such as {@code "client_error"}).
   *
   * @param context the failure's context, with its code set
   * @param cause the underlying failure, or null
   * @throws NullPointerException if {@code context} is null
   * @throws IllegalArgumentException if the context has no code
   */
  public LiveCoinsException(ErrorContext context, @Nullable Throwable cause) {
    this(requireCode(context), cause, true);
  }

  /** For the typed subclasses: {@code code} is their own. */
  LiveCoinsException(String code, ErrorContext context, @Nullable Throwable cause) {
    this(Objects.requireNonNull(context, "context == null").withCode(code), cause, true);
  }

  private LiveCoinsException(ErrorContext context, @Nullable Throwable cause, boolean unused) {
    super(context.message(), cause);
    this.context = context;
  }

  private static ErrorContext requireCode(ErrorContext context) {
    Objects.requireNonNull(context, "context == null");
    if (context.code() == null) throw new IllegalArgumentException("context has no code");
    return context;
  }

  /**
   * Everything this failure knows besides its type's own fields.
   *
   * @return the context (code, message, HTTP status, request id, support reference, effect,
   *     retry-after); never null
   */
  public final ErrorContext context() {
    return context;
  }

  /**
   * The error code, the stable way to tell failures apart beyond their type.
   *
   * @return the code, such as {@code "insufficient_coins"}, or one newer than this SDK; never null
   */
  public final String code() {
    return Objects.requireNonNull(context.code());
  }

  /**
   * The HTTP status of the error response.
   *
   * @return the status (100 to 599), or 0 when none was received (network failure, cancellation,
   *     a check before sending)
   */
  public final int httpStatus() {
    return context.httpStatus();
  }

  /**
   * The server's {@code Request-Id} for this failure, for logs and support.
   *
   * @return the request id, or null when there was no response or it sent none
   */
  public final @Nullable String requestId() {
    return context.requestId();
  }

  /**
   * The reference to quote to support for this failure (the backend's support reference, else the
   * request id), or null when the failure never reached the server.
   *
   * @return the support reference, or null
   */
  public final @Nullable String supportReference() {
    return context.supportReference();
  }

  /**
   * Whether money or coins may have moved, to tell the user the truth about their money.
   *
   * @return {@link Effect#NOT_APPLIED}, {@link Effect#UNKNOWN} or {@link Effect#APPLIED}; never
   *     null
   */
  public final Effect effect() {
    return context.effect();
  }

  /**
   * Whether the operation may have taken effect; if so, refresh the wallet before showing a
   * balance.
   *
   * @return true unless the operation certainly did not take effect ({@link Effect#NOT_APPLIED})
   */
  public final boolean mayHaveTakenEffect() {
    return context.effect() != Effect.NOT_APPLIED;
  }

  /**
   * True when retrying the same call (same idempotency key) may succeed. This is the SDK's one
   * retry classifier: its pipeline retries exactly the failures for which this is true (within the
   * retry policy's attempts and deadline). True for:
   *
   * <ul>
   *   <li>{@link NetworkException}, unless the client refused the server's certificate (TLS) or the
   *       transport failed with a programming error rather than an I/O error;
   *   <li>HTTP 429 ({@link RateLimitedException}), 502, 503 and 504 ({@link ServerException} with
   *       code {@code unavailable}, or a code this SDK does not know);
   *   <li>HTTP 409 {@code conflict} with reason {@code in_progress} ({@link ConflictException}).
   * </ul>
   *
   * False for everything else, including HTTP 500 {@code internal}.
   *
   * @return whether retrying the same call may succeed
   */
  public boolean isRetryable() {
    int status = context.httpStatus();
    return status == 429 || status == 502 || status == 503 || status == 504;
  }

  /** The message without code, status, request id and effect. */
  final String plainMessage() {
    return context.message();
  }

  /**
   * The message for logs: the code, the HTTP status, the redacted message, the request id, the
   * support reference (when it differs from the request id) and the effect (when not {@link
   * Effect#NOT_APPLIED}). Never holds a token or card number.
   *
   * @return the message, such as {@code "insufficient_coins (HTTP 402): not enough coins
   *     [request-id req_1]"}
   */
  @Override
  public String getMessage() {
    StringBuilder result = new StringBuilder();
    result.append(code());
    if (context.httpStatus() != 0) result.append(" (HTTP ").append(context.httpStatus()).append(')');
    String message = plainMessage();
    if (!message.isEmpty()) result.append(": ").append(message);
    String requestId = context.requestId();
    String reference = context.supportReference();
    if (requestId != null) result.append(" [request-id ").append(requestId).append(']');
    if (reference != null && !reference.equals(requestId)) {
      result.append(" [support-ref ").append(reference).append(']');
    }
    if (context.effect() != Effect.NOT_APPLIED) {
      result.append(" [effect ").append(context.effect()).append(']');
    }
    return result.toString();
  }

  /**
   * Reads the fields back and refuses a stream without a context or code.
   *
   * @param in the stream
   * @throws IOException if the stream cannot be read or holds an invalid value
   * @throws ClassNotFoundException if a class in the stream cannot be found
   */
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    if (context == null || context.code() == null) {
      throw new InvalidObjectException("LiveCoinsException without a context or code");
    }
  }
}
