package io.livecoins.internal.wire;

import io.livecoins.gift.GiftReceipt;
import io.livecoins.gift.SendGiftResult;
import org.jspecify.annotations.Nullable;

/** Wire form of the {@code POST /v1/gifts/send} answer: {@code {gift: GiftReceipt, wallet}}. */
public final class SendGiftResponseDto {
  public @Nullable GiftReceiptDto gift;
  public @Nullable WalletDto wallet;

  /**
   * Maps to the validated result.
   *
   * @throws com.squareup.moshi.JsonDataException if a field is missing or null
   * @throws IllegalArgumentException if a field is invalid
   */
  public SendGiftResult toResult() {
    GiftReceipt receipt = Wire.require(gift, "gift").toReceipt();
    return new SendGiftResult(receipt, Wire.require(wallet, "wallet").toWallet());
  }
}
