package io.livecoins.gift;

import static io.livecoins.gift.GiftFixtures.SHA;
import static io.livecoins.gift.GiftFixtures.asset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a gift looks like on screen: the catalog's presentation fields and the feed event's render info. */
final class GiftPresentationTest {
  private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
  private static final GiftAsset LOTTIE =
      asset("https://cdn.example/lion.json", GiftAsset.LOTTIE, 511, 1500, 64, 64);
  private static final GiftAsset WEBP =
      asset("https://cdn.example/lion.webp", GiftAsset.WEBP, 440, 400, 32, 32);
  private static final GiftAsset PNG =
      asset("https://cdn.example/lion.png", GiftAsset.PNG, 141, 0, 32, 32);
  private static final GiftAsset CHIME =
      asset("https://cdn.example/chime.wav", GiftAsset.WAV, 2044, 250, 0, 0);

  private static Gift lion() {
    return Gift.builder("lion", "Lion", 29999).tier(5).addAsset(LOTTIE).addAsset(WEBP).addAsset(PNG)
        .sound(CHIME).build();
  }

  @Test
  void aBuiltGiftKeepsItsPresentationInOrder() {
    Gift lion = lion();

    assertThat(lion.tier()).isEqualTo(5);
    assertThat(lion.assets()).containsExactly(LOTTIE, WEBP, PNG);
    assertThat(lion.sound()).isEqualTo(CHIME);
    assertThat(lion.toString()).contains("tier=5", "application/lottie+json", "sound=audio/wav");
    assertThatThrownBy(() -> lion.assets().add(PNG)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aGiftDefaultsToTierOneWithoutAssetsOrSound() {
    Gift rose = Gift.builder("rose", "Rose", 1).build();

    assertThat(rose.tier()).isEqualTo(Gift.MIN_TIER);
    assertThat(rose.assets()).isEmpty();
    assertThat(rose.sound()).isNull();
    assertThat(rose.animation(Set.of(GiftAsset.PNG))).isNull();
  }

  @Test
  void giftsCompareByEveryPresentationField() {
    Gift lion = lion();

    assertThat(lion).isEqualTo(lion()).hasSameHashCodeAs(lion());
    assertThat(lion).isNotEqualTo(lion.toBuilder().tier(4).build());
    assertThat(lion).isNotEqualTo(lion.toBuilder().sound(null).build());
    assertThat(lion).isNotEqualTo(lion.toBuilder().assets(List.of(WEBP, LOTTIE, PNG)).build());
    assertThat(lion.toBuilder().build()).isEqualTo(lion);
  }

  @Test
  void theBuilderRefusesInvalidPresentation() {
    assertThatThrownBy(() -> Gift.builder("g", "G", 1).tier(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tier");
    assertThatThrownBy(() -> Gift.builder("g", "G", 1).addAsset(CHIME).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sound");
    assertThatThrownBy(() -> Gift.builder("g", "G", 1).sound(PNG).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("audio");
    assertThatThrownBy(() -> Gift.builder("g", "G", 1).addAsset(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Gift.builder("g", "G", 1).assets(java.util.Arrays.asList(PNG, null)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void animationPicksTheFirstAssetThePlatformSupports() {
    Gift lion = lion();

    assertThat(lion.animation(Set.of(GiftAsset.LOTTIE, GiftAsset.WEBP))).isEqualTo(LOTTIE);
    assertThat(lion.animation(Set.of(GiftAsset.PNG, GiftAsset.WEBP))).isEqualTo(WEBP); // server's order wins
    assertThat(lion.animation(Set.of("IMAGE/PNG"))).isEqualTo(PNG);
    assertThat(lion.animation(Set.of(GiftAsset.GIF))).isNull();
    assertThat(lion.animation(Set.of())).isNull();
    assertThatThrownBy(() -> lion.animation(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aChecksumWithNonAsciiDigitsIsRefused() {
    String fullWidth = "\uff10" + SHA.substring(1); // FULLWIDTH DIGIT ZERO: a digit, but not hex on the wire
    assertThatThrownBy(() -> asset("https://x/a", GiftAsset.PNG, 1, 0, 1, 1).toBuilder().sha256(fullWidth).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static GiftEvent.Builder event(int quantity) {
    return GiftEvent.builder().id("evt_1").gift(Gift.builder("rose", "Rose", 1).build()).senderId("bob")
        .recipientId("carol").streamId("stream-carol").quantity(quantity).coins(quantity).createdAt(AT);
  }

  @Test
  void theDisplayLabelShowsTheComboCountFromItsFirstEvent() {
    assertThat(event(1).build().displayLabel()).isEqualTo("Rose");
    assertThat(event(3).build().displayLabel()).isEqualTo("Rose × 3");
    assertThat(event(1).combo(GiftEvent.Combo.of("c1", 1)).build().displayLabel()).isEqualTo("Rose × 1");
    GiftEvent fifteenth = event(2).combo(GiftEvent.Combo.of("c1", 15)).build();
    assertThat(fifteenth.displayLabel()).isEqualTo("Rose × 15");
    assertThat(fifteenth.displayCount()).isEqualTo(15);
    assertThat(fifteenth.giftId()).isEqualTo("rose");
  }

  @Test
  void eventsCompareByTheirGiftSnapshotAndCombo() {
    GiftEvent plain = event(1).build();

    assertThat(plain).isEqualTo(event(1).build()).hasSameHashCodeAs(event(1).build());
    assertThat(plain.combo()).isNull();
    assertThat(plain).isNotEqualTo(event(1).combo(GiftEvent.Combo.of("c1", 1)).build());
    assertThat(plain).isNotEqualTo(event(1).gift(Gift.builder("rose", "Rose", 1).tier(2).build()).build());
    assertThat(event(1).combo(GiftEvent.Combo.of("c1", 4)).build().toString())
        .contains("combo=Combo{id=c1, count=4}");
    assertThat(GiftEvent.Combo.of("c1", 4)).isEqualTo(GiftEvent.Combo.of("c1", 4))
        .hasSameHashCodeAs(GiftEvent.Combo.of("c1", 4)).isNotEqualTo(GiftEvent.Combo.of("c1", 5));
  }

  @Test
  void anEventNeedsItsGiftAndAComboCountCoveringItsQuantity() {
    assertThatThrownBy(() -> event(1).gift(null).build()).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> event(3).combo(GiftEvent.Combo.of("c1", 2)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("combo count");
    assertThatThrownBy(() -> GiftEvent.Combo.of(" ", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GiftEvent.Combo.of("c1", 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> event(1).coins(-1).build()).isInstanceOf(IllegalArgumentException.class);
  }
}
