package io.livecoins.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.livecoins.test.MockServers;
import java.util.Collections;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class OkHttpTransportEventStreamTest {
  private final MockWebServer server = MockServers.startLoopback();
  private final OkHttpTransport transport = OkHttpTransport.create();
  private final Recorder recorder = new Recorder();

  @AfterEach
  void tearDown() {
    server.close();
    transport.close();
  }

  private EventStream open(long limit) {
    HttpRequest request =
        new HttpRequest("GET", server.url("/events").toString(), Collections.emptyMap(), null, limit);
    return transport.newEventStream(request, recorder);
  }

  private static MockResponse stream(String body) {
    return new MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", "text/event-stream; charset=utf-8")
        .body(body)
        .build();
  }

  @Test
  void parsesEveryLineEndingMultiLineDataCommentsAndKeepsTheLastId() throws Exception {
    server.enqueue(stream(
        "id: a\r\nevent: gift\r\ndata: one\r\ndata:two\r\n\r\n"
            + ": ping\n\n"
            + "id: b\rdata: three\r\r"
            + "data: no id line, the last id stays\n\n"
            + "id\ndata: empty id\n\n"
            + "data: unfinished at the end"));

    open(1024);

    assertThat(recorder.take()).isEqualTo("open");
    assertThat(recorder.take()).isEqualTo("a|gift|one\ntwo");
    assertThat(recorder.take()).isEqualTo("b|null|three");
    assertThat(recorder.take()).isEqualTo("b|null|no id line, the last id stays");
    assertThat(recorder.take()).isEqualTo("|null|empty id");
    assertThat(recorder.take()).isEqualTo("closed");
  }

  @Test
  void aNonSuccessAnswerComesWithItsHeadersAndBody() throws Exception {
    server.enqueue(new MockResponse.Builder()
        .code(429)
        .setHeader("Retry-After", "30")
        .setHeader("Content-Type", "application/json")
        .body("{\"error\":{\"code\":\"rate_limited\"}}")
        .build());

    open(1024);

    assertThat(recorder.take()).isEqualTo("failure 429 retry-after=30 body=33");
  }

  @Test
  void aLineOverTheLimitFailsTheStreamWithoutReadingItAll() throws Exception {
    StringBuilder endless = new StringBuilder("data: ");
    for (int i = 0; i < 100_000; i++) endless.append('z');
    server.enqueue(stream(endless.toString()));

    open(1024);

    assertThat(recorder.take()).isEqualTo("open");
    assertThat(recorder.take()).isEqualTo("failure ResponseTooLargeException 200");
  }

  private static final class Recorder implements EventStream.Listener {
    final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    String take() throws InterruptedException {
      String next = events.poll(10, TimeUnit.SECONDS);
      assertThat(next).as("an event within 10 s").isNotNull();
      return next;
    }

    @Override
    public void onOpen() {
      events.add("open");
    }

    @Override
    public void onEvent(@Nullable String id, @Nullable String type, String data) {
      events.add((id == null ? "" : id) + "|" + type + "|" + data);
    }

    @Override
    public void onClosed() {
      events.add("closed");
    }

    @Override
    public void onFailure(@Nullable Throwable error, int httpStatus) {
      events.add("failure " + (error == null ? "" : error.getClass().getSimpleName() + " ") + httpStatus);
    }

    @Override
    public void onFailure(HttpResponse response) {
      events.add("failure " + response.code() + " retry-after=" + response.header("retry-after")
          + " body=" + response.bodyLength());
    }
  }
}
