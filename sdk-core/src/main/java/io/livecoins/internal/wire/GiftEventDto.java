package io.livecoins.internal.wire;

import io.livecoins.gift.GiftEvent;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Wire form of {@code GiftEvent} (the {@code data} of a gift feed event): {@code {id, giftId,
 * senderId, recipientId, streamId, quantity, coins, createdAt}}.
 */
public final class GiftEventDto {
  public @Nullable String id;
  public @Nullable String giftId;
  public @Nullable String senderId;
  public @Nullable String recipientId;
  public @Nullable String streamId;
  public @Nullable Integer quantity;
  public @Nullable Long coins;
  public @Nullable Instant createdAt;

  /**
   * Maps to the validated {@link GiftEvent}.
   *
   * @throws com.squareup.moshi.JsonDataException if a field is missing or null
   * @throws IllegalArgumentException if a field is invalid
   */
  public GiftEvent toEvent() {
    return new GiftEvent(
        Wire.require(id, "id"),
        Wire.require(giftId, "giftId"),
        Wire.require(senderId, "senderId"),
        Wire.require(recipientId, "recipientId"),
        Wire.require(streamId, "streamId"),
        Wire.require(quantity, "quantity"),
        Wire.require(coins, "coins"),
        Wire.require(createdAt, "createdAt"));
  }
}
