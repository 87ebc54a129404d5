package io.livecoins.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.livecoins.AuthTokenProvider;
import io.livecoins.LiveCoins;
import io.livecoins.RetryPolicy;
import io.livecoins.test.MockServers;
import io.livecoins.test.RecordingSleeper;
import io.livecoins.testlog.CapturedLogs;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The SDK's own log lines (DEBUG and TRACE) quote what a server sent: its {@code Request-Id}, its
 * headers, its body. A server that echoes the bearer token, or writes control characters to forge
 * log lines or recolour a terminal, gets neither into a log.
 */
final class HostileAnswerLogLinesTest {
  // A session token no pattern recognizes: only the SDK's knowledge of what it sent can mask it.
  private static final String TOKEN = "plain-session-token-of-alice";

  private final MockWebServer server = MockServers.startLoopback();
  private final LiveCoins client =
      LiveCoins.builder()
          .baseUrl(server.url("/").toString())
          .authTokenProvider(AuthTokenProvider.of("alice", TOKEN))
          .retryPolicy(RetryPolicy.none())
          .sleeper(new RecordingSleeper())
          .build();

  @AfterEach
  void tearDown() {
    server.close();
  }

  @Test
  void theRequestIdInTheDebugLineIsCleanedLikeTheExceptionsOne() {
    server.enqueue(
        new MockResponse.Builder()
            .code(500)
            .setHeader("Content-Type", "application/json")
            .addHeaderLenient("Request-Id", "req_1 Bearer sk_live_51HxAbCdEf0123456789 " + TOKEN
                + " \u001b[2J\u001b[31mFAKE " + "r".repeat(1_000))
            .body("{\"error\":{\"code\":\"internal\",\"message\":\"boom\"}}")
            .build());

    try (CapturedLogs logs = CapturedLogs.start()) {
      catchThrowable(() -> client.wallet().balance().execute());

      String debugLine =
          logs.lines().stream().filter(line -> line.contains("request-id")).findFirst().orElseThrow();
      assertThat(debugLine)
          .contains("req_1")
          .doesNotContain(TOKEN)
          .doesNotContain("sk_live_51HxAbCdEf0123456789")
          .doesNotContain("\u001b")
          .doesNotContain("r".repeat(200));
    }
  }

  @Test
  void traceLinesMaskTheBearerTokenTheServerEchoesInAHeaderOrBody() {
    server.enqueue(
        new MockResponse.Builder()
            .code(401)
            .setHeader("Content-Type", "application/json")
            .setHeader("X-Debug-Received", TOKEN)
            .body("{\"error\":{\"code\":\"unauthenticated\",\"message\":\"session " + TOKEN + " expired\"}}")
            .build());
    server.enqueue(
        MockServers.json(401, "{\"error\":{\"code\":\"unauthenticated\",\"message\":\"still " + TOKEN + "\"}}"));

    try (CapturedLogs logs = CapturedLogs.start()) {
      catchThrowable(() -> client.wallet().balance().execute());

      assertThat(logs.lines()).anyMatch(line -> line.contains("X-Debug-Received"));
      assertThat(logs.lines()).anyMatch(line -> line.contains("expired"));
      assertThat(logs.text()).doesNotContain(TOKEN);
    }
  }

  @Test
  void traceBodiesShowUrlsWithoutTheirSignedQueryOrFragment() {
    // A catalog's signed CDN URL and a hosted checkout page's link, whose fragment works as a key.
    server.enqueue(
        MockServers.json(200, "{\"gift\":{\"assets\":[{\"url\":"
            + "\"https://cdn.example/gifts/rose.webp?Expires=1767225600&Signature=s1gnatur3&Key-Pair-Id=K9\"}]},"
            + "\"session\":{\"id\":\"cs_1\",\"url\":\"https:\\/\\/pay.example\\/c\\/cs_1#fragm3ntKey\"}}"));

    try (CapturedLogs logs = CapturedLogs.start()) {
      catchThrowable(() -> client.wallet().balance().execute());

      assertThat(logs.text())
          .contains("https://cdn.example/gifts/rose.webp?")
          .contains("\"id\":\"cs_1\"")
          .doesNotContain("s1gnatur3")
          .doesNotContain("Key-Pair-Id")
          .doesNotContain("fragm3ntKey");
    }
  }

  @Test
  void anIdWithAControlCharacterFromTheCallerIsRefusedBeforeAnyRequest() {
    assertThat(catchThrowable(() -> client.recharge().order("ord_1\r\nINFO fake")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("orderId");
    assertThat(catchThrowable(() -> client.recharge().order("ord_1\u001b[2J")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void controlCharactersInABodyOrHeaderNeverForgeALogLine() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "application/json")
            .addHeaderLenient("X-Note", "ok\u001b[31m\u0008\u0008FAKE")
            .body("{\"userId\":\"alice\",\r\n\"coins\":1,\u001b[2J\n"
                + "INFO io.livecoins FAKE LOG LINE\u2028\"diamonds\":0,\"version\":1}")
            .build());

    try (CapturedLogs logs = CapturedLogs.start()) {
      catchThrowable(() -> client.wallet().balance().execute());

      assertThat(logs.lines()).anyMatch(line -> line.contains("FAKE LOG LINE"));
      for (String line : logs.lines()) {
        assertThat(line)
            .doesNotContain("\n")
            .doesNotContain("\r")
            .doesNotContain("\u001b")
            .doesNotContain("\u0008")
            .doesNotContain("\u2028");
      }
    }
  }
}
