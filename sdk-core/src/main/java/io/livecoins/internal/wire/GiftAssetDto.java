package io.livecoins.internal.wire;

import io.livecoins.gift.GiftAsset;
import org.jspecify.annotations.Nullable;

/**
 * Wire form of {@code GiftAsset}: {@code {url, mediaType, sizeBytes, durationMillis, width, height,
 * sha256}}.
 */
public final class GiftAssetDto {
  public @Nullable String url;
  public @Nullable String mediaType;
  public @Nullable Long sizeBytes;
  public @Nullable Long durationMillis;
  public @Nullable Integer width;
  public @Nullable Integer height;
  public @Nullable String sha256;

  /**
   * Maps to the validated {@link GiftAsset}; {@code path} names the field in errors.
   *
   * @throws com.squareup.moshi.JsonDataException if a field is missing or null
   * @throws IllegalArgumentException if a field is invalid (a negative size, a bad checksum)
   */
  public GiftAsset toAsset(String path) {
    return GiftAsset.builder()
        .url(Wire.require(url, path + ".url"))
        .mediaType(Wire.require(mediaType, path + ".mediaType"))
        .sizeBytes(Wire.require(sizeBytes, path + ".sizeBytes"))
        .durationMillis(Wire.require(durationMillis, path + ".durationMillis"))
        .width(Wire.require(width, path + ".width"))
        .height(Wire.require(height, path + ".height"))
        .sha256(Wire.require(sha256, path + ".sha256"))
        .build();
  }
}
