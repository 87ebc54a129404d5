package io.livecoins.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GiftAssetTest {
  private static final String SHA = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";

  /** A valid PNG still frame; each test changes one field. */
  private static GiftAsset.Builder png() {
    return GiftAsset.builder().url("https://x/a").mediaType(GiftAsset.PNG).sizeBytes(5).width(1).height(1)
        .sha256(SHA);
  }

  @Test
  void normalisesMediaTypeAndChecksumToLowerCase() {
    GiftAsset asset = GiftAsset.builder().url("https://cdn.example/rose.webp").mediaType("Image/WebP")
        .sizeBytes(812).durationMillis(1200).width(64).height(64).sha256(SHA).build();
    assertThat(asset.mediaType()).isEqualTo(GiftAsset.WEBP);
    assertThat(asset.sha256()).isEqualTo(SHA.toLowerCase(java.util.Locale.ROOT));
    assertThat(asset.isSound()).isFalse();
    assertThat(asset).isEqualTo(GiftAsset.builder().url("https://cdn.example/rose.webp").mediaType("image/webp")
        .sizeBytes(812).durationMillis(1200).width(64).height(64).sha256(SHA).build());
    assertThat(asset.toString()).contains("image/webp", "812 bytes", "64x64");
  }

  @Test
  void soundIsRecognisedByItsMediaType() {
    GiftAsset ogg = GiftAsset.builder().url("https://cdn.example/rose.ogg").mediaType(GiftAsset.OGG)
        .sizeBytes(300).durationMillis(900).sha256(SHA).build();

    assertThat(ogg.isSound()).isTrue();
    assertThat(ogg.width()).isZero(); // dimensions and duration default to 0
    assertThat(png().build().durationMillis()).isZero();
  }

  @Test
  void rejectsAChecksumThatIsNotSixtyFourHexDigits() {
    assertThatThrownBy(() -> png().sha256("abc").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sha256 is not 64 hex digits");
    assertThatThrownBy(() -> png().sha256(SHA.replace('F', 'g')).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsEmptyFilesAndNegativeDimensions() {
    assertThat(png().build().sizeBytes()).isEqualTo(5);
    assertThatThrownBy(() -> png().sizeBytes(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sizeBytes < 1: 0");
    assertThatThrownBy(() -> png().durationMillis(-1).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> png().width(-1).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> png().height(-1).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> png().url(" ").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> png().mediaType("").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMissingRequiredFieldFailsNamingIt() {
    assertThatThrownBy(() -> GiftAsset.builder().mediaType(GiftAsset.PNG).sizeBytes(5).sha256(SHA).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("url == null");
    assertThatThrownBy(() -> GiftAsset.builder().url("https://x/a").sizeBytes(5).sha256(SHA).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("mediaType == null");
    assertThatThrownBy(() -> GiftAsset.builder().url("https://x/a").mediaType(GiftAsset.PNG).sizeBytes(5).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("sha256 == null");
    assertThatThrownBy(() -> GiftAsset.builder().url("https://x/a").mediaType(GiftAsset.PNG).sha256(SHA).build())
        .isInstanceOf(IllegalArgumentException.class) // an unset size is 0: not a file
        .hasMessage("sizeBytes < 1: 0");
  }

  @Test
  void toBuilderRoundTripsToAnEqualValue() {
    GiftAsset asset = GiftAsset.builder().url("https://cdn.example/rose.webp").mediaType(GiftAsset.WEBP)
        .sizeBytes(812).durationMillis(1200).width(64).height(48).sha256(SHA).build();

    assertThat(asset.toBuilder().build()).isEqualTo(asset).hasSameHashCodeAs(asset).isNotSameAs(asset);
    GiftAsset still = asset.toBuilder().mediaType(GiftAsset.PNG).durationMillis(0).build();
    assertThat(still.mediaType()).isEqualTo(GiftAsset.PNG);
    assertThat(still.durationMillis()).isZero();
    assertThat(still).usingRecursiveComparison().ignoringFields("mediaType", "durationMillis").isEqualTo(asset);
    assertThat(asset.durationMillis()).isEqualTo(1200); // the original is unchanged
  }
}
