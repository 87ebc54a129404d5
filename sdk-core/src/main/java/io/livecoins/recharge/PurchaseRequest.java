package io.livecoins.recharge;

import io.livecoins.internal.Strings;
import io.livecoins.payment.PaymentMethod;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to buy and how to pay: the {@link CoinPackage} the user saw (its id and price are sent, so
 * the server refuses the order if the price changed since), the id of the payment provider that
 * pays, the host's {@link PaymentMethod} input for that provider, and how long to wait for a
 * pending payment to settle.
 *
 * <pre>{@code
 * PurchaseRequest request = PurchaseRequest.of(pack, "sandbox", TestCard.VISA)
 *     .withPollTimeout(Duration.ofSeconds(30));
 * }</pre>
 *
 * <p>Immutable and thread-safe. The payment method is handed to the provider as is; the SDK never
 * stores, sends or logs it ({@link #toString()} names only its type).
 */
public final class PurchaseRequest {
  /** The default time a purchase waits for a {@link OrderStatus#PENDING} payment to settle: 2 minutes. */
  public static final Duration DEFAULT_POLL_TIMEOUT = Duration.ofMinutes(2);

  private final CoinPackage coinPackage;
  private final String providerId;
  private final PaymentMethod paymentMethod;
  private final Duration pollTimeout;

  private PurchaseRequest(
      CoinPackage coinPackage, String providerId, PaymentMethod paymentMethod, Duration pollTimeout) {
    this.coinPackage = Objects.requireNonNull(coinPackage, "coinPackage == null");
    this.providerId = Strings.requireNonBlank(providerId, "providerId");
    this.paymentMethod = Objects.requireNonNull(paymentMethod, "paymentMethod == null");
    Objects.requireNonNull(pollTimeout, "pollTimeout == null");
    if (pollTimeout.isNegative() || pollTimeout.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalArgumentException("pollTimeout must be 0..1 h: " + pollTimeout);
    }
    this.pollTimeout = pollTimeout;
    if (!coinPackage.acceptsProvider(providerId)) {
      throw new IllegalArgumentException(
          "package " + coinPackage.id() + " cannot be paid with provider " + providerId
              + "; it accepts " + coinPackage.providers());
    }
  }

  /**
   * {@return a request to buy {@code coinPackage} through provider {@code providerId} with {@code
   * paymentMethod}, waiting up to {@link #DEFAULT_POLL_TIMEOUT} for a pending payment}
   *
   * @param coinPackage the package the user chose, with the price they saw
   * @param providerId the id of the payment provider that pays
   * @param paymentMethod the host's input for the provider (card, account, activity…); opaque to
   *     the SDK
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code providerId} is blank or not one of the package's
   *     {@linkplain CoinPackage#providers() providers}
   */
  public static PurchaseRequest of(
      CoinPackage coinPackage, String providerId, PaymentMethod paymentMethod) {
    return new PurchaseRequest(coinPackage, providerId, paymentMethod, DEFAULT_POLL_TIMEOUT);
  }

  /**
   * {@return a copy that waits up to {@code pollTimeout} for a {@link OrderStatus#PENDING} payment
   * to settle before returning a {@linkplain PurchaseResult#isPending() pending} result} Zero
   * returns at once.
   *
   * @param pollTimeout how long the purchase waits for a pending payment to settle
   * @throws IllegalArgumentException if {@code pollTimeout} is negative or over one hour
   */
  public PurchaseRequest withPollTimeout(Duration pollTimeout) {
    return new PurchaseRequest(coinPackage, providerId, paymentMethod, pollTimeout);
  }

  /** {@return the package the user chose, with the price they saw} */
  public CoinPackage coinPackage() {
    return coinPackage;
  }

  /** {@return the id of the payment provider that pays} */
  public String providerId() {
    return providerId;
  }

  /** {@return the host's input for the provider (card, account, activity…); opaque to the SDK} */
  public PaymentMethod paymentMethod() {
    return paymentMethod;
  }

  /** {@return how long the purchase waits for a pending payment to settle} */
  public Duration pollTimeout() {
    return pollTimeout;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof PurchaseRequest)) return false;
    PurchaseRequest that = (PurchaseRequest) o;
    return coinPackage.equals(that.coinPackage)
        && providerId.equals(that.providerId)
        && paymentMethod.equals(that.paymentMethod)
        && pollTimeout.equals(that.pollTimeout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(coinPackage, providerId, paymentMethod, pollTimeout);
  }

  /** Names the payment method's type only, never its content. */
  @Override
  public String toString() {
    return "PurchaseRequest{package=" + coinPackage.id() + ", region=" + coinPackage.region()
        + ", price=" + coinPackage.price() + ", provider=" + providerId + ", paymentMethod="
        + paymentMethod.getClass().getSimpleName() + ", pollTimeout=" + pollTimeout + '}';
  }
}
