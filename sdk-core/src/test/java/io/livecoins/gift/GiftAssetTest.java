package io.livecoins.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GiftAssetTest {
  private static final String SHA = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";

  @Test
  void normalisesMediaTypeAndChecksumToLowerCase() {
    GiftAsset asset = new GiftAsset("https://cdn.example/rose.webp", "Image/WebP", 812, 1200, 64, 64, SHA);
    assertThat(asset.mediaType()).isEqualTo(GiftAsset.WEBP);
    assertThat(asset.sha256()).isEqualTo(SHA.toLowerCase(java.util.Locale.ROOT));
    assertThat(asset.isSound()).isFalse();
    assertThat(asset).isEqualTo(new GiftAsset("https://cdn.example/rose.webp", "image/webp", 812, 1200, 64, 64, SHA));
    assertThat(asset.toString()).contains("image/webp", "812 bytes", "64x64");
  }

  @Test
  void soundIsRecognisedByItsMediaType() {
    assertThat(new GiftAsset("https://cdn.example/rose.ogg", GiftAsset.OGG, 300, 900, 0, 0, SHA).isSound())
        .isTrue();
  }

  @Test
  void rejectsAChecksumThatIsNotSixtyFourHexDigits() {
    assertThatThrownBy(() -> new GiftAsset("https://x/a", GiftAsset.PNG, 1, 0, 1, 1, "abc"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new GiftAsset("https://x/a", GiftAsset.PNG, 1, 0, 1, 1, SHA.replace('F', 'g')))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsEmptyFilesAndNegativeDimensions() {
    assertThatThrownBy(() -> new GiftAsset("https://x/a", GiftAsset.PNG, 0, 0, 1, 1, SHA))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GiftAsset("https://x/a", GiftAsset.PNG, 5, -1, 1, 1, SHA))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GiftAsset("https://x/a", GiftAsset.PNG, 5, 0, -1, 1, SHA))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GiftAsset(" ", GiftAsset.PNG, 5, 0, 1, 1, SHA))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
