package io.livecoins.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.livecoins.test.MockServers;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Random;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Transport.Exchange#executeStreaming}: OkHttp streams a 2xx body into the sink and never
 * writes past {@code maxResponseBytes}, with or without a Content-Length; other answers come back
 * whole; the default method of a host transport copies its bounded body.
 */
final class TransportStreamingTest {
  private final MockWebServer server = MockServers.startLoopback();
  private final OkHttpTransport transport = OkHttpTransport.create();

  @AfterEach
  void tearDown() {
    transport.close();
    server.close();
  }

  private static byte[] bytes(int size) {
    byte[] bytes = new byte[size];
    new Random(20261201L).nextBytes(bytes);
    return bytes;
  }

  private HttpRequest get(long maxBytes) {
    return new HttpRequest("GET", server.url("/file").toString(), Collections.emptyMap(), null, maxBytes);
  }

  @Test
  void aSuccessfulBodyGoesToTheSinkNotTheResponse() throws Exception {
    byte[] body = bytes(50_000);
    server.enqueue(new MockResponse.Builder().setHeader("ETag", "v1").body(new Buffer().write(body)).build());
    ByteArrayOutputStream sink = new ByteArrayOutputStream();

    HttpResponse response = transport.newExchange(get(50_000)).executeStreaming(sink);

    assertThat(response.code()).isEqualTo(200);
    assertThat(response.header("ETag")).isEqualTo("v1");
    assertThat(response.bodyLength()).isZero();
    assertThat(sink.toByteArray()).isEqualTo(body);
  }

  @Test
  void aChunkedBodyPastTheLimitStopsThereWithoutWritingMore() {
    server.enqueue(new MockResponse.Builder().chunkedBody(new Buffer().write(bytes(70_000)), 1024).build());
    ByteArrayOutputStream sink = new ByteArrayOutputStream();

    Throwable thrown = catchThrowable(() -> transport.newExchange(get(10_000)).executeStreaming(sink));

    assertThat(thrown).isInstanceOf(ResponseTooLargeException.class);
    assertThat(((ResponseTooLargeException) thrown).httpStatus()).isEqualTo(200);
    assertThat(sink.size()).isLessThanOrEqualTo(10_000);
  }

  @Test
  void aDeclaredLengthPastTheLimitIsRefusedBeforeAnyByte() {
    server.enqueue(new MockResponse.Builder().body(new Buffer().write(bytes(70_000))).build());
    ByteArrayOutputStream sink = new ByteArrayOutputStream();

    Throwable thrown = catchThrowable(() -> transport.newExchange(get(10_000)).executeStreaming(sink));

    assertThat(thrown).isInstanceOf(ResponseTooLargeException.class);
    assertThat(sink.size()).isZero();
  }

  @Test
  void anErrorAnswerComesBackWholeAndTheSinkStaysEmpty() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).body("busy").build());
    ByteArrayOutputStream sink = new ByteArrayOutputStream();

    HttpResponse response = transport.newExchange(get(1_000)).executeStreaming(sink);

    assertThat(response.code()).isEqualTo(503);
    assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("busy");
    assertThat(sink.size()).isZero();
  }

  @Test
  void theDefaultMethodCopiesAHostTransportsBody() throws Exception {
    byte[] body = bytes(300);
    Transport host = request -> new Transport.Exchange() {
      @Override
      public HttpResponse execute() {
        return new HttpResponse(200, Collections.singletonMap("ETag", "v2"), body);
      }

      @Override
      public void cancel() {}
    };
    ByteArrayOutputStream sink = new ByteArrayOutputStream();

    HttpResponse response = host.newExchange(get(1_000)).executeStreaming(sink);

    assertThat(sink.toByteArray()).isEqualTo(body);
    assertThat(response.bodyLength()).isZero();
    assertThat(response.header("ETag")).isEqualTo("v2");
  }
}
