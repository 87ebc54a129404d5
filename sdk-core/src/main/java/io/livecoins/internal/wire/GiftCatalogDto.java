package io.livecoins.internal.wire;

import io.livecoins.gift.Gift;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Wire form of {@code GET /v1/gifts}: {@code {region, gifts: [Gift]}}. */
public final class GiftCatalogDto {
  public @Nullable String region;
  public @Nullable List<@Nullable GiftDto> gifts;

  /**
   * Maps to an unmodifiable list of validated gifts.
   *
   * @param expectedRegion the region asked for, or null for the account's (any region then)
   * @throws com.squareup.moshi.JsonDataException if a field is missing, a gift id repeats, or the
   *     catalog is another region's than asked (an older server that leaves {@code region} out is
   *     trusted)
   * @throws IllegalArgumentException if a gift is invalid
   */
  public List<Gift> toGifts(@Nullable String expectedRegion) {
    if (expectedRegion != null && region != null && !region.equals(expectedRegion)) {
      throw new com.squareup.moshi.JsonDataException(
          "gift catalog of region " + region + ", asked for " + expectedRegion);
    }
    List<GiftDto> items = Wire.requireList(gifts, "gifts");
    List<Gift> result = new ArrayList<>(items.size());
    Set<String> ids = new HashSet<>();
    for (GiftDto item : items) {
      Gift gift = item.toGift();
      if (!ids.add(gift.id())) {
        throw new com.squareup.moshi.JsonDataException("duplicate gift id " + gift.id());
      }
      result.add(gift);
    }
    return Collections.unmodifiableList(result);
  }
}
