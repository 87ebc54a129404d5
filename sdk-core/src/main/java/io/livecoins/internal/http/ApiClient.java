package io.livecoins.internal.http;

import io.livecoins.AuthTokenProvider;
import io.livecoins.Call;
import io.livecoins.RetryPolicy;
import io.livecoins.Sleeper;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.internal.json.JsonCodec;
import io.livecoins.transport.HttpRequest;
import io.livecoins.transport.HttpResponse;
import io.livecoins.transport.Transport;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import org.jspecify.annotations.Nullable;

/**
 * The request pipeline shared by every API of one client: base URL, auth, retries, JSON, errors,
 * and the executors that run async calls and deliver their callbacks. Immutable but for {@link
 * #close()}; thread-safe.
 */
public final class ApiClient {
  final String baseUrl;
  final Transport transport;
  final AuthTokenProvider auth;
  final RetryPolicy retryPolicy;
  final Sleeper sleeper;
  final Clock clock;
  final String userAgent;
  final long maxResponseBytes;
  final ExecutorService dispatcher;
  final Executor callbackExecutor;
  final JsonCodec json;
  final ErrorMapper errors;
  final RetryStage retry;

  /** Creates the pipeline; {@code baseUrl} has no trailing slash. */
  public ApiClient(
      String baseUrl,
      Transport transport,
      AuthTokenProvider auth,
      RetryPolicy retryPolicy,
      Sleeper sleeper,
      Clock clock,
      String userAgent,
      long maxResponseBytes,
      ExecutorService dispatcher,
      Executor callbackExecutor,
      JsonCodec json) {
    this.baseUrl = baseUrl;
    this.transport = transport;
    this.auth = auth;
    this.retryPolicy = retryPolicy;
    this.sleeper = sleeper;
    this.clock = clock;
    this.userAgent = userAgent;
    this.maxResponseBytes = maxResponseBytes;
    this.dispatcher = dispatcher;
    this.callbackExecutor = callbackExecutor;
    this.json = json;
    this.errors = new ErrorMapper(json, clock);
    this.retry = new RetryStage(retryPolicy);
  }

  private volatile boolean closed;
  // Told of every error answer the pipeline maps (the account cache empties on eligibility errors).
  private volatile java.util.function.@Nullable Consumer<LiveCoinsException> failureObserver;

  /** Sets the one observer of mapped error answers (for caches that an error makes stale). */
  public void observeFailures(java.util.function.Consumer<LiveCoinsException> observer) {
    this.failureObserver = observer;
  }

  /** Tells the observer of a mapped error answer; an observer's failure never changes the call's. */
  void failed(LiveCoinsException failure) {
    java.util.function.@Nullable Consumer<LiveCoinsException> observer = failureObserver;
    if (observer == null) return;
    try {
      observer.accept(failure);
    } catch (RuntimeException ignored) {
      // A cache's bookkeeping must not replace the typed error the caller is about to get.
    }
  }

  /** The last token and its header value: the same token is sent call after call. */
  private volatile @Nullable Bearer bearer;

  /**
   * Absolute URLs by path, for the handful of paths called over and over: the same String each time
   * (its hash cached) instead of a concatenation per attempt. Bounded: cleared when full.
   */
  private final ConcurrentHashMap<String, String> urls = new ConcurrentHashMap<>();

  private static final int MAX_CACHED_URLS = 256;

  private static final class Bearer {
    final String token;
    final String header;

    Bearer(String token) {
      this.token = token;
      this.header = "Bearer " + token;
    }
  }

  /** Returns a call for {@code request}; nothing is sent until it is executed or enqueued. */
  public <T> Call<T> newCall(ApiRequest<T> request) {
    return new ApiCall<>(this, request);
  }

  /**
   * Marks the client closed: from now on {@link #checkOpen()} throws. The APIs check it where the
   * app creates a call, never at an inner step, so that a flow already running finishes.
   */
  public void close() {
    closed = true;
  }

  /** Throws {@link IllegalStateException} if the client was closed. */
  public void checkOpen() {
    if (closed) throw new IllegalStateException("this LiveCoins client is closed");
  }

  /** The JSON codec. */
  public JsonCodec json() {
    return json;
  }

  /** The executor that delivers callbacks and listener events. */
  public Executor callbackExecutor() {
    return callbackExecutor;
  }

  /** The executor that runs async calls. */
  public ExecutorService dispatcher() {
    return dispatcher;
  }

  /** The clock. */
  public Clock clock() {
    return clock;
  }

  /** The sleeper. */
  public Sleeper sleeper() {
    return sleeper;
  }

  /** The transport. */
  public Transport transport() {
    return transport;
  }

  /** The retry policy. */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** The token provider. */
  public AuthTokenProvider auth() {
    return auth;
  }

  /** The retry stage: the one retry classifier and the backoff/Retry-After waits. */
  public RetryStage retry() {
    return retry;
  }

  /** A fresh auth stage: the token of one call or one feed connection, and its single refresh. */
  public AuthStage newAuthStage() {
    return new AuthStage(auth);
  }

  /**
   * Maps a non-2xx answer to its typed exception (a read: nothing was applied), masking {@code
   * sentToken} (the bearer token the request carried, null for none) wherever the server echoes it.
   */
  public LiveCoinsException mapError(HttpResponse response, @Nullable String sentToken) {
    return errors.map(response, false, false, sentToken);
  }

  /**
   * Builds an authenticated request for an event stream at {@code pathAndQuery}. {@code
   * lastEventId} is any string a server sent as an SSE id (non-ASCII included; never CR, LF or NUL).
   */
  public HttpRequest eventStreamRequest(
      String pathAndQuery, String token, @Nullable String lastEventId) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", "Bearer " + token);
    headers.put("User-Agent", userAgent);
    headers.put("Accept", "text/event-stream");
    if (lastEventId != null) headers.put("Last-Event-ID", lastEventId);
    return new HttpRequest("GET", baseUrl + pathAndQuery, headers, null, maxResponseBytes);
  }

  HttpRequest httpRequest(ApiRequest<?> request, String token, long timeoutMillis) {
    int size = 6 + (request.idempotencyKey != null ? 2 : 0) + (request.body != null ? 2 : 0);
    String[] headers = new String[size];
    headers[0] = "Authorization";
    headers[1] = bearerHeader(token);
    headers[2] = "User-Agent";
    headers[3] = userAgent;
    headers[4] = "Accept";
    headers[5] = "application/json";
    int i = 6;
    if (request.idempotencyKey != null) {
      headers[i++] = "Idempotency-Key";
      headers[i++] = request.idempotencyKey;
    }
    if (request.body != null) {
      headers[i++] = "Content-Type";
      headers[i] = "application/json; charset=utf-8";
    }
    // No defensive copies: the array is fresh and the body is never changed once in an ApiRequest.
    return TransportAccess.get()
        .newRequest(
            request.method, url(request.pathAndQuery), headers, request.body,
            maxResponseBytes, timeoutMillis);
  }

  private String bearerHeader(String token) {
    Bearer current = bearer;
    if (current == null || !current.token.equals(token)) {
      current = new Bearer(token);
      bearer = current;
    }
    return current.header;
  }

  private String url(String pathAndQuery) {
    String url = urls.get(pathAndQuery);
    if (url == null) {
      url = baseUrl + pathAndQuery;
      if (urls.size() >= MAX_CACHED_URLS) urls.clear();
      urls.put(pathAndQuery, url);
    }
    return url;
  }
}
