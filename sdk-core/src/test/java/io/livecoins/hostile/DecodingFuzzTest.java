package io.livecoins.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.livecoins.AuthTokenProvider;
import io.livecoins.errors.Effect;
import io.livecoins.LiveCoins;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.errors.MalformedResponseException;
import io.livecoins.Money;
import io.livecoins.RetryPolicy;
import io.livecoins.gift.Gift;
import io.livecoins.gift.SendGiftResult;
import io.livecoins.payment.SandboxPaymentProvider;
import io.livecoins.payment.TestCard;
import io.livecoins.recharge.CoinPackage;
import io.livecoins.recharge.InMemoryPendingOrderStore;
import io.livecoins.recharge.PurchaseResult;
import io.livecoins.test.RecordingSleeper;
import io.livecoins.transport.HttpRequest;
import io.livecoins.transport.HttpResponse;
import io.livecoins.transport.Transport;
import io.livecoins.wallet.PayoutMethod;
import io.livecoins.wallet.Wallet;
import io.livecoins.wallet.WithdrawalResult;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.jspecify.annotations.Nullable;

/**
 * Property-based fuzzing of the response decoding (bounded: a few hundred tries per property, no
 * network: a scripted {@link Transport} answers). Whatever bytes arrive, a call either returns a
 * valid result or fails with a typed {@link LiveCoinsException} — a {@link
 * MalformedResponseException} for an unreadable 2xx answer — and the cached wallet only ever moves
 * to a fully decoded, newer snapshot of the same user.
 */
final class DecodingFuzzTest {
  static final Wallet PRIMED = Wallet.builder().userId("bob").coins(500).version(10).build();
  static final String WALLET = "{\"userId\":\"bob\",\"coins\":500,\"diamonds\":0,\"version\":10}";
  static final String WALLET_NEWER = "{\"userId\":\"bob\",\"coins\":499,\"diamonds\":0,\"version\":11}";
  static final String ORDER =
      "{\"id\":\"ord_000001\",\"packageId\":\"coins-70\",\"coins\":70,\"bonusCoins\":0,"
          + "\"price\":{\"amountMinor\":99,\"currency\":\"USD\"},\"provider\":\"sandbox\",\"region\":\"US\","
          + "\"status\":\"AWAITING_PAYMENT\",\"createdAt\":\"2026-11-25T10:00:00Z\",\"updatedAt\":\"2026-11-25T10:00:00Z\"}";
  static final Gift ROSE = Gift.builder("rose", "Rose", 1).build();
  static final CoinPackage COINS_70 =
      CoinPackage.builder().id("coins-70").region("US").coins(70).price(Money.of(99, "USD"))
          .providers(Collections.singletonList("sandbox")).build();

  /** Valid answers per endpoint: the seeds that mutations start from. */
  static final Map<String, String> VALID = new LinkedHashMap<>();

  static {
    VALID.put("balance", WALLET_NEWER);
    VALID.put("transactions",
        "{\"items\":[{\"id\":\"txn_1\",\"type\":\"GIFT_SENT\",\"coins\":-1,\"diamonds\":0,"
            + "\"createdAt\":\"2026-11-25T10:00:00Z\",\"reference\":\"gft_1\"}],\"nextCursor\":\"c2\"}");
    VALID.put("packages",
        "{\"region\":\"US\",\"currency\":\"USD\",\"packages\":[{\"id\":\"coins-70\",\"coins\":70,\"bonusCoins\":0,"
            + "\"price\":{\"amountMinor\":99,\"currency\":\"USD\"},\"providers\":[\"sandbox\",\"card\"]}]}");
    VALID.put("gifts",
        "{\"region\":\"US\",\"gifts\":[{\"id\":\"rose\",\"name\":\"Rose\",\"coinCost\":1,"
            + "\"tier\":1,\"assets\":[{\"url\":\"https://cdn.livecoins.test/gifts/rose.webp\","
            + "\"mediaType\":\"image/webp\",\"sizeBytes\":812,\"durationMillis\":400,\"width\":48,"
            + "\"height\":48,\"sha256\":\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\"}]}]}");
    VALID.put("send",
        "{\"gift\":{\"id\":\"gft_1\",\"giftId\":\"rose\",\"recipientId\":\"carol\",\"streamId\":\"stream-carol\","
            + "\"quantity\":1,\"coinCost\":1,\"coins\":1,\"createdAt\":\"2026-11-25T10:00:00Z\"},\"wallet\":"
            + WALLET_NEWER + "}");
    VALID.put("withdraw",
        "{\"withdrawal\":{\"id\":\"wd_1\",\"diamonds\":2000,\"amount\":{\"amountMinor\":1000,\"currency\":\"USD\"},"
            + "\"payoutMethod\":\"bank\",\"status\":\"PENDING\",\"createdAt\":\"2026-11-25T10:00:00Z\"},\"wallet\":"
            + WALLET_NEWER + "}");
    VALID.put("earnings",
        "{\"diamonds\":10000,\"withdrawableDiamonds\":10000,\"minimumWithdrawalDiamonds\":2000,"
            + "\"payoutRate\":{\"diamonds\":200,\"amount\":{\"amountMinor\":100,\"currency\":\"USD\"}},"
            + "\"dailyLimit\":{\"amountMinor\":100000,\"currency\":\"USD\"},"
            + "\"dailyRemaining\":{\"amountMinor\":100000,\"currency\":\"USD\"}}");
    VALID.put("order", "{\"order\":" + ORDER + ",\"wallet\":" + WALLET + "}");
    VALID.put("confirm",
        "{\"order\":" + ORDER.replace("AWAITING_PAYMENT", "COMPLETED") + ",\"wallet\":" + WALLET_NEWER + "}");
    VALID.put("error",
        "{\"error\":{\"code\":\"insufficient_coins\",\"message\":\"no\",\"requestId\":\"req_1\","
            + "\"details\":{\"balance\":1,\"required\":5,\"shortfall\":4,"
            + "\"expectedPrice\":{\"amountMinor\":99,\"currency\":\"USD\"},\"resetsAt\":\"2026-11-26T00:00:00Z\"}}}");
  }

  // ------------------------------------------------------------------------------- properties

  @Property(seed = "20261125", tries = 400, shrinking = ShrinkingMode.BOUNDED)
  void arbitraryBytesAreEitherAValidAnswerOrMalformed(
      @ForAll("endpoints") String endpoint, @ForAll("garbage") byte[] body, @ForAll("statuses") int status) {
    check(endpoint, status, body);
  }

  @Property(seed = "20261125", tries = 800, shrinking = ShrinkingMode.BOUNDED)
  void mutatedValidAnswersAreEitherValidOrMalformed(
      @ForAll("endpoints") String endpoint, @ForAll("seeds") long seed, @ForAll("statuses") int status) {
    String seedDoc = status >= 300 ? VALID.get("error") : VALID.get(endpoint);
    String mutated = mutate(seedDoc, new SplittableRandom(seed));
    check(endpoint, status, mutated.getBytes(StandardCharsets.UTF_8));
  }

  @Property(seed = "20261125", tries = 600)
  void moneyDecodesToTheExactIntegerOrNotAtAll(
      @ForAll("jsonNumbers") String amount, @ForAll("currencies") String currency) throws Exception {
    String json = "{\"amountMinor\":" + amount + ",\"currency\":\"" + currency + "\"}";
    java.math.BigDecimal exact = new java.math.BigDecimal(amount);
    boolean integral = exact.signum() == 0 || exact.stripTrailingZeros().scale() <= 0;
    boolean inRange =
        integral
            && exact.signum() >= 0
            && exact.compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
    boolean knownCurrency = knownCurrency(currency);
    Money decoded = null;
    Exception failure = null;
    try {
      decoded = new io.livecoins.internal.json.JsonCodec().<Money>adapter(Money.class).fromJson(json);
    } catch (Exception e) {
      failure = e;
    }
    if (inRange && knownCurrency) {
      assertThat(failure).as(json).isNull();
      assertThat(decoded.amountMinor()).as(json).isEqualTo(exact.longValueExact());
      assertThat(decoded.currency()).isEqualTo(currency);
    } else {
      assertThat(decoded).as(json).isNull();
      assertThat(failure)
          .as(json)
          .isInstanceOfAny(com.squareup.moshi.JsonDataException.class, java.io.IOException.class);
    }
  }

  @Property(seed = "20261125", tries = 300)
  void validMoneyRoundTripsAndFormatsInEveryLocale(
      @ForAll("amounts") long amountMinor, @ForAll("knownCurrencies") String currency,
      @ForAll("locales") java.util.Locale locale) throws Exception {
    Money money = Money.of(amountMinor, currency);
    io.livecoins.internal.json.JsonCodec json = new io.livecoins.internal.json.JsonCodec();
    String encoded = json.<Money>adapter(Money.class).toJson(money);
    assertThat(json.<Money>adapter(Money.class).fromJson(encoded)).isEqualTo(money);
    assertThat(money.toBigDecimal().movePointRight(money.fractionDigits()).longValueExact())
        .isEqualTo(amountMinor);
    assertThat(money.format(locale)).isNotEmpty();
  }

  // ------------------------------------------------------------------------------- the check

  private static void check(String endpoint, int status, byte[] body) {
    ScriptedTransport transport = new ScriptedTransport(endpoint, status, body);
    LiveCoins client =
        LiveCoins.builder()
            .baseUrl("https://api.livecoins.test/")
            .authTokenProvider(AuthTokenProvider.of("bob", "token-bob"))
            .transport(transport)
            .paymentProvider(new SandboxPaymentProvider())
            .pendingOrderStore(new InMemoryPendingOrderStore())
            .retryPolicy(RetryPolicy.builder().maxAttempts(2).jitter(false).build())
            .sleeper(new RecordingSleeper())
            .build();
    assertThat(client.wallet().balance().execute()).isEqualTo(PRIMED);

    Object result = null;
    Throwable thrown = null;
    try {
      result = run(client, endpoint);
    } catch (Throwable t) {
      thrown = t;
    }
    String what = endpoint + " HTTP " + status + ": " + new String(body, StandardCharsets.UTF_8);
    if (thrown != null) {
      assertThat(thrown).as(what).isInstanceOf(LiveCoinsException.class);
      if (status >= 200 && status < 300 && !endpoint.equals("confirm")) {
        // (a purchase goes on after a readable confirm answer: later steps fail their own way)
        assertThat(thrown).as(what).isExactlyInstanceOf(MalformedResponseException.class);
      }
      if (!mutating(endpoint)) {
        assertThat(((LiveCoinsException) thrown).effect()).as(what).isEqualTo(Effect.NOT_APPLIED);
      }
    }
    Wallet cached = client.wallet().cached();
    Wallet returned = walletOf(result);
    if (returned != null && returned.userId().equals("bob") && returned.isNewerThan(PRIMED)) {
      assertThat(cached).as(what).isEqualTo(returned);
    } else {
      assertThat(cached).as(what).isEqualTo(PRIMED);
    }
  }

  private static boolean mutating(String endpoint) {
    return endpoint.equals("send") || endpoint.equals("withdraw") || endpoint.equals("confirm");
  }

  private static @Nullable Wallet walletOf(@Nullable Object result) {
    if (result instanceof Wallet) return (Wallet) result;
    if (result instanceof SendGiftResult) return ((SendGiftResult) result).wallet();
    if (result instanceof WithdrawalResult) return ((WithdrawalResult) result).wallet();
    if (result instanceof PurchaseResult) return ((PurchaseResult) result).wallet();
    return null;
  }

  private static Object run(LiveCoins client, String endpoint) {
    switch (endpoint) {
      case "balance":
        return client.wallet().balance().execute();
      case "transactions":
        return client.wallet().transactions().execute();
      case "packages":
        return client.recharge().packages("US").execute();
      case "gifts":
        return client.gifts().catalog("US").execute();
      case "send":
        return client.gifts().send(ROSE, "carol", "stream-carol", 1).execute();
      case "withdraw":
        return client.wallet().withdraw(2000, PayoutMethod.BANK).execute();
      case "earnings":
        return client.wallet().earnings().execute();
      case "order":
        return client.recharge().order("ord_000001").execute();
      case "confirm":
        return client.recharge().purchase(COINS_70, "sandbox", TestCard.VISA).execute();
      default:
        throw new AssertionError(endpoint);
    }
  }

  /** Answers the first wallet GET with {@link #PRIMED}, the endpoint under test with the fuzzed answer. */
  private static final class ScriptedTransport implements Transport {
    private final String endpoint;
    private final int status;
    private final byte[] body;
    private boolean primed;

    ScriptedTransport(String endpoint, int status, byte[] body) {
      this.endpoint = endpoint;
      this.status = status;
      this.body = body;
    }

    @Override
    public Exchange newExchange(HttpRequest request) {
      return new Exchange() {
        @Override
        public HttpResponse execute() {
          return answer(request);
        }

        @Override
        public void cancel() {}
      };
    }

    private synchronized HttpResponse answer(HttpRequest request) {
      String path = URI.create(request.url()).getPath();
      String route = request.method() + " " + path;
      if (route.equals("GET /v1/wallet") && !primed) {
        primed = true;
        return json(200, WALLET);
      }
      if (route.equals(routeOf(endpoint))) return json(status, body);
      if (route.equals("POST /v1/recharge-orders")) return json(201, "{\"order\":" + ORDER + "}");
      return json(404, "{\"error\":{\"code\":\"not_found\",\"message\":\"no\",\"details\":{\"resource\":\"order\"}}}");
    }
  }

  private static HttpResponse json(int status, String body) {
    return json(status, body.getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse json(int status, byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("Request-Id", "req_fuzz");
    headers.put("Retry-After", "0");
    return new HttpResponse(status, headers, body);
  }

  private static String routeOf(String endpoint) {
    switch (endpoint) {
      case "balance":
        return "GET /v1/wallet";
      case "transactions":
        return "GET /v1/wallet/transactions";
      case "packages":
        return "GET /v1/coin-packages";
      case "gifts":
        return "GET /v1/gifts";
      case "send":
        return "POST /v1/gifts/send";
      case "withdraw":
        return "POST /v1/creator/withdrawals";
      case "earnings":
        return "GET /v1/creator/earnings";
      case "order":
        return "GET /v1/recharge-orders/ord_000001";
      case "confirm":
        return "POST /v1/recharge-orders/ord_000001/confirm";
      default:
        throw new AssertionError(endpoint);
    }
  }

  // ------------------------------------------------------------------------------- mutations

  private static final Pattern VALUE =
      Pattern.compile("(?<=[:\\[,])\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9][0-9.eE+-]*|true|false|null)");
  private static final String[] HOSTILE_VALUES = {
    "null", "true", "\"\"", "\" \"", "-1", "0", "1.5", "-0", "1e400", "9223372036854775807",
    "9223372036854775808", "-9223372036854775809", "18446744073709551616", "2147483648", "\"lots\"",
    "[]", "{}", "[null]", "{\"a\":1}", "\"2026-13-45T99:00:00Z\"", "\"UNKNOWN_VALUE\"", "\"usd\"",
    "\"XXX\"", "\"ZZZ\"", "\"JPY\"", "\"KWD\"", "\"\\u0000\"", "\"mallory\"", "\"ord_999999\"", "1",
  };

  /** Applies one to four random mutations: replace a value, drop or duplicate a span, truncate, inject. */
  static String mutate(String doc, SplittableRandom random) {
    String text = doc;
    int rounds = 1 + random.nextInt(4);
    for (int i = 0; i < rounds && !text.isEmpty(); i++) {
      switch (random.nextInt(6)) {
        case 0:
        case 1:
          {
            List<int[]> spans = new ArrayList<>();
            Matcher m = VALUE.matcher(text);
            while (m.find()) spans.add(new int[] {m.start(1), m.end(1)});
            if (spans.isEmpty()) break;
            int[] span = spans.get(random.nextInt(spans.size()));
            text = text.substring(0, span[0]) + HOSTILE_VALUES[random.nextInt(HOSTILE_VALUES.length)]
                + text.substring(span[1]);
            break;
          }
        case 2:
          {
            int from = random.nextInt(text.length());
            int to = Math.min(text.length(), from + 1 + random.nextInt(12));
            text = text.substring(0, from) + text.substring(to);
            break;
          }
        case 3:
          text = text.substring(0, random.nextInt(text.length()));
          break;
        case 4:
          {
            int from = random.nextInt(text.length());
            int to = Math.min(text.length(), from + 1 + random.nextInt(20));
            text = text.substring(0, to) + text.substring(from, to) + text.substring(to);
            break;
          }
        default:
          {
            String junk = "{}[],:\"\\0-eE.9 \u00ff\ufffd";
            int at = random.nextInt(text.length() + 1);
            text = text.substring(0, at) + junk.charAt(random.nextInt(junk.length())) + text.substring(at);
          }
      }
    }
    return text;
  }

  // ------------------------------------------------------------------------------- generators

  @Provide
  Arbitrary<String> endpoints() {
    return Arbitraries.of(
        "balance", "transactions", "packages", "gifts", "send", "withdraw", "earnings", "order", "confirm");
  }

  @Provide
  Arbitrary<Integer> statuses() {
    return Arbitraries.of(200, 200, 200, 201, 400, 402, 403, 404, 409, 418, 422, 500, 502);
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  @Provide
  Arbitrary<byte[]> garbage() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
    Arbitrary<byte[]> jsonish =
        Arbitraries.strings()
            .withChars("{}[]\",:0123456789-.eEtruefalsn \\")
            .ofMaxLength(120)
            .map(s -> s.getBytes(StandardCharsets.UTF_8));
    return Arbitraries.oneOf(random, jsonish);
  }

  @Provide
  Arbitrary<String> jsonNumbers() {
    Arbitrary<String> sign = Arbitraries.of("", "", "", "-");
    Arbitrary<String> integer =
        Arbitraries.oneOf(
            Arbitraries.just("0"),
            Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(24).map(s -> "1" + s),
            Arbitraries.longs().greaterOrEqual(1).map(String::valueOf),
            Arbitraries.of("9223372036854775807", "9223372036854775808", "9007199254740993"));
    Arbitrary<String> fraction =
        Arbitraries.oneOf(
            Arbitraries.just(""),
            Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6).map(s -> "." + s));
    Arbitrary<String> exponent =
        Arbitraries.oneOf(
            Arbitraries.just(""),
            Arbitraries.just(""),
            Arbitraries.integers().between(0, 400).flatMap(
                e -> Arbitraries.of("e", "E", "e+", "e-", "E-").map(p -> p + e)));
    return net.jqwik.api.Combinators.combine(sign, integer, fraction, exponent)
        .as((s, i, f, e) -> s + i + f + e);
  }

  @Provide
  Arbitrary<String> currencies() {
    return Arbitraries.oneOf(
        knownCurrencies(),
        Arbitraries.of("usd", "US", "USDX", "", "ZZZ", "XXX", "XAU", "123", "U$D"),
        Arbitraries.strings().withCharRange('A', 'Z').ofLength(3));
  }

  @Provide
  Arbitrary<String> knownCurrencies() {
    return Arbitraries.of("USD", "EUR", "GBP", "JPY", "KRW", "IDR", "KWD", "BHD", "CHF", "CLF");
  }

  @Provide
  Arbitrary<Long> amounts() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, Long.MAX_VALUE),
        Arbitraries.of(0L, 1L, 99L, 100L, 999L, Long.MAX_VALUE));
  }

  @Provide
  Arbitrary<java.util.Locale> locales() {
    return Arbitraries.of(java.util.Locale.getAvailableLocales());
  }

  private static boolean knownCurrency(String code) {
    if (!code.matches("[A-Z]{3}")) return false;
    try {
      return java.util.Currency.getInstance(code).getDefaultFractionDigits() >= 0;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
