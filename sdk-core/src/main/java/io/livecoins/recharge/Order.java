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

  /**
   * Creates an order snapshot that was not credited late and has no refund reference.
   *
   * @param id the order id, such as {@code "ord_3f9a…"}
   * @param packageId the id of the coin package bought
   * @param coins coins of the package
   * @param bonusCoins bonus coins on top of {@link #coins()}
   * @param price the price charged
   * @param provider the id of the payment provider that pays for this order, such as {@code
   *     "sandbox"}
   * @param region the catalog region of the order
   * @param status the order's status as the server reported it
   * @param failureReason why the order failed or expired, as on the wire: a decline reason such as
   *     {@code "insufficient_funds"}, or {@code "expired"}; null otherwise
   * @param createdAt when the order was created
   * @param updatedAt when the order last changed
   * @throws NullPointerException if a required argument is null
   * @throws IllegalArgumentException as {@link #Order(String, String, long, long, Money, String,
   *     String, OrderStatus, String, Instant, Instant, boolean, String)}
   */
  public Order(
      String id,
      String packageId,
      long coins,
      long bonusCoins,
      Money price,
      String provider,
      String region,
      OrderStatus status,
      @Nullable String failureReason,
      Instant createdAt,
      Instant updatedAt) {
    this(id, packageId, coins, bonusCoins, price, provider, region, status, failureReason, createdAt,
        updatedAt, false, null);
  }

  /**
   * Creates an order snapshot.
   *
   * @param id the order id, such as {@code "ord_3f9a…"}
   * @param packageId the id of the coin package bought
   * @param coins coins of the package
   * @param bonusCoins bonus coins on top of {@link #coins()}
   * @param price the price charged
   * @param provider the id of the payment provider that pays for this order, such as {@code
   *     "sandbox"}
   * @param region the catalog region of the order
   * @param status the order's status as the server reported it
   * @param failureReason why the order failed or expired, as on the wire: a decline reason such as
   *     {@code "insufficient_funds"}, or {@code "expired"}; null otherwise
   * @param createdAt when the order was created
   * @param updatedAt when the order last changed
   * @param creditedLate true if the order was paid after it had expired and the backend credited it
   *     anyway ("late credit"); only ever true on a {@link OrderStatus#COMPLETED} order
   * @param refundReference the payment processor's reference of the void or refund of a {@link
   *     OrderStatus#VOIDED} order (show it to the user; support quotes it), or null
   * @throws NullPointerException if a required argument is null
   * @throws IllegalArgumentException if an id or the provider is blank, the region is not two
   *     capital letters, a count is negative, there are no coins, the total overflows, {@code
   *     creditedLate} is set on an order that is not COMPLETED, or {@code refundReference} is set on
   *     an order that is not VOIDED or is blank or over 128 characters
   */
  public Order(
      String id,
      String packageId,
      long coins,
      long bonusCoins,
      Money price,
      String provider,
      String region,
      OrderStatus status,
      @Nullable String failureReason,
      Instant createdAt,
      Instant updatedAt,
      boolean creditedLate,
      @Nullable String refundReference) {
    this.id = Strings.requireNonBlank(id, "id");
    this.packageId = Strings.requireNonBlank(packageId, "packageId");
    if (coins <= 0) throw new IllegalArgumentException("coins <= 0: " + coins);
    if (bonusCoins < 0) throw new IllegalArgumentException("bonusCoins < 0: " + bonusCoins);
    Math.addExact(coins, bonusCoins);
    this.coins = coins;
    this.bonusCoins = bonusCoins;
    this.price = Objects.requireNonNull(price, "price == null");
    this.provider = Strings.requireNonBlank(provider, "provider");
    this.region = Objects.requireNonNull(region, "region == null");
    if (!REGION.matcher(region).matches()) {
      throw new IllegalArgumentException("region must be two capital letters: " + region);
    }
    this.status = Objects.requireNonNull(status, "status == null");
    this.failureReason = failureReason;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt == null");
    this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt == null");
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
}
