package io.livecoins.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.livecoins.test.MockServers;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The time left before a call's deadline bounds the whole exchange, not only the body. */
final class OkHttpTransportDeadlineTest {
  private final MockWebServer server = MockServers.startLoopback();
  private final OkHttpTransport transport = OkHttpTransport.create();

  @AfterEach
  void tearDown() {
    transport.close();
    server.close();
  }

  private HttpRequest get(long callTimeoutMillis) {
    return new HttpRequest(
        "GET", server.url("/v1/wallet").toString(), Collections.emptyMap(), null, 1024,
        callTimeoutMillis);
  }

  @Test
  void headersThatComeLaterThanTheDeadlineFailTheExchangeWithATimeout() {
    // Without the deadline this answer would arrive, complete, after 5 s (read timeout: 30 s).
    server.enqueue(MockServers.json(200, "{}").newBuilder().headersDelay(5, TimeUnit.SECONDS).build());

    InterruptedIOException e =
        catchThrowableOfType(InterruptedIOException.class, () -> transport.newExchange(get(300)).execute());

    assertThat(e).hasMessageContaining("timeout");
  }

  @Test
  void aBodyThatDripsInPastTheDeadlineFailsWithATimeout() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "application/json")
            .body("{\"value\":\"" + "x".repeat(86) + "\"}")
            .throttleBody(10, 1, TimeUnit.SECONDS)
            .build());

    InterruptedIOException e =
        catchThrowableOfType(InterruptedIOException.class, () -> transport.newExchange(get(500)).execute());

    assertThat(e).hasMessageContaining("timeout");
  }

  /** A deadline that only tells when the watchdog reached it. */
  private static final class Witness extends Deadline {
    final CountDownLatch reached = new CountDownLatch(1);

    @Override
    void onDeadline() {
      reached.countDown();
    }
  }

  @Test
  void anExchangeThatEndsInTimeIsNotCancelledLaterAndItsConnectionIsReused() throws Exception {
    server.enqueue(MockServers.json(200, "{\"n\":1}"));
    server.enqueue(MockServers.json(200, "{\"n\":2}"));

    HttpResponse first = transport.newExchange(get(200)).execute();
    // The watchdog fires deadlines in order: once it reached this later one, it would have
    // cancelled the first exchange's call (and so its pooled connection) had that not been exited.
    Witness witness = new Witness();
    witness.enter(TimeUnit.MILLISECONDS.toNanos(400));
    assertThat(witness.reached.await(10, TimeUnit.SECONDS)).isTrue();
    HttpResponse second = transport.newExchange(get(10_000)).execute();

    assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo("{\"n\":1}");
    assertThat(new String(second.body(), StandardCharsets.UTF_8)).isEqualTo("{\"n\":2}");
    int connection = server.takeRequest().getConnectionIndex();
    RecordedRequest again = server.takeRequest();
    assertThat(again.getConnectionIndex()).isEqualTo(connection);
    assertThat(again.getExchangeIndex()).isEqualTo(1);
  }
}
