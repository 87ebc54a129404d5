package io.livecoins.internal.http;

import static io.livecoins.test.MockServers.error;
import static io.livecoins.test.MockServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.livecoins.AuthTokenProvider;
import io.livecoins.RetryPolicy;
import io.livecoins.internal.json.JsonCodec;
import io.livecoins.test.MockServers;
import io.livecoins.test.RecordingSleeper;
import io.livecoins.testlog.CapturedLogs;
import io.livecoins.transport.OkHttpTransport;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** At TRACE, the pipeline logs headers and bodies: never a token or a card number. */
final class LoggingRedactionTest {
  private static final String BEARER = "bearer-secret-4d2f9a";
  private static final String PAYMENT_TOKEN = "sbx1.ord_42.ok.Nonce12345";
  private static final String CARD = "4242 4242 4242 4242";

  private final MockWebServer server = MockServers.startLoopback();
  private final ExecutorService dispatcher = Executors.newCachedThreadPool();

  @AfterEach
  void tearDown() {
    server.close();
    dispatcher.shutdownNow();
  }

  @Test
  void traceLogsNeverContainTokensOrCardNumbers() {
    server.enqueue(error(503, "unavailable", "{}"));
    // A hostile server echoing secrets back in bodies and headers.
    server.enqueue(
        json(200, "{\"value\":\"" + PAYMENT_TOKEN + "\",\"card\":\"" + CARD + "\",\"paymentToken\":\"" + PAYMENT_TOKEN + "\"}"));
    server.enqueue(error(402, "payment_declined", "{\"reason\":\"declined\",\"orderId\":\"" + CARD + "\"}"));

    ApiClient client =
        new ApiClient(
            server.url("/").toString().replaceAll("/$", ""),
            OkHttpTransport.create(),
            AuthTokenProvider.of("bob", BEARER),
            RetryPolicy.builder().jitter(false).build(),
            new RecordingSleeper(),
            Clock.systemUTC(),
            "ua",
            64 * 1024,
            dispatcher,
            Runnable::run,
            new JsonCodec());
    byte[] body =
        ("{\"paymentToken\":\"" + PAYMENT_TOKEN + "\",\"note\":\"card " + CARD + "\"}")
            .getBytes(StandardCharsets.UTF_8);

    try (CapturedLogs logs = CapturedLogs.start()) {
      client
          .newCall(ApiRequest.post("/v1/recharge-orders/ord_42/confirm", body, (b, j) -> new String(b, StandardCharsets.UTF_8)))
          .execute();
      Throwable declined =
          catchThrowable(
              () -> client.newCall(ApiRequest.post("/v1/x", body, (b, j) -> "")).execute());

      String text = logs.text();
      assertThat(logs.lines()).anyMatch(line -> line.startsWith("TRACE"));
      assertThat(text).contains("--> POST").contains("<-- 200").contains("Idempotency-Key");
      assertThat(text).doesNotContain(BEARER).doesNotContain(PAYMENT_TOKEN).doesNotContain(CARD);
      assertThat(text).doesNotContain("4242424242424242");
      assertThat(String.valueOf(declined.getMessage())).doesNotContain(BEARER);
    }
  }
}
