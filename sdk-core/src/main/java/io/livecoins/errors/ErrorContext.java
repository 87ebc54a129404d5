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

  private final @Nullable String code;
  private final String message;
  private final int httpStatus;
  private final @Nullable String requestId;
  private final @Nullable String supportReference;
  private final Effect effect;
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

  /** A new builder: no code, empty message, no status (0), effect {@link Effect#NOT_APPLIED}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A context with only {@code message} and {@code effect}, for failures without a response. */
  public static ErrorContext of(String message, Effect effect) {
    return builder().message(message).effect(effect).build();
  }

  /** The error code, such as {@code "insufficient_coins"}; null until an exception type sets it. */
  public @Nullable String code() {
    return code;
  }

  /** The message, already redacted and capped; never null. */
  public String message() {
    return message;
  }

  /** The HTTP status of the response, or 0 when none was received. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The server's {@code Request-Id}, or null. */
  public @Nullable String requestId() {
    return requestId;
  }

  /**
   * The reference a person quotes to support: the backend's {@code supportReference} from the
   * error body, else the {@linkplain #requestId() request id}; null when the failure never reached
   * the server.
   */
  public @Nullable String supportReference() {
    return supportReference;
  }

  /** Whether money or coins may have moved. */
  public Effect effect() {
    return effect;
  }

  /** How long the server asked to wait ({@code Retry-After}), or null. */
  public @Nullable Duration retryAfter() {
    return retryAfter;
  }

  /** A builder holding this context's values. */
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

  /** A copy with {@code effect}. */
  public ErrorContext withEffect(Effect effect) {
    return effect == this.effect ? this : toBuilder().effect(effect).build();
  }

  /** A copy with {@code code}. */
  public ErrorContext withCode(String code) {
    return code.equals(this.code) ? this : toBuilder().code(code).build();
  }

  /** A copy with {@code message} (redacted and capped like any message). */
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

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    if (message == null || effect == null) throw new InvalidObjectException("incomplete ErrorContext");
    if (httpStatus < 0 || (retryAfter != null && retryAfter.isNegative())) {
      throw new InvalidObjectException("ErrorContext out of range");
    }
  }

  /** A tampered stream must not smuggle in text the builder would have cleaned: clean it again. */
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

    /** The error code; exception types with a fixed code set their own. */
    public Builder code(@Nullable String code) {
      if (code != null && code.trim().isEmpty()) throw new IllegalArgumentException("code is blank");
      this.code = code;
      return this;
    }

    /**
     * A message the SDK (or the app) wrote; it is redacted (tokens, card numbers, keys), stripped
     * of control characters and capped at 1,000 characters when the context is built. Null means
     * the code.
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
     */
    public Builder serverMessage(@Nullable String message) {
      this.message = message;
      this.fromServer = true;
      return this;
    }

    /** The HTTP status, or 0 when no response was received. */
    public Builder httpStatus(int httpStatus) {
      if (httpStatus != 0 && (httpStatus < 100 || httpStatus > 599)) {
        throw new IllegalArgumentException("bad HTTP status: " + httpStatus);
      }
      this.httpStatus = httpStatus;
      return this;
    }

    /** The server's {@code Request-Id}, or null. */
    public Builder requestId(@Nullable String requestId) {
      this.requestId = requestId;
      return this;
    }

    /** The backend's support reference, or null to use the request id. */
    public Builder supportReference(@Nullable String supportReference) {
      this.supportReference = supportReference;
      return this;
    }

    /** Whether the operation may have taken effect; {@link Effect#NOT_APPLIED} by default. */
    public Builder effect(Effect effect) {
      this.effect = Objects.requireNonNull(effect, "effect == null");
      return this;
    }

    /** How long the server asked to wait, or null; never negative. */
    public Builder retryAfter(@Nullable Duration retryAfter) {
      if (retryAfter != null && retryAfter.isNegative()) {
        throw new IllegalArgumentException("retryAfter < 0: " + retryAfter);
      }
      this.retryAfter = retryAfter;
      return this;
    }

    /** Builds the context. */
    public ErrorContext build() {
      return new ErrorContext(this);
    }
  }
}
