package io.livecoins.sample.jvm;

import io.livecoins.gift.Gift;
import io.livecoins.gift.GiftAsset;
import io.livecoins.gift.GiftAssetCache;
import io.livecoins.gift.GiftEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How the sample shows a gift, as an app's gift overlay would: its name and count ("Rose × 15"),
 * value and tier, and the asset this screen would play, picked from the gift's assets by the formats
 * the screen supports. A console plays nothing, so it prints what it would play.
 */
final class GiftView {
  /** What this "screen" plays: animated WebP and GIF, PNG stills (no Lottie player here). */
  static final Set<String> SUPPORTED = Set.of(GiftAsset.WEBP, GiftAsset.GIF, GiftAsset.PNG);

  private GiftView() {}

  /** {@code "Rose: 1 coin, tier 1"} and, indented, the animation (and sound) it would play. */
  static String card(Gift gift) {
    return gift.name() + ": " + coins(gift.coinCost()) + ", tier " + gift.tier() + "\n    " + media(gift);
  }

  /**
   * {@code "alice sent Rose × 15 to carol (1 coin): plays image/webp, 440 bytes, 400 ms, 32x32, from
   * disk"}: everything comes from the event and the local cache, nothing from the network.
   */
  static String event(GiftEvent event, GiftAssetCache assets) {
    GiftAsset animation = event.gift().animation(SUPPORTED);
    String where = animation == null ? "" : assets.file(animation) != null ? ", from disk" : ", not cached";
    return event.senderId() + " sent " + event.displayLabel() + " to " + event.recipientId() + " ("
        + coins(event.coins()) + "): " + media(event.gift()) + where;
  }

  /** The animation this screen would play of each gift (what is worth prefetching). */
  static List<GiftAsset> playable(List<Gift> gifts) {
    List<GiftAsset> assets = new ArrayList<>();
    for (Gift gift : gifts) {
      GiftAsset animation = gift.animation(SUPPORTED);
      if (animation != null) assets.add(animation);
    }
    return assets;
  }

  /** The chosen animation, or a placeholder when no format is supported; then the sound, if any. */
  static String media(Gift gift) {
    GiftAsset animation = gift.animation(SUPPORTED);
    String shown = animation != null
        ? "plays " + asset(animation)
        : "placeholder (no supported format among " + gift.assets().size() + " asset(s))";
    GiftAsset sound = gift.sound();
    return sound != null ? shown + " + sound " + asset(sound) : shown;
  }

  /** {@code "image/webp, 440 bytes, 400 ms, 32x32"} (no size for a sound, no duration for a still). */
  static String asset(GiftAsset asset) {
    StringBuilder s = new StringBuilder(asset.mediaType()).append(", ").append(asset.sizeBytes()).append(" bytes");
    if (asset.durationMillis() > 0) s.append(", ").append(asset.durationMillis()).append(" ms");
    if (!asset.isSound()) s.append(", ").append(asset.width()).append('x').append(asset.height());
    return s.toString();
  }

  private static String coins(long coins) {
    return coins + (coins == 1 ? " coin" : " coins");
  }
}
