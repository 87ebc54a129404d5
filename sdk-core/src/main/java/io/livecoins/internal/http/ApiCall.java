package io.livecoins.internal.http;

import io.livecoins.internal.Strings;
import io.livecoins.errors.AuthenticationException;
import io.livecoins.Call;
import io.livecoins.errors.CallCancelledException;
import io.livecoins.Callback;
import io.livecoins.errors.Effect;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.errors.MalformedResponseException;
import io.livecoins.errors.NetworkException;
import io.livecoins.errors.RateLimitedException;
import io.livecoins.internal.Redactor;
import io.livecoins.transport.HttpRequest;
import io.livecoins.transport.HttpResponse;
import io.livecoins.transport.ResponseTooLargeException;
import io.livecoins.transport.Transport;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Call} through the pipeline: auth header and one refresh on 401, idempotency key on
 * POSTs, retries with backoff within the policy's attempts and deadline, JSON decoding and error
 * mapping, cancellation.
 */
final class ApiCall<T> implements Call<T> {
  private static final Logger log = LoggerFactory.getLogger("io.livecoins.http");

  private final ApiClient client;
  private final ApiRequest<T> request;
  private final AtomicBoolean executed = new AtomicBoolean();
  private volatile boolean canceled;
  private volatile Transport.@Nullable Exchange exchange;
  private volatile @Nullable Thread waitingThread;

  ApiCall(ApiClient client, ApiRequest<T> request) {
    this.client = client;
    this.request = request;
  }

  @Override
  public T execute() {
    io.livecoins.internal.MainThread.check();
    if (!executed.compareAndSet(false, true)) throw new IllegalStateException("already executed");
    return run();
  }

  @Override
  public void enqueue(Callback<T> callback) {
    if (callback == null) throw new NullPointerException("callback == null");
    if (!executed.compareAndSet(false, true)) throw new IllegalStateException("already executed");
    AsyncRunner.enqueue(
        client,
        this,
        request.isMutating(),
        this::run,
        () -> canceled ? cancelled(request.isMutating()) : null,
        callback);
  }

  @Override
  public void cancel() {
    canceled = true;
    Transport.Exchange current = exchange;
    if (current != null) current.cancel();
    Thread waiting = waitingThread;
    if (waiting != null) waiting.interrupt();
  }

  @Override
  public boolean isCanceled() {
    return canceled;
  }

  @Override
  public boolean isExecuted() {
    return executed.get();
  }

  @Override
  @SuppressWarnings("MethodDoesntCallSuperMethod")
  public Call<T> clone() {
    return new ApiCall<>(client, request);
  }

  private T run() {
    boolean mutating = request.isMutating();
    long deadline = client.clock.millis() + client.retryPolicy.callTimeout().toMillis();
    int maxAttempts = client.retryPolicy.maxAttempts();
    String token = token();
    boolean refreshed = false;
    // True once an attempt may have reached the server without a definitive answer.
    boolean ambiguous = false;
    int attempt = 0;
    while (true) {
      if (canceled) throw cancelled(mutating && ambiguous);
      attempt++;
      HttpRequest httpRequest = client.httpRequest(request, token);
      Transport.Exchange current = client.transport.newExchange(httpRequest);
      exchange = current;
      if (canceled) current.cancel();
      logRequest(httpRequest, attempt, maxAttempts);
      long start = client.clock.millis();
      HttpResponse response;
      try {
        response = current.execute();
      } catch (ResponseTooLargeException e) {
        throw new MalformedResponseException(
            e.getMessage(), e.httpStatus(), null, effectOfUnreadable(e.httpStatus(), mutating), e);
      } catch (IOException e) {
        boolean maybeSent = mayHaveBeenSent(e);
        ambiguous |= maybeSent;
        if (canceled) throw cancelled(mutating && ambiguous);
        log.debug("<-- {} {} failed: {}", request.method, request.pathAndQuery, e.toString());
        Effect effect = mutating && ambiguous ? Effect.UNKNOWN : Effect.NOT_APPLIED;
        NetworkException failure = new NetworkException(describe(e), effect, e);
        // A certificate the client refuses (pinning, trust) will be refused again: no retry.
        boolean retryable = !isTlsRefusal(e);
        if (retryable && attempt < maxAttempts && waitBeforeRetry(attempt, null, deadline)) continue;
        throw failure;
      } finally {
        exchange = null;
      }
      logResponse(response, client.clock.millis() - start);
      int status = response.code();
      if (status >= 200 && status < 300) {
        if (canceled) throw cancelled(mutating);
        return decode(response, mutating);
      }
      if (status == 401 && !refreshed) {
        refreshed = true;
        token = refreshToken(token, mutating && ambiguous ? Effect.UNKNOWN : Effect.NOT_APPLIED);
        attempt--; // the refresh is not a retry
        continue;
      }
      LiveCoinsException error = client.errors.map(response, mutating, ambiguous);
      boolean retryable =
          status == 429 || status == 502 || status == 503 || status == 504 || isInProgress(error);
      if (status >= 500 || isInProgress(error)) ambiguous = true;
      if (retryable && attempt < maxAttempts) {
        Duration retryAfter =
            error instanceof RateLimitedException ? ((RateLimitedException) error).retryAfter() : null;
        if (waitBeforeRetry(attempt, retryAfter, deadline)) continue;
      }
      throw error;
    }
  }

  private T decode(HttpResponse response, boolean mutating) {
    String requestId = response.header("Request-Id");
    Effect effect = mutating ? Effect.APPLIED : Effect.NOT_APPLIED;
    if (!isJson(response)) {
      throw new MalformedResponseException(
          "expected application/json but got " + response.header("Content-Type"),
          response.code(), requestId, effect, null);
    }
    try {
      return request.decoder.decode(response.body(), client.json);
    } catch (IOException | RuntimeException e) {
      // Hostile or broken bodies of every kind (bad JSON, wrong types, overflow, nulls, values our
      // constructors reject) become one typed error; nothing was cached from them.
      throw new MalformedResponseException(
          "could not decode response: " + Redactor.redact(String.valueOf(e.getMessage())),
          response.code(), requestId, effect, e);
    }
  }

  /** Waits before the next attempt; false if the wait would pass the deadline. */
  private boolean waitBeforeRetry(int attempt, @Nullable Duration retryAfter, long deadline) {
    long waitMillis;
    if (retryAfter != null) {
      waitMillis = retryAfter.toMillis();
    } else {
      long ceiling = client.retryPolicy.backoffCeilingMillis(attempt);
      waitMillis =
          client.retryPolicy.jitter() ? ThreadLocalRandom.current().nextLong(ceiling + 1) : ceiling;
    }
    if (client.clock.millis() + waitMillis > deadline) return false;
    log.debug("retrying {} {} in {} ms", request.method, request.pathAndQuery, waitMillis);
    if (waitMillis == 0) return true;
    waitingThread = Thread.currentThread();
    try {
      if (canceled) return true; // the loop reports the cancellation
      client.sleeper.sleep(Duration.ofMillis(waitMillis));
    } catch (InterruptedException e) {
      if (!canceled) Thread.currentThread().interrupt();
    } finally {
      waitingThread = null;
      if (canceled) Thread.interrupted(); // clear our own interrupt, not the caller's
    }
    return true;
  }

  private String token() {
    try {
      return requireToken(client.auth.token());
    } catch (RuntimeException e) {
      throw new AuthenticationException("AuthTokenProvider.token() failed: " + e, null, e);
    }
  }

  private String refreshToken(String rejected, Effect effectSoFar) {
    try {
      return requireToken(client.auth.refresh(rejected));
    } catch (RuntimeException e) {
      throw new AuthenticationException("AuthTokenProvider.refresh() failed: " + e, null, e, effectSoFar);
    }
  }

  private static String requireToken(@Nullable String token) {
    if (token == null || Strings.isBlank(token)) throw new IllegalStateException("blank token");
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < 0x21 || c > 0x7e) throw new IllegalStateException("token has illegal characters");
    }
    return token;
  }

  private static boolean isInProgress(LiveCoinsException error) {
    return error.code().equals("conflict") && error.isRetryable();
  }

  private static Effect effectOfUnreadable(int status, boolean mutating) {
    if (!mutating) return Effect.NOT_APPLIED;
    if (status >= 200 && status < 300) return Effect.APPLIED;
    return status >= 500 ? Effect.UNKNOWN : Effect.NOT_APPLIED;
  }

  /**
   * Whether the request may have reached the server before {@code e}. A failed TLS handshake or a
   * certificate pin mismatch happens while connecting, before any request byte is written.
   */
  private static boolean mayHaveBeenSent(IOException e) {
    return !(e instanceof ConnectException
        || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException
        || isTlsRefusal(e));
  }

  /** The client refused the server's certificate (untrusted, wrong host, pin mismatch). */
  private static boolean isTlsRefusal(IOException e) {
    return e instanceof SSLPeerUnverifiedException || e instanceof SSLHandshakeException;
  }

  private static String describe(IOException e) {
    String kind = e instanceof InterruptedIOException ? "timed out or interrupted" : "I/O error";
    return kind + ": " + e.getClass().getSimpleName() + " " + Redactor.redact(String.valueOf(e.getMessage()));
  }

  private CallCancelledException cancelled(boolean mayHaveApplied) {
    return new CallCancelledException(mayHaveApplied ? Effect.UNKNOWN : Effect.NOT_APPLIED);
  }

  static boolean isJson(HttpResponse response) {
    String type = response.header("Content-Type");
    if (type == null) return false;
    String lower = type.toLowerCase(Locale.ROOT).trim();
    return lower.startsWith("application/json") || lower.startsWith("application/problem+json");
  }

  private void logRequest(HttpRequest httpRequest, int attempt, int maxAttempts) {
    if (!log.isDebugEnabled()) return;
    log.debug(
        "--> {} {} (attempt {}/{}{})",
        httpRequest.method(),
        httpRequest.url(),
        attempt,
        maxAttempts,
        request.idempotencyKey == null ? "" : ", idempotency-key " + request.idempotencyKey);
    if (log.isTraceEnabled()) {
      for (Map.Entry<String, String> header : httpRequest.headers().entrySet()) {
        log.trace("{}: {}", header.getKey(), Redactor.headerValue(header.getKey(), header.getValue()));
      }
      byte[] body = httpRequest.body();
      if (body != null) log.trace("{}", Redactor.redact(new String(body, StandardCharsets.UTF_8)));
    }
  }

  private void logResponse(HttpResponse response, long millis) {
    if (!log.isDebugEnabled()) return;
    log.debug(
        "<-- {} {} {} ({} ms, {} bytes, request-id {})",
        response.code(),
        request.method,
        request.pathAndQuery,
        millis,
        response.bodyLength(),
        response.header("Request-Id"));
    if (log.isTraceEnabled()) {
      for (Map.Entry<String, String> header : response.headers().entrySet()) {
        log.trace("{}: {}", header.getKey(), Redactor.headerValue(header.getKey(), header.getValue()));
      }
      log.trace("{}", Redactor.redact(new String(response.body(), StandardCharsets.UTF_8)));
    }
  }
}
