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

  /**
   * Creates a record.
   *
   * @param orderId the server's order id
   * @param userId the user who bought it (the record's owner: only their client resumes it)
   * @param packageId the package bought
   * @param providerId the provider that pays
   * @param region the catalog region
   * @param price the price the user saw and the order was created with
   * @param state how far the purchase got; {@link State#AUTHORIZED} requires a token
   * @param paymentToken the provider's single-use token, or null before authorization
   * @param confirmKey the idempotency key of the confirmation (1–64 visible ASCII characters)
   * @param createdAt when the record was created
   * @throws NullPointerException if a required argument is null
   * @throws IllegalArgumentException if a string is blank, the key is invalid, the token is over
   *     2048 characters, or the state and token disagree
   */
  public PendingOrder(
      String orderId,
      String userId,
      String packageId,
      String providerId,
      String region,
      Money price,
      State state,
      @Nullable String paymentToken,
      String confirmKey,
      Instant createdAt) {
    this.orderId = Strings.requireNonBlank(orderId, "orderId");
    this.userId = Strings.requireNonBlank(userId, "userId");
    this.packageId = Strings.requireNonBlank(packageId, "packageId");
    this.providerId = Strings.requireNonBlank(providerId, "providerId");
    this.region = Strings.requireNonBlank(region, "region");
    this.price = Objects.requireNonNull(price, "price == null");
    this.state = Objects.requireNonNull(state, "state == null");
    if (paymentToken != null) {
      if (Strings.isBlank(paymentToken) || paymentToken.length() > 2048) {
        throw new IllegalArgumentException("paymentToken must be 1..2048 non-blank characters");
      }
    }
    if ((state == State.AUTHORIZED) != (paymentToken != null)) {
      throw new IllegalArgumentException("an AUTHORIZED record has a payment token, a CREATED one has none");
    }
    this.paymentToken = paymentToken;
    this.confirmKey = ApiRequest.checkIdempotencyKey(confirmKey);
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt == null");
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
    return new PendingOrder(orderId, userId, packageId, providerId, region, price, State.AUTHORIZED,
        paymentToken, confirmKey, createdAt);
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
}
