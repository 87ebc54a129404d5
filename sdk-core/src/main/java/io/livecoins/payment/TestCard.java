package io.livecoins.payment;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A test card for the {@link SandboxPaymentProvider}: the numbers card processors publish for test
 * mode, each with a fixed outcome, plus behaviours the sandbox simulates (the user cancels, the
 * payment stays pending and settles later, the confirmation fails first and then succeeds, the
 * outcome is unknown).
 *
 * <pre>{@code
 * client.recharge().purchase(pack, "sandbox", TestCard.VISA).execute();
 * client.recharge().purchase(pack, "sandbox", TestCard.of("4000 0000 0000 9995")).execute(); // declined
 * client.recharge().purchase(pack, "sandbox", TestCard.VISA.pendingFor(2)).execute();
 * }</pre>
 *
 * <p>Numbers are checked with the Luhn algorithm when the card is created, so a mistyped number is
 * rejected before anything is sent. The number never leaves the sandbox provider: {@link
 * #toString()} shows only the last four digits. Immutable and thread-safe.
 */
public final class TestCard implements PaymentMethod {
  /** Visa 4242 4242 4242 4242: succeeds. */
  public static final TestCard VISA = known("4242424242424242");
  /**
   * 4000 0000 0000 0259: succeeds, then the payer disputes it: the backend charges the purchase back
   * later (the mock backend: at the first request after it completed), the order becomes {@code
   * CHARGED_BACK} and its coins leave the wallet (spent coins become a coin debt).
   */
  public static final TestCard CHARGEBACK_LATER = known("4000000000000259");
  /** Mastercard 5555 5555 5555 4444: succeeds. */
  public static final TestCard MASTERCARD = known("5555555555554444");
  /** American Express 3782 822463 10005: succeeds. */
  public static final TestCard AMEX = known("378282246310005");
  /** 4000 0000 0000 0002: generic decline ({@link DeclineReason#DECLINED}). */
  public static final TestCard DECLINED = known("4000000000000002");
  /** 4000 0000 0000 9995: {@link DeclineReason#INSUFFICIENT_FUNDS}. */
  public static final TestCard INSUFFICIENT_FUNDS = known("4000000000009995");
  /** 4000 0000 0000 0069: {@link DeclineReason#EXPIRED_CARD}. */
  public static final TestCard EXPIRED_CARD = known("4000000000000069");
  /** 4000 0000 0000 0127: {@link DeclineReason#INCORRECT_CVC}. */
  public static final TestCard INCORRECT_CVC = known("4000000000000127");
  /** 4000 0000 0000 0119: {@link DeclineReason#PROCESSING_ERROR}. */
  public static final TestCard PROCESSING_ERROR = known("4000000000000119");
  /**
   * 4000 0025 0000 3155: requires 3-D Secure, declined with {@link
   * DeclineReason#AUTHENTICATION_REQUIRED} unless {@link #withThreeDSecureCompleted()}.
   */
  public static final TestCard AUTHENTICATION_REQUIRED = known("4000002500003155");

  /** What the sandbox provider does with the card. */
  enum Behaviour {
    AUTHORIZE,
    USER_CANCELS,
    PENDING,
    FLAKY,
    OUTCOME_UNKNOWN
  }

  private final String digits;
  private final boolean threeDSecureCompleted;
  private final Behaviour behaviour;
  private final int count;

  private TestCard(String digits, boolean threeDSecureCompleted, Behaviour behaviour, int count) {
    this.digits = digits;
    this.threeDSecureCompleted = threeDSecureCompleted;
    this.behaviour = behaviour;
    this.count = count;
  }

  private static TestCard known(String digits) {
    return new TestCard(digits, false, Behaviour.AUTHORIZE, 0);
  }

  /**
   * {@return the card with {@code number}; spaces and dashes between digits are allowed} A valid
   * number not in the table above succeeds.
   *
   * @param number a card number of 12 to 19 digits; spaces and dashes between digits are allowed
   * @throws NullPointerException if {@code number} is null
   * @throws IllegalArgumentException if it is not 12 to 19 digits or fails the Luhn check (the
   *     message never contains the number)
   */
  public static TestCard of(String number) {
    Objects.requireNonNull(number, "number == null");
    StringBuilder digits = new StringBuilder(number.length());
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c != ' ' && c != '-') {
        throw new IllegalArgumentException("card number may contain only digits, spaces and dashes");
      }
    }
    if (digits.length() < 12 || digits.length() > 19) {
      throw new IllegalArgumentException("card number must have 12 to 19 digits, not " + digits.length());
    }
    if (!isLuhnValid(digits)) throw new IllegalArgumentException("card number fails the Luhn check");
    return known(digits.toString());
  }

  /**
   * {@return true if {@code digits} (only digits) passes the Luhn check}
   *
   * @param digits the card number, digits only
   */
  public static boolean isLuhnValid(CharSequence digits) {
    Objects.requireNonNull(digits, "digits == null");
    if (digits.length() == 0) return false;
    int sum = 0;
    boolean doubleIt = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') return false;
      int d = c - '0';
      if (doubleIt) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
      doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
  }

  /**
   * {@return this card as if the user completed 3-D Secure: {@link #AUTHENTICATION_REQUIRED} then
   * succeeds}
   */
  public TestCard withThreeDSecureCompleted() {
    return new TestCard(digits, true, behaviour, count);
  }

  /**
   * {@return this card with a user who dismisses the payment sheet: the purchase is cancelled,
   * nothing is charged}
   */
  public TestCard cancelledByUser() {
    return new TestCard(digits, threeDSecureCompleted, Behaviour.USER_CANCELS, 0);
  }

  /**
   * {@return this successful card with a payment that stays pending: the confirmation answers
   * {@code PENDING}, and the {@code polls}-th later look at the order settles it ({@code
   * pending-<n>})}
   *
   * @param polls how many later looks at the order until it settles, 1..10
   * @throws IllegalArgumentException if {@code polls} is not 1..10 or the card does not succeed
   */
  public TestCard pendingFor(int polls) {
    if (polls < 1 || polls > 10) throw new IllegalArgumentException("polls must be 1..10: " + polls);
    requireSuccess("pendingFor");
    return new TestCard(digits, threeDSecureCompleted, Behaviour.PENDING, polls);
  }

  /**
   * {@return this successful card with a flaky backend: the first {@code failures} confirmations
   * answer 503, the next succeeds ({@code flaky-<n>}); the SDK's retries make it succeed}
   *
   * @param failures how many confirmations answer 503 before one succeeds, 1..5
   * @throws IllegalArgumentException if {@code failures} is not 1..5 or the card does not succeed
   */
  public TestCard failingConfirmations(int failures) {
    if (failures < 1 || failures > 5) throw new IllegalArgumentException("failures must be 1..5: " + failures);
    requireSuccess("failingConfirmations");
    return new TestCard(digits, threeDSecureCompleted, Behaviour.FLAKY, failures);
  }

  /**
   * {@return this card with an outcome the provider cannot tell (as if the processor timed out
   * after charging): the purchase fails with effect {@code UNKNOWN} and the order stays recorded,
   * and the sandbox provider's {@link SandboxPaymentProvider#recoverAuthorization(String)} then
   * returns the card's token, so {@code resumePending()} finishes it}
   */
  public TestCard outcomeUnknown() {
    return new TestCard(digits, threeDSecureCompleted, Behaviour.OUTCOME_UNKNOWN, 0);
  }

  /** {@return the last four digits, for display} */
  public String last4() {
    return digits.substring(digits.length() - 4);
  }

  /**
   * {@return the outcome the sandbox token carries: {@code ok}, {@code decline-<reason>}, {@code
   * pending-<n>} or {@code flaky-<n>}}
   */
  public String tokenOutcome() {
    // if/else rather than a switch on the enum: no synthetic switch-map class (docs/benchmarks.md, Footprint).
    if (behaviour == Behaviour.PENDING) return "pending-" + count;
    if (behaviour == Behaviour.FLAKY) return "flaky-" + count;
    return baseOutcome();
  }

  /** {@return true if the user cancels this payment} */
  public boolean isCancelledByUser() {
    return behaviour == Behaviour.USER_CANCELS;
  }

  /** {@return true if the provider reports an unknown outcome for this payment} */
  public boolean isOutcomeUnknown() {
    return behaviour == Behaviour.OUTCOME_UNKNOWN;
  }

  private String baseOutcome() {
    switch (digits) {
      case "4000000000000002":
        return "decline-declined";
      case "4000000000009995":
        return "decline-insufficient_funds";
      case "4000000000000069":
        return "decline-expired_card";
      case "4000000000000127":
        return "decline-incorrect_cvc";
      case "4000000000000119":
        return "decline-processing_error";
      case "4000002500003155":
        return threeDSecureCompleted ? "ok" : "decline-authentication_required";
      case "4000000000000259":
        return "chargeback";
      default:
        return "ok";
    }
  }

  private void requireSuccess(String what) {
    if (!baseOutcome().equals("ok") && !baseOutcome().equals("chargeback")) {
      throw new IllegalArgumentException(what + " needs a card that succeeds; this one gives " + baseOutcome());
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof TestCard)) return false;
    TestCard that = (TestCard) o;
    return threeDSecureCompleted == that.threeDSecureCompleted && count == that.count
        && digits.equals(that.digits) && behaviour == that.behaviour;
  }

  @Override
  public int hashCode() {
    return Objects.hash(digits, threeDSecureCompleted, behaviour, count);
  }

  /** Shows the last four digits and the outcome, never the number. */
  @Override
  public String toString() {
    return "TestCard{**** " + last4() + ", outcome=" + tokenOutcome()
        + (behaviour == Behaviour.USER_CANCELS ? ", userCancels" : "")
        + (behaviour == Behaviour.OUTCOME_UNKNOWN ? ", outcomeUnknown" : "") + '}';
  }
}
