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

  private PaymentRequest(Builder b) {
    this.orderId = Strings.requireNonBlank(b.orderId, "orderId");
    this.packageId = Strings.requireNonBlank(b.packageId, "packageId");
    if (b.coins <= 0) throw new IllegalArgumentException("coins <= 0: " + b.coins);
    this.coins = b.coins;
    this.price = Objects.requireNonNull(b.price, "price == null");
    this.region = Strings.requireNonBlank(b.region, "region");
    this.method = Objects.requireNonNull(b.method, "method == null");
  }

  /**
   * Starts a request, such as for a test of your own {@link PaymentProvider} (the SDK builds the
   * requests it passes to {@link PaymentProvider#authorize(PaymentRequest)}).
   *
   * <pre>{@code
   * PaymentRequest request = PaymentRequest.builder()
   *     .orderId("ord_1").packageId("coins-700").coins(735)
   *     .price(Money.of(999, "USD")).region("US").method(TestCard.of("4242424242424242"))
   *     .build();
   * }</pre>
   *
   * @return a new builder with no values set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this request's values, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.orderId = orderId;
    b.packageId = packageId;
    b.coins = coins;
    b.price = price;
    b.region = region;
    b.method = method;
    return b;
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

  /**
   * Builds a {@link PaymentRequest}; start one with {@link PaymentRequest#builder()}. Not
   * thread-safe.
   */
  public static final class Builder {
    private @Nullable String orderId;
    private @Nullable String packageId;
    private long coins;
    private @Nullable Money price;
    private @Nullable String region;
    private @Nullable PaymentMethod method;

    private Builder() {}

    /**
     * Sets the order being paid for. Required.
     *
     * @param orderId the LiveCoins order id, such as {@code "ord_3f9a…"}; the payment token must be
     *     bound to it; not blank
     * @return this builder
     */
    public Builder orderId(String orderId) {
      this.orderId = orderId;
      return this;
    }

    /**
     * Sets the coin package. Required.
     *
     * @param packageId the coin package id, such as {@code "coins-700"} (for store products such as
     *     Play Billing, the product id to launch); not blank
     * @return this builder
     */
    public Builder packageId(String packageId) {
      this.packageId = packageId;
      return this;
    }

    /**
     * Sets the coins credited on success. Required.
     *
     * @param coins the coins credited on success, bonus included (for the payment sheet's
     *     description); at least 1
     * @return this builder
     */
    public Builder coins(long coins) {
      this.coins = coins;
      return this;
    }

    /**
     * Sets the amount to charge. Required.
     *
     * @param price the amount to charge (exact minor units)
     * @return this builder
     */
    public Builder price(Money price) {
      this.price = price;
      return this;
    }

    /**
     * Sets the catalog region. Required.
     *
     * @param region the catalog region (ISO 3166-1 alpha-2), such as {@code "US"}; not blank
     * @return this builder
     */
    public Builder region(String region) {
      this.region = region;
      return this;
    }

    /**
     * Sets the host's payment input. Required.
     *
     * @param method the host's input from the purchase call, such as a {@link TestCard} or {@link
     *     PaymentMethod#none()}
     * @return this builder
     */
    public Builder method(PaymentMethod method) {
      this.method = method;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws NullPointerException if a value was not set (or set to null)
     * @throws IllegalArgumentException if an id or the region is blank or {@code coins} is not
     *     positive
     */
    public PaymentRequest build() {
      return new PaymentRequest(this);
    }
  }
}
