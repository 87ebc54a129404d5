package io.livecoins.transport;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/**
 * The default {@link Transport}, on OkHttp. Pass the app's own {@link OkHttpClient} to share its
 * connection pool, dispatcher, interceptors and certificate pinner:
 *
 * <pre>{@code
 * OkHttpClient appClient = ...; // the app's one client
 * LiveCoins client = LiveCoins.builder()
 *     .transport(OkHttpTransport.create(appClient))
 *     ...
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class OkHttpTransport implements Transport {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient client;
  private final OkHttpClient streamingClient;

  private OkHttpTransport(OkHttpClient client) {
    this.client = client;
    // Event streams stay open indefinitely: no read or call timeout, same pool and dispatcher.
    this.streamingClient =
        client.newBuilder().readTimeout(0, TimeUnit.MILLISECONDS).callTimeout(0, TimeUnit.MILLISECONDS).build();
  }

  /** Returns a transport on a new client with 10 s connect and 30 s read/write timeouts. */
  public static OkHttpTransport create() {
    return new OkHttpTransport(
        new OkHttpClient.Builder()
            .connectTimeout(10, TimeUnit.SECONDS)
            .readTimeout(30, TimeUnit.SECONDS)
            .writeTimeout(30, TimeUnit.SECONDS)
            .retryOnConnectionFailure(false) // the pipeline owns retries and their idempotency keys
            .followRedirects(false) // the API never redirects: a redirect must not carry a body
            .followSslRedirects(false) // (payment token) or a bearer token to another URL
            .build());
  }

  /**
   * Returns a transport that shares {@code client}'s pool, dispatcher and configuration (such as a
   * {@code CertificatePinner}). OkHttp's own silent retry is turned off for the SDK's requests so
   * every retry goes through the pipeline with the same idempotency key, and so is following
   * redirects (a redirect answer is an error: no body or token is re-sent to another URL).
   */
  public static OkHttpTransport create(OkHttpClient client) {
    Objects.requireNonNull(client, "client == null");
    return new OkHttpTransport(
        client.newBuilder()
            .retryOnConnectionFailure(false)
            .followRedirects(false)
            .followSslRedirects(false)
            .build());
  }

  /** The OkHttp client this transport uses. */
  public OkHttpClient client() {
    return client;
  }

  @Override
  public Exchange newExchange(HttpRequest request) {
    okhttp3.Call call = client.newCall(toOkHttp(request));
    long limit = request.maxResponseBytes();
    return new Exchange() {
      @Override
      public HttpResponse execute() throws IOException {
        try (Response response = call.execute()) {
          return new HttpResponse(response.code(), toMap(response.headers()), readBody(response, limit));
        }
      }

      @Override
      public void cancel() {
        call.cancel();
      }
    };
  }

  @Override
  public EventStream newEventStream(HttpRequest request, EventStream.Listener listener) {
    EventSource source =
        EventSources.createFactory(streamingClient)
            .newEventSource(
                toOkHttp(request),
                new EventSourceListener() {
                  @Override
                  public void onOpen(EventSource eventSource, Response response) {
                    listener.onOpen();
                  }

                  @Override
                  public void onEvent(
                      EventSource eventSource, @Nullable String id, @Nullable String type, String data) {
                    listener.onEvent(id, type, data);
                  }

                  @Override
                  public void onClosed(EventSource eventSource) {
                    listener.onClosed();
                  }

                  @Override
                  public void onFailure(
                      EventSource eventSource, @Nullable Throwable t, @Nullable Response response) {
                    listener.onFailure(t, response == null ? 0 : response.code());
                  }
                });
    return source::cancel;
  }

  private static Request toOkHttp(HttpRequest request) {
    Request.Builder builder = new Request.Builder().url(request.url());
    for (Map.Entry<String, String> header : request.headers().entrySet()) {
      builder.header(header.getKey(), header.getValue());
    }
    byte[] body = request.body();
    if (request.method().equals("POST")) {
      builder.post(RequestBody.create(body == null ? new byte[0] : body, JSON));
    }
    return builder.build();
  }

  private static byte[] readBody(Response response, long limit) throws IOException {
    ResponseBody body = response.body();
    if (body.contentLength() > limit) throw new ResponseTooLargeException(response.code(), limit);
    BufferedSource source = body.source();
    // Ask for one byte more than allowed: if it arrives, the body is too large.
    if (source.request(limit + 1)) throw new ResponseTooLargeException(response.code(), limit);
    return source.readByteArray();
  }

  private static Map<String, String> toMap(Headers headers) {
    Map<String, String> result = new LinkedHashMap<>();
    for (int i = 0; i < headers.size(); i++) result.put(headers.name(i), headers.value(i));
    return result;
  }

  @Override
  public String toString() {
    return "OkHttpTransport";
  }
}
