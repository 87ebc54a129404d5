package io.livecoins.internal.http;

import static io.livecoins.test.MockServers.error;
import static io.livecoins.test.MockServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.livecoins.AuthTokenProvider;
import io.livecoins.errors.BelowMinimumWithdrawalException;
import io.livecoins.errors.Effect;
import io.livecoins.errors.ForbiddenException;
import io.livecoins.errors.IdempotencyKeyReusedException;
import io.livecoins.errors.CoinDebtException;
import io.livecoins.errors.InsufficientCoinsException;
import io.livecoins.errors.InsufficientDiamondsException;
import io.livecoins.errors.InvalidRequestException;
import io.livecoins.errors.LimitExceededException;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.errors.MalformedResponseException;
import io.livecoins.Money;
import io.livecoins.errors.NotFoundException;
import io.livecoins.errors.PaymentDeclinedException;
import io.livecoins.errors.PriceChangedException;
import io.livecoins.errors.RateLimitedException;
import io.livecoins.RetryPolicy;
import io.livecoins.errors.ServerException;
import io.livecoins.internal.json.JsonCodec;
import io.livecoins.payment.DeclineReason;
import io.livecoins.test.MockServers;
import io.livecoins.test.RecordingSleeper;
import io.livecoins.transport.OkHttpTransport;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every error code of the contract maps to its exception type; broken bodies are malformed. */
final class ErrorMappingTest {
  private final MockWebServer server = MockServers.startLoopback();
  private final ExecutorService dispatcher = Executors.newCachedThreadPool();

  @AfterEach
  void tearDown() {
    server.close();
    dispatcher.shutdownNow();
  }

  private LiveCoinsException failPost(MockResponse response) {
    server.enqueue(response);
    ApiClient client =
        new ApiClient(
            server.url("/").toString().replaceAll("/$", ""),
            OkHttpTransport.create(),
            AuthTokenProvider.of("bob", "t"),
            RetryPolicy.none(),
            new RecordingSleeper(),
            Clock.systemUTC(),
            "ua",
            4096,
            dispatcher,
            Runnable::run,
            new JsonCodec());
    return catchThrowableOfType(
        LiveCoinsException.class,
        () ->
            client
                .newCall(
                    ApiRequest.post(
                        "/v1/x",
                        "{}".getBytes(StandardCharsets.UTF_8),
                        (body, json) -> json.decode(body, ApiCallTest.Echo.class).value))
                .execute());
  }

  static Stream<Arguments> codes() {
    return Stream.of(
        Arguments.of(400, "invalid_request", "{\"field\":\"quantity\"}", InvalidRequestException.class),
        Arguments.of(402, "insufficient_coins", "{\"balance\":5,\"required\":30,\"shortfall\":25}", InsufficientCoinsException.class),
        Arguments.of(402, "insufficient_coins", "{\"balance\":0,\"required\":1,\"shortfall\":61,\"debt\":60}", CoinDebtException.class),
        Arguments.of(402, "insufficient_diamonds", "{\"balance\":5,\"required\":30,\"shortfall\":25}", InsufficientDiamondsException.class),
        Arguments.of(402, "payment_declined", "{\"reason\":\"expired_card\",\"orderId\":\"o1\"}", PaymentDeclinedException.class),
        Arguments.of(403, "forbidden", "{\"reason\":\"not_owner\"}", ForbiddenException.class),
        Arguments.of(404, "not_found", "{\"resource\":\"gift\"}", NotFoundException.class),
        Arguments.of(409, "price_changed", "{\"expectedCoinCost\":1,\"currentCoinCost\":2}", PriceChangedException.class),
        Arguments.of(422, "limit_exceeded", "{\"limit\":{\"amountMinor\":100000,\"currency\":\"USD\"},\"remaining\":{\"amountMinor\":0,\"currency\":\"USD\"},\"resetsAt\":\"2026-11-26T00:00:00Z\"}", LimitExceededException.class),
        Arguments.of(422, "idempotency_key_reused", "{}", IdempotencyKeyReusedException.class),
        Arguments.of(422, "below_minimum_withdrawal", "{\"minimumDiamonds\":2000}", BelowMinimumWithdrawalException.class),
        Arguments.of(429, "rate_limited", "{\"retryAfterSeconds\":7}", RateLimitedException.class),
        Arguments.of(500, "internal", "{}", ServerException.class),
        Arguments.of(503, "unavailable", "{}", ServerException.class));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("codes")
  void everyErrorCodeMapsToItsType(
      int status, String code, String details, Class<? extends LiveCoinsException> type) {
    LiveCoinsException e = failPost(error(status, code, details));
    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.httpStatus()).isEqualTo(status);
    assertThat(e.requestId()).isEqualTo("req_test" + status);
    assertThat(e.getMessage()).contains(code).contains("req_test" + status);
    assertThat(e.effect()).isEqualTo(status >= 500 ? Effect.UNKNOWN : Effect.NOT_APPLIED);
  }

  @Test
  void errorDetailsAreCarried() {
    InsufficientCoinsException coins =
        (InsufficientCoinsException)
            failPost(error(402, "insufficient_coins", "{\"balance\":5,\"required\":30,\"shortfall\":25}"));
    assertThat(coins.balance()).isEqualTo(5);
    assertThat(coins.required()).isEqualTo(30);
    assertThat(coins.shortfall()).isEqualTo(25);

    PaymentDeclinedException declined =
        (PaymentDeclinedException)
            failPost(error(402, "payment_declined", "{\"reason\":\"insufficient_funds\",\"orderId\":\"o9\"}"));
    assertThat(declined.reason()).isEqualTo(DeclineReason.INSUFFICIENT_FUNDS);
    assertThat(declined.orderId()).isEqualTo("o9");

    LimitExceededException limit =
        (LimitExceededException)
            failPost(
                error(
                    422,
                    "limit_exceeded",
                    "{\"limit\":{\"amountMinor\":100000,\"currency\":\"USD\"},\"resetsAt\":\"2026-11-26T00:00:00Z\"}"));
    assertThat(limit.limit()).isEqualTo(Money.of(100000, "USD"));
    assertThat(limit.resetsAt()).isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));

    RateLimitedException rate =
        (RateLimitedException) failPost(error(429, "rate_limited", "{\"retryAfterSeconds\":7}"));
    assertThat(rate.retryAfter()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void aCoinDebtCarriesItsAmountsTheSupportReferenceAndARedactedMessage() {
    LiveCoinsException e =
        failPost(json(402, "{\"error\":{\"code\":\"insufficient_coins\",\"message\":\"debt on card"
            + " 4242 4242 4242 4242\",\"supportReference\":\"SUP-D3BT\",\"details\":{\"balance\":0,"
            + "\"required\":1,\"shortfall\":61,\"debt\":60}}}"));

    assertThat(e).isExactlyInstanceOf(CoinDebtException.class);
    CoinDebtException debt = (CoinDebtException) e;
    assertThat(debt.debt()).isEqualTo(60);
    assertThat(debt.required()).isEqualTo(1);
    assertThat(debt.balance()).isZero();
    assertThat(debt.shortfall()).isEqualTo(61);
    assertThat(debt.supportReference()).isEqualTo("SUP-D3BT");
    assertThat(debt.getMessage()).contains("debt on card").doesNotContain("4242 4242");
  }

  @Test
  void anUnknownDeclineReasonIsKeptAsUnknown() {
    PaymentDeclinedException e =
        (PaymentDeclinedException)
            failPost(error(402, "payment_declined", "{\"reason\":\"stolen_card_v2\"}"));
    assertThat(e.reason()).isEqualTo(DeclineReason.UNKNOWN);
  }

  @Test
  void anErrorCodeNewerThanTheSdkKeepsItsCode() {
    LiveCoinsException e = failPost(error(418, "teapot_mode", "{}"));
    assertThat(e).isExactlyInstanceOf(LiveCoinsException.class);
    assertThat(e.code()).isEqualTo("teapot_mode");
    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
  }

  @Test
  void anHtmlErrorPageIsMalformed() {
    LiveCoinsException e =
        failPost(
            new MockResponse.Builder()
                .code(403)
                .setHeader("Content-Type", "text/html")
                .body("<html><body>Access denied by proxy</body></html>")
                .build());
    assertThat(e).isInstanceOf(MalformedResponseException.class);
    assertThat(e.httpStatus()).isEqualTo(403);
  }

  @Test
  void anHtmlPageWithStatus200IsMalformedAndApplied() {
    LiveCoinsException e =
        failPost(
            new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "text/html")
                .body("<html>captive portal</html>")
                .build());
    assertThat(e).isInstanceOf(MalformedResponseException.class);
    assertThat(e.effect()).isEqualTo(Effect.APPLIED);
  }

  @Test
  void wrongTypesAreMalformed() {
    assertThat(failPost(json(200, "{\"value\":{\"nested\":true}}")))
        .isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void trailingGarbageIsMalformed() {
    assertThat(failPost(json(200, "{\"value\":\"x\"} trailing")))
        .isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void anOversizedBodyIsMalformed() {
    StringBuilder huge = new StringBuilder("{\"value\":\"");
    for (int i = 0; i < 10_000; i++) huge.append('x');
    huge.append("\"}");
    LiveCoinsException e = failPost(json(200, huge.toString()));
    assertThat(e).isInstanceOf(MalformedResponseException.class);
    assertThat(e.getMessage()).contains("exceeds 4096 bytes");
  }

  @Test
  void anOversizedChunkedBodyIsMalformed() {
    StringBuilder huge = new StringBuilder();
    for (int i = 0; i < 10_000; i++) huge.append('x');
    LiveCoinsException e =
        failPost(
            new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "application/json")
                .body(
                    new mockwebserver3.MockResponseBody() {
                      @Override
                      public long getContentLength() {
                        return -1; // no Content-Length: the cap must hold while streaming
                      }

                      @Override
                      public void writeTo(okio.BufferedSink sink) throws java.io.IOException {
                        sink.writeUtf8(huge.toString());
                      }
                    })
                .build());
    assertThat(e).isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void aMalformedErrorBodyOnA4xxIsMalformedNotCharged() {
    LiveCoinsException e = failPost(json(402, "{\"error\": 12}"));
    assertThat(e).isInstanceOf(MalformedResponseException.class);
    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
  }

  @Test
  void theSupportReferenceComesFromTheEnvelopeElseTheRequestId() {
    LiveCoinsException withReference =
        failPost(json(404, "{\"error\":{\"code\":\"not_found\",\"message\":\"gone\",\"supportReference\":\"SUP-7Q2\"}}"));
    assertThat(withReference.supportReference()).isEqualTo("SUP-7Q2");
    assertThat(withReference.requestId()).isEqualTo("req_test404");
    assertThat(withReference.getMessage()).contains("[support-ref SUP-7Q2]");

    LiveCoinsException without = failPost(error(404, "not_found", "{}"));
    assertThat(without.supportReference()).isEqualTo("req_test404");
    assertThat(without.getMessage()).doesNotContain("support-ref");
  }

  @Test
  void violationsAreCarriedRedacted() {
    InvalidRequestException e =
        (InvalidRequestException)
            failPost(error(400, "invalid_request",
                "{\"field\":\"card\",\"violations\":[\"number 4242424242424242 is not allowed\",\"quantity > 99\"]}"));
    assertThat(e.field()).isEqualTo("card");
    assertThat(e.violations()).containsExactly("number ██ is not allowed", "quantity > 99");
    assertThat(e.getMessage()).contains("quantity > 99").doesNotContain("4242424242424242");
  }

  @Test
  void retryabilityFollowsTheOneClassifier() {
    assertThat(failPost(error(500, "internal", "{}")).isRetryable()).isFalse();
    assertThat(failPost(error(503, "unavailable", "{}")).isRetryable()).isTrue();
    assertThat(failPost(error(429, "rate_limited", "{}")).isRetryable()).isTrue();
    assertThat(failPost(error(409, "conflict", "{\"reason\":\"in_progress\"}")).isRetryable()).isTrue();
    assertThat(failPost(error(409, "conflict", "{\"reason\":\"invalid_state\"}")).isRetryable()).isFalse();
    assertThat(failPost(error(504, "brand_new_gateway_code", "{}")).isRetryable()).isTrue();
    assertThat(failPost(error(400, "invalid_request", "{}")).isRetryable()).isFalse();
  }

  @Test
  void aHostileCodeIsCleanedAndCapped() {
    StringBuilder longCode = new StringBuilder("evil\\u001b[2J\\r\\n");
    for (int i = 0; i < 1000; i++) longCode.append('c');
    LiveCoinsException e =
        failPost(json(418, "{\"error\":{\"code\":\"" + longCode + "\"}}"));
    assertThat(e.code()).doesNotContain("\u001b").doesNotContain("\n").hasSizeLessThanOrEqualTo(130);
  }

  @Test
  void theSentTokenIsMaskedWhereverTheServerEchoesIt() {
    ErrorMapper mapper = new ErrorMapper(new JsonCodec(), java.time.Clock.systemUTC());
    String token = "demo-token-alice";
    java.util.Map<String, String> headers = new java.util.HashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("Request-Id", "req for " + token);
    String body = "{\"error\":{\"code\":\"invalid_request\",\"message\":\"token " + token
        + " rejected\",\"supportReference\":\"" + token + "\",\"details\":{\"violations\":[\"" + token + "\"]}}}";
    LiveCoinsException e = mapper.map(
        new io.livecoins.transport.HttpResponse(400, headers, body.getBytes(StandardCharsets.UTF_8)),
        true, false, token);

    assertThat(e.getMessage()).doesNotContain(token).contains("rejected");
    assertThat(e.context().toString()).doesNotContain(token);
    assertThat(((InvalidRequestException) e).violations().toString()).doesNotContain(token);
  }
}
