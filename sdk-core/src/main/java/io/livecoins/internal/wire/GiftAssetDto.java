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
    return new GiftAsset(
        Wire.require(url, path + ".url"),
        Wire.require(mediaType, path + ".mediaType"),
        Wire.require(sizeBytes, path + ".sizeBytes"),
        Wire.require(durationMillis, path + ".durationMillis"),
        Wire.require(width, path + ".width"),
        Wire.require(height, path + ".height"),
        Wire.require(sha256, path + ".sha256"));
  }
}
