package io.livecoins.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UrlsTest {
  @Test
  void unreservedCharactersPassThroughUnchanged() {
    assertThat(Urls.pathSegment("order_1-a.b~C9")).isEqualTo("order_1-a.b~C9");
    assertThat(Urls.queryValue("abcXYZ019-._~")).isEqualTo("abcXYZ019-._~");
  }

  @Test
  void delimitersAreEncodedSoAValueCannotEscapeItsPart() {
    assertThat(Urls.pathSegment("a/b?c#d")).isEqualTo("a%2Fb%3Fc%23d");
    assertThat(Urls.queryValue("x&y=z+w")).isEqualTo("x%26y%3Dz%2Bw");
    assertThat(Urls.queryValue("a b")).isEqualTo("a%20b");
    assertThat(Urls.queryValue("100%")).isEqualTo("100%25");
  }

  @Test
  void nonAsciiIsEncodedAsUtf8() {
    assertThat(Urls.queryValue("é")).isEqualTo("%C3%A9");
    assertThat(Urls.pathSegment("x\u20ACy")).isEqualTo("x%E2%82%ACy");
  }

  @Test
  void dotSegmentsAndEmptySegmentsAreRejected() {
    assertThatThrownBy(() -> Urls.pathSegment("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Urls.pathSegment(".")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Urls.pathSegment("..")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Urls.queryValue("")).isEmpty();
  }

  @Test
  void nullIsRejected() {
    assertThatThrownBy(() -> Urls.pathSegment(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Urls.queryValue(null)).isInstanceOf(NullPointerException.class);
  }
}
