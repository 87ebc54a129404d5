package io.livecoins.internal.wire;

import io.livecoins.gift.Gift;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Wire form of {@code Gift}: {@code {id, name, coinCost, tier, assets: [GiftAsset], sound?}} (the
 * catalog's items and the feed event's gift snapshot).
 */
public final class GiftDto {
  public @Nullable String id;
  public @Nullable String name;
  public @Nullable Long coinCost;
  public @Nullable Integer tier;
  public @Nullable List<@Nullable GiftAssetDto> assets;
  public @Nullable GiftAssetDto sound;

  /**
   * Maps to the validated {@link Gift}.
   *
   * @throws com.squareup.moshi.JsonDataException if a field is missing or null
   * @throws IllegalArgumentException if a field is invalid
   */
  public Gift toGift() {
    return toGift("gift");
  }

  /** Like {@link #toGift()}, naming fields under {@code path} in errors. */
  public Gift toGift(String path) {
    Gift.Builder b =
        Gift.builder(
                Wire.require(id, path + ".id"),
                Wire.require(name, path + ".name"),
                Wire.require(coinCost, path + ".coinCost"))
            .tier(Wire.require(tier, path + ".tier"));
    List<GiftAssetDto> items = Wire.requireList(assets, path + ".assets");
    for (int i = 0; i < items.size(); i++) {
      b.addAsset(items.get(i).toAsset(path + ".assets[" + i + "]"));
    }
    if (sound != null) b.sound(sound.toAsset(path + ".sound"));
    return b.build();
  }
}
