package io.livecoins.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Starts {@code target/livecoins-mock-server.jar} as a separate process (runs after {@code package}, in
 * the {@code integration-test} phase), calls {@code /v1/wallet}, and stops it with SIGTERM.
 */
class StandaloneJarIT {
  @Test
  void standaloneJarServesTheWalletAndStopsCleanly() throws Exception {
    Path jar = Path.of(System.getProperty("livecoins.mockServerJar", "target/livecoins-mock-server.jar"));
    assertThat(jar).exists();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-jar", jar.toString(), "--port", "0", "--seed", "1")
        .redirectErrorStream(true).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String url = null;
      StringBuilder seen = new StringBuilder();
      for (String line; url == null && (line = out.readLine()) != null; ) {
        seen.append(line).append('\n');
        if (line.startsWith("LiveCoins mock server listening on ")) {
          url = line.substring("LiveCoins mock server listening on ".length()).trim();
        }
      }
      assertThat(url).as(seen.toString()).startsWith("http://127.0.0.1:");
      TestApi api = new TestApi(HttpUrl.get(url), new OkHttpClient());
      TestApi.Resp wallet = api.get(DemoData.BOB_TOKEN, "/v1/wallet");
      assertThat(wallet.code()).isEqualTo(200);
      assertThat(wallet.json()).containsEntry("userId", "bob").containsEntry("coins", 1000L);
      assertThat(api.get(null, "/v1/wallet").code()).isEqualTo(401);
      process.destroy(); // SIGTERM: the shutdown hook closes the server
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    } finally {
      process.destroyForcibly();
    }
    assertThat(Files.size(jar)).isPositive();
  }
}
