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

    public String orderId() {
      return orderId;
    }

    public String userId() {
      return userId;
    }

    /** {@return the provider the order was created for, e.g. {@code card}} */
    public String provider() {
      return provider;
    }

    public long amountMinor() {
      return amountMinor;
    }

    public String currency() {
      return currency;
    }

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

    public static Outcome success() {
      return new Outcome(Kind.SUCCESS, null, 0);
    }

    /**
     * {@return a decline; {@code reason} is one of {@code declined}, {@code insufficient_funds},
     * {@code expired_card}, {@code incorrect_cvc}, {@code processing_error}, {@code
     * authentication_required}}
     */
    public static Outcome declined(String reason) {
      return new Outcome(Kind.DECLINED, Objects.requireNonNull(reason, "reason == null"), 0);
    }

    /**
     * {@return a result that stays pending; the {@code polls}-th later poll (GET or re-confirm)
     * settles it}
     *
     * @param polls the number of later polls until it settles, 1 to 10
     */
    public static Outcome pending(int polls) {
      if (polls < 1) {
        throw new IllegalArgumentException("polls < 1: " + polls);
      }
      return new Outcome(Kind.PENDING, null, polls);
    }

    public static Outcome unavailable() {
      return new Outcome(Kind.UNAVAILABLE, null, 0);
    }

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
