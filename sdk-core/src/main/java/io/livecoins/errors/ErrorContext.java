package io.livecoins.errors;

import io.livecoins.internal.Redactor;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What every {@link LiveCoinsException} knows about its failure, whatever its type: the error
 * {@linkplain #code() code}, a {@linkplain #message() message} fit for logs, the {@linkplain
 * #httpStatus() HTTP status}, the server's {@linkplain #requestId() request id}, the {@linkplain
 * #supportReference() support reference} a person can quote to support, whether the operation
 * {@linkplain #effect() may have taken effect}, and how long the server asked to wait ({@linkplain
 * #retryAfter() retryAfter}). Each exception type adds only its own fields to it.
 *
 * <p>Building a context cleans what a server may have sent: the message has secrets (tokens, card
 * numbers, keys) masked, control characters removed and its length capped; the code, the request
 * id and the support reference are cleaned and capped the same way. A context therefore never holds a secret, and neither does the
 * exception's message, {@code toString()} or serialized form.
 *
 * <p>Immutable, thread-safe and serializable.
 */
public final class ErrorContext implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The error code, cleaned; null until an exception type sets it. */
  private final @Nullable String code;
  /** The message, redacted and capped; never null. */
  private final String message;
  /** The HTTP status (100 to 599), or 0 without a response. */
  private final int httpStatus;
  /** The server's {@code Request-Id}, cleaned; null when there was none. */
  private final @Nullable String requestId;
  /** The support reference, else the request id; null when neither exists. */
  private final @Nullable String supportReference;
  /** Whether the operation may have taken effect; never null. */
  private final Effect effect;
  /** The server's {@code Retry-After}, never negative; null when it sent none. */
  private final @Nullable Duration retryAfter;

  private ErrorContext(Builder builder) {
    this.code = Redactor.identifier(builder.code);
    String text = builder.message;
    if (text == null) {
      this.message = code == null ? "" : code;
    } else {
      this.message = builder.fromServer ? Redactor.serverText(text) : Redactor.clientText(text);
    }
    this.httpStatus = builder.httpStatus;
    this.requestId = Redactor.identifier(builder.requestId);
    String reference = Redactor.identifier(builder.supportReference);
    this.supportReference = reference != null ? reference : this.requestId;
    this.effect = builder.effect;
    this.retryAfter = builder.retryAfter;
  }

  /**
   * Starts a context.
   *
   * @return a new builder: no code, empty message, no status (0), no request id, effect {@link
   *     Effect#NOT_APPLIED}, no retry-after
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A context with only {@code message} and {@code effect}, for failures without a response (no
   * code, HTTP status 0, no request id).
   *
   * @param message a message the SDK or app wrote; redacted and capped like {@link
   *     Builder#message(String)}
   * @param effect whether the operation may have taken effect
   * @return the new context
   */
  public static ErrorContext of(String message, Effect effect) {
    return builder().message(message).effect(effect).build();
  }

  /**
   * The error code.
   *
   * @return the code, such as {@code "insufficient_coins"}; null until an exception type sets it
   *     (an exception's context always has one)
   */
  public @Nullable String code() {
    return code;
  }

  /**
   * The message, fit for logs but not meant for end users.
   *
   * @return the message, already redacted and capped; never null, empty when there is neither a
   *     message nor a code
   */
  public String message() {
    return message;
  }

  /**
   * The HTTP status of the error response.
   *
   * @return the status (100 to 599), or 0 when no response was received
   */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * The server's {@code Request-Id} response header, for logs and support.
   *
   * @return the request id (cleaned and capped), or null when there was no response or it sent none
   */
  public @Nullable String requestId() {
    return requestId;
  }

  /**
   * The reference a person quotes to support: the backend's {@code supportReference} from the
   * error body, else the {@linkplain #requestId() request id}; null when the failure never reached
   * the server.
   *
   * @return the support reference (cleaned and capped), or null
   */
  public @Nullable String supportReference() {
    return supportReference;
  }

  /**
   * Whether money or coins may have moved.
   *
   * @return the effect; never null
   */
  public Effect effect() {
    return effect;
  }

  /**
   * How long the server asked to wait before a retry ({@code Retry-After}).
   *
   * @return the wait (never negative), or null when the server did not say
   */
  public @Nullable Duration retryAfter() {
    return retryAfter;
  }

  /**
   * A builder holding this context's values, to derive a changed context.
   *
   * @return a new builder; changing it leaves this context unchanged
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.code = code;
    builder.message = message;
    builder.httpStatus = httpStatus;
    builder.requestId = requestId;
    builder.supportReference = supportReference;
    builder.effect = effect;
    builder.retryAfter = retryAfter;
    return builder;
  }

  /**
   * A copy with {@code effect}.
   *
   * @param effect the new effect
   * @return this context if it already has {@code effect}, else a copy with it
   */
  public ErrorContext withEffect(Effect effect) {
    return effect == this.effect ? this : toBuilder().effect(effect).build();
  }

  /**
   * A copy with {@code code}.
   *
   * @param code the new error code, such as {@code "insufficient_coins"}; cleaned and capped
   * @return this context if it already has {@code code}, else a copy with it
   */
  public ErrorContext withCode(String code) {
    return code.equals(this.code) ? this : toBuilder().code(code).build();
  }

  /**
   * A copy with {@code message} (redacted and capped like any message).
   *
   * @param message the new message, written by the SDK or app; null means the code
   * @return a copy with the message
   */
  public ErrorContext withMessage(String message) {
    return toBuilder().message(message).build();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) return true;
    if (!(other instanceof ErrorContext)) return false;
    ErrorContext that = (ErrorContext) other;
    return httpStatus == that.httpStatus
        && Objects.equals(code, that.code)
        && message.equals(that.message)
        && Objects.equals(requestId, that.requestId)
        && Objects.equals(supportReference, that.supportReference)
        && effect == that.effect
        && Objects.equals(retryAfter, that.retryAfter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, message, httpStatus, requestId, supportReference, effect, retryAfter);
  }

  @Override
  public String toString() {
    return "ErrorContext{code="
        + code
        + ", httpStatus="
        + httpStatus
        + ", requestId="
        + requestId
        + ", supportReference="
        + supportReference
        + ", effect="
        + effect
        + ", retryAfter="
        + retryAfter
        + ", message="
        + message
        + '}';
  }

  /**
   * Reads the fields back and refuses a stream with a missing message or effect, a negative
   * status or a negative retry-after.
   *
   * @param in the stream
   * @throws IOException if the stream cannot be read or holds an invalid value
   * @throws ClassNotFoundException if a class in the stream cannot be found
   */
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    if (message == null || effect == null) throw new InvalidObjectException("incomplete ErrorContext");
    if (httpStatus < 0 || (retryAfter != null && retryAfter.isNegative())) {
      throw new InvalidObjectException("ErrorContext out of range");
    }
  }

  /**
   * A tampered stream must not smuggle in text the builder would have cleaned: clean it again.
   *
   * @return a context rebuilt from this one's values, cleaned like any new context
   */
  private Object readResolve() {
    return toBuilder().build();
  }

  /** Builds an {@link ErrorContext}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String code;
    private @Nullable String message;
    private boolean fromServer;
    private int httpStatus;
    private @Nullable String requestId;
    private @Nullable String supportReference;
    private Effect effect = Effect.NOT_APPLIED;
    private @Nullable Duration retryAfter;

    private Builder() {}

    /**
     * Sets the error code; exception types with a fixed code replace it with their own.
     *
     * @param code the code, such as {@code "insufficient_coins"}, or null for none
     * @return this builder
     * @throws IllegalArgumentException if {@code code} is blank
     */
    public Builder code(@Nullable String code) {
      if (code != null && code.trim().isEmpty()) throw new IllegalArgumentException("code is blank");
      this.code = code;
      return this;
    }

    /**
     * A message the SDK (or the app) wrote; it is redacted (tokens, card numbers, keys), stripped
     * of control characters and capped at 1,000 characters when the context is built. Null means
     * the code.
     *
     * @param message the message, or null
     * @return this builder
     */
    public Builder message(@Nullable String message) {
      this.message = message;
      this.fromServer = false;
      return this;
    }

    /**
     * A message a server or a payment provider wrote, such as the error body's {@code message}:
     * cleaned more strictly than {@link #message(String)} (long opaque letter-and-digit runs are
     * masked too) and capped at 500 characters.
     *
     * @param message the server's or provider's message, or null (the code is then used)
     * @return this builder
     */
    public Builder serverMessage(@Nullable String message) {
      this.message = message;
      this.fromServer = true;
      return this;
    }

    /**
     * Sets the HTTP status of the error response.
     *
     * @param httpStatus the status (100 to 599), or 0 when no response was received (the default)
     * @return this builder
     * @throws IllegalArgumentException if {@code httpStatus} is neither 0 nor between 100 and 599
     */
    public Builder httpStatus(int httpStatus) {
      if (httpStatus != 0 && (httpStatus < 100 || httpStatus > 599)) {
        throw new IllegalArgumentException("bad HTTP status: " + httpStatus);
      }
      this.httpStatus = httpStatus;
      return this;
    }

    /**
     * Sets the server's {@code Request-Id}; it is cleaned and capped when the context is built.
     *
     * @param requestId the request id, or null when there was none
     * @return this builder
     */
    public Builder requestId(@Nullable String requestId) {
      this.requestId = requestId;
      return this;
    }

    /**
     * Sets the backend's support reference; it is cleaned and capped when the context is built.
     *
     * @param supportReference the error body's {@code supportReference}, or null to use the request
     *     id
     * @return this builder
     */
    public Builder supportReference(@Nullable String supportReference) {
      this.supportReference = supportReference;
      return this;
    }

    /**
     * Sets whether the operation may have taken effect; {@link Effect#NOT_APPLIED} by default.
     *
     * @param effect the effect
     * @return this builder
     * @throws NullPointerException if {@code effect} is null
     */
    public Builder effect(Effect effect) {
      this.effect = Objects.requireNonNull(effect, "effect == null");
      return this;
    }

    /**
     * Sets how long the server asked to wait ({@code Retry-After}).
     *
     * @param retryAfter the wait, or null when the server did not say
     * @return this builder
     * @throws IllegalArgumentException if {@code retryAfter} is negative
     */
    public Builder retryAfter(@Nullable Duration retryAfter) {
      if (retryAfter != null && retryAfter.isNegative()) {
        throw new IllegalArgumentException("retryAfter < 0: " + retryAfter);
      }
      this.retryAfter = retryAfter;
      return this;
    }

    /**
     * Builds the context, cleaning the message, code, request id and support reference.
     *
     * @return the new immutable context
     */
    public ErrorContext build() {
      return new ErrorContext(this);
    }
  }
}
