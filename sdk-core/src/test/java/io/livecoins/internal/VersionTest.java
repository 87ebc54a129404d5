package io.livecoins.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.livecoins.LiveCoins;
import org.junit.jupiter.api.Test;

class VersionTest {

  @Test
  void versionIsTheProjectVersionOfThisBuild() {
    // Surefire passes the POM's ${project.version}; Version.java is generated from the same property.
    String expected = System.getProperty("livecoins.projectVersion");
    assertThat(expected).as("set by sdk-core's surefire configuration").isNotBlank();
    assertThat(Version.VERSION).isEqualTo(expected).doesNotContain("${").matches("\\d+\\.\\d+\\.\\d+(-[A-Za-z0-9.]+)?");
  }

  @Test
  void userAgentCarriesTheBuildVersion() {
    LiveCoins client = LiveCoins.builder().baseUrl("http://127.0.0.1:1/")
        .authTokenProvider(io.livecoins.AuthTokenProvider.of("bob", "t")).build();
    assertThat(client.userAgent()).isEqualTo("livecoins-java/" + System.getProperty("livecoins.projectVersion"));
  }
}
