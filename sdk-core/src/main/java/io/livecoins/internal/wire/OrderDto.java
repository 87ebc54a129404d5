package io.livecoins.internal.wire;

import io.livecoins.Money;
import io.livecoins.recharge.Order;
import io.livecoins.recharge.OrderStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Wire form of {@code Order}: {@code {id, packageId, coins, bonusCoins, price, provider, region,
 * status, failureReason, creditedLate, refundReference, createdAt, updatedAt}}.
 */
public final class OrderDto {
  public @Nullable String id;
  public @Nullable String packageId;
  public @Nullable Long coins;
  public @Nullable Long bonusCoins;
  public @Nullable Money price;
  public @Nullable String provider;
  public @Nullable String region;
  public @Nullable String status;
  public @Nullable String failureReason;
  public @Nullable Boolean creditedLate;
  public @Nullable String refundReference;
  public @Nullable Instant createdAt;
  public @Nullable Instant updatedAt;

  /**
   * Maps to the validated order.
   *
   * @throws com.squareup.moshi.JsonDataException if a field is missing or null
   * @throws IllegalArgumentException if a field is invalid
   */
  public Order toOrder() {
    return new Order(
        Wire.require(id, "order.id"),
        Wire.require(packageId, "order.packageId"),
        Wire.require(coins, "order.coins"),
        Wire.require(bonusCoins, "order.bonusCoins"),
        Wire.require(price, "order.price"),
        Wire.require(provider, "order.provider"),
        Wire.require(region, "order.region"),
        OrderStatus.fromWireName(Wire.require(status, "order.status")),
        failureReason,
        Wire.require(createdAt, "order.createdAt"),
        Wire.require(updatedAt, "order.updatedAt"),
        Boolean.TRUE.equals(creditedLate),
        refundReference);
  }
}
