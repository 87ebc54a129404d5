package io.livecoins.internal.http;

import static io.livecoins.test.MockServers.error;
import static io.livecoins.test.MockServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.livecoins.AuthTokenProvider;
import io.livecoins.errors.AuthenticationException;
import io.livecoins.Call;
import io.livecoins.errors.CallCancelledException;
import io.livecoins.Callback;
import io.livecoins.errors.ConflictException;
import io.livecoins.errors.Effect;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.errors.MalformedResponseException;
import io.livecoins.errors.NetworkException;
import io.livecoins.errors.RateLimitedException;
import io.livecoins.RetryPolicy;
import io.livecoins.errors.ServerException;
import io.livecoins.Sleeper;
import io.livecoins.internal.json.JsonCodec;
import io.livecoins.test.MockServers;
import io.livecoins.test.RecordingSleeper;
import io.livecoins.transport.OkHttpTransport;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class ApiCallTest {
  private final MockWebServer server = MockServers.startLoopback();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final ExecutorService dispatcher = Executors.newCachedThreadPool();

  /** A minimal body for the tests' decoder. */
  public static final class Echo {
    public String value;
  }

  @AfterEach
  void tearDown() {
    server.close();
    dispatcher.shutdownNow();
  }

  private ApiClient client(AuthTokenProvider auth, RetryPolicy policy, Sleeper sleeper) {
    return new ApiClient(
        server.url("/").toString().replaceAll("/$", ""),
        OkHttpTransport.create(),
        auth,
        policy,
        sleeper,
        Clock.systemUTC(),
        "livecoins-java/test",
        64 * 1024,
        dispatcher,
        Runnable::run,
        new JsonCodec());
  }

  private ApiClient client() {
    return client(
        AuthTokenProvider.of("bob", "secret-token-1"),
        RetryPolicy.builder().jitter(false).build(),
        sleeper);
  }

  private static ApiRequest<String> getEcho() {
    return ApiRequest.get("/v1/echo", (body, json) -> json.decode(body, Echo.class).value);
  }

  private static ApiRequest<String> postEcho() {
    return ApiRequest.post(
        "/v1/echo",
        "{\"value\":\"x\"}".getBytes(StandardCharsets.UTF_8),
        (body, json) -> json.decode(body, Echo.class).value);
  }

  @Test
  void retriesReuseTheIdempotencyKeyAndBackOffExponentially() throws Exception {
    server.enqueue(error(503, "unavailable", "{}"));
    server.enqueue(error(502, "unavailable", "{}"));
    server.enqueue(json(200, "{\"value\":\"ok\"}"));

    assertThat(client().newCall(postEcho()).execute()).isEqualTo("ok");

    String key = server.takeRequest().getHeaders().get("Idempotency-Key");
    assertThat(key).isNotBlank();
    assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo(key);
    assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo(key);
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
  }

  @Test
  void cloneReusesTheIdempotencyKey() throws Exception {
    server.enqueue(json(200, "{\"value\":\"a\"}"));
    server.enqueue(json(200, "{\"value\":\"b\"}"));
    Call<String> call = client().newCall(postEcho());
    call.execute();
    call.clone().execute();
    assertThat(server.takeRequest().getHeaders().get("Idempotency-Key"))
        .isEqualTo(server.takeRequest().getHeaders().get("Idempotency-Key"));
  }

  @Test
  void separateCallsGetSeparateKeysAndGetsCarryNone() throws Exception {
    server.enqueue(json(200, "{\"value\":\"a\"}"));
    server.enqueue(json(200, "{\"value\":\"b\"}"));
    server.enqueue(json(200, "{\"value\":\"c\"}"));
    client().newCall(postEcho()).execute();
    client().newCall(postEcho()).execute();
    client().newCall(getEcho()).execute();
    String first = server.takeRequest().getHeaders().get("Idempotency-Key");
    String second = server.takeRequest().getHeaders().get("Idempotency-Key");
    assertThat(first).isNotEqualTo(second);
    assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isNull();
  }

  @Test
  void retryAfterIsHonouredThroughTheSleeper() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .setHeader("Retry-After", "3")
            .setHeader("Content-Type", "application/json")
            .body("{\"error\":{\"code\":\"rate_limited\",\"message\":\"slow down\",\"details\":{}}}")
            .build());
    server.enqueue(json(200, "{\"value\":\"ok\"}"));

    assertThat(client().newCall(getEcho()).execute()).isEqualTo("ok");
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void retryAfterBeyondTheDeadlineFailsAtOnceAsRateLimited() {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .setHeader("Retry-After", "120")
            .body("")
            .build());
    ApiClient client =
        client(
            AuthTokenProvider.of("bob", "t"),
            RetryPolicy.builder().jitter(false).callTimeout(Duration.ofSeconds(30)).build(),
            sleeper);

    RateLimitedException e =
        catchThrowableOfType(RateLimitedException.class, () -> client.newCall(getEcho()).execute());
    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(120));
    assertThat(sleeper.sleeps()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  private ApiClient clientAt(Clock clock, RetryPolicy policy) {
    return new ApiClient(
        server.url("/").toString().replaceAll("/$", ""),
        OkHttpTransport.create(),
        AuthTokenProvider.of("bob", "t"),
        policy,
        sleeper,
        clock,
        "livecoins-java/test",
        64 * 1024,
        dispatcher,
        Runnable::run,
        new JsonCodec());
  }

  private static MockResponse rateLimited(String retryAfter) {
    return new MockResponse.Builder()
        .code(429)
        .setHeader("Retry-After", retryAfter)
        .setHeader("Content-Type", "application/json")
        .body("{\"error\":{\"code\":\"rate_limited\",\"message\":\"slow down\",\"details\":{}}}")
        .build();
  }

  @Test
  void retryAfterAsAnHttpDateIsHonouredThroughTheSleeper() throws Exception {
    Clock fixed = Clock.fixed(java.time.Instant.parse("2026-12-01T10:00:00Z"), java.time.ZoneOffset.UTC);
    server.enqueue(rateLimited("Tue, 01 Dec 2026 10:00:12 GMT"));
    server.enqueue(json(200, "{\"value\":\"ok\"}"));

    ApiClient client = clientAt(fixed, RetryPolicy.builder().jitter(false).build());

    assertThat(client.newCall(getEcho()).execute()).isEqualTo("ok");
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void retryAfterOfMoreThanADayFailsAtOnceAsRateLimitedWithThatWait() {
    server.enqueue(rateLimited("172800"));
    ApiClient client = clientAt(Clock.systemUTC(), RetryPolicy.builder().jitter(false).build());

    RateLimitedException e =
        catchThrowableOfType(RateLimitedException.class, () -> client.newCall(postEcho()).execute());

    assertThat(e.retryAfter()).isEqualTo(Duration.ofDays(2));
    assertThat(sleeper.sleeps()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void retryAfterBeyondAnyClockFailsAtOnceWithoutOverflow() {
    server.enqueue(rateLimited("999999999999999999999999999"));
    ApiClient client = clientAt(Clock.systemUTC(), RetryPolicy.builder().jitter(false).build());

    RateLimitedException e =
        catchThrowableOfType(RateLimitedException.class, () -> client.newCall(getEcho()).execute());

    assertThat(e.retryAfter()).isGreaterThan(Duration.ofDays(365));
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void negativeOrGarbageRetryAfterFallsBackToTheBackoff() throws Exception {
    server.enqueue(rateLimited("-5"));
    server.enqueue(rateLimited("in a moment"));
    server.enqueue(json(200, "{\"value\":\"ok\"}"));

    assertThat(client().newCall(getEcho()).execute()).isEqualTo("ok");
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
  }

  @Test
  void aBodyDrippingInSlowlyFailsWithATimeoutAtTheCallDeadline() {
    // 100 bytes at 10 bytes a second would take ~10 s; the call has 1 s in all.
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "application/json")
            .body("{\"value\":\"" + "x".repeat(86) + "\"}")
            .throttleBody(10, 1, TimeUnit.SECONDS)
            .build());
    ApiClient client =
        clientAt(
            Clock.systemUTC(),
            RetryPolicy.builder().jitter(false).callTimeout(Duration.ofSeconds(1)).build());

    NetworkException e =
        catchThrowableOfType(NetworkException.class, () -> client.newCall(postEcho()).execute());

    assertThat(e.getMessage()).contains("timed out");
    assertThat(e.effect()).isEqualTo(Effect.UNKNOWN);
  }

  @Test
  void aRuntimeExceptionFromTheTransportIsATypedNetworkErrorThatIsNotRetried() {
    AtomicInteger attempts = new AtomicInteger();
    io.livecoins.transport.Transport broken =
        request -> new io.livecoins.transport.Transport.Exchange() {
          @Override
          public io.livecoins.transport.HttpResponse execute() {
            attempts.incrementAndGet();
            throw new IllegalArgumentException("Unexpected char 0x0a in header value");
          }

          @Override
          public void cancel() {}
        };
    ApiClient client =
        new ApiClient(
            "http://127.0.0.1:1", broken, AuthTokenProvider.of("bob", "t"),
            RetryPolicy.builder().jitter(false).build(), sleeper, Clock.systemUTC(),
            "livecoins-java/test", 64 * 1024, dispatcher, Runnable::run, new JsonCodec());

    NetworkException e =
        catchThrowableOfType(NetworkException.class, () -> client.newCall(postEcho()).execute());

    assertThat(e.effect()).isEqualTo(Effect.UNKNOWN);
    assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
    assertThat(attempts.get()).isEqualTo(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void attemptsAreBoundedAndAPostThatKeptFailingHasUnknownEffect() {
    for (int i = 0; i < 4; i++) server.enqueue(error(503, "unavailable", "{}"));

    ServerException e =
        catchThrowableOfType(ServerException.class, () -> client().newCall(postEcho()).execute());
    assertThat(e.effect()).isEqualTo(Effect.UNKNOWN);
    assertThat(e.httpStatus()).isEqualTo(503);
    assertThat(e.requestId()).isEqualTo("req_test503");
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(sleeper.sleeps())
        .containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000), Duration.ofMillis(2000));
  }

  @Test
  void aGetThatKeptFailingMovedNothing() {
    for (int i = 0; i < 4; i++) server.enqueue(error(504, "unavailable", "{}"));
    ServerException e =
        catchThrowableOfType(ServerException.class, () -> client().newCall(getEcho()).execute());
    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
  }

  @Test
  void internalServerErrorIsNotRetried() {
    server.enqueue(error(500, "internal", "{}"));
    assertThatThrownBy(() -> client().newCall(postEcho()).execute())
        .isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void requestInProgressConflictIsRetriedWithTheSameKey() throws Exception {
    server.enqueue(error(409, "conflict", "{\"reason\":\"in_progress\"}"));
    server.enqueue(json(200, "{\"value\":\"done\"}"));
    assertThat(client().newCall(postEcho()).execute()).isEqualTo("done");
    assertThat(server.takeRequest().getHeaders().get("Idempotency-Key"))
        .isEqualTo(server.takeRequest().getHeaders().get("Idempotency-Key"));
  }

  @Test
  void invalidStateConflictIsNotRetried() {
    server.enqueue(error(409, "conflict", "{\"reason\":\"invalid_state\",\"status\":\"FAILED\"}"));
    ConflictException e =
        catchThrowableOfType(ConflictException.class, () -> client().newCall(postEcho()).execute());
    assertThat(e.reason()).isEqualTo("invalid_state");
    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void unauthorizedRefreshesTheTokenOnceAndRetriesWithTheSameKey() throws Exception {
    AtomicInteger refreshes = new AtomicInteger();
    AuthTokenProvider auth =
        new AuthTokenProvider() {
          @Override
          public String userId() {
            return "bob";
          }

          @Override
          public String token() {
            return "old-token";
          }

          @Override
          public String refresh(String rejected) {
            assertThat(rejected).isEqualTo("old-token");
            refreshes.incrementAndGet();
            return "new-token";
          }
        };
    server.enqueue(error(401, "unauthenticated", "{}"));
    server.enqueue(json(200, "{\"value\":\"ok\"}"));

    ApiClient client = client(auth, RetryPolicy.builder().jitter(false).build(), sleeper);
    assertThat(client.newCall(postEcho()).execute()).isEqualTo("ok");

    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertThat(first.getHeaders().get("Authorization")).isEqualTo("Bearer old-token");
    assertThat(second.getHeaders().get("Authorization")).isEqualTo("Bearer new-token");
    assertThat(second.getHeaders().get("Idempotency-Key"))
        .isEqualTo(first.getHeaders().get("Idempotency-Key"));
    assertThat(refreshes).hasValue(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void aSecondUnauthorizedFailsWithoutAnotherRefresh() {
    AtomicInteger refreshes = new AtomicInteger();
    AuthTokenProvider auth =
        new AuthTokenProvider() {
          @Override
          public String userId() {
            return "bob";
          }

          @Override
          public String token() {
            return "t1";
          }

          @Override
          public String refresh(String rejected) {
            refreshes.incrementAndGet();
            return "t2";
          }
        };
    server.enqueue(error(401, "unauthenticated", "{}"));
    server.enqueue(error(401, "unauthenticated", "{}"));

    ApiClient client = client(auth, RetryPolicy.DEFAULT, sleeper);
    assertThatThrownBy(() -> client.newCall(getEcho()).execute())
        .isInstanceOf(AuthenticationException.class);
    assertThat(refreshes).hasValue(1);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aFailingTokenProviderIsAnAuthenticationErrorBeforeAnyRequest() {
    AuthTokenProvider broken =
        new AuthTokenProvider() {
          @Override
          public String userId() {
            return "bob";
          }

          @Override
          public String token() {
            throw new IllegalStateException("signed out");
          }
        };
    ApiClient client = client(broken, RetryPolicy.DEFAULT, sleeper);
    assertThatThrownBy(() -> client.newCall(getEcho()).execute())
        .isInstanceOf(AuthenticationException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void connectionRefusedIsRetriedAndThenReportedAsNotApplied() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closedPort = socket.getLocalPort();
    }
    ApiClient client =
        new ApiClient(
            "http://127.0.0.1:" + closedPort,
            OkHttpTransport.create(),
            AuthTokenProvider.of("bob", "t"),
            RetryPolicy.builder().jitter(false).maxAttempts(2).build(),
            sleeper,
            Clock.systemUTC(),
            "ua",
            1024,
            dispatcher,
            Runnable::run,
            new JsonCodec());
    NetworkException e =
        catchThrowableOfType(NetworkException.class, () -> client.newCall(postEcho()).execute());
    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(sleeper.sleeps()).hasSize(1);
  }

  @Test
  void aConnectionDroppedAfterTheRequestIsRetriedWithTheSameKey() throws Exception {
    server.enqueue(
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(json(200, "{\"value\":\"replayed\"}"));

    assertThat(client().newCall(postEcho()).execute()).isEqualTo("replayed");
    assertThat(server.takeRequest().getHeaders().get("Idempotency-Key"))
        .isEqualTo(server.takeRequest().getHeaders().get("Idempotency-Key"));
  }

  @Test
  void aPostWhoseResponseKeptGettingLostHasUnknownEffect() {
    for (int i = 0; i < 2; i++) {
      server.enqueue(
          new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    }
    ApiClient client =
        client(AuthTokenProvider.of("bob", "t"), RetryPolicy.builder().maxAttempts(2).jitter(false).build(), sleeper);
    NetworkException e =
        catchThrowableOfType(NetworkException.class, () -> client.newCall(postEcho()).execute());
    assertThat(e.effect()).isEqualTo(Effect.UNKNOWN);
    assertThat(e.mayHaveTakenEffect()).isTrue();
  }

  @Test
  void asyncSuccessArrivesOnTheCallbackExecutor() throws Exception {
    server.enqueue(json(200, "{\"value\":\"async\"}"));
    ExecutorService callbacks =
        Executors.newSingleThreadExecutor(r -> new Thread(r, "test-callbacks"));
    try {
      ApiClient client =
          new ApiClient(
              server.url("/").toString().replaceAll("/$", ""),
              OkHttpTransport.create(),
              AuthTokenProvider.of("bob", "t"),
              RetryPolicy.DEFAULT,
              sleeper,
              Clock.systemUTC(),
              "ua",
              1024,
              dispatcher,
              callbacks,
              new JsonCodec());
      CountDownLatch done = new CountDownLatch(1);
      AtomicReference<String> thread = new AtomicReference<>();
      AtomicReference<String> result = new AtomicReference<>();
      client
          .newCall(getEcho())
          .enqueue(
              new Callback<String>() {
                @Override
                public void onSuccess(Call<String> call, String value) {
                  thread.set(Thread.currentThread().getName());
                  result.set(value);
                  done.countDown();
                }

                @Override
                public void onFailure(Call<String> call, LiveCoinsException error) {
                  done.countDown();
                }
              });
      assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(result).hasValue("async");
      assertThat(thread).hasValue("test-callbacks");
    } finally {
      callbacks.shutdownNow();
    }
  }

  @Test
  void asyncFailureArrivesTypedOnTheCallbackExecutor() throws Exception {
    server.enqueue(error(404, "not_found", "{\"resource\":\"gift\"}"));
    CountDownLatch done = new CountDownLatch(1);
    AtomicReference<LiveCoinsException> failure = new AtomicReference<>();
    client()
        .newCall(getEcho())
        .enqueue(
            new Callback<String>() {
              @Override
              public void onSuccess(Call<String> call, String value) {
                done.countDown();
              }

              @Override
              public void onFailure(Call<String> call, LiveCoinsException error) {
                failure.set(error);
                done.countDown();
              }
            });
    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(failure.get()).isInstanceOf(io.livecoins.errors.NotFoundException.class);
  }

  @Test
  void cancelAbortsARequestInFlight() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch received = new CountDownLatch(1);
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            received.countDown();
            release.await(10, TimeUnit.SECONDS);
            return json(200, "{\"value\":\"late\"}");
          }
        });
    Call<String> call = client().newCall(postEcho());
    CountDownLatch done = new CountDownLatch(1);
    AtomicReference<LiveCoinsException> failure = new AtomicReference<>();
    List<String> successes = new ArrayList<>();
    call.enqueue(
        new Callback<String>() {
          @Override
          public void onSuccess(Call<String> c, String value) {
            successes.add(value);
            done.countDown();
          }

          @Override
          public void onFailure(Call<String> c, LiveCoinsException error) {
            failure.set(error);
            done.countDown();
          }
        });
    assertThat(received.await(10, TimeUnit.SECONDS)).isTrue();
    call.cancel();
    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    release.countDown();

    assertThat(successes).isEmpty();
    assertThat(call.isCanceled()).isTrue();
    assertThat(failure.get()).isInstanceOf(CallCancelledException.class);
    // The request reached the server before the cancel: the effect is honest about it.
    assertThat(failure.get().effect()).isEqualTo(Effect.UNKNOWN);
  }

  @Test
  void cancelEndsARetryWait() throws Exception {
    server.enqueue(error(503, "unavailable", "{}"));
    CountDownLatch sleeping = new CountDownLatch(1);
    Sleeper blocking =
        duration -> {
          sleeping.countDown();
          new CountDownLatch(1).await(); // only cancel()'s interrupt ends this wait
        };
    Call<String> call =
        client(AuthTokenProvider.of("bob", "t"), RetryPolicy.builder().jitter(false).build(), blocking)
            .newCall(getEcho());
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread runner =
        new Thread(
            () -> {
              try {
                call.execute();
              } catch (Throwable t) {
                thrown.set(t);
              }
            });
    runner.start();
    assertThat(sleeping.await(10, TimeUnit.SECONDS)).isTrue();
    call.cancel();
    runner.join(10_000);

    assertThat(runner.isAlive()).isFalse();
    assertThat(thrown.get()).isInstanceOf(CallCancelledException.class);
    assertThat(((CallCancelledException) thrown.get()).effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aCallRunsOnlyOnce() {
    server.enqueue(json(200, "{\"value\":\"ok\"}"));
    Call<String> call = client().newCall(getEcho());
    call.execute();
    assertThatThrownBy(call::execute).isInstanceOf(IllegalStateException.class);
    assertThat(call.isExecuted()).isTrue();
  }

  @Test
  void requestsCarryTheContractHeaders() throws Exception {
    server.enqueue(json(200, "{\"value\":\"ok\"}"));
    client().newCall(postEcho()).execute();
    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer secret-token-1");
    assertThat(request.getHeaders().get("User-Agent")).isEqualTo("livecoins-java/test");
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(request.getBody().utf8()).isEqualTo("{\"value\":\"x\"}");
  }

  @Test
  void aSuccessfulPostWithAnUnreadableBodyReportsThatItWasApplied() {
    server.enqueue(json(200, "{\"value\":"));
    MalformedResponseException e =
        catchThrowableOfType(
            MalformedResponseException.class, () -> client().newCall(postEcho()).execute());
    assertThat(e.effect()).isEqualTo(Effect.APPLIED);
    assertThat(e.requestId()).isEqualTo("req_test200");
  }
}
