package io.livecoins.transport;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Dispatcher;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;
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
public final class OkHttpTransport implements Transport, java.io.Closeable {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient client;
  private final OkHttpClient streamingClient;
  private final boolean owned;
  private final ConcurrentHashMap<String, HttpUrl> urls = new ConcurrentHashMap<>();
  private static final int MAX_CACHED_URLS = 256;

  /**
   * How long an event stream may stay silent before it counts as dead (a half-open connection after a
   * network switch never fails by itself): three of the 15 s heartbeats the protocol asks servers for.
   */
  static final long STREAM_SILENCE_MILLIS = 45_000;

  private OkHttpTransport(OkHttpClient client, boolean owned) {
    this(client, owned, STREAM_SILENCE_MILLIS);
  }

  OkHttpTransport(OkHttpClient client, boolean owned, long streamSilenceMillis) {
    this.client = client;
    this.owned = owned;
    // Event streams stay open indefinitely: no call timeout, and a read timeout only for a silence
    // longer than heartbeats allow (the feed then reconnects); same connection pool and threads,
    // but a dispatcher of their own: OkHttp's queues the sixth asynchronous call to one host until one
    // of five ends, and a stream never ends, so streams on the client's dispatcher would hold back
    // each other and the app's own calls to that host.
    Dispatcher streams = new Dispatcher(client.dispatcher().executorService());
    streams.setMaxRequests(Integer.MAX_VALUE);
    streams.setMaxRequestsPerHost(Integer.MAX_VALUE);
    this.streamingClient = client.newBuilder()
        .dispatcher(streams)
        .readTimeout(streamSilenceMillis, TimeUnit.MILLISECONDS)
        .callTimeout(0, TimeUnit.MILLISECONDS)
        .build();
  }

  /** {@return a transport on a new client with 10 s connect and 30 s read/write timeouts} */
  public static OkHttpTransport create() {
    return new OkHttpTransport(
        new OkHttpClient.Builder()
            .connectTimeout(10, TimeUnit.SECONDS)
            .readTimeout(30, TimeUnit.SECONDS)
            .writeTimeout(30, TimeUnit.SECONDS)
            .retryOnConnectionFailure(false) // the pipeline owns retries and their idempotency keys
            .followRedirects(false) // the API never redirects: a redirect must not carry a body
            .followSslRedirects(false) // (payment token) or a bearer token to another URL
            .build(),
        true);
  }

  /**
   * {@return a transport that shares {@code client}'s pool, dispatcher and configuration (such as a
   * {@code CertificatePinner})} Event streams run on a dispatcher of their own on the same threads, so
   * that open streams never count against the client's per-host limit. OkHttp's own silent retry is
   * turned off for the SDK's requests so
   * every retry goes through the pipeline with the same idempotency key, and so is following
   * redirects (a redirect answer is an error: no body or token is re-sent to another URL).
   *
   * @param client the OkHttp client this transport uses
   */
  public static OkHttpTransport create(OkHttpClient client) {
    Objects.requireNonNull(client, "client == null");
    return new OkHttpTransport(
        client.newBuilder()
            .retryOnConnectionFailure(false)
            .followRedirects(false)
            .followSslRedirects(false)
            .build(),
        false);
  }

  /**
   * Releases the threads and pooled connections of the OkHttp client this transport created itself
   * ({@link #create()}), so that a JVM program can exit at once; event streams still open are
   * cancelled. A no-op for a transport on the app's own client ({@link #create(OkHttpClient)}): the
   * app owns that. Idempotent.
   */
  @Override
  public void close() {
    if (!owned) return;
    streamingClient.dispatcher().cancelAll();
    client.dispatcher().cancelAll();
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  /** {@return the OkHttp client this transport uses} */
  public OkHttpClient client() {
    return client;
  }

  @Override
  public Exchange newExchange(HttpRequest request) {
    return new OkHttpExchange(client.newCall(toOkHttp(request)), request);
  }

  /**
   * One exchange. The time left before the call's deadline bounds everything: connect, send, and
   * the body (read inside {@link #execute()}, so a body that drips in fails at the deadline). It is
   * enforced by {@link Deadline}'s watchdog, which cancels the OkHttp call, rather than by {@code
   * call.timeout()}, whose watchdog is woken by every call (see {@link Deadline}); an OkHttp client
   * with a call timeout of its own keeps it.
   */
  private static final class OkHttpExchange extends Deadline implements Exchange {
    private final okhttp3.Call call;
    private final long limit;
    private final long timeoutMillis;

    OkHttpExchange(okhttp3.Call call, HttpRequest request) {
      this.call = call;
      this.limit = request.maxResponseBytes();
      this.timeoutMillis = request.callTimeoutMillis();
    }

    @Override
    public HttpResponse execute() throws IOException {
      if (timeoutMillis > 0) enter(TimeUnit.MILLISECONDS.toNanos(timeoutMillis));
      try (Response response = call.execute()) {
        // A body read to its end is the answer, even if the deadline passed just after.
        return new HttpResponse(
            response.code(), namesAndValues(response.headers()), readBody(response, limit));
      } catch (IOException e) {
        if (fired()) throw timedOut(e); // cancelled by the deadline
        throw e;
      } finally {
        if (timeoutMillis > 0) exit();
      }
    }

    @Override
    public HttpResponse executeStreaming(OutputStream sink) throws IOException {
      if (timeoutMillis > 0) enter(TimeUnit.MILLISECONDS.toNanos(timeoutMillis));
      try (Response response = call.execute()) {
        String[] headers = namesAndValues(response.headers());
        if (!response.isSuccessful()) {
          return new HttpResponse(response.code(), headers, readBody(response, limit));
        }
        streamBody(response, limit, sink);
        return new HttpResponse(response.code(), headers, new byte[0]);
      } catch (IOException e) {
        if (fired()) throw timedOut(e); // cancelled by the deadline
        throw e;
      } finally {
        if (timeoutMillis > 0) exit();
      }
    }

    @Override
    void onDeadline() {
      call.cancel();
    }

    private InterruptedIOException timedOut(IOException cause) {
      InterruptedIOException e =
          new InterruptedIOException("timeout: the call's deadline of " + timeoutMillis + " ms passed");
      e.initCause(cause);
      return e;
    }

    @Override
    public void cancel() {
      call.cancel();
    }
  }

  /** Copies a body to {@code sink} in small chunks; never more than {@code limit} bytes. */
  private static void streamBody(Response response, long limit, OutputStream sink) throws IOException {
    ResponseBody body = response.body();
    if (body.contentLength() > limit) throw new ResponseTooLargeException(response.code(), limit);
    BufferedSource source = body.source();
    byte[] chunk = new byte[8192];
    long total = 0;
    while (true) {
      int read = source.read(chunk);
      if (read == -1) return;
      total += read;
      if (total > limit) throw new ResponseTooLargeException(response.code(), limit);
      sink.write(chunk, 0, read);
    }
  }

  @Override
  public EventStream newEventStream(HttpRequest request, EventStream.Listener listener) {
    okhttp3.Call call = streamingClient.newCall(toOkHttp(request));
    SseReader reader = new SseReader(call, listener, request.maxResponseBytes());
    call.enqueue(reader);
    return reader;
  }

  private Request toOkHttp(HttpRequest request) {
    Request.Builder builder = new Request.Builder().url(url(request.url()));
    Headers.Builder headers = new Headers.Builder();
    String[] namesAndValues = request.namesAndValues;
    boolean post = request.method().equals("POST");
    for (int i = 0; i < namesAndValues.length; i += 2) {
      String name = namesAndValues[i];
      if (post && name.equalsIgnoreCase("Content-Type")) {
        // OkHttp sends the request body's media type (application/json; charset=utf-8) whatever
        // this header says: setting it first only costs a header per call.
        continue;
      }
      if (name.equalsIgnoreCase("Last-Event-ID")) {
        // A server's event id may be any text but CR/LF/NUL; send it back byte for byte (UTF-8).
        headers.addUnsafeNonAscii(name, namesAndValues[i + 1]);
      } else {
        headers.set(name, namesAndValues[i + 1]);
      }
    }
    builder.headers(headers.build());
    if (post) {
      byte[] body = request.body; // immutable once in an HttpRequest: no copy needed
      builder.post(RequestBody.create(body == null ? new byte[0] : body, JSON));
    }
    return builder.build();
  }

  /**
   * The parsed URL, from a small cache: the SDK calls a handful of URLs over and over, and parsing
   * one costs more than the rest of building the request.
   */
  private HttpUrl url(String url) {
    HttpUrl parsed = urls.get(url);
    if (parsed == null) {
      parsed = HttpUrl.get(url);
      if (urls.size() >= MAX_CACHED_URLS) urls.clear();
      urls.put(url, parsed);
    }
    return parsed;
  }

  private static byte[] readBody(Response response, long limit) throws IOException {
    ResponseBody body = response.body();
    if (body.contentLength() > limit) throw new ResponseTooLargeException(response.code(), limit);
    BufferedSource source = body.source();
    // Ask for one byte more than allowed: if it arrives, the body is too large.
    if (source.request(limit + 1)) throw new ResponseTooLargeException(response.code(), limit);
    return source.readByteArray();
  }

  private static String[] namesAndValues(Headers headers) {
    String[] result = new String[headers.size() * 2];
    for (int i = 0; i < headers.size(); i++) {
      result[2 * i] = headers.name(i);
      result[2 * i + 1] = headers.value(i);
    }
    return result;
  }

  @Override
  public String toString() {
    return "OkHttpTransport";
  }

  /**
   * Reads one {@code text/event-stream} response (the WHATWG parsing rules) with bounded memory: a
   * line, or an event's data, longer than {@code limit} bytes fails the stream with {@link
   * ResponseTooLargeException}. Runs on OkHttp's dispatcher; after {@link #close()} the listener
   * hears nothing more.
   */
  private static final class SseReader implements okhttp3.Callback, EventStream {
    private static final ByteString LINE_ENDS = ByteString.encodeUtf8("\r\n");
    private static final ByteString BOM = ByteString.decodeHex("efbbbf");
    private final okhttp3.Call call;
    private final EventStream.Listener listener;
    private final long limit;
    private volatile boolean closed;

    SseReader(okhttp3.Call call, EventStream.Listener listener, long limit) {
      this.call = call;
      this.listener = listener;
      this.limit = limit;
    }

    @Override
    public void close() {
      closed = true;
      call.cancel();
    }

    @Override
    public void onFailure(okhttp3.Call call, IOException e) {
      if (!closed) listener.onFailure(e, 0);
    }

    @Override
    public void onResponse(okhttp3.Call call, Response response) {
      try (Response r = response) {
        if (r.code() != 200) {
          byte[] body;
          try {
            body = readBody(r, limit);
          } catch (IOException e) {
            body = new byte[0];
          }
          if (!closed) listener.onFailure(new HttpResponse(r.code(), namesAndValues(r.headers()), body));
          return;
        }
        MediaType type = r.body().contentType();
        if (type == null || !type.type().equals("text") || !type.subtype().equals("event-stream")) {
          if (!closed) listener.onFailure(new IOException("not an event stream: " + type), 200);
          return;
        }
        if (closed) return;
        listener.onOpen();
        read(r.body().source());
        if (!closed) listener.onClosed();
      } catch (IOException | RuntimeException e) {
        if (!closed) listener.onFailure(e, e instanceof ResponseTooLargeException ? 200 : 0);
      }
    }

    // Parser state; touched only by the reading thread.
    private @Nullable String lastId;
    private @Nullable String type;
    private final StringBuilder data = new StringBuilder();
    private boolean hasData;

    private void read(BufferedSource source) throws IOException {
      Buffer buffer = source.getBuffer();
      if (source.rangeEquals(0, BOM)) source.skip(BOM.size()); // a UTF-8 BOM may open the stream
      long eventBytes = 0;
      boolean afterCr = false; // the last line ended with CR: a LF right after it is part of that end
      while (!closed) {
        if (afterCr) {
          if (!source.request(1)) return;
          if (buffer.getByte(0) == '\n') buffer.skip(1);
        }
        long end = lineEnd(source);
        if (end == -1) return; // the server ended the stream; an unfinished event is dropped
        eventBytes += end + 1;
        if (eventBytes > limit) throw new ResponseTooLargeException(200, limit);
        String line = buffer.readUtf8(end);
        afterCr = buffer.readByte() == '\r';
        if (line(line)) eventBytes = 0;
      }
    }

    /**
     * The length of the next line: CR, LF and CRLF all end one (a stream may use any of them, and a
     * stream of lone CRs never sends a LF). Reads until a line end is buffered, without ever buffering
     * more than {@code limit} bytes of one line; -1 when the stream ends first.
     */
    private long lineEnd(BufferedSource source) throws IOException {
      Buffer buffer = source.getBuffer();
      long scanned = 0;
      while (true) {
        long end = buffer.indexOfElement(LINE_ENDS, scanned);
        if (end != -1) {
          if (end > limit) throw new ResponseTooLargeException(200, limit);
          return end;
        }
        if (buffer.size() > limit) throw new ResponseTooLargeException(200, limit);
        scanned = buffer.size();
        if (!source.request(scanned + 1)) return -1;
      }
    }

    /** Processes one line; returns true if it ended an event. */
    private boolean line(String line) {
      if (line.isEmpty()) {
        if (hasData && !closed) listener.onEvent(lastId, type, data.toString());
        data.setLength(0);
        hasData = false;
        type = null;
        return true;
      }
      int colon = line.indexOf(':');
      String field = colon == -1 ? line : line.substring(0, colon);
      String value = colon == -1 ? "" : line.substring(colon + 1);
      if (value.startsWith(" ")) value = value.substring(1);
      switch (field) {
        case "data":
          if (hasData) data.append('\n');
          data.append(value);
          hasData = true;
          break;
        case "id":
          if (value.indexOf('\u0000') == -1) lastId = value;
          break;
        case "event":
          type = value.isEmpty() ? null : value;
          break;
        default: // comments (":"), "retry" and unknown fields carry no event
          break;
      }
      return false;
    }
  }
}
