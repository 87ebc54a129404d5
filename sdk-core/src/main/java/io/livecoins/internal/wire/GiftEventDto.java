package io.livecoins.internal.wire;

import com.squareup.moshi.JsonDataException;
import io.livecoins.gift.Gift;
import io.livecoins.gift.GiftEvent;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Wire form of {@code GiftEvent} (the {@code data} of a gift feed event): {@code {id, giftId, gift,
 * senderId, recipientId, streamId, quantity, coins, createdAt, combo?: {id, count}}}.
 */
public final class GiftEventDto {
  public @Nullable String id;
  public @Nullable String giftId;
  public @Nullable GiftDto gift;
  public @Nullable String senderId;
  public @Nullable String recipientId;
  public @Nullable String streamId;
  public @Nullable Integer quantity;
  public @Nullable Long coins;
  public @Nullable Instant createdAt;
  public @Nullable ComboDto combo;

  /** Wire form of {@code GiftEvent.Combo}: {@code {id, count}}. */
  public static final class ComboDto {
    public @Nullable String id;
    public @Nullable Long count;
  }

  /**
   * Maps to the validated {@link GiftEvent}.
   *
   * @throws JsonDataException if a field is missing or null, or the gift snapshot is not the gift
   *     {@code giftId} names
   * @throws IllegalArgumentException if a field is invalid
   */
  public GiftEvent toEvent() {
    String named = Wire.require(giftId, "giftId");
    Gift snapshot = Wire.require(gift, "gift").toGift("gift");
    if (!snapshot.id().equals(named)) {
      throw new JsonDataException("gift.id " + snapshot.id() + " is not giftId " + named);
    }
    GiftEvent.Combo streak = null;
    if (combo != null) {
      streak =
          GiftEvent.Combo.of(Wire.require(combo.id, "combo.id"), Wire.require(combo.count, "combo.count"));
    }
    return GiftEvent.builder()
        .id(Wire.require(id, "id"))
        .gift(snapshot)
        .senderId(Wire.require(senderId, "senderId"))
        .recipientId(Wire.require(recipientId, "recipientId"))
        .streamId(Wire.require(streamId, "streamId"))
        .quantity(Wire.require(quantity, "quantity"))
        .coins(Wire.require(coins, "coins"))
        .createdAt(Wire.require(createdAt, "createdAt"))
        .combo(streak)
        .build();
  }
}
