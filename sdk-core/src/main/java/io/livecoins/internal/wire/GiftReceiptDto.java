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
    return new GiftReceipt(
        Wire.require(id, "gift.id"),
        Wire.require(giftId, "gift.giftId"),
        Wire.require(recipientId, "gift.recipientId"),
        Wire.require(streamId, "gift.streamId"),
        Wire.require(quantity, "gift.quantity"),
        Wire.require(coinCost, "gift.coinCost"),
        Wire.require(coins, "gift.coins"),
        Wire.require(createdAt, "gift.createdAt"));
  }
}
