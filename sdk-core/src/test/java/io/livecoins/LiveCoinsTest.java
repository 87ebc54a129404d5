package io.livecoins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livecoins.transport.OkHttpTransport;
import org.junit.jupiter.api.Test;

final class LiveCoinsTest {
  private static LiveCoins.Builder minimal(String baseUrl) {
    return LiveCoins.builder().baseUrl(baseUrl).authTokenProvider(AuthTokenProvider.of("bob", "t"));
  }

  @Test
  void httpsIsAccepted() {
    assertThat(minimal("https://api.example.com/").build().baseUrl())
        .isEqualTo("https://api.example.com/");
  }

  @Test
  void cleartextToARemoteHostIsRefused() {
    assertThatThrownBy(() -> minimal("http://api.example.com").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("must use https");
    assertThatThrownBy(() -> minimal("http://10.0.2.2:8080").build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void cleartextToLoopbackOrAnExplicitSandboxIsAllowed() {
    assertThat(minimal("http://127.0.0.1:8080").build()).isNotNull();
    assertThat(minimal("http://localhost:8080").build()).isNotNull();
    assertThat(minimal("http://[::1]:8080").build()).isNotNull();
    assertThat(minimal("http://10.0.2.2:8080").sandbox(true).build().isSandbox()).isTrue();
  }

  @Test
  void aHostNamedLikeLoopbackIsNotTrusted() {
    assertThatThrownBy(() -> minimal("http://127.0.0.1.attacker.example").build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void missingConfigurationIsExplained() {
    assertThatThrownBy(() -> LiveCoins.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("baseUrl is required");
    assertThatThrownBy(() -> LiveCoins.builder().baseUrl("https://a.example").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("authTokenProvider is required");
  }

  @Test
  void badArgumentsFailAtOnce() {
    assertThatThrownBy(() -> LiveCoins.builder().baseUrl("ftp://x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LiveCoins.builder().baseUrl("not a url")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LiveCoins.builder().baseUrl(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("baseUrl == null");
    assertThatThrownBy(() -> LiveCoins.builder().region("usa")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LiveCoins.builder().userAgentSuffix("bad\nvalue"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LiveCoins.builder().maxResponseBytes(10)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void newBuilderDerivesAVariantSharingTheTransport() {
    OkHttpTransport transport = OkHttpTransport.create();
    LiveCoins base = minimal("https://api.example.com").transport(transport).build();
    LiveCoins variant = base.newBuilder().userAgentSuffix("SampleApp/1.0").region("JP").build();
    assertThat(variant.transport()).isSameAs(transport);
    assertThat(variant.region()).isEqualTo("JP");
    assertThat(base.region()).as("unset: the account's region").isNull();
    assertThat(variant.userAgent()).isEqualTo("livecoins-java/" + io.livecoins.internal.Version.VERSION + " SampleApp/1.0");
    assertThat(base.userAgent()).isEqualTo("livecoins-java/" + io.livecoins.internal.Version.VERSION);
  }

  @Test
  void retryPolicyValidatesItsBounds() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(java.time.Duration.ofSeconds(10)).build())
        .isInstanceOf(IllegalStateException.class);
    RetryPolicy policy = RetryPolicy.DEFAULT;
    assertThat(policy.backoffCeilingMillis(1)).isEqualTo(500);
    assertThat(policy.backoffCeilingMillis(2)).isEqualTo(1000);
    assertThat(policy.backoffCeilingMillis(4)).isEqualTo(4000);
    assertThat(policy.backoffCeilingMillis(5)).isEqualTo(5000);
    assertThat(policy.backoffCeilingMillis(60)).isEqualTo(5000);
  }
}
