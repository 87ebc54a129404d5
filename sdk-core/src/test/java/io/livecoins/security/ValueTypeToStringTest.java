package io.livecoins.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.livecoins.gift.GiftAsset;
import org.junit.jupiter.api.Test;

/** A value's {@code toString()} ends up in app logs and crash reports: it shows no secret. */
final class ValueTypeToStringTest {
  private static final String SHA256 = "ab".repeat(32);

  private static GiftAsset asset(String url) {
    return GiftAsset.builder().url(url).mediaType(GiftAsset.WEBP).sizeBytes(10).width(1).height(1)
        .sha256(SHA256).build();
  }

  @Test
  void aGiftAssetShowsItsUrlWithoutTheSignedQueryOrFragment() {
    GiftAsset signed =
        asset("https://cdn.example/gifts/rose.webp?Expires=1767225600&Signature=s3cr3tSig~xyz#t=Key-Pair-9");

    assertThat(signed.toString())
        .contains("https://cdn.example/gifts/rose.webp?…")
        .doesNotContain("s3cr3tSig")
        .doesNotContain("Expires")
        .doesNotContain("Key-Pair-9");
    assertThat(asset("https://cdn.example/a.webp#frag-secret").toString())
        .contains("https://cdn.example/a.webp?…")
        .doesNotContain("frag-secret");
  }

  @Test
  void aGiftAssetShowsItsUrlWithoutUserInfo() {
    assertThat(asset("https://cdnuser:cdnpass@cdn.example/rose.webp").toString())
        .contains("https://cdn.example/rose.webp")
        .doesNotContain("cdnpass")
        .doesNotContain("cdnuser");
  }

  @Test
  void aPlainGiftAssetUrlIsShownWhole() {
    assertThat(asset("https://cdn.example/gifts/rose@2x.webp").toString())
        .contains("url=https://cdn.example/gifts/rose@2x.webp}");
  }
}
