package io.livecoins.internal.recharge;

import static io.livecoins.test.MockServers.error;
import static io.livecoins.test.MockServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.livecoins.AuthTokenProvider;
import io.livecoins.Call;
import io.livecoins.Callback;
import io.livecoins.errors.Effect;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.errors.MalformedResponseException;
import io.livecoins.Money;
import io.livecoins.errors.NetworkException;
import io.livecoins.errors.PaymentCancelledException;
import io.livecoins.errors.PaymentDeclinedException;
import io.livecoins.errors.PaymentUncertainException;
import io.livecoins.errors.PriceChangedException;
import io.livecoins.RetryPolicy;
import io.livecoins.Sleeper;
import io.livecoins.internal.http.ApiClient;
import io.livecoins.internal.json.JsonCodec;
import io.livecoins.internal.wallet.WalletCache;
import io.livecoins.payment.DeclineReason;
import io.livecoins.payment.PaymentMethod;
import io.livecoins.payment.PaymentProvider;
import io.livecoins.payment.PaymentRequest;
import io.livecoins.payment.PaymentResult;
import io.livecoins.payment.SandboxPaymentProvider;
import io.livecoins.payment.TestCard;
import io.livecoins.recharge.CoinPackage;
import io.livecoins.recharge.FilePendingOrderStore;
import io.livecoins.recharge.InMemoryPendingOrderStore;
import io.livecoins.recharge.Order;
import io.livecoins.recharge.OrderStatus;
import io.livecoins.recharge.PendingOrder;
import io.livecoins.recharge.PendingOrderStore;
import io.livecoins.recharge.PendingOrderStoreException;
import io.livecoins.recharge.PurchaseRequest;
import io.livecoins.recharge.PurchaseResult;
import io.livecoins.recharge.RechargeApi;
import io.livecoins.test.MockServers;
import io.livecoins.transport.OkHttpTransport;
import io.livecoins.wallet.Wallet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recharge API against scripted responses: results, the pending-order store, and the wire. */
final class RealRechargeApiTest {
  private static final CoinPackage PACK =
      CoinPackage.builder().id("coins-700").region("US").coins(700).bonusCoins(35)
          .price(Money.of(999, "USD")).providers(Arrays.asList("sandbox", "card")).build();

  private final MockWebServer server = MockServers.startLoopback();
  private final FakeClock clock = new FakeClock();
  /** Records each wait and advances the fake clock by it: no real time passes. */
  private final List<Duration> sleeps = new ArrayList<>();
  /** A one-off change of the device clock (set back or forward) that happens during the next wait. */
  private volatile Duration clockChangeAtNextSleep = Duration.ZERO;
  private final Sleeper sleeper =
      duration -> {
        synchronized (sleeps) {
          sleeps.add(duration);
        }
        clock.advance(duration);
        clock.advance(clockChangeAtNextSleep);
        clockChangeAtNextSleep = Duration.ZERO;
      };
  private final ExecutorService dispatcher = Executors.newCachedThreadPool();
  private final WalletCache wallets = new WalletCache(Runnable::run, "bob");
  private final InMemoryPendingOrderStore store = new InMemoryPendingOrderStore();
  private final ScriptedProvider card = new ScriptedProvider("card");

  @AfterEach
  void tearDown() {
    server.close();
    dispatcher.shutdownNow();
  }

  private RechargeApi recharge(RetryPolicy policy, PendingOrderStore store, PaymentProvider... providers) {
    ApiClient api =
        new ApiClient(
            server.url("/").toString().replaceAll("/$", ""),
            OkHttpTransport.create(),
            AuthTokenProvider.of("bob", "demo-token-bob"),
            policy,
            sleeper,
            clock,
            "livecoins-java/test",
            64 * 1024,
            dispatcher,
            Runnable::run,
            new JsonCodec());
    Map<String, PaymentProvider> map = new LinkedHashMap<>();
    for (PaymentProvider p : providers) map.put(p.id(), p);
    return new RealRechargeApi(api, wallets, map, store, "US");
  }

  private RechargeApi recharge() {
    return recharge(RetryPolicy.builder().maxAttempts(3).jitter(false).build(), store, card,
        new SandboxPaymentProvider());
  }

  private RechargeApi rechargeWithoutRetries() {
    return recharge(RetryPolicy.none(), store, card, new SandboxPaymentProvider());
  }

  // ---- JSON helpers ----

  private static String order(String id, String status) {
    return order(id, status, null);
  }

  private static String order(String id, String status, @Nullable String failureReason) {
    return "{\"id\":\"" + id + "\",\"packageId\":\"coins-700\",\"coins\":700,\"bonusCoins\":35,"
        + "\"price\":{\"amountMinor\":999,\"currency\":\"USD\"},\"provider\":\"card\",\"region\":\"US\","
        + "\"status\":\"" + status + "\","
        + (failureReason == null ? "" : "\"failureReason\":\"" + failureReason + "\",")
        + "\"createdAt\":\"2026-11-25T10:00:00Z\",\"updatedAt\":\"2026-11-25T10:00:01Z\"}";
  }

  private static String wallet(long coins, long version) {
    return "{\"userId\":\"bob\",\"coins\":" + coins + ",\"diamonds\":0,\"version\":" + version + "}";
  }

  private static MockResponse created(String id) {
    return json(201, "{\"order\":" + order(id, "AWAITING_PAYMENT") + "}");
  }

  private static MockResponse createdFor(String id, String provider) {
    return json(201, "{\"order\":" + order(id, "AWAITING_PAYMENT").replace("\"card\"", "\"" + provider + "\"") + "}");
  }

  private static MockResponse withWallet(String id, String status, long coins, long version) {
    return json(200, "{\"order\":" + order(id, status) + ",\"wallet\":" + wallet(coins, version) + "}");
  }

  private static MockResponse emptyList() {
    return json(200, "{\"items\":[],\"nextCursor\":null}");
  }

  private static String body(RecordedRequest request) {
    return request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
  }

  private List<Duration> sleeps() {
    synchronized (sleeps) {
      return new ArrayList<>(sleeps);
    }
  }

  // ---- catalog ----

  @Test
  void packagesDecodeTheRegionsCatalog() throws Exception {
    server.enqueue(json(200, "{\"region\":\"GB\",\"currency\":\"GBP\",\"packages\":["
        + "{\"id\":\"coins-70\",\"coins\":70,\"bonusCoins\":0,\"price\":{\"amountMinor\":89,\"currency\":\"GBP\"},"
        + "\"providers\":[\"sandbox\",\"card\"],\"extra\":1}]}"));

    List<CoinPackage> packages = recharge().packages("GB").execute();

    assertThat(packages).containsExactly(
        CoinPackage.builder().id("coins-70").region("GB").coins(70).price(Money.of(89, "GBP"))
            .providers(Arrays.asList("sandbox", "card")).build());
    assertThat(packages.get(0).price().format(java.util.Locale.UK)).isEqualTo("£0.89");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/v1/coin-packages?region=GB");
  }

  @Test
  void packagesWithoutRegionUseTheDefaultRegion() throws Exception {
    server.enqueue(json(200, "{\"region\":\"US\",\"currency\":\"USD\",\"packages\":[]}"));
    assertThat(recharge().packages().execute()).isEmpty();
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/coin-packages?region=US");
  }

  @Test
  void catalogOfAnotherRegionOrCurrencyIsMalformed() {
    server.enqueue(json(200, "{\"region\":\"DE\",\"currency\":\"EUR\",\"packages\":[]}"));
    server.enqueue(json(200, "{\"region\":\"US\",\"currency\":\"USD\",\"packages\":["
        + "{\"id\":\"coins-70\",\"coins\":70,\"bonusCoins\":0,\"price\":{\"amountMinor\":89,\"currency\":\"GBP\"},"
        + "\"providers\":[]}]}"));
    server.enqueue(json(200, "{\"region\":\"US\",\"currency\":\"USD\",\"packages\":[{\"id\":\"x\"}]}"));

    for (int i = 0; i < 3; i++) {
      MalformedResponseException e =
          catchThrowableOfType(MalformedResponseException.class, () -> recharge().packages("US").execute());
      assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
    }
  }

  @Test
  void badArgumentsAreRejectedBeforeAnyRequest() {
    RechargeApi recharge = recharge();
    assertThatThrownBy(() -> recharge.packages("us")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> recharge.packages("USA")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> recharge.packages(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> recharge.order(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> recharge.resume("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> recharge.purchase(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> recharge.purchase(PACK, "paypal", PaymentMethod.none()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("paypal");
    CoinPackage paypalOnly = CoinPackage.builder().id("coins-70").region("US").coins(70)
        .price(Money.of(99, "USD")).providers(Arrays.asList("paypal")).build();
    assertThatThrownBy(() -> recharge.purchase(paypalOnly, "paypal", PaymentMethod.none()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no payment provider with id paypal");
    assertThatThrownBy(() -> recharge.purchase(PACK, "sandbox", PaymentMethod.none()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TestCard");
    assertThatThrownBy(() -> recharge.purchase(PACK, "sandbox", TestCard.of("4242 4242 4242 4241")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Luhn");
    assertThat(server.getRequestCount()).isZero();
    assertThat(card.requests).isEmpty();
  }

  // ---- purchase ----

  @Test
  void purchaseCreatesRecordsPaysConfirmsAndForgets() throws Exception {
    server.enqueue(created("ord_1"));
    server.enqueue(withWallet("ord_1", "COMPLETED", 1735, 8));
    card.script(PaymentResult.authorized("tok_card_1"));
    PendingOrderStore spy = new RecordingStore(store);
    card.onAuthorize = request -> assertThat(store.get("ord_1")).as("recorded before payment").isNotNull();

    PurchaseResult result =
        recharge(RetryPolicy.none(), spy, card).purchase(PACK, "card", PaymentMethod.none()).execute();

    assertThat(result.isCompleted()).isTrue();
    assertThat(result.isPending()).isFalse();
    assertThat(result.coinsCredited()).isEqualTo(735);
    assertThat(result.order().id()).isEqualTo("ord_1");
    assertThat(result.wallet()).isEqualTo(Wallet.builder().userId("bob").coins(1735).version(8).build());
    assertThat(wallets.latest()).isEqualTo(Wallet.builder().userId("bob").coins(1735).version(8).build());
    assertThat(store.all()).isEmpty();
    assertThat(((RecordingStore) spy).events)
        .containsExactly("save ord_1 CREATED", "save ord_1 AUTHORIZED", "remove ord_1");

    PaymentRequest paid = card.requests.get(0);
    assertThat(paid.orderId()).isEqualTo("ord_1");
    assertThat(paid.price()).isEqualTo(Money.of(999, "USD"));
    assertThat(paid.coins()).isEqualTo(735);
    assertThat(paid.region()).isEqualTo("US");

    RecordedRequest create = server.takeRequest();
    assertThat(create.getMethod()).isEqualTo("POST");
    assertThat(create.getTarget()).isEqualTo("/v1/recharge-orders");
    assertThat(create.getHeaders().get("Idempotency-Key")).isNotBlank();
    assertThat(body(create)).contains("\"packageId\":\"coins-700\"", "\"provider\":\"card\"",
        "\"region\":\"US\"", "\"expectedPrice\":{\"amountMinor\":999,\"currency\":\"USD\"}");
    RecordedRequest confirm = server.takeRequest();
    assertThat(confirm.getTarget()).isEqualTo("/v1/recharge-orders/ord_1/confirm");
    assertThat(body(confirm)).isEqualTo("{\"paymentToken\":\"tok_card_1\"}");
    assertThat(confirm.getHeaders().get("Idempotency-Key"))
        .isNotBlank()
        .isNotEqualTo(create.getHeaders().get("Idempotency-Key"));
  }

  @Test
  void confirmRetriedAfter503ReusesItsIdempotencyKey() throws Exception {
    server.enqueue(created("ord_1"));
    server.enqueue(error(503, "unavailable", "{}"));
    server.enqueue(withWallet("ord_1", "COMPLETED", 735, 2));
    card.script(PaymentResult.authorized("tok_card_1"));

    PurchaseResult result = recharge().purchase(PACK, "card", PaymentMethod.none()).execute();

    assertThat(result.coinsCredited()).isEqualTo(735);
    server.takeRequest();
    String first = server.takeRequest().getHeaders().get("Idempotency-Key");
    assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo(first);
    assertThat(card.requests).hasSize(1);
  }

  @Test
  void pendingIsPolledWithBoundedBackoffUntilCompleted() throws Exception {
    server.enqueue(created("ord_1"));
    server.enqueue(withWallet("ord_1", "PENDING", 0, 1));
    for (int i = 0; i < 5; i++) server.enqueue(withWallet("ord_1", "PENDING", 0, 1));
    server.enqueue(withWallet("ord_1", "COMPLETED", 735, 2));
    card.script(PaymentResult.authorized("tok_card_1"));

    PurchaseResult result = recharge().purchase(PACK, "card", PaymentMethod.none()).execute();

    assertThat(result.isCompleted()).isTrue();
    assertThat(result.wallet().coins()).isEqualTo(735);
    assertThat(sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
        Duration.ofSeconds(4), Duration.ofSeconds(5), Duration.ofSeconds(5));
    assertThat(store.all()).isEmpty();
    server.takeRequest();
    server.takeRequest();
    RecordedRequest poll = server.takeRequest();
    assertThat(poll.getMethod()).isEqualTo("GET");
    assertThat(poll.getTarget()).isEqualTo("/v1/recharge-orders/ord_1");
  }

  @Test
  void pendingPastTheDeadlineReturnsThePendingOrderAndResumeFinishesIt() throws Exception {
    server.enqueue(created("ord_1"));
    server.enqueue(withWallet("ord_1", "PENDING", 0, 1));
    server.enqueue(withWallet("ord_1", "PENDING", 0, 1));
    card.script(PaymentResult.authorized("tok_card_1"));
    RechargeApi recharge = recharge();

    PurchaseResult pending =
        recharge.purchase(PurchaseRequest.of(PACK, "card", PaymentMethod.none())
            .withPollTimeout(Duration.ofSeconds(1))).execute();

    assertThat(pending.isPending()).isTrue();
    assertThat(pending.status()).isEqualTo(OrderStatus.PENDING);
    assertThat(pending.coinsCredited()).isZero();
    assertThat(sleeps()).containsExactly(Duration.ofMillis(500));
    assertThat(store.get("ord_1").state()).isEqualTo(PendingOrder.State.AUTHORIZED);

    server.enqueue(withWallet("ord_1", "COMPLETED", 735, 2));
    PurchaseResult done = recharge.resume("ord_1").execute();

    assertThat(done.isCompleted()).isTrue();
    assertThat(done.coinsCredited()).isEqualTo(735);
    assertThat(store.all()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void aDeviceClockSetBackWhilePollingDoesNotStretchThePollDeadline() {
    server.enqueue(created("ord_1"));
    for (int i = 0; i < 20; i++) server.enqueue(withWallet("ord_1", "PENDING", 0, 1));
    card.script(PaymentResult.authorized("tok_card_1"));
    clockChangeAtNextSleep = Duration.ofMinutes(-1); // NTP or the user sets the clock back

    PurchaseResult pending =
        recharge().purchase(PurchaseRequest.of(PACK, "card", PaymentMethod.none())
            .withPollTimeout(Duration.ofSeconds(10))).execute();

    assertThat(pending.isPending()).isTrue();
    assertThat(sleeps()).as("the same waits as with a steady clock")
        .containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    assertThat(store.get("ord_1").state()).isEqualTo(PendingOrder.State.AUTHORIZED);
  }

  @Test
  void aDeviceClockMovedForwardWhilePollingEndsThePollWithThePendingOrder() {
    server.enqueue(created("ord_1"));
    for (int i = 0; i < 20; i++) server.enqueue(withWallet("ord_1", "PENDING", 0, 1));
    card.script(PaymentResult.authorized("tok_card_1"));
    clockChangeAtNextSleep = Duration.ofDays(1);

    PurchaseResult pending = recharge().purchase(PACK, "card", PaymentMethod.none()).execute();

    assertThat(pending.isPending()).isTrue();
    assertThat(sleeps()).containsExactly(Duration.ofMillis(500));
    assertThat(store.get("ord_1").paymentToken()).isEqualTo("tok_card_1");
  }

  @Test
  void declineAtConfirmCreditsNothingAndRemovesTheRecord() {
    server.enqueue(created("ord_1"));
    server.enqueue(error(402, "payment_declined", "{\"reason\":\"insufficient_funds\",\"orderId\":\"ord_1\"}"));
    card.script(PaymentResult.authorized("tok_card_1"));

    PaymentDeclinedException e = catchThrowableOfType(PaymentDeclinedException.class,
        () -> recharge().purchase(PACK, "card", PaymentMethod.none()).execute());

    assertThat(e.reason()).isEqualTo(DeclineReason.INSUFFICIENT_FUNDS);
    assertThat(e.orderId()).isEqualTo("ord_1");
    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(store.all()).isEmpty();
    assertThat(wallets.latest()).isNull();
  }

  @Test
  void declineByTheProviderSendsNoConfirmation() {
    server.enqueue(created("ord_1"));
    card.script(PaymentResult.declined(DeclineReason.EXPIRED_CARD));

    PaymentDeclinedException e = catchThrowableOfType(PaymentDeclinedException.class,
        () -> recharge().purchase(PACK, "card", PaymentMethod.none()).execute());

    assertThat(e.reason()).isEqualTo(DeclineReason.EXPIRED_CARD);
    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(e.httpStatus()).isZero();
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(store.all()).isEmpty();
  }

  @Test
  void userCancellationIsItsOwnOutcome() {
    server.enqueue(createdFor("ord_1", "sandbox"));

    PaymentCancelledException e = catchThrowableOfType(PaymentCancelledException.class,
        () -> recharge().purchase(PACK, "sandbox", TestCard.VISA.cancelledByUser()).execute());

    assertThat(e.code()).isEqualTo("payment_cancelled");
    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(e.orderId()).isEqualTo("ord_1");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(store.all()).isEmpty();
  }

  @Test
  void uncertainPaymentKeepsTheRecordAndResumeConfirmsTheRecoveredAuthorization() throws Exception {
    server.enqueue(created("ord_1"));
    card.script(PaymentResult.unknown("processor timed out"));
    RechargeApi recharge = recharge();

    PaymentUncertainException e = catchThrowableOfType(PaymentUncertainException.class,
        () -> recharge.purchase(PACK, "card", PaymentMethod.none()).execute());

    assertThat(e.effect()).isEqualTo(Effect.UNKNOWN);
    assertThat(e.orderId()).isEqualTo("ord_1");
    PendingOrder record = store.get("ord_1");
    assertThat(record.state()).isEqualTo(PendingOrder.State.CREATED);
    assertThat(record.paymentToken()).isNull();

    card.recoverable.put("ord_1", "tok_recovered");
    server.enqueue(withWallet("ord_1", "AWAITING_PAYMENT", 0, 1));
    server.enqueue(withWallet("ord_1", "COMPLETED", 735, 2));
    server.enqueue(emptyList());

    List<PurchaseResult> results = recharge.resumePending().execute();

    assertThat(results).hasSize(1);
    assertThat(results.get(0).coinsCredited()).isEqualTo(735);
    assertThat(store.all()).isEmpty();
    server.takeRequest();
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/recharge-orders/ord_1");
    RecordedRequest confirm = server.takeRequest();
    assertThat(body(confirm)).isEqualTo("{\"paymentToken\":\"tok_recovered\"}");
    assertThat(confirm.getHeaders().get("Idempotency-Key")).isEqualTo(record.confirmKey());
    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/v1/recharge-orders?status=AWAITING_PAYMENT,PENDING&limit=100");
    assertThat(card.requests).hasSize(1);
  }

  @Test
  void providerThatThrowsCountsAsMayHaveBeenCharged() {
    server.enqueue(created("ord_1"));
    card.script(null); // throws

    PaymentUncertainException e = catchThrowableOfType(PaymentUncertainException.class,
        () -> recharge().purchase(PACK, "card", PaymentMethod.none()).execute());

    assertThat(e.effect()).isEqualTo(Effect.UNKNOWN);
    assertThat(store.get("ord_1")).isNotNull();
  }

  @Test
  void lostConfirmResponseIsResumedWithTheSameKeyAndCreditedOnce() throws Exception {
    server.enqueue(created("ord_1"));
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    card.script(PaymentResult.authorized("tok_card_1"));
    RechargeApi recharge = rechargeWithoutRetries();

    NetworkException e = catchThrowableOfType(NetworkException.class,
        () -> recharge.purchase(PACK, "card", PaymentMethod.none()).execute());

    assertThat(e.effect()).isEqualTo(Effect.UNKNOWN);
    PendingOrder record = store.get("ord_1");
    assertThat(record.state()).isEqualTo(PendingOrder.State.AUTHORIZED);
    assertThat(record.paymentToken()).isEqualTo("tok_card_1");

    server.enqueue(withWallet("ord_1", "AWAITING_PAYMENT", 0, 1)); // as the server lists it
    server.enqueue(withWallet("ord_1", "COMPLETED", 735, 2)
        .newBuilder().setHeader("Idempotent-Replayed", "true").build());
    server.enqueue(emptyList());

    List<PurchaseResult> results = recharge.resumePending().execute();

    assertThat(results).extracting(PurchaseResult::coinsCredited).containsExactly(735L);
    assertThat(store.all()).isEmpty();
    server.takeRequest();
    String firstKey = server.takeRequest().getHeaders().get("Idempotency-Key");
    server.takeRequest(); // GET order
    RecordedRequest replay = server.takeRequest();
    assertThat(replay.getTarget()).isEqualTo("/v1/recharge-orders/ord_1/confirm");
    assertThat(replay.getHeaders().get("Idempotency-Key")).isEqualTo(firstKey);
    assertThat(card.requests).hasSize(1);
  }

  @Test
  void cloneAfterALostResponseReusesTheOrderTokenAndKeys() throws Exception {
    server.enqueue(created("ord_1"));
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    card.script(PaymentResult.authorized("tok_card_1"));
    Call<PurchaseResult> call = rechargeWithoutRetries().purchase(PACK, "card", PaymentMethod.none());
    assertThatThrownBy(call::execute).isInstanceOf(NetworkException.class);

    server.enqueue(created("ord_1")); // the replayed create
    server.enqueue(withWallet("ord_1", "COMPLETED", 735, 2));
    PurchaseResult result = call.clone().execute();

    assertThat(result.coinsCredited()).isEqualTo(735);
    assertThat(card.requests).as("paid once").hasSize(1);
    RecordedRequest create1 = server.takeRequest();
    RecordedRequest confirm1 = server.takeRequest();
    RecordedRequest create2 = server.takeRequest();
    RecordedRequest confirm2 = server.takeRequest();
    assertThat(create2.getHeaders().get("Idempotency-Key")).isEqualTo(create1.getHeaders().get("Idempotency-Key"));
    assertThat(confirm2.getHeaders().get("Idempotency-Key")).isEqualTo(confirm1.getHeaders().get("Idempotency-Key"));
    assertThat(store.all()).isEmpty();
  }

  @Test
  void aCloneOfAPaidPurchaseWhoseReplayedOrderCreationFailsIsUncertainNeverNotApplied() {
    server.enqueue(created("ord_1"));
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    card.script(PaymentResult.authorized("tok_card_1"));
    Call<PurchaseResult> call = rechargeWithoutRetries().purchase(PACK, "card", PaymentMethod.none());
    assertThatThrownBy(call::execute).isInstanceOf(NetworkException.class);

    // The next day: the server forgot the create key and the catalog changed price; or it is down.
    server.enqueue(error(409, "price_changed",
        "{\"expectedPrice\":{\"amountMinor\":999,\"currency\":\"USD\"},\"currentPrice\":{\"amountMinor\":1099,\"currency\":\"USD\"}}"));
    server.enqueue(error(503, "unavailable", "{}"));
    for (int attempt = 0; attempt < 2; attempt++) {
      PaymentUncertainException e = catchThrowableOfType(PaymentUncertainException.class,
          () -> call.clone().execute());

      assertThat(e.effect()).as("the first attempt paid: never 'nothing was charged'").isEqualTo(Effect.UNKNOWN);
      assertThat(e.orderId()).isEqualTo("ord_1");
    }
    assertThat(card.requests).as("paid once").hasSize(1);
    assertThat(store.get("ord_1").paymentToken()).isEqualTo("tok_card_1");
  }

  @Test
  void aCloneOfAPurchaseThatNeverReachedThePaymentStaysNotApplied() {
    server.enqueue(error(503, "unavailable", "{}"));
    Call<PurchaseResult> call = rechargeWithoutRetries().purchase(PACK, "card", PaymentMethod.none());
    assertThatThrownBy(call::execute).satisfies(e -> assertThat(((LiveCoinsException) e).effect()).isEqualTo(Effect.NOT_APPLIED));

    server.enqueue(error(503, "unavailable", "{}"));
    LiveCoinsException e = catchThrowableOfType(LiveCoinsException.class, () -> call.clone().execute());

    assertThat(e).isNotInstanceOf(PaymentUncertainException.class);
    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(card.requests).isEmpty();
  }

  @Test
  void aCloneThatTheServerAnswersWithANewOrderFinishesTheFirstOneAndNeverPaysTwice() throws Exception {
    server.enqueue(created("ord_1"));
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    card.script(PaymentResult.authorized("tok_card_1"));
    card.script(PaymentResult.authorized("tok_card_2"));
    Call<PurchaseResult> call = rechargeWithoutRetries().purchase(PACK, "card", PaymentMethod.none());
    assertThatThrownBy(call::execute).isInstanceOf(NetworkException.class);

    server.enqueue(created("ord_2")); // retried after the server forgot the creation's key
    server.enqueue(withWallet("ord_1", "COMPLETED", 735, 2));
    PurchaseResult result = call.clone().execute();

    assertThat(result.order().id()).isEqualTo("ord_1");
    assertThat(result.coinsCredited()).isEqualTo(735);
    assertThat(card.requests).as("paid once").hasSize(1);
    server.takeRequest();
    RecordedRequest confirm1 = server.takeRequest();
    server.takeRequest();
    RecordedRequest confirm2 = server.takeRequest();
    assertThat(confirm2.getTarget()).isEqualTo("/v1/recharge-orders/ord_1/confirm");
    assertThat(confirm2.getHeaders().get("Idempotency-Key")).isEqualTo(confirm1.getHeaders().get("Idempotency-Key"));
    assertThat(store.all()).isEmpty();
  }

  @Test
  void aCloneOfACompletedPurchaseThatTheServerAnswersWithANewOrderBuysNothing() throws Exception {
    server.enqueue(created("ord_1"));
    server.enqueue(withWallet("ord_1", "COMPLETED", 735, 2));
    card.script(PaymentResult.authorized("tok_card_1"));
    card.script(PaymentResult.authorized("tok_card_2"));
    Call<PurchaseResult> call = recharge().purchase(PACK, "card", PaymentMethod.none());
    call.execute();

    server.enqueue(created("ord_2")); // the creation's key was forgotten: a new order
    server.enqueue(withWallet("ord_1", "COMPLETED", 735, 2));
    PurchaseResult again = call.clone().execute();

    assertThat(again.order().id()).isEqualTo("ord_1");
    assertThat(card.requests).as("never paid twice").hasSize(1);
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(store.all()).isEmpty();
  }

  @Test
  void cloneAfterACompletedPurchaseLooksBeforePayingAgain() throws Exception {
    server.enqueue(created("ord_1"));
    server.enqueue(withWallet("ord_1", "COMPLETED", 735, 2));
    card.script(PaymentResult.authorized("tok_card_1"));
    Call<PurchaseResult> call = recharge().purchase(PACK, "card", PaymentMethod.none());
    call.execute();

    server.enqueue(created("ord_1"));
    server.enqueue(withWallet("ord_1", "COMPLETED", 735, 2));
    PurchaseResult again = call.clone().execute();

    assertThat(again.isCompleted()).isTrue();
    assertThat(card.requests).as("never paid twice").hasSize(1);
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void priceChangeSavesNothingAndCallsNoProvider() {
    server.enqueue(error(409, "price_changed",
        "{\"expectedPrice\":{\"amountMinor\":999,\"currency\":\"USD\"},\"currentPrice\":{\"amountMinor\":1099,\"currency\":\"USD\"}}"));

    PriceChangedException e = catchThrowableOfType(PriceChangedException.class,
        () -> recharge().purchase(PACK, "card", PaymentMethod.none()).execute());

    assertThat(e.currentPrice()).isEqualTo(Money.of(1099, "USD"));
    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(card.requests).isEmpty();
    assertThat(store.all()).isEmpty();
  }

  @Test
  void storeFailureBeforePaymentChargesNothing() {
    server.enqueue(created("ord_1"));
    PendingOrderStore broken = new RecordingStore(store) {
      @Override
      public void save(PendingOrder order) {
        throw new IllegalStateException("disk full");
      }
    };

    PendingOrderStoreException e = catchThrowableOfType(PendingOrderStoreException.class,
        () -> recharge(RetryPolicy.none(), broken, card).purchase(PACK, "card", PaymentMethod.none()).execute());

    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(e.getMessage()).contains("disk full");
    assertThat(card.requests).isEmpty();
  }

  @Test
  void aFileStoreThatCannotWriteStopsThePurchaseBeforePaymentAndKeepsItsRecords(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("pending.json");
    FilePendingOrderStore files = new FilePendingOrderStore(file);
    files.save(record("ord_0", "tok_0"));
    byte[] before = Files.readAllBytes(file);
    // Every write fails (as on a full disk): the temporary file's name is taken by a non-empty directory.
    Files.createDirectories(dir.resolve("pending.json.tmp/blocker"));
    server.enqueue(created("ord_1"));
    card.script(PaymentResult.authorized("tok_card_1"));

    PendingOrderStoreException e = catchThrowableOfType(PendingOrderStoreException.class,
        () -> recharge(RetryPolicy.none(), files, card).purchase(PACK, "card", PaymentMethod.none()).execute());

    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(e.getMessage()).contains(file.toString());
    assertThat(card.requests).as("never charged without a record").isEmpty();
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(files.all()).containsExactly(record("ord_0", "tok_0"));
  }

  @Test
  void aHostStoreThatAnswersAnotherOrdersRecordStopsThePurchaseBeforePayment() {
    store.save(record("ord_9", "tok_9"));
    server.enqueue(created("ord_1"));
    PendingOrderStore confused = new RecordingStore(store) {
      @Override
      public @Nullable PendingOrder get(String orderId) {
        return super.get("ord_9"); // a host store keyed by the wrong column
      }
    };

    PendingOrderStoreException e = catchThrowableOfType(PendingOrderStoreException.class,
        () -> recharge(RetryPolicy.none(), confused, card).purchase(PACK, "card", PaymentMethod.none()).execute());

    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(e.getMessage()).contains("ord_1").contains("ord_9").doesNotContain("tok_9");
    assertThat(card.requests).isEmpty();
    assertThat(server.getRequestCount()).as("only the creation: ord_9 is not confirmed").isEqualTo(1);
  }

  @Test
  void aHostStoreThatListsNullIsATypedStoreFailureNotANullPointer() {
    PendingOrderStore nullList = new RecordingStore(store) {
      @Override
      public List<PendingOrder> all() {
        return null;
      }
    };
    PendingOrderStore nullRecord = new RecordingStore(store) {
      @Override
      public List<PendingOrder> all() {
        return Arrays.asList(record("ord_1", "tok_1"), null);
      }
    };

    for (PendingOrderStore broken : Arrays.asList(nullList, nullRecord)) {
      assertThatThrownBy(() -> recharge(RetryPolicy.none(), broken, card).resumePending().execute())
          .isInstanceOf(PendingOrderStoreException.class)
          .hasMessageContaining("PendingOrderStore.all");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aCreatedOrderThatCannotBePaidAnyMoreIsNeverPaidOrRecorded() {
    for (String status : Arrays.asList("EXPIRED", "FAILED")) {
      server.enqueue(json(201, "{\"order\":" + order("ord_" + status, status, "declined") + "}"));
      card.script(PaymentResult.authorized("tok_card_1"));

      LiveCoinsException e = catchThrowableOfType(LiveCoinsException.class,
          () -> recharge().purchase(PACK, "card", PaymentMethod.none()).execute());

      assertThat(e.effect()).as(status).isEqualTo(Effect.NOT_APPLIED);
    }
    assertThat(card.requests).as("the provider is never asked to pay a closed order").isEmpty();
    assertThat(store.all()).isEmpty();
  }

  @Test
  void createdOrderThatDoesNotMatchTheRequestIsMalformed() {
    server.enqueue(json(201, "{\"order\":" + order("ord_1", "AWAITING_PAYMENT").replace("999", "1999") + "}"));

    MalformedResponseException e = catchThrowableOfType(MalformedResponseException.class,
        () -> recharge().purchase(PACK, "card", PaymentMethod.none()).execute());

    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED); // the order may exist; nothing was paid
    assertThat(card.requests).isEmpty();
  }

  @Test
  void malformedConfirmAnswerKeepsTheRecordForResume() {
    server.enqueue(created("ord_1"));
    server.enqueue(json(200, "{\"order\":{\"id\":\"ord_1\"}}"));
    card.script(PaymentResult.authorized("tok_card_1"));

    MalformedResponseException e = catchThrowableOfType(MalformedResponseException.class,
        () -> recharge().purchase(PACK, "card", PaymentMethod.none()).execute());

    assertThat(e.effect()).isEqualTo(Effect.APPLIED);
    assertThat(store.get("ord_1")).isNotNull();
    assertThat(wallets.latest()).isNull();
  }

  @Test
  void purchaseRunsAsyncAndDeliversOnTheCallbackExecutor() throws Exception {
    server.enqueue(created("ord_1"));
    server.enqueue(withWallet("ord_1", "COMPLETED", 735, 2));
    card.script(PaymentResult.authorized("tok_card_1"));
    CountDownLatch done = new CountDownLatch(1);
    AtomicReference<PurchaseResult> result = new AtomicReference<>();
    AtomicReference<String> authorizeThread = new AtomicReference<>();
    card.onAuthorize = request -> authorizeThread.set(Thread.currentThread().getName());

    recharge().purchase(PACK, "card", PaymentMethod.none()).enqueue(new Callback<PurchaseResult>() {
      @Override
      public void onSuccess(Call<PurchaseResult> call, PurchaseResult r) {
        result.set(r);
        done.countDown();
      }

      @Override
      public void onFailure(Call<PurchaseResult> call, LiveCoinsException error) {
        done.countDown();
      }
    });

    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(result.get().coinsCredited()).isEqualTo(735);
    assertThat(authorizeThread.get()).isNotEqualTo(Thread.currentThread().getName());
  }

  @Test
  void asyncDeclineArrivesAsTypedFailure() throws Exception {
    server.enqueue(created("ord_1"));
    card.script(PaymentResult.declined(DeclineReason.DECLINED));
    CountDownLatch done = new CountDownLatch(1);
    AtomicReference<LiveCoinsException> failure = new AtomicReference<>();

    recharge().purchase(PACK, "card", PaymentMethod.none()).enqueue(new Callback<PurchaseResult>() {
      @Override
      public void onSuccess(Call<PurchaseResult> call, PurchaseResult r) {
        done.countDown();
      }

      @Override
      public void onFailure(Call<PurchaseResult> call, LiveCoinsException error) {
        failure.set(error);
        done.countDown();
      }
    });

    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(failure.get()).isInstanceOf(PaymentDeclinedException.class);
  }

  // ---- order and resume ----

  @Test
  void orderReadsOneOrderAndCachesItsWallet() throws Exception {
    server.enqueue(withWallet("ord_9", "COMPLETED", 735, 5));

    Order order = recharge().order("ord_9").execute();

    assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(order.totalCoins()).isEqualTo(735);
    assertThat(order.createdAt()).isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
    assertThat(wallets.latest().version()).isEqualTo(5);
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/recharge-orders/ord_9");
  }

  @Test
  void orderOfAnotherIdIsMalformedAndUnknownOrderIsNotFound() {
    server.enqueue(withWallet("ord_other", "COMPLETED", 735, 5));
    server.enqueue(error(404, "not_found", "{\"resource\":\"order\"}"));
    RechargeApi recharge = recharge();

    assertThatThrownBy(() -> recharge.order("ord_9").execute()).isInstanceOf(MalformedResponseException.class);
    assertThatThrownBy(() -> recharge.order("ord/9").execute()).isInstanceOf(io.livecoins.errors.NotFoundException.class);
    assertThat(wallets.latest()).isNull();
  }

  @Test
  void resumeFinishesServerOrdersWhoseRecordWasLost() throws Exception {
    server.enqueue(json(200, "{\"items\":[" + order("ord_2", "PENDING") + "," + order("ord_3", "AWAITING_PAYMENT")
        + "],\"nextCursor\":\"c2\"}"));
    server.enqueue(withWallet("ord_2", "COMPLETED", 735, 3)); // settles on the first look
    server.enqueue(json(200, "{\"items\":[],\"nextCursor\":null}"));

    List<PurchaseResult> results = recharge().resumePending().execute();

    assertThat(results).extracting(r -> r.order().id()).containsExactly("ord_2");
    assertThat(results.get(0).isCompleted()).isTrue();
    assertThat(card.recoverAsked).containsExactly("ord_3");
    assertThat(server.takeRequest().getTarget()).endsWith("limit=100");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/recharge-orders/ord_2");
    assertThat(server.takeRequest().getTarget()).endsWith("limit=100&cursor=c2");
  }

  @Test
  void resumeRemovesFailedRecordsAndReportsThem() throws Exception {
    store.save(record("ord_1", "tok_1"));
    server.enqueue(json(200, "{\"order\":" + order("ord_1", "FAILED", "insufficient_funds") + ",\"wallet\":"
        + wallet(0, 1) + "}"));
    server.enqueue(emptyList());

    List<PurchaseResult> results = recharge().resumePending().execute();

    assertThat(results).hasSize(1);
    assertThat(results.get(0).status()).isEqualTo(OrderStatus.FAILED);
    assertThat(results.get(0).order().declineReason()).isEqualTo(DeclineReason.INSUFFICIENT_FUNDS);
    assertThat(results.get(0).coinsCredited()).isZero();
    assertThat(store.all()).isEmpty();
  }

  @Test
  void resumeReportsADeclineAtConfirmationAsAFailedResult() throws Exception {
    store.save(record("ord_1", "tok_1"));
    server.enqueue(withWallet("ord_1", "AWAITING_PAYMENT", 0, 1));
    server.enqueue(error(402, "payment_declined", "{\"reason\":\"declined\",\"orderId\":\"ord_1\"}"));
    server.enqueue(json(200, "{\"order\":" + order("ord_1", "FAILED", "declined") + ",\"wallet\":" + wallet(0, 1) + "}"));
    server.enqueue(emptyList());

    List<PurchaseResult> results = recharge().resumePending().execute();

    assertThat(results).extracting(PurchaseResult::status).containsExactly(OrderStatus.FAILED);
    assertThat(store.all()).isEmpty();
  }

  @Test
  void resumeKeepsOrdersNoProviderCanRecover() throws Exception {
    store.save(createdRecord("ord_1", "key-1"));
    server.enqueue(withWallet("ord_1", "AWAITING_PAYMENT", 0, 1));
    server.enqueue(emptyList());

    List<PurchaseResult> results = recharge().resumePending().execute();

    assertThat(results).hasSize(1);
    assertThat(results.get(0).isPending()).isTrue();
    assertThat(store.get("ord_1")).isNotNull();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void resumeKeepsAPaidRecordTheBackendDoesNotKnowButDropsAnUnpaidOne() throws Exception {
    store.save(record("ord_1", "tok_1"));
    store.save(createdRecord("ord_2", "key-2"));
    server.enqueue(error(404, "not_found", "{\"resource\":\"order\"}"));
    server.enqueue(error(404, "not_found", "{\"resource\":\"order\"}"));
    server.enqueue(emptyList());

    assertThat(recharge().resumePending().execute()).isEmpty();

    assertThat(store.all()).extracting(PendingOrder::orderId).containsExactly("ord_1");
    assertThat(card.recoverAsked).as("the provider is asked before an unpaid record goes").contains("ord_2");
  }

  @Test
  void resumeOfAPaidRecordTheBackendDoesNotKnowFailsTypedAndKeepsTheRecord() {
    store.save(record("ord_1", "tok_1"));
    server.enqueue(error(404, "not_found", "{\"resource\":\"order\"}"));

    assertThatThrownBy(() -> recharge().resume("ord_1").execute())
        .isInstanceOf(io.livecoins.errors.NotFoundException.class);
    assertThat(store.get("ord_1")).isNotNull();
  }

  @Test
  void resumeNeverConfirmsARecordedPaymentForAnOrderTheBackendNowPricesDifferently() throws Exception {
    store.save(record("ord_1", "tok_1"));
    store.save(createdRecord("ord_2", "key-2"));
    card.recoverable.put("ord_2", "tok_2");
    server.enqueue(json(200, "{\"order\":" + order("ord_1", "AWAITING_PAYMENT").replace("999", "1999")
        + ",\"wallet\":" + wallet(0, 1) + "}"));
    server.enqueue(json(200, "{\"order\":" + order("ord_2", "AWAITING_PAYMENT").replace("coins-700", "coins-7000")
        + ",\"wallet\":" + wallet(0, 1) + "}"));

    for (String id : Arrays.asList("ord_1", "ord_2")) {
      MalformedResponseException e = catchThrowableOfType(MalformedResponseException.class,
          () -> recharge().resume(id).execute());
      assertThat(e.effect()).as("nothing was confirmed").isEqualTo(Effect.NOT_APPLIED);
    }

    assertThat(server.getRequestCount()).as("two reads, no confirmation").isEqualTo(2);
    assertThat(store.get("ord_1")).isEqualTo(record("ord_1", "tok_1"));
    assertThat(store.get("ord_2")).isNotNull();
  }

  @Test
  void resumeNeverDropsAPaidRecordOnACompletionOfAnOrderThatDoesNotMatchIt() throws Exception {
    store.save(record("ord_1", "tok_1"));
    server.enqueue(json(200, "{\"order\":" + order("ord_1", "COMPLETED").replace("\"card\"", "\"sandbox\"")
        + ",\"wallet\":" + wallet(735, 2) + "}"));
    server.enqueue(emptyList());

    assertThatThrownBy(() -> recharge().resumePending().execute())
        .isInstanceOf(MalformedResponseException.class);

    assertThat(store.get("ord_1")).isEqualTo(record("ord_1", "tok_1"));
  }

  @Test
  void resumeNeverOverwritesAnotherUsersPaidRecordForAnOrderTheServerListsAsOurs() throws Exception {
    PendingOrder alices = createdRecord("ord_9", "key-9").toBuilder().userId("alice")
        .state(PendingOrder.State.AUTHORIZED).paymentToken("tok_alice").build();
    store.save(alices);
    card.recoverable.put("ord_9", "tok_alice"); // one payment account on the device
    server.enqueue(json(200, "{\"items\":[" + order("ord_9", "AWAITING_PAYMENT") + "],\"nextCursor\":null}"));

    assertThat(recharge().resumePending().execute()).isEmpty();

    assertThat(store.all()).containsExactly(alices);
    assertThat(server.getRequestCount()).as("the list only: bob confirms nothing of alice's").isEqualTo(1);
  }

  @Test
  void resumeOfAListedOrderWhoseRecordAnotherInstanceJustSavedConfirmsUnderThatRecordsKey() throws Exception {
    PendingOrder saved = record("ord_1", "tok_1");
    // all() was read before another client or process saved the record; get() sees it.
    PendingOrderStore racing = new RecordingStore(store) {
      @Override
      public List<PendingOrder> all() {
        return java.util.Collections.emptyList();
      }
    };
    store.save(saved);
    card.recoverable.put("ord_1", "tok_1");
    server.enqueue(json(200, "{\"items\":[" + order("ord_1", "AWAITING_PAYMENT") + "],\"nextCursor\":null}"));
    server.enqueue(withWallet("ord_1", "AWAITING_PAYMENT", 0, 1));
    server.enqueue(withWallet("ord_1", "COMPLETED", 735, 2));

    List<PurchaseResult> results = recharge(RetryPolicy.none(), racing, card).resumePending().execute();

    assertThat(results).extracting(PurchaseResult::coinsCredited).containsExactly(735L);
    server.takeRequest();
    server.takeRequest();
    RecordedRequest confirm = server.takeRequest();
    assertThat(confirm.getTarget()).isEqualTo("/v1/recharge-orders/ord_1/confirm");
    assertThat(confirm.getHeaders().get("Idempotency-Key")).as("the record's key: a replay").isEqualTo("key-ord_1");
    assertThat(store.all()).isEmpty();
  }

  @Test
  void resumeOfTheOrderThisClientIsPayingRightNowReportsItButNeverDropsItsRecord() {
    server.enqueue(created("ord_1"));
    server.enqueue(withWallet("ord_1", "EXPIRED", 0, 1)); // the user sat in the sheet past the order's TTL
    server.enqueue(withWallet("ord_1", "COMPLETED", 735, 2)); // then paid: credited late
    card.script(PaymentResult.authorized("tok_card_1"));
    RechargeApi recharge = recharge();
    AtomicReference<PurchaseResult> resumed = new AtomicReference<>();
    AtomicReference<PendingOrder> recordAfterResume = new AtomicReference<>();
    card.onAuthorize = request -> { // the app's "check my order" while the payment sheet is open
      resumed.set(recharge.resume("ord_1").execute());
      recordAfterResume.set(store.get("ord_1"));
    };

    PurchaseResult result = recharge.purchase(PACK, "card", PaymentMethod.none()).execute();

    assertThat(resumed.get().status()).isEqualTo(OrderStatus.EXPIRED);
    assertThat(recordAfterResume.get()).as("a crash right after the payment still finds the record").isNotNull();
    assertThat(card.recoverAsked).isEmpty();
    assertThat(result.coinsCredited()).isEqualTo(735);
    assertThat(store.all()).isEmpty();
  }

  @Test
  void anotherClientsResumePendingInThisProcessLeavesTheOrderBeingPaidAlone() {
    server.enqueue(created("ord_1"));
    server.enqueue(json(200, "{\"items\":[" + order("ord_1", "AWAITING_PAYMENT") + "],\"nextCursor\":null}"));
    server.enqueue(withWallet("ord_1", "COMPLETED", 735, 2));
    card.script(PaymentResult.authorized("tok_card_1"));
    RechargeApi paying = recharge();
    RechargeApi resuming = recharge(); // a client re-created after sign-in, a widget: same store
    AtomicReference<List<PurchaseResult>> resumed = new AtomicReference<>();
    AtomicReference<PendingOrder> recordAfterResume = new AtomicReference<>();
    card.onAuthorize = request -> {
      resumed.set(resuming.resumePending().execute());
      recordAfterResume.set(store.get("ord_1"));
    };

    PurchaseResult result = paying.purchase(PACK, "card", PaymentMethod.none()).execute();

    assertThat(resumed.get()).as("only listed, never read, confirmed or settled").isEmpty();
    assertThat(recordAfterResume.get()).isNotNull();
    assertThat(card.recoverAsked).isEmpty();
    assertThat(result.coinsCredited()).isEqualTo(735);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void resumeLeavesAnotherUsersRecordsUntouchedAndUnsent() throws Exception {
    PendingOrder alices = createdRecord("ord_9", "key-9").toBuilder().userId("alice")
        .state(PendingOrder.State.AUTHORIZED).paymentToken("tok_alice").build();
    store.save(alices);
    server.enqueue(emptyList());
    server.enqueue(error(404, "not_found", "{\"resource\":\"order\"}")); // bob reading alice's order

    assertThat(recharge().resumePending().execute()).isEmpty();
    assertThatThrownBy(() -> recharge().resume("ord_9").execute())
        .isInstanceOf(io.livecoins.errors.NotFoundException.class);
    assertThat(store.get("ord_9")).isEqualTo(alices);
    assertThat(server.takeRequest().getTarget()).startsWith("/v1/recharge-orders?status=");
  }

  @Test
  void aPaidRecordWhoseOrderExpiredIsPresentedAndAVoidIsATypedResult() throws Exception {
    store.save(record("ord_1", "tok_1"));
    server.enqueue(withWallet("ord_1", "EXPIRED", 0, 1));
    server.enqueue(json(200, "{\"order\":" + order("ord_1", "VOIDED", "expired")
        .replace("\"createdAt\"", "\"refundReference\":\"void_1\",\"createdAt\"") + ",\"wallet\":" + wallet(0, 1) + "}"));
    server.enqueue(emptyList());

    List<PurchaseResult> results = recharge().resumePending().execute();

    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.outcome()).isEqualTo(PurchaseResult.Outcome.VOIDED);
      assertThat(r.order().refundReference()).isEqualTo("void_1");
      assertThat(r.coinsCredited()).isZero();
    });
    assertThat(store.all()).isEmpty();
    server.takeRequest();
    RecordedRequest confirm = server.takeRequest();
    assertThat(confirm.getTarget()).isEqualTo("/v1/recharge-orders/ord_1/confirm");
    assertThat(confirm.getHeaders().get("Idempotency-Key")).isEqualTo("key-ord_1");
  }

  @Test
  void aLateCreditIsATypedResult() throws Exception {
    store.save(record("ord_1", "tok_1"));
    server.enqueue(withWallet("ord_1", "EXPIRED", 0, 1));
    server.enqueue(json(200, "{\"order\":" + order("ord_1", "COMPLETED")
        .replace("\"createdAt\"", "\"creditedLate\":true,\"createdAt\"") + ",\"wallet\":" + wallet(735, 2) + "}"));
    server.enqueue(emptyList());

    List<PurchaseResult> results = recharge().resumePending().execute();

    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.outcome()).isEqualTo(PurchaseResult.Outcome.CREDITED_LATE);
      assertThat(r.coinsCredited()).isEqualTo(735);
    });
    assertThat(store.all()).isEmpty();
  }

  @Test
  void aBackendThatRefusesALatePaymentLeavesItUnsettledAndKeepsTheProof() throws Exception {
    store.save(record("ord_1", "tok_1"));
    server.enqueue(withWallet("ord_1", "EXPIRED", 0, 1));
    server.enqueue(error(409, "conflict", "{\"reason\":\"invalid_state\",\"status\":\"EXPIRED\"}"));
    server.enqueue(withWallet("ord_1", "EXPIRED", 0, 1));
    server.enqueue(emptyList());

    List<PurchaseResult> results = recharge().resumePending().execute();

    assertThat(results).extracting(PurchaseResult::outcome).containsExactly(PurchaseResult.Outcome.UNSETTLED);
    assertThat(store.get("ord_1")).isNotNull();
  }

  @Test
  void aRefusedTokenLeavesThePaymentUnsettledAndThePurchaseUncertain() throws Exception {
    server.enqueue(created("ord_1"));
    server.enqueue(error(400, "invalid_request", "{\"field\":\"paymentToken\",\"reason\":\"malformed\"}"));
    server.enqueue(withWallet("ord_1", "AWAITING_PAYMENT", 0, 1));
    card.script(PaymentResult.authorized("tok_card_1"));

    PaymentUncertainException e = catchThrowableOfType(PaymentUncertainException.class,
        () -> recharge().purchase(PACK, "card", PaymentMethod.none()).execute());

    assertThat(e.orderId()).isEqualTo("ord_1");
    assertThat(store.get("ord_1").paymentToken()).isEqualTo("tok_card_1");
  }

  @Test
  void everyRetryAndCloneOfAPurchaseSendsTheSameBytesUnderTheSameKeys() throws Exception {
    server.enqueue(error(503, "unavailable", "{}"));
    server.enqueue(created("ord_1"));
    server.enqueue(error(503, "unavailable", "{}"));
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    card.script(PaymentResult.authorized("tok_card_1"));
    Call<PurchaseResult> call = recharge(RetryPolicy.builder().maxAttempts(2).jitter(false).build(), store, card)
        .purchase(PACK, "card", PaymentMethod.none());
    assertThatThrownBy(call::execute).isInstanceOf(NetworkException.class);

    server.enqueue(created("ord_1"));
    server.enqueue(withWallet("ord_1", "COMPLETED", 735, 2));
    call.clone().execute();

    List<RecordedRequest> creates = new ArrayList<>();
    List<RecordedRequest> confirms = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      RecordedRequest r = server.takeRequest();
      (r.getTarget().endsWith("/confirm") ? confirms : creates).add(r);
    }
    assertThat(creates).hasSize(3);
    assertThat(confirms).hasSize(3);
    for (List<RecordedRequest> same : Arrays.asList(creates, confirms)) {
      assertThat(same).extracting(r -> r.getHeaders().get("Idempotency-Key")).containsOnly(
          same.get(0).getHeaders().get("Idempotency-Key"));
      assertThat(same).extracting(RealRechargeApiTest::body).containsOnly(body(same.get(0)));
    }
    assertThat(card.requests).as("paid once").hasSize(1);
  }

  @Test
  void resumeFailsWholeWhenTheBackendIsUnreachableAndKeepsEveryRecord() {
    store.save(record("ord_1", "tok_1"));
    server.enqueue(error(503, "unavailable", "{}"));

    LiveCoinsException e = catchThrowableOfType(LiveCoinsException.class,
        () -> rechargeWithoutRetries().resumePending().execute());

    assertThat(e.isRetryable()).isTrue();
    assertThat(store.get("ord_1")).isNotNull();
  }

  @Test
  void cancellingAPollingPurchaseKeepsTheRecordWithEffectUnknown() throws Exception {
    server.enqueue(created("ord_1"));
    server.enqueue(withWallet("ord_1", "PENDING", 0, 1));
    card.script(PaymentResult.authorized("tok_card_1"));
    AtomicReference<Call<PurchaseResult>> holder = new AtomicReference<>();
    // Cancel from inside the first poll wait (the sleeper runs on the executing thread).
    ApiClient api =
        new ApiClient(server.url("/").toString().replaceAll("/$", ""), OkHttpTransport.create(),
            AuthTokenProvider.of("bob", "demo-token-bob"), RetryPolicy.none(),
            d -> holder.get().cancel(), clock, "test", 64 * 1024, dispatcher, Runnable::run, new JsonCodec());
    Map<String, PaymentProvider> providers = new LinkedHashMap<>();
    providers.put("card", card);
    RechargeApi recharge = new RealRechargeApi(api, wallets, providers, store, "US");
    holder.set(recharge.purchase(PACK, "card", PaymentMethod.none()));

    io.livecoins.errors.CallCancelledException e =
        catchThrowableOfType(io.livecoins.errors.CallCancelledException.class, () -> holder.get().execute());

    assertThat(e.effect()).isEqualTo(Effect.UNKNOWN);
    assertThat(store.get("ord_1").paymentToken()).isEqualTo("tok_card_1");
  }

  private static PendingOrder record(String orderId, String token) {
    return createdRecord(orderId, "key-" + orderId).toBuilder()
        .state(PendingOrder.State.AUTHORIZED).paymentToken(token).build();
  }

  /** Bob's record of an order created with the card provider, not yet authorized. */
  private static PendingOrder createdRecord(String orderId, String confirmKey) {
    return PendingOrder.builder().orderId(orderId).userId("bob").packageId("coins-700")
        .providerId("card").region("US").price(Money.of(999, "USD"))
        .state(PendingOrder.State.CREATED).confirmKey(confirmKey).createdAt(Instant.EPOCH).build();
  }

  // ---- test doubles ----

  /** A provider answering from a script and recording what it was asked. */
  static final class ScriptedProvider implements PaymentProvider {
    private final String id;
    private final Deque<java.util.Optional<PaymentResult>> script = new ArrayDeque<>();
    final List<PaymentRequest> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
    final Map<String, String> recoverable = new java.util.concurrent.ConcurrentHashMap<>();
    final List<String> recoverAsked = new java.util.concurrent.CopyOnWriteArrayList<>();
    volatile java.util.function.Consumer<PaymentRequest> onAuthorize = r -> {};

    ScriptedProvider(String id) {
      this.id = id;
    }

    /** Queues an answer; null means "throw". */
    synchronized void script(@Nullable PaymentResult result) {
      script.add(java.util.Optional.ofNullable(result));
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public PaymentResult authorize(PaymentRequest request) {
      requests.add(request);
      onAuthorize.accept(request);
      java.util.Optional<PaymentResult> next;
      synchronized (this) {
        next = script.poll();
      }
      if (next == null || !next.isPresent()) throw new IllegalStateException("provider crashed");
      return next.get();
    }

    @Override
    public @Nullable String recoverAuthorization(String orderId) {
      recoverAsked.add(orderId);
      return recoverable.get(orderId);
    }
  }

  /** Delegates and records each change. */
  static class RecordingStore implements PendingOrderStore {
    private final PendingOrderStore delegate;
    final List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();

    RecordingStore(PendingOrderStore delegate) {
      this.delegate = delegate;
    }

    @Override
    public void save(PendingOrder order) {
      events.add("save " + order.orderId() + " " + order.state());
      delegate.save(order);
    }

    @Override
    public void remove(String orderId) {
      events.add("remove " + orderId);
      delegate.remove(orderId);
    }

    @Override
    public @Nullable PendingOrder get(String orderId) {
      return delegate.get(orderId);
    }

    @Override
    public List<PendingOrder> all() {
      return delegate.all();
    }
  }

  /** A clock the test moves. */
  static final class FakeClock extends Clock {
    private volatile long millis = Instant.parse("2026-11-25T10:00:00Z").toEpochMilli();

    void advance(Duration duration) {
      millis += duration.toMillis();
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public long millis() {
      return millis;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis);
    }
  }
}
