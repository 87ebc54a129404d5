package io.livecoins.internal.wire;

import io.livecoins.gift.Gift;
import org.jspecify.annotations.Nullable;

/** Wire form of {@code Gift}: {@code {id, name, coinCost, animationUrl}}. */
public final class GiftDto {
  public @Nullable String id;
  public @Nullable String name;
  public @Nullable Long coinCost;
  public @Nullable String animationUrl;

  /**
   * Maps to the validated {@link Gift}.
   *
   * @throws com.squareup.moshi.JsonDataException if a field is missing or null
   * @throws IllegalArgumentException if a field is invalid
   */
  public Gift toGift() {
    return new Gift(
        Wire.require(id, "gift.id"),
        Wire.require(name, "gift.name"),
        Wire.require(coinCost, "gift.coinCost"),
        Wire.require(animationUrl, "gift.animationUrl"));
  }
}
