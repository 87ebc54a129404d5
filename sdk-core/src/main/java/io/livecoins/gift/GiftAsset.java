package io.livecoins.gift;

import io.livecoins.internal.Strings;
import java.util.Locale;
import java.util.Objects;

/**
 * One file a gift is shown with: an animation (or a still frame) or a sound. The catalog names each
 * asset's media type, size, duration and SHA-256 checksum, so a host can pick a format its platform
 * plays, lay it out before it loads, and verify what it downloaded. Immutable and thread-safe.
 */
public final class GiftAsset {
  /** Media type of an animated WebP image or a still one. */
  public static final String WEBP = "image/webp";
  /** Media type of an animated GIF image. */
  public static final String GIF = "image/gif";
  /** Media type of a PNG still frame (used as a placeholder or poster). */
  public static final String PNG = "image/png";
  /** Media type of a Lottie (Bodymovin) JSON animation. */
  public static final String LOTTIE = "application/lottie+json";
  /** Media type of an Ogg Vorbis/Opus sound. */
  public static final String OGG = "audio/ogg";
  /** Media type of a WAVE (PCM) sound. */
  public static final String WAV = "audio/wav";

  private final String url;
  private final String mediaType;
  private final long sizeBytes;
  private final long durationMillis;
  private final int width;
  private final int height;
  private final String sha256;

  /**
   * Creates an asset description.
   *
   * @param url where the file is (absolute {@code https} URL, or loopback/sandbox {@code http})
   * @param mediaType the file's media type, such as {@link #WEBP}; lower-cased
   * @param sizeBytes the file's exact size in bytes, at least 1
   * @param durationMillis how long it plays, 0 for a still image
   * @param width width in pixels, 0 for a sound
   * @param height height in pixels, 0 for a sound
   * @param sha256 the file's SHA-256 digest, 64 hexadecimal digits; lower-cased
   * @throws NullPointerException if a string argument is null
   * @throws IllegalArgumentException if a string is blank, the size is below 1, a duration or
   *     dimension is negative, or the checksum is not 64 hexadecimal digits
   */
  public GiftAsset(
      String url,
      String mediaType,
      long sizeBytes,
      long durationMillis,
      int width,
      int height,
      String sha256) {
    this.url = Strings.requireNonBlank(url, "url");
    this.mediaType = Strings.requireNonBlank(mediaType, "mediaType").toLowerCase(Locale.ROOT);
    if (sizeBytes < 1) throw new IllegalArgumentException("sizeBytes < 1: " + sizeBytes);
    if (durationMillis < 0) {
      throw new IllegalArgumentException("durationMillis < 0: " + durationMillis);
    }
    if (width < 0 || height < 0) {
      throw new IllegalArgumentException("negative size: " + width + "x" + height);
    }
    Objects.requireNonNull(sha256, "sha256 == null");
    if (sha256.length() != 64) throw new IllegalArgumentException("sha256 is not 64 hex digits");
    for (int i = 0; i < 64; i++) {
      char c = sha256.charAt(i); // ASCII only: Character.digit also accepts other scripts' digits
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
        throw new IllegalArgumentException("sha256 is not 64 hex digits");
      }
    }
    this.sizeBytes = sizeBytes;
    this.durationMillis = durationMillis;
    this.width = width;
    this.height = height;
    this.sha256 = sha256.toLowerCase(Locale.ROOT);
  }

  /** {@return where the file is} */
  public String url() {
    return url;
  }

  /** {@return the media type, lower case, such as {@code "image/webp"}} */
  public String mediaType() {
    return mediaType;
  }

  /** {@return the file's exact size in bytes} */
  public long sizeBytes() {
    return sizeBytes;
  }

  /** {@return how long the asset plays in milliseconds; 0 for a still image} */
  public long durationMillis() {
    return durationMillis;
  }

  /** {@return width in pixels; 0 for a sound} */
  public int width() {
    return width;
  }

  /** {@return height in pixels; 0 for a sound} */
  public int height() {
    return height;
  }

  /** {@return the file's SHA-256 digest, 64 lower-case hexadecimal digits} */
  public String sha256() {
    return sha256;
  }

  /** {@return whether this is a sound (its media type starts with {@code audio/})} */
  public boolean isSound() {
    return mediaType.startsWith("audio/");
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof GiftAsset)) return false;
    GiftAsset that = (GiftAsset) o;
    return sizeBytes == that.sizeBytes
        && durationMillis == that.durationMillis
        && width == that.width
        && height == that.height
        && url.equals(that.url)
        && mediaType.equals(that.mediaType)
        && sha256.equals(that.sha256);
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, mediaType, sizeBytes, durationMillis, width, height, sha256);
  }

  @Override
  public String toString() {
    return "GiftAsset{" + mediaType + ", " + sizeBytes + " bytes, " + width + "x" + height + ", "
        + durationMillis + " ms, sha256=" + sha256.substring(0, 12) + "…, url=" + url + '}';
  }
}
