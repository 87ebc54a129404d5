package io.livecoins.payment;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in {@link PaymentProvider} for sandbox backends (id {@code "sandbox"}): it takes a
 * {@link TestCard} and returns a sandbox token {@code sbx1.<orderId>.<outcome>.<nonce>} whose
 * outcome ({@code ok}, {@code decline-<reason>}, {@code pending-<n>}, {@code flaky-<n>}) the sandbox
 * backend (and the {@code sdk-testing} mock server) acts on when the order is confirmed. Decline
 * cards therefore fail at confirmation with {@code PaymentDeclinedException}, as real ones do.
 *
 * <p>The card number never leaves the provider: the token holds only the outcome and a random
 * nonce from {@link SecureRandom}. The provider remembers the tokens it issued (the latest 256), so
 * {@link #recoverAuthorization(String)} can return them the way Play Billing's purchase query does.
 *
 * <pre>{@code
 * LiveCoins client = LiveCoins.builder()...paymentProvider(new SandboxPaymentProvider()).build();
 * client.recharge().purchase(pack, SandboxPaymentProvider.ID, TestCard.VISA).execute();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class SandboxPaymentProvider implements PaymentProvider {
  /** The provider id, {@code "sandbox"}. */
  public static final String ID = "sandbox";

  private static final Logger log = LoggerFactory.getLogger("io.livecoins.payment");
  private static final char[] ALPHANUMERIC =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
  private static final int REMEMBERED = 256;

  private final SecureRandom random = new SecureRandom();
  private final Map<String, String> issued =
      new LinkedHashMap<String, String>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > REMEMBERED;
        }
      };

  /** Creates the provider. */
  public SandboxPaymentProvider() {}

  @Override
  public String id() {
    return ID;
  }

  /**
   * Accepts only a {@link TestCard}.
   *
   * @throws IllegalArgumentException if {@code method} is not a {@link TestCard}
   */
  @Override
  public void checkMethod(PaymentMethod method) {
    Objects.requireNonNull(method, "method == null");
    if (!(method instanceof TestCard)) {
      throw new IllegalArgumentException(
          "the sandbox provider pays with a TestCard, not " + method.getClass().getSimpleName());
    }
  }

  /**
   * Returns the sandbox token for the card's outcome; {@link PaymentResult#cancelled()} for a card
   * {@linkplain TestCard#cancelledByUser() cancelled by the user}, {@link PaymentResult#unknown}
   * for one with an {@linkplain TestCard#outcomeUnknown() unknown outcome}.
   */
  @Override
  public PaymentResult authorize(PaymentRequest request) {
    Objects.requireNonNull(request, "request == null");
    if (!(request.method() instanceof TestCard)) {
      return PaymentResult.declined(DeclineReason.PROCESSING_ERROR, "the sandbox provider needs a TestCard");
    }
    TestCard card = (TestCard) request.method();
    if (card.isCancelledByUser()) {
      log.debug("sandbox: user cancelled the payment of order {}", request.orderId());
      return PaymentResult.cancelled();
    }
    String token = "sbx1." + request.orderId() + "." + card.tokenOutcome() + "." + nonce();
    synchronized (issued) {
      issued.put(request.orderId(), token);
    }
    log.debug("sandbox: authorized order {} ({}, outcome {})", request.orderId(), card, card.tokenOutcome());
    if (card.isOutcomeUnknown()) {
      return PaymentResult.unknown("sandbox: simulated processor time-out after the charge");
    }
    return PaymentResult.authorized(token);
  }

  /** Returns the token this provider issued for {@code orderId}, or null. */
  @Override
  public @Nullable String recoverAuthorization(String orderId) {
    Objects.requireNonNull(orderId, "orderId == null");
    synchronized (issued) {
      return issued.get(orderId);
    }
  }

  private String nonce() {
    char[] nonce = new char[16];
    for (int i = 0; i < nonce.length; i++) nonce[i] = ALPHANUMERIC[random.nextInt(ALPHANUMERIC.length)];
    return new String(nonce);
  }

  @Override
  public String toString() {
    return "SandboxPaymentProvider";
  }
}
