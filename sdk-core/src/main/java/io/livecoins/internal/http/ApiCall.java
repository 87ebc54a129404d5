package io.livecoins.internal.http;

import io.livecoins.Call;
import io.livecoins.errors.CallCancelledException;
import io.livecoins.Callback;
import io.livecoins.errors.Effect;
import io.livecoins.errors.ErrorContext;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.errors.MalformedResponseException;
import io.livecoins.errors.NetworkException;
import io.livecoins.internal.Redactor;
import io.livecoins.internal.TransportFailures;
import io.livecoins.transport.HttpRequest;
import io.livecoins.transport.HttpResponse;
import io.livecoins.transport.ResponseTooLargeException;
import io.livecoins.transport.Transport;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
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

  /**
   * The pipeline, stage by stage: auth (token, one refresh on 401) → retry (the one classifier,
   * backoff or Retry-After, the deadline) → exchange (the transport, bounded by the time left) →
   * decode or map the error. Every failure is typed; its {@link Effect} comes from {@link Effects}.
   */
  private T run() {
    boolean mutating = request.isMutating();
    long deadline = client.clock.millis() + client.retryPolicy.callTimeout().toMillis();
    AuthStage auth = new AuthStage(client.auth);
    RetryStage retry = client.retry;
    int maxAttempts = retry.maxAttempts();
    // True once an attempt may have reached the server without a definitive answer.
    boolean ambiguous = false;
    int attempt = 0;
    @Nullable LiveCoinsException failure = null;
    while (true) {
      if (canceled) throw cancelled(mutating && ambiguous);
      long remaining = deadline - client.clock.millis();
      if (remaining <= 0) {
        if (failure != null) throw failure; // a wait overslept the deadline: report what failed
        throw new NetworkException(
            ErrorContext.of(
                "call timed out: deadline of " + client.retryPolicy.callTimeout() + " passed",
                Effects.ofFailure(mutating, ambiguous)),
            new InterruptedIOException("deadline passed"));
      }
      attempt++;
      String token = auth.token();
      HttpRequest httpRequest = client.httpRequest(request, token, remaining);
      HttpResponse response = null;
      try {
        response = exchange(httpRequest, token, attempt, maxAttempts);
      } catch (ResponseTooLargeException e) {
        throw new MalformedResponseException(
            ErrorContext.builder()
                .message(e.getMessage())
                .httpStatus(e.httpStatus() >= 100 && e.httpStatus() <= 599 ? e.httpStatus() : 0)
                .effect(Effects.ofUnreadable(e.httpStatus(), mutating, ambiguous))
                .build(),
            e);
      } catch (IOException | RuntimeException e) {
        // Whatever the transport throws (a runtime exception too: Android's
        // NetworkOnMainThreadException, a bad header) becomes a typed NetworkException.
        ambiguous |= TransportFailures.mayHaveBeenSent(e);
        if (canceled) throw cancelled(mutating && ambiguous);
        log.debug("<-- {} {} failed: {}", request.method, request.pathAndQuery,
            Redactor.redact(Redactor.without(e.toString(), token)));
        failure = TransportFailures.of(e, mutating, ambiguous, token);
      }
      if (response != null) {
        int status = response.code();
        if (status >= 200 && status < 300) {
          if (canceled) throw cancelled(mutating);
          return decode(response, mutating, token);
        }
        if (status == 401 && auth.refreshOnce(Effects.ofFailure(mutating, ambiguous))) {
          attempt--; // the refresh is not a retry
          continue;
        }
        failure = client.errors.map(response, mutating, ambiguous, auth.token());
        client.failed(failure);
        ambiguous |= Effects.isAmbiguousStatus(status, isInProgress(failure));
      }
      if (failure == null) throw new AssertionError(); // unreachable: an answer or a failure
      if (!RetryStage.isRetryable(failure) || attempt >= maxAttempts) throw failure;
      long waitMillis = retry.callDelayMillis(failure, attempt);
      if (waitMillis >= deadline - client.clock.millis()) throw failure; // would pass the deadline
      sleep(waitMillis);
    }
  }

  /** Pipeline stage 3: one exchange through the transport, cancellable from any thread. */
  private HttpResponse exchange(HttpRequest httpRequest, String token, int attempt, int maxAttempts)
      throws IOException {
    Transport.Exchange current = client.transport.newExchange(httpRequest);
    exchange = current;
    try {
      if (canceled) current.cancel();
      logRequest(httpRequest, attempt, maxAttempts);
      long start = client.clock.millis();
      HttpResponse response = current.execute();
      logResponse(response, token, client.clock.millis() - start);
      return response;
    } finally {
      exchange = null;
    }
  }

  /** Pipeline stage 4 for a 2xx: the decoded, validated result. */
  private T decode(HttpResponse response, boolean mutating, String token) {
    String header = response.header("Request-Id");
    String requestId = header == null ? null : Redactor.without(header, token);
    Effect effect = Effects.ofUnreadableSuccess(mutating);
    if (!isJson(response)) {
      throw new MalformedResponseException(
          ErrorContext.builder()
              .serverMessage("expected application/json but got " + response.header("Content-Type"))
              .httpStatus(response.code())
              .requestId(requestId)
              .effect(effect)
              .build(),
          null);
    }
    try {
      return request.decoder.decode(TransportAccess.get().body(response), client.json);
    } catch (IOException | RuntimeException e) {
      // Hostile or broken bodies of every kind (bad JSON, wrong types, overflow, nulls, values our
      // constructors reject) become one typed error; nothing was cached from them.
      throw new MalformedResponseException(
          ErrorContext.builder()
              .serverMessage("could not decode response: "
                  + Redactor.redact(Redactor.without(String.valueOf(e.getMessage()), token)))
              .httpStatus(response.code())
              .requestId(requestId)
              .effect(effect)
              .build(),
          Redactor.without(e, token));
    }
  }

  /** Waits before the next attempt with the client's sleeper; a cancel ends the wait. */
  private void sleep(long waitMillis) {
    log.debug("retrying {} {} in {} ms", request.method, request.pathAndQuery, waitMillis);
    if (waitMillis == 0) return;
    waitingThread = Thread.currentThread();
    try {
      if (canceled) return; // the loop reports the cancellation
      client.sleeper.sleep(Duration.ofMillis(waitMillis));
    } catch (InterruptedException e) {
      if (!canceled) Thread.currentThread().interrupt();
    } finally {
      waitingThread = null;
      if (canceled) Thread.interrupted(); // clear our own interrupt, not the caller's
    }
  }

  private static boolean isInProgress(LiveCoinsException error) {
    return error.code().equals("conflict") && error.isRetryable();
  }



  private CallCancelledException cancelled(boolean mayHaveApplied) {
    return new CallCancelledException(mayHaveApplied ? Effect.UNKNOWN : Effect.NOT_APPLIED);
  }

  static boolean isJson(HttpResponse response) {
    String type = response.header("Content-Type");
    if (type == null) return false;
    int start = 0;
    while (start < type.length() && type.charAt(start) <= ' ') start++; // as trim() does
    return startsWithAsciiIgnoreCase(type, start, "application/json")
        || startsWithAsciiIgnoreCase(type, start, "application/problem+json");
  }

  /**
   * Whether {@code text} has {@code lowerPrefix} at {@code from}, ASCII letters in any case: what
   * {@code toLowerCase(Locale.ROOT).startsWith(...)} answers for these prefixes, without the copy.
   */
  private static boolean startsWithAsciiIgnoreCase(String text, int from, String lowerPrefix) {
    if (text.length() - from < lowerPrefix.length()) return false;
    for (int i = 0; i < lowerPrefix.length(); i++) {
      char c = text.charAt(from + i);
      if (c >= 'A' && c <= 'Z') c = (char) (c + ('a' - 'A'));
      if (c != lowerPrefix.charAt(i)) return false;
    }
    return true;
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

  /** Logs an answer; what the server wrote is redacted, with {@code token} (sent) masked too. */
  private void logResponse(HttpResponse response, String token, long millis) {
    if (!log.isDebugEnabled()) return;
    log.debug(
        "<-- {} {} {} ({} ms, {} bytes, request-id {})",
        response.code(),
        request.method,
        request.pathAndQuery,
        millis,
        response.bodyLength(),
        Redactor.identifier(Redactor.without(String.valueOf(response.header("Request-Id")), token)));
    if (log.isTraceEnabled()) {
      for (Map.Entry<String, String> header : response.headers().entrySet()) {
        log.trace("{}: {}", header.getKey(),
            Redactor.headerValue(header.getKey(), Redactor.without(header.getValue(), token)));
      }
      String body = new String(response.body(), StandardCharsets.UTF_8);
      log.trace("{}", Redactor.redact(Redactor.without(body, token)));
    }
  }
}
