package io.livecoins.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.livecoins.test.MockServers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import okio.BufferedSink;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class OkHttpTransportEventStreamTest {
  private final MockWebServer server = MockServers.startLoopback();
  private final OkHttpTransport transport = OkHttpTransport.create();
  private final Recorder recorder = new Recorder();

  private final List<CountDownLatch> releases = new ArrayList<>();

  @AfterEach
  void tearDown() {
    releases.forEach(CountDownLatch::countDown);
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
  void carriageReturnsAloneEndLinesAndEventsAsTheyArrive() throws Exception {
    // Legal per the WHATWG rules, and a stream that never sends a LF: each event must be delivered
    // when its blank line arrives, not when (if ever) a LF comes.
    CountDownLatch release = new CountDownLatch(1);
    releases.add(release);
    server.enqueue(new MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", "text/event-stream")
        .body(new OpenBody("id: 1\revent: gift\rdata: one\r\rdata: two\r\n\r", release))
        .build());

    open(1024);

    assertThat(recorder.take()).isEqualTo("open");
    assertThat(recorder.take()).isEqualTo("1|gift|one");
    assertThat(recorder.take()).isEqualTo("1|null|two");
  }

  @Test
  void aCrLfSplitAcrossWritesEndsOneLineNotTwo() throws Exception {
    // Had the LF been read as an empty line of its own, "a" would be an event without "b".
    CountDownLatch release = new CountDownLatch(1);
    releases.add(release);
    server.enqueue(new MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", "text/event-stream")
        .body(new OpenBody(release, "data: a\r", "\ndata: b\r", "\n\r", "\n"))
        .build());

    open(1024);

    assertThat(recorder.take()).isEqualTo("open");
    assertThat(recorder.take()).isEqualTo("|null|a\nb");
  }

  @Test
  void aByteOrderMarkBeforeTheFirstLineIsIgnored() throws Exception {
    server.enqueue(stream("\uFEFFdata: first\n\n"));

    open(1024);

    assertThat(recorder.take()).isEqualTo("open");
    assertThat(recorder.take()).isEqualTo("|null|first");
    assertThat(recorder.take()).isEqualTo("closed");
  }

  @Test
  void aLineWithoutAnyLineEndOverTheLimitFails() throws Exception {
    StringBuilder endless = new StringBuilder("data: ");
    for (int i = 0; i < 100_000; i++) endless.append(i % 2 == 0 ? 'z' : '\u00e9');
    server.enqueue(stream(endless.toString()));

    open(1024);

    assertThat(recorder.take()).isEqualTo("open");
    assertThat(recorder.take()).isEqualTo("failure ResponseTooLargeException 200");
  }

  @Test
  void moreOpenStreamsToOneHostThanOkHttpsPerHostLimitAllOpen() throws Exception {
    // OkHttp queues a sixth asynchronous call to one host until one of five ends: a stream never
    // ends, so streams must not count against the (possibly shared) client's per-host limit.
    int streams = 7;
    CountDownLatch release = new CountDownLatch(1);
    releases.add(release);
    for (int i = 0; i < streams; i++) {
      server.enqueue(new MockResponse.Builder()
          .code(200)
          .setHeader("Content-Type", "text/event-stream")
          .body(new OpenBody("data: hello\n\n", release))
          .build());
    }

    for (int i = 0; i < streams; i++) open(1024);

    for (int i = 0; i < streams; i++) {
      assertThat(recorder.take()).isIn("open", "|null|hello");
      assertThat(recorder.take()).isIn("open", "|null|hello");
    }
    assertThat(transport.client().dispatcher().runningCallsCount())
        .as("streams leave the client's own dispatcher free for the app's calls")
        .isZero();
  }

  @Test
  void aStreamSilentForLongerThanHeartbeatsAllowFailsSoTheFeedReconnects() throws Exception {
    // A half-open connection (network switch, NAT timeout) never fails by itself: without a limit
    // on silence the feed would wait on it forever.
    CountDownLatch release = new CountDownLatch(1);
    releases.add(release);
    server.enqueue(new MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", "text/event-stream")
        .body(new OpenBody("data: then silence\n\n", release))
        .build());
    OkHttpTransport quick = new OkHttpTransport(transport.client(), false, 200);

    quick.newEventStream(
        new HttpRequest("GET", server.url("/events").toString(), Collections.emptyMap(), null, 1024),
        recorder);

    assertThat(recorder.take()).isEqualTo("open");
    assertThat(recorder.take()).isEqualTo("|null|then silence");
    assertThat(recorder.take()).isEqualTo("failure SocketTimeoutException 0");
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

  /** Writes and flushes each chunk in turn, then holds the stream open until {@code release}. */
  private static final class OpenBody implements MockResponseBody {
    private final String[] chunks;
    private final CountDownLatch release;

    OpenBody(String frames, CountDownLatch release) {
      this(release, frames);
    }

    OpenBody(CountDownLatch release, String... chunks) {
      this.chunks = chunks;
      this.release = release;
    }

    @Override
    public long getContentLength() {
      return -1L;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      for (String chunk : chunks) {
        sink.writeUtf8(chunk);
        sink.flush();
      }
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
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
