package io.livecoins.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.livecoins.AuthTokenProvider;
import io.livecoins.LiveCoins;
import io.livecoins.RetryPolicy;
import io.livecoins.errors.AuthenticationException;
import io.livecoins.errors.ForbiddenException;
import io.livecoins.errors.InvalidRequestException;
import io.livecoins.gift.GiftEvent;
import io.livecoins.gift.GiftEventListener;
import io.livecoins.gift.GiftFeed;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.errors.MalformedResponseException;
import io.livecoins.errors.NetworkException;
import io.livecoins.errors.PaymentDeclinedException;
import io.livecoins.internal.Redactor;
import io.livecoins.test.MockServers;
import io.livecoins.test.RecordingSleeper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A hostile (or careless) server echoes secrets in its error text: the bearer token, a payment
 * token, card numbers, a secret key, control characters, a megabyte of text. None of it reaches an
 * exception's message, toString() or serialized form.
 */
final class HostileErrorTextTest {
  // A realistic opaque access token, and a JWT-shaped one.
  private static final String ACCESS_TOKEN = "lc_at_9f8e7d6c5b4a39281706f5e4d3c2b1a0Zq";
  private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlLXNpZw";
  private static final String PAYMENT_TOKEN = "sbx1.ord_7.ok.n0nce5ecret";
  private static final String SECRET_KEY = "sk_live_51HxAbCdEf0123456789";
  private static final List<String> SECRETS =
      Arrays.asList(
          ACCESS_TOKEN,
          "9f8e7d6c5b4a39281706f5e4d3c2b1a0",
          JWT,
          "eyJzdWIiOiJhbGljZSJ9",
          PAYMENT_TOKEN,
          "n0nce5ecret",
          SECRET_KEY,
          "4242424242424242",
          "4242 4242 4242 4242",
          "4000-0000-0000-0002",
          "demo-token-alice",
          "hunter2");

  private static final String HOSTILE_TEXT =
      "declined card 4242 4242 4242 4242 (also 4000-0000-0000-0002 and 4242424242424242);"
          + " payment token " + PAYMENT_TOKEN
          + "; you sent Authorization: Bearer " + ACCESS_TOKEN
          + "; raw " + ACCESS_TOKEN + " and " + JWT
          + "; Bearer demo-token-alice; token=demo-token-alice; password: hunter2"
          + "; key " + SECRET_KEY
          + "; \u001b[31mred\u0007\r\nFAKE LOG LINE\u202e";

  private final MockWebServer server = MockServers.startLoopback();
  private final LiveCoins client =
      LiveCoins.builder()
          .baseUrl(server.url("/").toString())
          .authTokenProvider(AuthTokenProvider.of("alice", ACCESS_TOKEN))
          .retryPolicy(RetryPolicy.none())
          .sleeper(new RecordingSleeper())
          .build();

  @AfterEach
  void tearDown() {
    server.close();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "400, invalid_request",
    "402, payment_declined",
    "402, insufficient_coins",
    "403, forbidden",
    "404, not_found",
    "409, conflict",
    "422, limit_exceeded",
    "429, rate_limited",
    "500, internal",
    "503, unavailable",
    "418, a_code_newer_than_the_sdk",
  })
  void noSecretFromTheServersErrorTextReachesTheException(int status, String code) throws IOException {
    String padding = repeat("x", 200_000);
    String body =
        "{\"error\":{\"code\":\"" + code + "\",\"message\":" + json(HOSTILE_TEXT + padding)
            + ",\"requestId\":" + json("req " + HOSTILE_TEXT)
            + ",\"supportReference\":" + json("ref Bearer " + ACCESS_TOKEN)
            + ",\"details\":{\"reason\":" + json("in_progress " + PAYMENT_TOKEN)
            + ",\"resource\":" + json(SECRET_KEY)
            + ",\"field\":" + json("card " + "4242424242424242")
            + ",\"violations\":[" + json(HOSTILE_TEXT) + "," + json("cvc=123 " + JWT) + "]}}}";
    server.enqueue(
        new MockResponse.Builder()
            .code(status)
            .setHeader("Content-Type", "application/json")
            .setHeader("Request-Id", "Bearer " + ACCESS_TOKEN)
            .body(body)
            .build());

    LiveCoinsException e =
        catchThrowableOfType(LiveCoinsException.class, () -> client.wallet().balance().execute());

    assertThat(e).isNotNull();
    assertThat(e.code()).isEqualTo(code);
    String serialized = new String(serialize(e), StandardCharsets.ISO_8859_1);
    for (String secret : SECRETS) {
      assertThat(e.getMessage()).as("getMessage()").doesNotContain(secret);
      assertThat(e.toString()).as("toString()").doesNotContain(secret);
      assertThat(e.context().toString()).as("context").doesNotContain(secret);
      assertThat(serialized).as("serialized form").doesNotContain(secret);
      if (e instanceof InvalidRequestException) {
        assertThat(((InvalidRequestException) e).violations().toString()).doesNotContain(secret);
      }
    }
    assertThat(e.getMessage()).doesNotContain("\u001b").doesNotContain("\r").doesNotContain("\n")
        .doesNotContain("\u202e").doesNotContain("\u0007");
    assertThat(e.getMessage().length()).isLessThan(6_000);
    assertThat(e.getMessage()).contains("declined card").contains("FAKE LOG LINE"); // the rest is kept
  }

  // A session token no pattern recognizes (only letters and short segments): only the SDK's
  // knowledge of what it sent can mask it.
  private static final String PLAIN_TOKEN = "plain-session-token-of-alice";

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({
    "418, bad PLAIN, message",
    "404, not_found, resource",
    "400, invalid_request, field",
    "409, conflict, reason",
    "403, forbidden, reason",
    "402, payment_declined, orderId",
  })
  void theBearerTokenEchoedInTheCodeOrADetailFieldIsMasked(int status, String code, String field)
      throws IOException {
    LiveCoins plainClient =
        LiveCoins.builder()
            .baseUrl(server.url("/").toString())
            .authTokenProvider(AuthTokenProvider.of("alice", PLAIN_TOKEN))
            .retryPolicy(RetryPolicy.none())
            .sleeper(new RecordingSleeper())
            .build();
    String echoedCode = code.replace("PLAIN", PLAIN_TOKEN);
    server.enqueue(
        MockServers.json(
            status,
            "{\"error\":{\"code\":" + json(echoedCode) + ",\"message\":\"refused\",\"details\":{"
                + json(field) + ":" + json("you sent " + PLAIN_TOKEN) + "}}}"));

    LiveCoinsException e =
        catchThrowableOfType(LiveCoinsException.class, () -> plainClient.wallet().balance().execute());

    assertThat(e).isNotNull();
    String serialized = new String(serialize(e), StandardCharsets.ISO_8859_1);
    assertThat(e.code()).doesNotContain(PLAIN_TOKEN);
    assertThat(e.getMessage()).doesNotContain(PLAIN_TOKEN);
    assertThat(e.toString()).doesNotContain(PLAIN_TOKEN);
    assertThat(e.context().toString()).doesNotContain(PLAIN_TOKEN);
    assertThat(serialized).as("serialized form, every field").doesNotContain(PLAIN_TOKEN);
    if (e instanceof PaymentDeclinedException) {
      assertThat(((PaymentDeclinedException) e).orderId()).isEqualTo("you sent " + Redactor.MASK);
    }
  }

  @Test
  void aStatusLineEchoingSecretsLeaksThemNeitherInTheNetworkErrorNorInItsCause() throws IOException {
    LiveCoins plainClient =
        LiveCoins.builder()
            .baseUrl(server.url("/").toString())
            .authTokenProvider(AuthTokenProvider.of("alice", PLAIN_TOKEN))
            .retryPolicy(RetryPolicy.none())
            .sleeper(new RecordingSleeper())
            .build();
    // OkHttp quotes an unparseable status line in its ProtocolException: the exception's cause.
    server.enqueue(new MockResponse.Builder()
        .status("HTTP/1.1 2x0 you sent " + PLAIN_TOKEN + " and Bearer " + ACCESS_TOKEN + " key " + SECRET_KEY
            + " card 4242424242424242")
        .build());

    NetworkException e =
        catchThrowableOfType(NetworkException.class, () -> plainClient.wallet().balance().execute());

    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    String serialized = new String(serialize(e), StandardCharsets.ISO_8859_1);
    for (String secret : Arrays.asList(PLAIN_TOKEN, ACCESS_TOKEN, SECRET_KEY, "4242424242424242")) {
      assertThat(e.getMessage()).as("getMessage()").doesNotContain(secret);
      assertThat(trace.toString()).as("printStackTrace(), causes included").doesNotContain(secret);
      assertThat(serialized).as("serialized form").doesNotContain(secret);
    }
    assertThat(trace.toString()).contains("ProtocolException").contains("you sent");
    assertThat(e.isRetryable()).as("still an I/O failure").isTrue();
    assertThat(e.isTlsRefusal()).isFalse();
  }

  @Test
  void aGiftFeedsErrorReportMasksTheBearerTokenTheServerEchoes() throws Exception {
    LiveCoins plainClient =
        LiveCoins.builder()
            .baseUrl(server.url("/").toString())
            .authTokenProvider(AuthTokenProvider.of("alice", PLAIN_TOKEN))
            .sleeper(new RecordingSleeper())
            .build();
    server.enqueue(
        MockServers.json(
            403,
            "{\"error\":{\"code\":\"forbidden\",\"message\":\"token " + PLAIN_TOKEN + " may not watch\","
                + "\"requestId\":\"req " + PLAIN_TOKEN + "\",\"details\":{\"reason\":\"" + PLAIN_TOKEN + "\"}}}"));
    BlockingQueue<LiveCoinsException> errors = new LinkedBlockingQueue<>();

    try (GiftFeed feed =
        plainClient.gifts().events("stream-carol", new GiftEventListener() {
          @Override
          public void onEvent(GiftEvent event) {}

          @Override
          public void onError(LiveCoinsException error, boolean willReconnect) {
            errors.add(error);
          }
        })) {
      LiveCoinsException e = errors.poll(10, TimeUnit.SECONDS);

      assertThat(e).isInstanceOf(ForbiddenException.class);
      assertThat(e.getMessage()).contains("may not watch").doesNotContain(PLAIN_TOKEN);
      assertThat(new String(serialize(e), StandardCharsets.ISO_8859_1)).doesNotContain(PLAIN_TOKEN);
    }
  }

  @Test
  void aTokenProviderWhoseRefreshFailureQuotesTheRejectedTokenLeaksItNowhere() throws IOException {
    LiveCoins refusing =
        LiveCoins.builder()
            .baseUrl(server.url("/").toString())
            .authTokenProvider(new AuthTokenProvider() {
              @Override
              public String userId() {
                return "alice";
              }

              @Override
              public String token() {
                return PLAIN_TOKEN;
              }

              @Override
              public String refresh(String rejectedToken) {
                throw new IllegalStateException("session " + rejectedToken + " was revoked",
                    new IllegalArgumentException("unknown session " + rejectedToken));
              }
            })
            .retryPolicy(RetryPolicy.none())
            .sleeper(new RecordingSleeper())
            .build();
    server.enqueue(MockServers.json(401, "{\"error\":{\"code\":\"unauthenticated\",\"message\":\"expired\"}}"));

    AuthenticationException e =
        catchThrowableOfType(AuthenticationException.class, () -> refusing.wallet().balance().execute());

    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    assertThat(e.getMessage()).contains("was revoked").doesNotContain(PLAIN_TOKEN);
    assertThat(trace.toString()).contains("IllegalStateException").doesNotContain(PLAIN_TOKEN);
    assertThat(new String(serialize(e), StandardCharsets.ISO_8859_1)).doesNotContain(PLAIN_TOKEN);
  }

  @Test
  void aMalformedAnswerQuotingTheBearerTokenLeaksItNeitherInTheMessageNorInTheCause() throws IOException {
    LiveCoins plainClient =
        LiveCoins.builder()
            .baseUrl(server.url("/").toString())
            .authTokenProvider(AuthTokenProvider.of("alice", PLAIN_TOKEN))
            .retryPolicy(RetryPolicy.none())
            .sleeper(new RecordingSleeper())
            .build();
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "application/json")
            .setHeader("Request-Id", "req " + PLAIN_TOKEN)
            .body("{\"userId\":\"alice\",\"coins\":\"" + PLAIN_TOKEN + "\",\"diamonds\":0,\"version\":1}")
            .build());

    MalformedResponseException e =
        catchThrowableOfType(MalformedResponseException.class, () -> plainClient.wallet().balance().execute());

    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    assertThat(e.getMessage()).contains("could not decode").doesNotContain(PLAIN_TOKEN);
    assertThat(trace.toString()).doesNotContain(PLAIN_TOKEN);
    assertThat(new String(serialize(e), StandardCharsets.ISO_8859_1)).doesNotContain(PLAIN_TOKEN);
  }

  @Test
  void aDeclinesOrderIdFromTheServerIsCleanedAndCappedLikeEveryIdentifier() {
    String orderId = "ord_7\r\nFAKE LOG LINE \u001b[31m card 4242 4242 4242 4242 " + repeat("x", 200_000);
    server.enqueue(
        MockServers.json(
            402,
            "{\"error\":{\"code\":\"payment_declined\",\"message\":\"declined\",\"details\":"
                + "{\"reason\":\"declined\",\"orderId\":" + json(orderId) + "}}}"));

    PaymentDeclinedException e =
        catchThrowableOfType(PaymentDeclinedException.class, () -> client.wallet().balance().execute());

    assertThat(e.orderId())
        .startsWith("ord_7  FAKE LOG LINE")
        .doesNotContain("\r").doesNotContain("\n").doesNotContain("\u001b")
        .doesNotContain("4242 4242 4242 4242");
    assertThat(e.orderId().length()).isLessThanOrEqualTo(Redactor.MAX_IDENTIFIER + 1);
  }

  @Test
  void anOrdinaryOrderIdOfADeclineIsKeptAsSent() {
    server.enqueue(
        MockServers.json(
            402,
            "{\"error\":{\"code\":\"payment_declined\",\"message\":\"declined\",\"details\":"
                + "{\"reason\":\"declined\",\"orderId\":\"ord_000042\"}}}"));

    PaymentDeclinedException e =
        catchThrowableOfType(PaymentDeclinedException.class, () -> client.wallet().balance().execute());

    assertThat(e.orderId()).isEqualTo("ord_000042");
  }

  private static String json(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') out.append('\\').append(c);
      else if (c < 0x20 || c > 0x7e) out.append(String.format("\\u%04x", (int) c));
      else out.append(c);
    }
    return out.append('"').toString();
  }

  private static String repeat(String s, int times) {
    StringBuilder out = new StringBuilder(s.length() * times);
    for (int i = 0; i < times; i++) out.append(s);
    return out.toString();
  }

  private static byte[] serialize(Object value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }

  @Test
  void aDecoderMessageQuotingTheAnswerIsRedactedInTheCauseToo() throws IOException {
    server.enqueue(MockServers.json(200,
        "{\"userId\":\"alice\",\"coins\":4242424242424242.5,\"diamonds\":0,\"version\":1}"));

    MalformedResponseException e =
        catchThrowableOfType(MalformedResponseException.class, () -> client.wallet().balance().execute());

    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    String serialized = new String(serialize(e), StandardCharsets.ISO_8859_1);
    assertThat(trace.toString()).doesNotContain("4242424242424242");
    assertThat(serialized).doesNotContain("4242424242424242");
    assertThat(e.getCause()).isNotNull();
    assertThat(e.getCause().toString()).contains("Exception"); // the original type is still named
  }
}
