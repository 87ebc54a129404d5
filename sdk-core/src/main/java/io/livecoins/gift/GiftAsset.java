package io.livecoins.gift;

import io.livecoins.internal.Strings;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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

  private GiftAsset(Builder b) {
    this.url = Strings.requireNonBlank(b.url, "url");
    this.mediaType = Strings.requireNonBlank(b.mediaType, "mediaType").toLowerCase(Locale.ROOT);
    if (b.sizeBytes < 1) throw new IllegalArgumentException("sizeBytes < 1: " + b.sizeBytes);
    if (b.durationMillis < 0) {
      throw new IllegalArgumentException("durationMillis < 0: " + b.durationMillis);
    }
    if (b.width < 0 || b.height < 0) {
      throw new IllegalArgumentException("negative size: " + b.width + "x" + b.height);
    }
    String sha256 = Objects.requireNonNull(b.sha256, "sha256 == null");
    if (sha256.length() != 64) throw new IllegalArgumentException("sha256 is not 64 hex digits");
    for (int i = 0; i < 64; i++) {
      char c = sha256.charAt(i); // ASCII only: Character.digit also accepts other scripts' digits
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
        throw new IllegalArgumentException("sha256 is not 64 hex digits");
      }
    }
    this.sizeBytes = b.sizeBytes;
    this.durationMillis = b.durationMillis;
    this.width = b.width;
    this.height = b.height;
    this.sha256 = sha256.toLowerCase(Locale.ROOT);
  }

  /**
   * Starts an asset description. The SDK builds assets from the catalog; build one yourself for a
   * test double, a fixture or a file your app ships.
   *
   * <pre>{@code
   * GiftAsset rose = GiftAsset.builder().url("https://cdn.example/rose.webp").mediaType(GiftAsset.WEBP)
   *     .sizeBytes(812).durationMillis(1200).width(64).height(64).sha256(sha256Hex).build();
   * }</pre>
   *
   * @return a new builder; the URL, media type, size and checksum must be set, the duration and
   *     dimensions default to 0 (a still image; a sound)
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this asset's values, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.url = url;
    b.mediaType = mediaType;
    b.sizeBytes = sizeBytes;
    b.durationMillis = durationMillis;
    b.width = width;
    b.height = height;
    b.sha256 = sha256;
    return b;
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
        + durationMillis + " ms, sha256=" + sha256.substring(0, 12) + "…, url=" + shownUrl() + '}';
  }

  /** The URL without user info, query or fragment (a signed CDN URL's signature): {@code …/a.webp?…}. */
  private String shownUrl() {
    int end = url.length();
    for (int i = 0; i < url.length(); i++) {
      if (url.charAt(i) == '?' || url.charAt(i) == '#') {
        end = i;
        break;
      }
    }
    String shown = url.substring(0, end);
    int authority = shown.indexOf("://") + 3;
    int path = shown.indexOf('/', Math.max(authority, 0));
    int at = shown.lastIndexOf('@', path < 0 ? shown.length() - 1 : path);
    if (authority >= 3 && at >= authority) shown = shown.substring(0, authority) + shown.substring(at + 1);
    return end < url.length() ? shown + "?…" : shown;
  }

  /** Builds a {@link GiftAsset}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String url;
    private @Nullable String mediaType;
    private long sizeBytes;
    private long durationMillis;
    private int width;
    private int height;
    private @Nullable String sha256;

    private Builder() {}

    /**
     * Sets where the file is.
     *
     * @param url an absolute {@code https} URL (plain {@code http} only for loopback or sandbox
     *     hosts, which {@link GiftAssetCache} enforces); not blank
     * @return this builder
     */
    public Builder url(String url) {
      this.url = url;
      return this;
    }

    /**
     * Sets the file's media type.
     *
     * @param mediaType such as {@link GiftAsset#WEBP}, {@link GiftAsset#LOTTIE} or {@link
     *     GiftAsset#OGG}; not blank, stored in lower case
     * @return this builder
     */
    public Builder mediaType(String mediaType) {
      this.mediaType = mediaType;
      return this;
    }

    /**
     * Sets the file's exact size.
     *
     * @param sizeBytes the size in bytes, at least 1; a download of any other size is refused
     * @return this builder
     */
    public Builder sizeBytes(long sizeBytes) {
      this.sizeBytes = sizeBytes;
      return this;
    }

    /**
     * Sets how long the asset plays.
     *
     * @param durationMillis milliseconds, not negative; 0 (the default) for a still image
     * @return this builder
     */
    public Builder durationMillis(long durationMillis) {
      this.durationMillis = durationMillis;
      return this;
    }

    /**
     * Sets the width.
     *
     * @param width pixels, not negative; 0 (the default) for a sound
     * @return this builder
     */
    public Builder width(int width) {
      this.width = width;
      return this;
    }

    /**
     * Sets the height.
     *
     * @param height pixels, not negative; 0 (the default) for a sound
     * @return this builder
     */
    public Builder height(int height) {
      this.height = height;
      return this;
    }

    /**
     * Sets the file's checksum.
     *
     * @param sha256 the file's SHA-256 digest, 64 hexadecimal digits in either case; stored in lower
     *     case
     * @return this builder
     */
    public Builder sha256(String sha256) {
      this.sha256 = sha256;
      return this;
    }

    /**
     * Builds the asset description.
     *
     * @return the asset
     * @throws NullPointerException if the URL, media type or checksum was not set
     * @throws IllegalArgumentException if a string is blank, the size is below 1, a duration or
     *     dimension is negative, or the checksum is not 64 hexadecimal digits
     */
    public GiftAsset build() {
      return new GiftAsset(this);
    }
  }
}
