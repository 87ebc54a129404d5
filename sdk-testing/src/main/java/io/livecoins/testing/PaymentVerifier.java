package io.livecoins.testing;

import java.util.Objects;

/**
 * Verifies payment tokens that are not sandbox tokens (anything not starting with {@code sbx1.}), so an
 * integrator can simulate its own processor. Called with the server's lock released, at most once per
 * confirm attempt; must be thread-safe.
 *
 * <p>{@code builder.paymentVerifier(a -> a.paymentToken().startsWith("tok_ok") ? Outcome.success()
 * : Outcome.declined("declined"))}
 */
@FunctionalInterface
public interface PaymentVerifier {

  /**
   * Decides the outcome of one confirm attempt. Must not return {@code null}.
   *
   * @param attempt the order, user, amount and token of this confirm
   * @return the outcome; never null
   */
  Outcome verify(Attempt attempt);

  /**
   * {@return the default verifier: a token of at least 8 characters succeeds, a shorter one is
   * declined}
   */
  static PaymentVerifier acceptingAnyTokenOfAtLeast8Chars() {
    return attempt -> attempt.paymentToken().length() >= 8
        ? Outcome.success() : Outcome.declined("declined");
  }

  /** One confirm of an order with a non-sandbox token. Immutable. */
  final class Attempt {
    private final String orderId;
    private final String userId;
    private final String provider;
    private final long amountMinor;
    private final String currency;
    private final String paymentToken;
    private final int attemptNumber;

    /**
     * Creates an attempt (the server does this; public for tests of verifiers).
     *
     * @param provider the provider the order was created for, e.g. {@code card}
     * @param attemptNumber 1 for the first confirm attempt of this order, 2 for the next, and so on
     * @param orderId the order being confirmed
     * @param userId the user who owns the order
     * @param amountMinor the amount to charge, in minor units of {@code currency}
     * @param currency the ISO 4217 currency code, such as {@code "USD"}
     * @param paymentToken the token the client sent, not a sandbox one
     */
    public Attempt(String orderId, String userId, String provider, long amountMinor, String currency,
        String paymentToken, int attemptNumber) {
      this.orderId = Objects.requireNonNull(orderId, "orderId == null");
      this.userId = Objects.requireNonNull(userId, "userId == null");
      this.provider = Objects.requireNonNull(provider, "provider == null");
      this.amountMinor = amountMinor;
      this.currency = Objects.requireNonNull(currency, "currency == null");
      this.paymentToken = Objects.requireNonNull(paymentToken, "paymentToken == null");
      this.attemptNumber = attemptNumber;
    }

    /** {@return the order being confirmed} */
    public String orderId() {
      return orderId;
    }

    /** {@return the user who owns the order} */
    public String userId() {
      return userId;
    }

    /** {@return the provider the order was created for, e.g. {@code card}} */
    public String provider() {
      return provider;
    }

    /** {@return the amount to charge, in minor units of {@link #currency()}} */
    public long amountMinor() {
      return amountMinor;
    }

    /** {@return the ISO 4217 currency code, such as {@code "USD"}} */
    public String currency() {
      return currency;
    }

    /** {@return the payment token the client sent; check it as your processor would} */
    public String paymentToken() {
      return paymentToken;
    }

    /** {@return 1 for the first confirm attempt of this order, 2 for the next, and so on} */
    public int attemptNumber() {
      return attemptNumber;
    }

    @Override
    public String toString() {
      return "Attempt{orderId=" + orderId + ", provider=" + provider + ", paymentToken=<redacted>, attempt="
          + attemptNumber + "}";
    }
  }

  /** What the processor said. Immutable. */
  final class Outcome {
    /** The kinds of outcome. */
    public enum Kind {
      /** Paid: the order completes and coins are credited now. */
      SUCCESS,
      /** Declined with a reason: 402 {@code payment_declined}, the order fails. */
      DECLINED,
      /** Accepted but not settled: the order is PENDING until {@link #polls()} later polls. */
      PENDING,
      /** The processor is down: 503 {@code unavailable}, nothing happens, a retry re-executes. */
      UNAVAILABLE
    }

    private final Kind kind;
    private final String declineReason;
    private final int polls;

    private Outcome(Kind kind, String declineReason, int polls) {
      this.kind = kind;
      this.declineReason = declineReason;
      this.polls = polls;
    }

    /** {@return a success: the order completes and its coins are credited now} */
    public static Outcome success() {
      return new Outcome(Kind.SUCCESS, null, 0);
    }

    /**
     * {@return a decline; {@code reason} is one of {@code declined}, {@code insufficient_funds},
     * {@code expired_card}, {@code incorrect_cvc}, {@code processing_error}, {@code
     * authentication_required}}
     *
     * @param reason the decline reason as on the wire, such as {@code "insufficient_funds"}
     */
    public static Outcome declined(String reason) {
      return new Outcome(Kind.DECLINED, Objects.requireNonNull(reason, "reason == null"), 0);
    }

    /**
     * {@return a result that stays pending; the {@code polls}-th later poll (GET or re-confirm)
     * settles it}
     *
     * @param polls the number of later polls until it settles; at least 1
     */
    public static Outcome pending(int polls) {
      if (polls < 1) {
        throw new IllegalArgumentException("polls < 1: " + polls);
      }
      return new Outcome(Kind.PENDING, null, polls);
    }

    /**
     * {@return a processor outage: 503 {@code unavailable}, nothing happens, a retry re-executes}
     */
    public static Outcome unavailable() {
      return new Outcome(Kind.UNAVAILABLE, null, 0);
    }

    /** {@return the kind of outcome} */
    public Kind kind() {
      return kind;
    }

    /** {@return the decline reason, or {@code null}} */
    public String declineReason() {
      return declineReason;
    }

    /** {@return for PENDING: the number of later polls until it settles} */
    public int polls() {
      return polls;
    }

    @Override
    public String toString() {
      return "Outcome{" + kind + (declineReason != null ? " " + declineReason : "")
          + (kind == Kind.PENDING ? " polls=" + polls : "") + "}";
    }
  }
}
