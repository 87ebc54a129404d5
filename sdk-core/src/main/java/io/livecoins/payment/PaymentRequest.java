package io.livecoins.payment;

import io.livecoins.Money;
import io.livecoins.internal.Strings;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link PaymentProvider} is asked to authorize: one recharge order, its package and price,
 * and the host's {@link PaymentMethod}.
 *
 * <p>The {@linkplain #orderId() order id} is stable across every retry of the same purchase:
 * pass it to your processor as its idempotency key (or as Play Billing's obfuscated profile id) so
 * that a repeated authorization never charges twice, and so that {@link
 * PaymentProvider#recoverAuthorization(String)} can find it after a crash. Immutable.
 */
public final class PaymentRequest {
  private final String orderId;
  private final String packageId;
  private final long coins;
  private final Money price;
  private final String region;
  private final PaymentMethod method;

  /**
   * Creates a request.
   *
   * @param orderId the LiveCoins order being paid for; the payment token must be bound to it
   * @param packageId the coin package (for store products such as Play Billing, the product id to
   *     launch)
   * @param coins the coins credited on success, bonus included (for the payment sheet's
   *     description)
   * @param price the amount to charge
   * @param region the catalog region (ISO 3166-1 alpha-2)
   * @param method the host's input from the purchase call
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an id or the region is blank or {@code coins} is not positive
   */
  public PaymentRequest(
      String orderId, String packageId, long coins, Money price, String region, PaymentMethod method) {
    this.orderId = Strings.requireNonBlank(orderId, "orderId");
    this.packageId = Strings.requireNonBlank(packageId, "packageId");
    if (coins <= 0) throw new IllegalArgumentException("coins <= 0: " + coins);
    this.coins = coins;
    this.price = Objects.requireNonNull(price, "price == null");
    this.region = Strings.requireNonBlank(region, "region");
    this.method = Objects.requireNonNull(method, "method == null");
  }

  /** {@return the LiveCoins order being paid for; the payment token must be bound to it} */
  public String orderId() {
    return orderId;
  }

  /**
   * {@return the coin package (for store products such as Play Billing, the product id to launch)}
   */
  public String packageId() {
    return packageId;
  }

  /**
   * {@return the coins credited on success, bonus included (for the payment sheet's description)}
   */
  public long coins() {
    return coins;
  }

  /** {@return the amount to charge} */
  public Money price() {
    return price;
  }

  /** {@return the catalog region (ISO 3166-1 alpha-2)} */
  public String region() {
    return region;
  }

  /** {@return the host's input from the purchase call} */
  public PaymentMethod method() {
    return method;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof PaymentRequest)) return false;
    PaymentRequest that = (PaymentRequest) o;
    return coins == that.coins && orderId.equals(that.orderId) && packageId.equals(that.packageId)
        && price.equals(that.price) && region.equals(that.region) && method.equals(that.method);
  }

  @Override
  public int hashCode() {
    return Objects.hash(orderId, packageId, coins, price, region, method);
  }

  /** Names the method's type only, never its content. */
  @Override
  public String toString() {
    return "PaymentRequest{orderId=" + orderId + ", packageId=" + packageId + ", coins=" + coins
        + ", price=" + price + ", region=" + region + ", method="
        + method.getClass().getSimpleName() + '}';
  }
}
