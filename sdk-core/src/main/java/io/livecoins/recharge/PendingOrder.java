package io.livecoins.recharge;

import io.livecoins.Money;
import io.livecoins.internal.Redactor;
import io.livecoins.internal.Strings;
import io.livecoins.internal.http.ApiRequest;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The local record of a purchase between order creation and confirmation, kept in a {@link
 * PendingOrderStore} so that {@link RechargeApi#resumePending()} can finish it after a crash or a
 * lost response.
 *
 * <p>It holds only what is needed to finish the order: ids, the expected price, the idempotency key
 * of the confirmation (so a resumed confirmation is a replay, never a second one) and, once the
 * provider authorized the payment, the payment token. The token is single-use and bound to this
 * order by the backend; the record never holds card data or the user's bearer token, and {@link
 * #toString()} redacts the token. Immutable and thread-safe.
 *
 * <p>A {@link PendingOrderStore} of your own reads a record back with {@link #builder()}.
 */
public final class PendingOrder {
  /** How far the purchase got. */
  public enum State {
    /** The order exists on the server; the payment was not (known to be) authorized. */
    CREATED,
    /** The provider authorized the payment; the token is here, the confirmation may not have arrived. */
    AUTHORIZED
  }

  private final String orderId;
  private final String userId;
  private final String packageId;
  private final String providerId;
  private final String region;
  private final Money price;
  private final State state;
  private final @Nullable String paymentToken;
  private final String confirmKey;
  private final Instant createdAt;

  private PendingOrder(Builder b) {
    this.orderId = Strings.requireNonBlank(b.orderId, "orderId");
    this.userId = Strings.requireNonBlank(b.userId, "userId");
    this.packageId = Strings.requireNonBlank(b.packageId, "packageId");
    this.providerId = Strings.requireNonBlank(b.providerId, "providerId");
    this.region = Strings.requireNonBlank(b.region, "region");
    this.price = Objects.requireNonNull(b.price, "price == null");
    State state = Objects.requireNonNull(b.state, "state == null");
    this.state = state;
    String paymentToken = b.paymentToken;
    if (paymentToken != null) {
      if (Strings.isBlank(paymentToken) || paymentToken.length() > 2048) {
        throw new IllegalArgumentException("paymentToken must be 1..2048 non-blank characters");
      }
    }
    if ((state == State.AUTHORIZED) != (paymentToken != null)) {
      throw new IllegalArgumentException("an AUTHORIZED record has a payment token, a CREATED one has none");
    }
    this.paymentToken = paymentToken;
    this.confirmKey = ApiRequest.checkIdempotencyKey(b.confirmKey);
    this.createdAt = Objects.requireNonNull(b.createdAt, "createdAt == null");
  }

  /**
   * Starts a record, such as when a {@link PendingOrderStore} reads one back from its storage.
   *
   * <pre>{@code
   * PendingOrder record = PendingOrder.builder()
   *     .orderId(json.getString("orderId")).userId(json.getString("userId"))
   *     .packageId(json.getString("packageId")).providerId(json.getString("providerId"))
   *     .region(json.getString("region")).price(Money.of(amountMinor, currency))
   *     .state(PendingOrder.State.valueOf(json.getString("state")))
   *     .paymentToken(token)             // null in state CREATED
   *     .confirmKey(json.getString("confirmKey"))
   *     .createdAt(Instant.parse(json.getString("createdAt")))
   *     .build();
   * }</pre>
   *
   * @return a new builder with no values set and no payment token
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this record's values, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.orderId = orderId;
    b.userId = userId;
    b.packageId = packageId;
    b.providerId = providerId;
    b.region = region;
    b.price = price;
    b.state = state;
    b.paymentToken = paymentToken;
    b.confirmKey = confirmKey;
    b.createdAt = createdAt;
    return b;
  }

  /**
   * {@return a copy in state {@link State#AUTHORIZED} holding {@code paymentToken}}
   *
   * @param paymentToken the provider's single-use payment token, bound to this order; null before
   *     authorization
   * @throws IllegalArgumentException if the token is blank or over 2048 characters
   */
  public PendingOrder withPaymentToken(String paymentToken) {
    Objects.requireNonNull(paymentToken, "paymentToken == null");
    return toBuilder().state(State.AUTHORIZED).paymentToken(paymentToken).build();
  }

  /** {@return the server's order id} */
  public String orderId() {
    return orderId;
  }

  /** {@return the user who bought it: the record's owner, the only user whose client resumes it} */
  public String userId() {
    return userId;
  }

  /** {@return the package bought} */
  public String packageId() {
    return packageId;
  }

  /** {@return the id of the provider that pays} */
  public String providerId() {
    return providerId;
  }

  /** {@return the catalog region} */
  public String region() {
    return region;
  }

  /** {@return the price the user saw} */
  public Money price() {
    return price;
  }

  /** {@return how far the purchase got} */
  public State state() {
    return state;
  }

  /**
   * {@return the provider's single-use payment token, bound to this order; null before
   * authorization}
   */
  public @Nullable String paymentToken() {
    return paymentToken;
  }

  /** {@return the idempotency key every confirmation of this order uses} */
  public String confirmKey() {
    return confirmKey;
  }

  /** {@return when the record was created} */
  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof PendingOrder)) return false;
    PendingOrder that = (PendingOrder) o;
    return orderId.equals(that.orderId)
        && userId.equals(that.userId)
        && packageId.equals(that.packageId)
        && providerId.equals(that.providerId)
        && region.equals(that.region)
        && price.equals(that.price)
        && state == that.state
        && Objects.equals(paymentToken, that.paymentToken)
        && confirmKey.equals(that.confirmKey)
        && createdAt.equals(that.createdAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(orderId, userId, packageId, providerId, region, price, state, paymentToken,
        confirmKey, createdAt);
  }

  /** Describes the record with the payment token masked. */
  @Override
  public String toString() {
    return "PendingOrder{orderId=" + orderId + ", userId=" + userId + ", packageId=" + packageId + ", provider="
        + providerId + ", region=" + region + ", price=" + price + ", state=" + state
        + ", paymentToken=" + (paymentToken == null ? "null" : Redactor.MASK)
        + ", createdAt=" + createdAt + '}';
  }

  /**
   * Builds a {@link PendingOrder}; start one with {@link PendingOrder#builder()}. Not thread-safe.
   * Its {@code toString()} is Object's, so it never shows the payment token.
   */
  public static final class Builder {
    private @Nullable String orderId;
    private @Nullable String userId;
    private @Nullable String packageId;
    private @Nullable String providerId;
    private @Nullable String region;
    private @Nullable Money price;
    private @Nullable State state;
    private @Nullable String paymentToken;
    private @Nullable String confirmKey;
    private @Nullable Instant createdAt;

    private Builder() {}

    /**
     * Sets the order id. Required.
     *
     * @param orderId the server's order id, such as {@code "ord_3f9a…"}; not blank
     * @return this builder
     */
    public Builder orderId(String orderId) {
      this.orderId = orderId;
      return this;
    }

    /**
     * Sets the record's owner. Required.
     *
     * @param userId the user who bought it; only their client resumes the record; not blank
     * @return this builder
     */
    public Builder userId(String userId) {
      this.userId = userId;
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
     * Sets the payment provider. Required.
     *
     * @param providerId the id of the provider that pays, such as {@code "sandbox"}; not blank
     * @return this builder
     */
    public Builder providerId(String providerId) {
      this.providerId = providerId;
      return this;
    }

    /**
     * Sets the catalog region. Required.
     *
     * @param region the catalog region the order was priced in, such as {@code "US"}; not blank
     * @return this builder
     */
    public Builder region(String region) {
      this.region = region;
      return this;
    }

    /**
     * Sets the price. Required.
     *
     * @param price the price the user saw and the order was created with (exact minor units)
     * @return this builder
     */
    public Builder price(Money price) {
      this.price = price;
      return this;
    }

    /**
     * Sets how far the purchase got. Required.
     *
     * @param state {@link State#CREATED} (no payment token) or {@link State#AUTHORIZED} (a payment
     *     token is required)
     * @return this builder
     */
    public Builder state(State state) {
      this.state = state;
      return this;
    }

    /**
     * Sets the payment token.
     *
     * @param paymentToken the provider's single-use payment token bound to this order (1 to 2048
     *     characters, not blank) in state {@link State#AUTHORIZED}; null (the default) in state
     *     {@link State#CREATED}. A secret: store it like one
     * @return this builder
     */
    public Builder paymentToken(@Nullable String paymentToken) {
      this.paymentToken = paymentToken;
      return this;
    }

    /**
     * Sets the idempotency key of the confirmation. Required.
     *
     * @param confirmKey the key every confirmation of this order uses, so a resumed confirmation is
     *     a replay (1 to 64 visible ASCII characters)
     * @return this builder
     */
    public Builder confirmKey(String confirmKey) {
      this.confirmKey = confirmKey;
      return this;
    }

    /**
     * Sets when the record was created. Required.
     *
     * @param createdAt when the record was created
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return the record
     * @throws NullPointerException if a required value was not set (or set to null)
     * @throws IllegalArgumentException if a string is blank, the key is invalid, the token is over
     *     2048 characters, or the state and token disagree
     */
    public PendingOrder build() {
      return new PendingOrder(this);
    }
  }
}
