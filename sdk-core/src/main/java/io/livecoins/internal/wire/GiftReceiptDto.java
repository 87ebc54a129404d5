package io.livecoins.internal.wire;

import io.livecoins.gift.GiftReceipt;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Wire form of {@code GiftReceipt}: {@code {id, giftId, recipientId, streamId, quantity, coinCost,
 * coins, createdAt}}.
 */
public final class GiftReceiptDto {
  public @Nullable String id;
  public @Nullable String giftId;
  public @Nullable String recipientId;
  public @Nullable String streamId;
  public @Nullable Integer quantity;
  public @Nullable Long coinCost;
  public @Nullable Long coins;
  public @Nullable Instant createdAt;

  /**
   * Maps to the validated {@link GiftReceipt}.
   *
   * @throws com.squareup.moshi.JsonDataException if a field is missing or null
   * @throws IllegalArgumentException if a field is invalid
   */
  public GiftReceipt toReceipt() {
    return GiftReceipt.builder()
        .id(Wire.require(id, "gift.id"))
        .giftId(Wire.require(giftId, "gift.giftId"))
        .recipientId(Wire.require(recipientId, "gift.recipientId"))
        .streamId(Wire.require(streamId, "gift.streamId"))
        .quantity(Wire.require(quantity, "gift.quantity"))
        .coinCost(Wire.require(coinCost, "gift.coinCost"))
        .coins(Wire.require(coins, "gift.coins"))
        .createdAt(Wire.require(createdAt, "gift.createdAt"))
        .build();
  }
}
