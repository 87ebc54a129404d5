package io.livecoins.recharge;

import io.livecoins.Money;
import io.livecoins.internal.Strings;
import io.livecoins.payment.DeclineReason;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A recharge order as the server last reported it: which package, for what price, paid through
 * which provider, and its {@linkplain #status() status}. Immutable and thread-safe.
 *
 * <p>The SDK builds orders from the server's answers; a test or a fake builds one with {@link
 * #builder()} and derives a changed copy with {@link #toBuilder()}.
 */
public final class Order {
  private static final Pattern REGION = Pattern.compile("[A-Z]{2}");

  private final String id;
  private final String packageId;
  private final long coins;
  private final long bonusCoins;
  private final Money price;
  private final String provider;
  private final String region;
  private final OrderStatus status;
  private final @Nullable String failureReason;
  private final Instant createdAt;
  private final Instant updatedAt;
  private final boolean creditedLate;
  private final @Nullable String refundReference;

  private Order(Builder b) {
    this.id = Strings.requireNonBlank(b.id, "id");
    this.packageId = Strings.requireNonBlank(b.packageId, "packageId");
    long coins = b.coins;
    long bonusCoins = b.bonusCoins;
    if (coins <= 0) throw new IllegalArgumentException("coins <= 0: " + coins);
    if (bonusCoins < 0) throw new IllegalArgumentException("bonusCoins < 0: " + bonusCoins);
    Math.addExact(coins, bonusCoins);
    this.coins = coins;
    this.bonusCoins = bonusCoins;
    this.price = Objects.requireNonNull(b.price, "price == null");
    this.provider = Strings.requireNonBlank(b.provider, "provider");
    String region = Objects.requireNonNull(b.region, "region == null");
    if (!REGION.matcher(region).matches()) {
      throw new IllegalArgumentException("region must be two capital letters: " + region);
    }
    this.region = region;
    OrderStatus status = Objects.requireNonNull(b.status, "status == null");
    this.status = status;
    this.failureReason = b.failureReason;
    this.createdAt = Objects.requireNonNull(b.createdAt, "createdAt == null");
    this.updatedAt = Objects.requireNonNull(b.updatedAt, "updatedAt == null");
    boolean creditedLate = b.creditedLate;
    String refundReference = b.refundReference;
    if (creditedLate && status != OrderStatus.COMPLETED) {
      throw new IllegalArgumentException("creditedLate on an order that is " + status);
    }
    if (refundReference != null) {
      if (status != OrderStatus.VOIDED) {
        throw new IllegalArgumentException("refundReference on an order that is " + status);
      }
      if (Strings.isBlank(refundReference) || refundReference.length() > 128) {
        throw new IllegalArgumentException("refundReference must be 1..128 non-blank characters");
      }
    }
    this.creditedLate = creditedLate;
    this.refundReference = refundReference;
  }

  /**
   * Starts an order snapshot, such as a fixture for a test or a fake {@link RechargeApi}.
   *
   * <pre>{@code
   * Order order = Order.builder()
   *     .id("ord_1").packageId("coins-700").coins(700).bonusCoins(70)
   *     .price(Money.of(999, "USD")).provider("sandbox").region("US")
   *     .status(OrderStatus.AWAITING_PAYMENT)
   *     .createdAt(now).updatedAt(now)
   *     .build();
   * }</pre>
   *
   * @return a new builder with no values set: not credited late, no failure reason and no refund
   *     reference
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this order's values, to derive a changed copy (such as the same order
   * in a later status).
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.packageId = packageId;
    b.coins = coins;
    b.bonusCoins = bonusCoins;
    b.price = price;
    b.provider = provider;
    b.region = region;
    b.status = status;
    b.failureReason = failureReason;
    b.createdAt = createdAt;
    b.updatedAt = updatedAt;
    b.creditedLate = creditedLate;
    b.refundReference = refundReference;
    return b;
  }

  /** {@return the order id, such as {@code "ord_3f9a…"}} */
  public String id() {
    return id;
  }

  /** {@return the id of the coin package bought} */
  public String packageId() {
    return packageId;
  }

  /** {@return coins of the package} */
  public long coins() {
    return coins;
  }

  /** {@return bonus coins on top of {@link #coins()}} */
  public long bonusCoins() {
    return bonusCoins;
  }

  /** {@return coins credited when the order completes: {@code coins + bonusCoins}} */
  public long totalCoins() {
    return coins + bonusCoins;
  }

  /** {@return the price charged} */
  public Money price() {
    return price;
  }

  /**
   * {@return the id of the payment provider that pays for this order, such as {@code "sandbox"}}
   */
  public String provider() {
    return provider;
  }

  /** {@return the catalog region of the order} */
  public String region() {
    return region;
  }

  /** {@return the status} */
  public OrderStatus status() {
    return status;
  }

  /**
   * {@return why the order failed or expired, as on the wire: a decline reason such as {@code
   * "insufficient_funds"}, or {@code "expired"}; null otherwise}
   */
  public @Nullable String failureReason() {
    return failureReason;
  }

  /**
   * {@return the decline reason of a {@link OrderStatus#FAILED} order, or null if it did not fail}
   */
  public @Nullable DeclineReason declineReason() {
    return status == OrderStatus.FAILED ? DeclineReason.fromWireName(failureReason) : null;
  }

  /**
   * {@return true if the order was paid after it had expired and the backend credited it anyway
   * ("late credit"); only ever true on a {@link OrderStatus#COMPLETED} order}
   */
  public boolean creditedLate() {
    return creditedLate;
  }

  /**
   * {@return the payment processor's reference of the void or refund of a {@link
   * OrderStatus#VOIDED} order (show it to the user; support quotes it), or null}
   */
  public @Nullable String refundReference() {
    return refundReference;
  }

  /** {@return when the order was created} */
  public Instant createdAt() {
    return createdAt;
  }

  /** {@return when the order last changed} */
  public Instant updatedAt() {
    return updatedAt;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof Order)) return false;
    Order that = (Order) o;
    return coins == that.coins
        && bonusCoins == that.bonusCoins
        && id.equals(that.id)
        && packageId.equals(that.packageId)
        && price.equals(that.price)
        && provider.equals(that.provider)
        && region.equals(that.region)
        && status == that.status
        && Objects.equals(failureReason, that.failureReason)
        && createdAt.equals(that.createdAt)
        && updatedAt.equals(that.updatedAt)
        && creditedLate == that.creditedLate
        && Objects.equals(refundReference, that.refundReference);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, packageId, coins, bonusCoins, price, provider, region, status,
        failureReason, createdAt, updatedAt, creditedLate, refundReference);
  }

  @Override
  public String toString() {
    return "Order{id=" + id + ", packageId=" + packageId + ", coins=" + coins + ", bonusCoins="
        + bonusCoins + ", price=" + price + ", provider=" + provider + ", region=" + region
        + ", status=" + status + (failureReason == null ? "" : ", failureReason=" + failureReason)
        + (creditedLate ? ", creditedLate=true" : "")
        + (refundReference == null ? "" : ", refundReference=" + refundReference)
        + ", createdAt=" + createdAt + ", updatedAt=" + updatedAt + '}';
  }

  /** Builds an {@link Order}; start one with {@link Order#builder()}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String packageId;
    private long coins;
    private long bonusCoins;
    private @Nullable Money price;
    private @Nullable String provider;
    private @Nullable String region;
    private @Nullable OrderStatus status;
    private @Nullable String failureReason;
    private @Nullable Instant createdAt;
    private @Nullable Instant updatedAt;
    private boolean creditedLate;
    private @Nullable String refundReference;

    private Builder() {}

    /**
     * Sets the order id. Required.
     *
     * @param id the server's order id, such as {@code "ord_3f9a…"}; not blank
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the package bought. Required.
     *
     * @param packageId the id of the coin package bought, such as {@code "coins-700"}; not blank
     * @return this builder
     */
    public Builder packageId(String packageId) {
      this.packageId = packageId;
      return this;
    }

    /**
     * Sets the coins of the package. Required.
     *
     * @param coins coins of the package, bonus not included; at least 1
     * @return this builder
     */
    public Builder coins(long coins) {
      this.coins = coins;
      return this;
    }

    /**
     * Sets the bonus coins.
     *
     * @param bonusCoins bonus coins credited on top of {@link #coins(long)}; at least 0 (the
     *     default)
     * @return this builder
     */
    public Builder bonusCoins(long bonusCoins) {
      this.bonusCoins = bonusCoins;
      return this;
    }

    /**
     * Sets the price charged. Required.
     *
     * @param price the price charged, in the region's currency (exact minor units)
     * @return this builder
     */
    public Builder price(Money price) {
      this.price = price;
      return this;
    }

    /**
     * Sets the payment provider. Required.
     *
     * @param provider the id of the payment provider that pays for this order, such as {@code
     *     "sandbox"}; not blank
     * @return this builder
     */
    public Builder provider(String provider) {
      this.provider = provider;
      return this;
    }

    /**
     * Sets the catalog region. Required.
     *
     * @param region the ISO 3166-1 alpha-2 region of the catalog the order was priced in, such as
     *     {@code "US"}: two capital letters
     * @return this builder
     */
    public Builder region(String region) {
      this.region = region;
      return this;
    }

    /**
     * Sets the status. Required.
     *
     * @param status the order's status as the server reported it
     * @return this builder
     */
    public Builder status(OrderStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets why the order failed or expired.
     *
     * @param failureReason as on the wire: a decline reason such as {@code "insufficient_funds"}, or
     *     {@code "expired"}; null (the default) when the order did not fail or expire
     * @return this builder
     */
    public Builder failureReason(@Nullable String failureReason) {
      this.failureReason = failureReason;
      return this;
    }

    /**
     * Sets when the order was created. Required.
     *
     * @param createdAt when the server created the order
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Sets when the order last changed. Required.
     *
     * @param updatedAt when the order last changed on the server
     * @return this builder
     */
    public Builder updatedAt(Instant updatedAt) {
      this.updatedAt = updatedAt;
      return this;
    }

    /**
     * Sets whether the order was credited late.
     *
     * @param creditedLate true if the order was paid after it had expired and the backend credited
     *     it anyway ("late credit"); only allowed on a {@link OrderStatus#COMPLETED} order; false by
     *     default
     * @return this builder
     */
    public Builder creditedLate(boolean creditedLate) {
      this.creditedLate = creditedLate;
      return this;
    }

    /**
     * Sets the reference of the void or refund.
     *
     * @param refundReference the payment processor's reference of the void or refund of a {@link
     *     OrderStatus#VOIDED} order (1 to 128 characters, not blank; only allowed on a VOIDED order),
     *     or null (the default)
     * @return this builder
     */
    public Builder refundReference(@Nullable String refundReference) {
      this.refundReference = refundReference;
      return this;
    }

    /**
     * Builds the order snapshot.
     *
     * @return the order
     * @throws NullPointerException if the id, package id, price, provider, region, status, {@code
     *     createdAt} or {@code updatedAt} was not set (or set to null)
     * @throws IllegalArgumentException if an id or the provider is blank, the region is not two
     *     capital letters, a count is negative, there are no coins, {@code creditedLate} is set on
     *     an order that is not COMPLETED, or {@code refundReference} is set on an order that is not
     *     VOIDED or is blank or over 128 characters
     * @throws ArithmeticException if {@code coins + bonusCoins} overflows a {@code long}
     */
    public Order build() {
      return new Order(this);
    }
  }
}
