package io.livecoins.internal.wire;

import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /v1/gifts/send}: {@code {giftId, recipientId, streamId, quantity,
 * expectedCoinCost, comboId?}}; {@code comboId} (null: left out) is set by combos.
 */
public final class SendGiftRequestDto {
  public @Nullable String giftId;
  public @Nullable String recipientId;
  public @Nullable String streamId;
  public @Nullable Integer quantity;
  public @Nullable Long expectedCoinCost;
  public @Nullable String comboId;

  /** Returns a request body. */
  public static SendGiftRequestDto of(
      String giftId, String recipientId, String streamId, int quantity, long expectedCoinCost) {
    SendGiftRequestDto dto = new SendGiftRequestDto();
    dto.giftId = giftId;
    dto.recipientId = recipientId;
    dto.streamId = streamId;
    dto.quantity = quantity;
    dto.expectedCoinCost = expectedCoinCost;
    return dto;
  }
}
