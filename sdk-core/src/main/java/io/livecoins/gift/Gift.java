package io.livecoins.gift;

import io.livecoins.internal.Strings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A gift of the catalog and how it is shown: its name, what one of it costs in coins, its tier, the
 * animation assets a screen can play (best first) and an optional sound. Immutable and thread-safe.
 *
 * <pre>{@code
 * Gift rose = client.gifts().catalog().execute().get(0);
 * GiftAsset animation = rose.animation(Set.of(GiftAsset.WEBP, GiftAsset.GIF, GiftAsset.PNG));
 * if (animation != null) player.play(animation.url(), animation.durationMillis());
 * else label.setText(rose.name());          // no format this platform plays: show the name
 * }</pre>
 *
 * <p>A live feed event carries the same value as a snapshot ({@link GiftEvent#gift()}), so a screen
 * renders a gift without looking it up in the catalog.
 */
public final class Gift {
  /** The lowest tier: everyday gifts (a rose). */
  public static final int MIN_TIER = 1;

  private final String id;
  private final String name;
  private final long coinCost;
  private final int tier;
  private final List<GiftAsset> assets;
  private final @Nullable GiftAsset sound;

  private Gift(Builder b) {
    this.id = Strings.requireNonBlank(b.id, "id");
    this.name = Strings.requireNonBlank(b.name, "name");
    if (b.coinCost < 0) throw new IllegalArgumentException("coinCost < 0: " + b.coinCost);
    this.coinCost = b.coinCost;
    if (b.tier < MIN_TIER) throw new IllegalArgumentException("tier < 1: " + b.tier);
    this.tier = b.tier;
    for (GiftAsset asset : b.assets) {
      if (asset.isSound()) {
        throw new IllegalArgumentException("a sound is not an animation asset: " + asset.mediaType());
      }
    }
    this.assets = Collections.unmodifiableList(new ArrayList<>(b.assets));
    if (b.sound != null && !b.sound.isSound()) {
      throw new IllegalArgumentException("sound is not audio: " + b.sound.mediaType());
    }
    this.sound = b.sound;
  }

  /**
   * Starts a gift.
   *
   * @param id the gift id, such as {@code "rose"}
   * @param name the display name, such as {@code "Rose"}
   * @param coinCost coins one of this gift costs, not negative
   * @return a new builder with tier {@link #MIN_TIER}, no assets and no sound
   */
  public static Builder builder(String id, String name, long coinCost) {
    return new Builder().id(id).name(name).coinCost(coinCost);
  }

  /**
   * Starts a builder holding this gift's values, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder().id(id).name(name).coinCost(coinCost).tier(tier).assets(assets);
    b.sound = sound;
    return b;
  }

  /** {@return the gift id, such as {@code "rose"}} */
  public String id() {
    return id;
  }

  /** {@return the display name, such as {@code "Rose"}} */
  public String name() {
    return name;
  }

  /** {@return coins one of this gift costs} */
  public long coinCost() {
    return coinCost;
  }

  /**
   * How prominent the gift is on screen: 1 for everyday gifts up to 5 for the most expensive
   * full-screen ones in the contract's tiers today. A later backend may send a higher tier: treat
   * anything above the highest you know like the highest.
   *
   * @return the tier, at least {@link #MIN_TIER}
   */
  public int tier() {
    return tier;
  }

  /**
   * The gift's animation assets (animations or still frames), in the server's order of preference,
   * best first; a screen plays the first one its platform supports (see {@link #animation(Set)}).
   *
   * @return an unmodifiable list, empty when the gift has no animation (show its name)
   */
  public List<GiftAsset> assets() {
    return assets;
  }

  /**
   * The sound played with the gift.
   *
   * @return the sound asset (its {@linkplain GiftAsset#isSound() media type is audio}), or null
   *     when the gift has none
   */
  public @Nullable GiftAsset sound() {
    return sound;
  }

  /**
   * Picks the asset to show on a platform: the first of {@link #assets()} whose media type is in
   * {@code supportedMediaTypes}.
   *
   * @param supportedMediaTypes the media types the platform can play, such as {@code
   *     Set.of(GiftAsset.WEBP, GiftAsset.GIF, GiftAsset.PNG)}; compared case-insensitively
   * @return the best supported asset, or null when none is supported (show a placeholder or the
   *     name)
   * @throws NullPointerException if {@code supportedMediaTypes} is null
   */
  public @Nullable GiftAsset animation(Set<String> supportedMediaTypes) {
    Objects.requireNonNull(supportedMediaTypes, "supportedMediaTypes == null");
    for (GiftAsset asset : assets) {
      if (supportedMediaTypes.contains(asset.mediaType())) return asset;
      for (String type : supportedMediaTypes) {
        if (type != null && type.equalsIgnoreCase(asset.mediaType())) return asset;
      }
    }
    return null;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof Gift)) return false;
    Gift that = (Gift) o;
    return coinCost == that.coinCost
        && tier == that.tier
        && id.equals(that.id)
        && name.equals(that.name)
        && assets.equals(that.assets)
        && Objects.equals(sound, that.sound);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, coinCost, tier, assets, sound);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Gift{id=").append(id).append(", name=").append(name)
        .append(", coinCost=").append(coinCost).append(", tier=").append(tier).append(", assets=[");
    for (int i = 0; i < assets.size(); i++) {
      if (i > 0) s.append(", ");
      s.append(assets.get(i).mediaType());
    }
    s.append(']');
    if (sound != null) s.append(", sound=").append(sound.mediaType());
    return s.append('}').toString();
  }

  /** Builds a {@link Gift}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String name;
    private long coinCost;
    private int tier = MIN_TIER;
    private final List<GiftAsset> assets = new ArrayList<>();
    private @Nullable GiftAsset sound;

    private Builder() {}

    /**
     * Sets the gift id.
     *
     * @param id the gift id, such as {@code "rose"}; not blank
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the display name.
     *
     * @param name the display name, such as {@code "Rose"}; not blank
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets what one of the gift costs.
     *
     * @param coinCost coins per unit, not negative
     * @return this builder
     */
    public Builder coinCost(long coinCost) {
      this.coinCost = coinCost;
      return this;
    }

    /**
     * Sets the tier.
     *
     * @param tier 1 (everyday) and up; see {@link Gift#tier()}
     * @return this builder
     */
    public Builder tier(int tier) {
      this.tier = tier;
      return this;
    }

    /**
     * Appends an animation asset (after those already added: the first is the preferred one).
     *
     * @param asset an animation or still image, not a sound
     * @return this builder
     * @throws NullPointerException if {@code asset} is null
     */
    public Builder addAsset(GiftAsset asset) {
      assets.add(Objects.requireNonNull(asset, "asset == null"));
      return this;
    }

    /**
     * Replaces the animation assets.
     *
     * @param assets animations or still images, best first; none may be a sound
     * @return this builder
     * @throws NullPointerException if {@code assets} or an item is null
     */
    public Builder assets(Collection<GiftAsset> assets) {
      Objects.requireNonNull(assets, "assets == null");
      this.assets.clear();
      for (GiftAsset asset : assets) addAsset(asset);
      return this;
    }

    /**
     * Sets the sound.
     *
     * @param sound an audio asset, or null for none
     * @return this builder
     */
    public Builder sound(@Nullable GiftAsset sound) {
      this.sound = sound;
      return this;
    }

    /**
     * Builds the gift.
     *
     * @return the gift
     * @throws NullPointerException if the id or name was not set
     * @throws IllegalArgumentException if the id or name is blank, the coin cost is negative, the
     *     tier is below 1, an animation asset is a sound or the sound is not audio
     */
    public Gift build() {
      return new Gift(this);
    }
  }
}
