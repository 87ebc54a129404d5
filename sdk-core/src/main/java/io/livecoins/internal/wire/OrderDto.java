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
    return Order.builder()
        .id(Wire.require(id, "order.id"))
        .packageId(Wire.require(packageId, "order.packageId"))
        .coins(Wire.require(coins, "order.coins"))
        .bonusCoins(Wire.require(bonusCoins, "order.bonusCoins"))
        .price(Wire.require(price, "order.price"))
        .provider(Wire.require(provider, "order.provider"))
        .region(Wire.require(region, "order.region"))
        .status(OrderStatus.fromWireName(Wire.require(status, "order.status")))
        .failureReason(failureReason)
        .createdAt(Wire.require(createdAt, "order.createdAt"))
        .updatedAt(Wire.require(updatedAt, "order.updatedAt"))
        .creditedLate(Boolean.TRUE.equals(creditedLate))
        .refundReference(refundReference)
        .build();
  }
}
