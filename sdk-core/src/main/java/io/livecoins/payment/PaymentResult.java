package io.livecoins.payment;

import io.livecoins.internal.Redactor;
import io.livecoins.internal.Strings;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link PaymentProvider} answers: {@linkplain #authorized(String) authorized} with an
 * opaque token, {@linkplain #cancelled() cancelled} by the user, {@linkplain
 * #declined(DeclineReason, String) declined} with a reason, or {@linkplain #unknown(String)
 * unknown} ("the user may have been charged"). The SDK turns the last three into {@code
 * PaymentCancelledException}, {@code PaymentDeclinedException} and {@code PaymentUncertainException}.
 * Immutable; {@link #toString()} masks the token.
 */
public final class PaymentResult {
  /** The kind of answer. */
  public enum Outcome {
    /** Paid or authorized: {@link #token()} is set. Nothing is credited until the backend confirms it. */
    AUTHORIZED,
    /** The user dismissed the payment sheet; nothing was charged. */
    CANCELLED,
    /** The processor declined; nothing was charged. */
    DECLINED,
    /**
     * The provider cannot tell whether the user was charged (time-out, processor error after
     * submission, app killed while the sheet was open). The order stays recorded, and {@code
     * resumePending()} later asks {@link PaymentProvider#recoverAuthorization(String)}.
     */
    UNKNOWN,
    /**
     * Paid on a page the backend hosts (a {@link HostedCheckoutProvider}): the backend completes the
     * order itself, there is no token to hand over. The SDK reads the order until it settles; {@code
     * resumePending()} finishes it if the app goes away first.
     */
    COMPLETED_BY_BACKEND
  }

  private static final PaymentResult CANCELLED = new PaymentResult(Outcome.CANCELLED, null, null, "cancelled by the user");

  private final Outcome outcome;
  private final @Nullable String token;
  private final @Nullable DeclineReason declineReason;
  private final String message;

  private PaymentResult(
      Outcome outcome, @Nullable String token, @Nullable DeclineReason declineReason, String message) {
    this.outcome = outcome;
    this.token = token;
    this.declineReason = declineReason;
    this.message = message;
  }

  /**
   * {@return a result saying the payment was authorized} {@code token} is what the backend needs
   * to verify it (a processor's payment-intent id, a PayPal order id, a Play purchase token). It
   * must be bound to the order being paid and be single-use.
   *
   * @param token the payment token: single-use, bound to the order, at most 2048 characters
   * @throws IllegalArgumentException if the token is blank or longer than 2048 characters
   */
  public static PaymentResult authorized(String token) {
    Strings.requireNonBlank(token, "token");
    if (token.length() > 2048) throw new IllegalArgumentException("token is longer than 2048 characters");
    return new PaymentResult(Outcome.AUTHORIZED, token, null, "authorized");
  }

  /** {@return the user cancelled the payment; nothing was charged} */
  public static PaymentResult cancelled() {
    return CANCELLED;
  }

  /**
   * {@return a result saying the payment was declined for {@code reason}; nothing was charged}
   *
   * @param reason why the payment was declined
   */
  public static PaymentResult declined(DeclineReason reason) {
    return declined(reason, "declined: " + Objects.requireNonNull(reason, "reason == null").wireName());
  }

  /**
   * {@return a result saying the payment was declined for {@code reason}, with a message for
   * logs}
   *
   * @param reason why the payment was declined
   * @param message a message for logs; never card data
   * @throws NullPointerException if an argument is null
   */
  public static PaymentResult declined(DeclineReason reason, String message) {
    Objects.requireNonNull(reason, "reason == null");
    Objects.requireNonNull(message, "message == null");
    return new PaymentResult(Outcome.DECLINED, null, reason, message);
  }

  /**
   * {@return a result saying the provider cannot tell whether the user was charged}
   *
   * @param message why the outcome is unknown, for logs; never card data
   */
  public static PaymentResult unknown(String message) {
    Objects.requireNonNull(message, "message == null");
    return new PaymentResult(Outcome.UNKNOWN, null, null, message);
  }

  /**
   * {@return a result saying the payment was made on a page the backend hosts and the backend
   * completes the order itself (no token)}
   *
   * @param reference names the payment for logs, such as the checkout session id; never a secret
   */
  public static PaymentResult completedByBackend(String reference) {
    Strings.requireNonBlank(reference, "reference");
    return new PaymentResult(Outcome.COMPLETED_BY_BACKEND, null, null, "completed by the backend: " + reference);
  }

  /** {@return the kind of answer} */
  public Outcome outcome() {
    return outcome;
  }

  /** {@return the payment token of an {@link Outcome#AUTHORIZED} result, else null} */
  public @Nullable String token() {
    return token;
  }

  /** {@return the reason of a {@link Outcome#DECLINED} result, else null} */
  public @Nullable DeclineReason declineReason() {
    return declineReason;
  }

  /** {@return a message for logs} */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof PaymentResult)) return false;
    PaymentResult that = (PaymentResult) o;
    return outcome == that.outcome && Objects.equals(token, that.token)
        && declineReason == that.declineReason && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(outcome, token, declineReason, message);
  }

  @Override
  public String toString() {
    if (outcome == Outcome.AUTHORIZED) return "PaymentResult{AUTHORIZED, token=" + Redactor.MASK + '}';
    if (outcome == Outcome.DECLINED) {
      return "PaymentResult{DECLINED, reason=" + declineReason + ", message=" + Redactor.redact(message) + '}';
    }
    return "PaymentResult{" + outcome + ", message=" + Redactor.redact(message) + '}';
  }
}
