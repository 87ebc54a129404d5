package io.livecoins.internal.wallet;

import static io.livecoins.test.MockServers.error;
import static io.livecoins.test.MockServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.livecoins.AuthTokenProvider;
import io.livecoins.errors.BelowMinimumWithdrawalException;
import io.livecoins.Call;
import io.livecoins.Callback;
import io.livecoins.errors.Effect;
import io.livecoins.errors.ForbiddenException;
import io.livecoins.errors.InsufficientDiamondsException;
import io.livecoins.errors.LimitExceededException;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.errors.MalformedResponseException;
import io.livecoins.Money;
import io.livecoins.Page;
import io.livecoins.RetryPolicy;
import io.livecoins.errors.ServerException;
import io.livecoins.internal.http.ApiClient;
import io.livecoins.internal.json.JsonCodec;
import io.livecoins.test.MockServers;
import io.livecoins.test.RecordingSleeper;
import io.livecoins.transport.OkHttpTransport;
import io.livecoins.wallet.Earnings;
import io.livecoins.wallet.PayoutMethod;
import io.livecoins.wallet.PayoutRate;
import io.livecoins.wallet.Transaction;
import io.livecoins.wallet.TransactionType;
import io.livecoins.wallet.Wallet;
import io.livecoins.wallet.WalletApi;
import io.livecoins.wallet.WalletListener;
import io.livecoins.wallet.Withdrawal;
import io.livecoins.wallet.WithdrawalResult;
import io.livecoins.wallet.WithdrawalStatus;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The wallet API against scripted responses: results, cache and listeners, and the wire. */
final class RealWalletApiTest {
  private static final String CALLBACK_THREAD = "lc-test-callbacks";

  private final MockWebServer server = MockServers.startLoopback();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final ExecutorService dispatcher = Executors.newCachedThreadPool();
  private final ExecutorService callbacks =
      Executors.newSingleThreadExecutor(r -> new Thread(r, CALLBACK_THREAD));
  private final WalletCache cache = new WalletCache(callbacks, "carol");
  /** What listeners heard, as "thread:userId:version". */
  private final List<String> heard = new CopyOnWriteArrayList<>();
  private final WalletListener recorder =
      w -> heard.add(Thread.currentThread().getName() + ":" + w.userId() + ":" + w.version());

  @AfterEach
  void tearDown() {
    server.close();
    dispatcher.shutdownNow();
    callbacks.shutdownNow();
  }

  private WalletApi wallet(RetryPolicy policy) {
    ApiClient api =
        new ApiClient(
            server.url("/").toString().replaceAll("/$", ""),
            OkHttpTransport.create(),
            AuthTokenProvider.of("carol", "demo-token-carol"),
            policy,
            sleeper,
            Clock.systemUTC(),
            "livecoins-java/test",
            64 * 1024,
            dispatcher,
            callbacks,
            new JsonCodec());
    return new RealWalletApi(api, cache);
  }

  private WalletApi wallet() {
    return wallet(RetryPolicy.builder().maxAttempts(3).jitter(false).build());
  }

  private WalletApi walletWithoutRetries() {
    return wallet(RetryPolicy.none());
  }

  /** Waits until every callback queued so far on the callback executor has run. */
  private void flushCallbacks() throws Exception {
    callbacks.submit(() -> {}).get(5, TimeUnit.SECONDS);
  }

  private static String walletJson(String userId, long coins, long diamonds, long version) {
    return "{\"userId\":\"" + userId + "\",\"coins\":" + coins + ",\"diamonds\":" + diamonds
        + ",\"version\":" + version + "}";
  }

  private static String tx(String id, String type, long coins, long diamonds) {
    return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"coins\":" + coins + ",\"diamonds\":"
        + diamonds + ",\"createdAt\":\"2026-11-25T10:00:00Z\",\"reference\":\"ref-" + id + "\"}";
  }

  private static String page(String cursor, String... items) {
    return "{\"items\":[" + String.join(",", items) + "],\"nextCursor\":"
        + (cursor == null ? "null" : "\"" + cursor + "\"") + "}";
  }

  private static final String WITHDRAWAL =
      "{\"id\":\"wd_1\",\"diamonds\":2100,\"amount\":{\"amountMinor\":1050,\"currency\":\"USD\"},"
          + "\"payoutMethod\":\"paypal\",\"status\":\"PENDING\",\"createdAt\":\"2026-11-25T10:00:00Z\"}";

  private static String withdrawResponse(long diamondsLeft, long version) {
    return "{\"withdrawal\":" + WITHDRAWAL + ",\"wallet\":" + walletJson("carol", 0, diamondsLeft, version) + "}";
  }

  private static String body(RecordedRequest request) {
    return request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
  }

  // ---- balance, cache and listeners ----

  @Test
  void balanceReadsTheWalletAndCachesIt() throws Exception {
    server.enqueue(json(200, walletJson("carol", 3, 10000, 7)));
    WalletApi wallet = wallet();
    assertThat(wallet.cached()).isNull();

    Wallet result = wallet.balance().execute();

    assertThat(result).isEqualTo(Wallet.builder().userId("carol").coins(3).diamonds(10000).version(7).build());
    assertThat(wallet.cached()).isEqualTo(result);
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/v1/wallet");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer demo-token-carol");
    assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
  }

  @Test
  void listenersGetEachNewerVersionOnceOnTheCallbackExecutor() throws Exception {
    server.enqueue(json(200, walletJson("carol", 0, 10000, 1)));
    server.enqueue(json(200, walletJson("carol", 0, 10000, 1)));
    server.enqueue(json(200, walletJson("carol", 0, 9000, 2)));
    WalletApi wallet = wallet();
    wallet.addListener(recorder);
    wallet.addListener(recorder); // a second registration has no effect

    wallet.balance().execute();
    wallet.balance().execute();
    wallet.balance().execute();
    flushCallbacks();

    assertThat(heard).containsExactly(CALLBACK_THREAD + ":carol:1", CALLBACK_THREAD + ":carol:2");
  }

  @Test
  void aStaleWalletVersionNeverReplacesTheCachedOneNorReachesListeners() throws Exception {
    server.enqueue(json(200, walletJson("carol", 0, 7900, 5)));
    server.enqueue(json(200, walletJson("carol", 0, 10000, 3))); // overtaken, e.g. a lagging replica
    WalletApi wallet = wallet();
    wallet.addListener(recorder);

    wallet.balance().execute();
    Wallet second = wallet.balance().execute();
    flushCallbacks();

    assertThat(wallet.cached()).isEqualTo(Wallet.builder().userId("carol").diamonds(7900).version(5).build());
    assertThat(second).as("the newest known snapshot is returned").isEqualTo(wallet.cached());
    assertThat(heard).containsExactly(CALLBACK_THREAD + ":carol:5");
  }

  @Test
  void aWithdrawalResponseWithAnOlderWalletDoesNotRollTheCacheBack() throws Exception {
    server.enqueue(json(200, walletJson("carol", 0, 7900, 9)));
    server.enqueue(json(201, withdrawResponse(8000, 8)));
    WalletApi wallet = wallet();
    wallet.addListener(recorder);

    wallet.balance().execute();
    WithdrawalResult result = wallet.withdraw(2101, PayoutMethod.PAYPAL).execute();
    flushCallbacks();

    assertThat(result.wallet().version()).isEqualTo(8);
    assertThat(wallet.cached().version()).isEqualTo(9);
    assertThat(heard).containsExactly(CALLBACK_THREAD + ":carol:9");
  }

  @Test
  void aRemovedListenerHearsNothingMore() throws Exception {
    server.enqueue(json(200, walletJson("carol", 0, 1, 1)));
    server.enqueue(json(200, walletJson("carol", 0, 2, 2)));
    WalletApi wallet = wallet();
    wallet.addListener(recorder);
    wallet.balance().execute();
    flushCallbacks();
    wallet.removeListener(recorder);
    wallet.balance().execute();
    flushCallbacks();

    assertThat(heard).containsExactly(CALLBACK_THREAD + ":carol:1");
    assertThat(wallet.cached().version()).isEqualTo(2);
  }

  @Test
  void aThrowingListenerDoesNotStopOthers() throws Exception {
    server.enqueue(json(200, walletJson("carol", 0, 1, 1)));
    WalletApi wallet = wallet();
    wallet.addListener(w -> { throw new IllegalStateException("host bug"); });
    wallet.addListener(recorder);
    wallet.balance().execute();
    flushCallbacks();
    assertThat(heard).containsExactly(CALLBACK_THREAD + ":carol:1");
  }

  @Test
  void aMalformedWalletIsNeverCachedNorDelivered() throws Exception {
    server.enqueue(json(200, walletJson("carol", -1, 0, 4)));
    server.enqueue(json(200, "{\"userId\":\"carol\",\"coins\":1,\"diamonds\":0}"));
    server.enqueue(json(200, "{\"userId\":\"carol\",\"coins\":1,\"diamonds\":0,\"version\":\"x\"}"));
    WalletApi wallet = walletWithoutRetries();
    wallet.addListener(recorder);

    for (int i = 0; i < 3; i++) {
      MalformedResponseException e =
          catchThrowableOfType(MalformedResponseException.class, () -> wallet.balance().execute());
      assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
    }
    flushCallbacks();

    assertThat(wallet.cached()).isNull();
    assertThat(heard).isEmpty();
  }

  @Test
  void aStoppedCallbackExecutorNeverTurnsAnAnsweredCallIntoAFailure() throws Exception {
    server.enqueue(json(200, walletJson("carol", 0, 10000, 1)));
    server.enqueue(json(201, withdrawResponse(7900, 2)));
    WalletApi wallet = walletWithoutRetries();
    wallet.addListener(recorder);
    callbacks.shutdown(); // the app stopped its UI executor while work was still in flight

    assertThat(wallet.balance().execute().version()).isEqualTo(1);
    WithdrawalResult result = wallet.withdraw(2101, PayoutMethod.PAYPAL).execute();

    assertThat(result.wallet().version()).as("applied: the caller learns it").isEqualTo(2);
    assertThat(wallet.cached()).isEqualTo(result.wallet());
    assertThat(heard).isEmpty();
  }

  @Test
  void asyncBalanceIsDeliveredOnTheCallbackExecutor() throws Exception {
    server.enqueue(json(200, walletJson("carol", 0, 10000, 1)));
    BlockingQueue<String> outcome = new LinkedBlockingQueue<>();
    wallet()
        .balance()
        .enqueue(
            new Callback<Wallet>() {
              @Override
              public void onSuccess(Call<Wallet> call, Wallet wallet) {
                outcome.add(Thread.currentThread().getName() + ":" + wallet.diamonds());
              }

              @Override
              public void onFailure(Call<Wallet> call, LiveCoinsException e) {
                outcome.add("failure:" + e);
              }
            });
    assertThat(outcome.poll(5, TimeUnit.SECONDS)).isEqualTo(CALLBACK_THREAD + ":10000");
  }

  @Test
  void asyncFailuresArriveTypedOnTheCallbackExecutor() throws Exception {
    server.enqueue(error(403, "forbidden", "{\"reason\":\"not_creator\"}"));
    BlockingQueue<Object> outcome = new LinkedBlockingQueue<>();
    walletWithoutRetries()
        .earnings()
        .enqueue(
            new Callback<Earnings>() {
              @Override
              public void onSuccess(Call<Earnings> call, Earnings earnings) {
                outcome.add(earnings);
              }

              @Override
              public void onFailure(Call<Earnings> call, LiveCoinsException e) {
                outcome.add(Thread.currentThread().getName());
                outcome.add(e);
              }
            });
    assertThat(outcome.poll(5, TimeUnit.SECONDS)).isEqualTo(CALLBACK_THREAD);
    assertThat(outcome.poll(5, TimeUnit.SECONDS))
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.reason()).isEqualTo("not_creator"));
  }

  // ---- transactions ----

  @Test
  void theFirstTransactionsPageUsesTheDefaultLimit() throws Exception {
    server.enqueue(json(200, page("c2", tx("t1", "GIFT_RECEIVED", 0, 50), tx("t2", "WITHDRAWAL", 0, -2100))));

    Page<Transaction> page = wallet().transactions().execute();

    assertThat(page.items())
        .containsExactly(
            Transaction.builder().id("t1").type(TransactionType.GIFT_RECEIVED).diamonds(50)
                .createdAt(Instant.parse("2026-11-25T10:00:00Z")).reference("ref-t1").build(),
            Transaction.builder().id("t2").type(TransactionType.WITHDRAWAL).diamonds(-2100)
                .createdAt(Instant.parse("2026-11-25T10:00:00Z")).reference("ref-t2").build());
    assertThat(page.nextCursor()).isEqualTo("c2");
    assertThat(page.hasMore()).isTrue();
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/wallet/transactions?limit=50");
  }

  @Test
  void aCursorIsPercentEncodedIntoTheQuery() throws Exception {
    server.enqueue(json(200, page(null)));
    Page<Transaction> page = wallet().transactions(100, "a b&c=d/\u00e9+").execute();
    assertThat(page.items()).isEmpty();
    assertThat(page.hasMore()).isFalse();
    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/v1/wallet/transactions?limit=100&cursor=a%20b%26c%3Dd%2F%C3%A9%2B");
  }

  @Test
  void anUnknownTransactionTypeIsKeptAsUnknown() throws Exception {
    server.enqueue(json(200, page(null, tx("t1", "CASHBACK", 3, 0))));
    Transaction t = wallet().transactions().execute().items().get(0);
    assertThat(t.type()).isEqualTo(TransactionType.UNKNOWN);
    assertThat(t.coins()).isEqualTo(3);
  }

  @Test
  void aBrokenTransactionsPageIsAMalformedResponse() {
    server.enqueue(json(200, "{\"items\":[{\"id\":\"t1\"}],\"nextCursor\":null}"));
    MalformedResponseException e =
        catchThrowableOfType(MalformedResponseException.class, () -> walletWithoutRetries().transactions().execute());
    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(e.getMessage()).contains("transaction.type");
  }

  @Test
  void allTransactionsWalksEveryPageAndStopsAtANullCursor() throws Exception {
    server.enqueue(json(200, page("c2", tx("t1", "RECHARGE", 70, 0), tx("t2", "GIFT_SENT", -5, 0))));
    server.enqueue(json(200, page("c3"))); // an empty page that is not the last
    server.enqueue(json(200, page(null, tx("t3", "ADJUSTMENT", 1000, 0))));

    List<String> ids = new ArrayList<>();
    for (Transaction t : wallet().allTransactions(2)) ids.add(t.id());

    assertThat(ids).containsExactly("t1", "t2", "t3");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/wallet/transactions?limit=2");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/wallet/transactions?limit=2&cursor=c2");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/wallet/transactions?limit=2&cursor=c3");
  }

  @Test
  void allTransactionsFetchesLazilyAndNeverPastTheLastPage() throws Exception {
    server.enqueue(json(200, page("c2", tx("t1", "RECHARGE", 70, 0))));
    server.enqueue(json(200, page(null, tx("t2", "RECHARGE", 70, 0))));
    Iterable<Transaction> all = wallet().allTransactions(1);
    assertThat(server.getRequestCount()).as("nothing fetched before iterating").isZero();

    Iterator<Transaction> it = all.iterator();
    assertThat(it.next().id()).isEqualTo("t1");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(it.next().id()).isEqualTo("t2");
    assertThat(it.hasNext()).isFalse();
    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void anAutoPagingFailureSurfacesTypedAndTheSamePageIsRetriedOnTheNextHasNext() throws Exception {
    server.enqueue(json(200, page("c2", tx("t1", "RECHARGE", 70, 0))));
    server.enqueue(error(500, "internal", "{}"));
    server.enqueue(json(200, page(null, tx("t2", "RECHARGE", 70, 0))));
    Iterator<Transaction> it = walletWithoutRetries().allTransactions(1).iterator();

    assertThat(it.next().id()).isEqualTo("t1");
    ServerException e = catchThrowableOfType(ServerException.class, it::hasNext);
    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(it.next().id()).isEqualTo("t2");
    assertThat(it.hasNext()).isFalse();

    server.takeRequest();
    assertThat(server.takeRequest().getTarget()).endsWith("cursor=c2");
    assertThat(server.takeRequest().getTarget()).endsWith("cursor=c2");
  }

  @Test
  void aServerRepeatingTheCursorFailsInsteadOfLoopingForever() {
    server.enqueue(json(200, page("c2", tx("t1", "RECHARGE", 70, 0))));
    server.enqueue(json(200, page("c2")));
    Iterator<Transaction> it = wallet().allTransactions(1).iterator();
    assertThat(it.next().id()).isEqualTo("t1");
    assertThatThrownBy(it::hasNext).isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void eachIteratorStartsAgainFromTheFirstPage() throws Exception {
    server.enqueue(json(200, page(null, tx("t1", "RECHARGE", 70, 0))));
    server.enqueue(json(200, page(null, tx("t1", "RECHARGE", 70, 0))));
    Iterable<Transaction> all = wallet().allTransactions(10);
    assertThat(all).extracting(Transaction::id).containsExactly("t1");
    assertThat(all).extracting(Transaction::id).containsExactly("t1");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/wallet/transactions?limit=10");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/wallet/transactions?limit=10");
  }

  // ---- earnings ----

  @Test
  void earningsAreRead() throws Exception {
    server.enqueue(
        json(200,
            "{\"diamonds\":10000,\"withdrawableDiamonds\":10000,\"minimumWithdrawalDiamonds\":2000,"
                + "\"payoutRate\":{\"diamonds\":200,\"amount\":{\"amountMinor\":100,\"currency\":\"USD\"}},"
                + "\"dailyLimit\":{\"amountMinor\":100000,\"currency\":\"USD\"},"
                + "\"dailyRemaining\":{\"amountMinor\":100000,\"currency\":\"USD\"}}"));

    Earnings earnings = wallet().earnings().execute();

    assertThat(earnings)
        .isEqualTo(Earnings.builder().diamonds(10000).withdrawableDiamonds(10000)
            .minimumWithdrawalDiamonds(2000).payoutRate(new PayoutRate(200, Money.of(100, "USD")))
            .dailyLimit(Money.of(100_000, "USD")).dailyRemaining(Money.of(100_000, "USD")).build());
    assertThat(earnings.quote(2101).remainderDiamonds()).isEqualTo(1);
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/creator/earnings");
  }

  @Test
  void earningsOfANonCreatorAreForbiddenNotCreator() {
    server.enqueue(error(403, "forbidden", "{\"reason\":\"not_creator\"}"));
    ForbiddenException e =
        catchThrowableOfType(ForbiddenException.class, () -> wallet().earnings().execute());
    assertThat(e.reason()).isEqualTo("not_creator");
    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(e.requestId()).isEqualTo("req_test403");
  }

  // ---- withdraw ----

  @Test
  void withdrawPostsWireNamesAndOffersTheNewWalletToTheCache() throws Exception {
    server.enqueue(json(201, withdrawResponse(7900, 2)));
    WalletApi wallet = wallet();
    wallet.addListener(recorder);

    WithdrawalResult result = wallet.withdraw(2101, PayoutMethod.PAYPAL).execute();
    flushCallbacks();

    assertThat(result.withdrawal())
        .isEqualTo(Withdrawal.builder().id("wd_1").diamonds(2100).amount(Money.of(1050, "USD"))
            .payoutMethod(PayoutMethod.PAYPAL).status(WithdrawalStatus.PENDING)
            .createdAt(Instant.parse("2026-11-25T10:00:00Z")).build());
    assertThat(result.wallet()).isEqualTo(Wallet.builder().userId("carol").diamonds(7900).version(2).build());
    assertThat(wallet.cached()).isEqualTo(result.wallet());
    assertThat(heard).containsExactly(CALLBACK_THREAD + ":carol:2");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/v1/creator/withdrawals");
    assertThat(body(request)).isEqualTo("{\"diamonds\":2101,\"payoutMethod\":\"paypal\"}");
    assertThat(request.getHeaders().get("Idempotency-Key")).isNotBlank();
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
  }

  @Test
  void bankIsSentAsLowercaseBank() throws Exception {
    server.enqueue(json(201, withdrawResponse(7900, 2).replace("paypal", "bank")));
    assertThat(wallet().withdraw(2101, PayoutMethod.BANK).execute().withdrawal().payoutMethod())
        .isEqualTo(PayoutMethod.BANK);
    assertThat(body(server.takeRequest())).isEqualTo("{\"diamonds\":2101,\"payoutMethod\":\"bank\"}");
  }

  @Test
  void aWithdrawalRetriedAfterALostResponseReusesItsIdempotencyKey() throws Exception {
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(
        new MockResponse.Builder()
            .code(201)
            .setHeader("Content-Type", "application/json")
            .setHeader("Idempotent-Replayed", "true")
            .body(withdrawResponse(7900, 2))
            .build());

    WithdrawalResult result = wallet().withdraw(2101, PayoutMethod.BANK).execute();

    assertThat(result.wallet().diamonds()).isEqualTo(7900);
    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertThat(second.getHeaders().get("Idempotency-Key"))
        .isNotBlank()
        .isEqualTo(first.getHeaders().get("Idempotency-Key"));
    assertThat(body(second)).isEqualTo(body(first));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aCloneAfterAnUnknownOutcomeReusesTheIdempotencyKey() throws Exception {
    server.enqueue(error(503, "unavailable", "{}"));
    server.enqueue(json(201, withdrawResponse(7900, 2)));
    Call<WithdrawalResult> call = walletWithoutRetries().withdraw(2101, PayoutMethod.BANK);

    ServerException e = catchThrowableOfType(ServerException.class, call::execute);
    assertThat(e.effect()).isEqualTo(Effect.UNKNOWN);
    assertThat(e.mayHaveTakenEffect()).isTrue();
    assertThat(call.clone().execute().withdrawal().id()).isEqualTo("wd_1");

    String key = server.takeRequest().getHeaders().get("Idempotency-Key");
    assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo(key);
  }

  @Test
  void separateWithdrawCallsGetSeparateKeys() throws Exception {
    server.enqueue(json(201, withdrawResponse(7900, 2)));
    server.enqueue(json(201, withdrawResponse(5800, 3)));
    WalletApi wallet = wallet();
    wallet.withdraw(2101, PayoutMethod.BANK).execute();
    wallet.withdraw(2101, PayoutMethod.BANK).execute();
    assertThat(server.takeRequest().getHeaders().get("Idempotency-Key"))
        .isNotEqualTo(server.takeRequest().getHeaders().get("Idempotency-Key"));
  }

  @Test
  void belowMinimumIsTyped() {
    server.enqueue(error(422, "below_minimum_withdrawal", "{\"minimumDiamonds\":2000}"));
    BelowMinimumWithdrawalException e =
        catchThrowableOfType(BelowMinimumWithdrawalException.class,
            () -> wallet().withdraw(1999, PayoutMethod.BANK).execute());
    assertThat(e.minimumDiamonds()).isEqualTo(2000);
    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(server.getRequestCount()).as("a business error is not retried").isEqualTo(1);
  }

  @Test
  void theDailyLimitIsTyped() {
    server.enqueue(
        error(422, "limit_exceeded",
            "{\"limit\":{\"amountMinor\":100000,\"currency\":\"USD\"},"
                + "\"remaining\":{\"amountMinor\":500,\"currency\":\"USD\"},\"resetsAt\":\"2026-11-26T00:00:00Z\"}"));
    LimitExceededException e =
        catchThrowableOfType(LimitExceededException.class,
            () -> wallet().withdraw(2000, PayoutMethod.PAYPAL).execute());
    assertThat(e.limit()).isEqualTo(Money.of(100_000, "USD"));
    assertThat(e.remaining()).isEqualTo(Money.of(500, "USD"));
    assertThat(e.resetsAt()).isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));
    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
  }

  @Test
  void insufficientDiamondsAreTyped() {
    server.enqueue(
        error(402, "insufficient_diamonds", "{\"balance\":10000,\"required\":20000,\"shortfall\":10000}"));
    InsufficientDiamondsException e =
        catchThrowableOfType(InsufficientDiamondsException.class,
            () -> wallet().withdraw(20000, PayoutMethod.BANK).execute());
    assertThat(e.balance()).isEqualTo(10000);
    assertThat(e.required()).isEqualTo(20000);
    assertThat(e.shortfall()).isEqualTo(10000);
    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
  }

  @Test
  void aNonCreatorWithdrawalIsForbiddenNotCreator() {
    server.enqueue(error(403, "forbidden", "{\"reason\":\"not_creator\"}"));
    ForbiddenException e =
        catchThrowableOfType(ForbiddenException.class,
            () -> wallet().withdraw(2000, PayoutMethod.BANK).execute());
    assertThat(e.reason()).isEqualTo("not_creator");
    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
  }

  @Test
  void aMalformedWithdrawResponseIsAppliedButNothingIsCached() throws Exception {
    server.enqueue(json(201, "{\"withdrawal\":" + WITHDRAWAL + "}"));
    WalletApi wallet = wallet();
    wallet.addListener(recorder);

    MalformedResponseException e =
        catchThrowableOfType(MalformedResponseException.class,
            () -> wallet.withdraw(2101, PayoutMethod.BANK).execute());
    flushCallbacks();

    assertThat(e.effect()).isEqualTo(Effect.APPLIED);
    assertThat(wallet.cached()).isNull();
    assertThat(heard).isEmpty();
  }

  // ---- arguments ----

  @Test
  void badArgumentsAreRejectedBeforeAnyRequest() {
    WalletApi wallet = wallet();
    assertThatThrownBy(() -> wallet.transactions(0, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> wallet.transactions(101, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> wallet.transactions(-5, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> wallet.transactions(10, "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> wallet.transactions(10, "  ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> wallet.allTransactions(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> wallet.allTransactions(101)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> wallet.withdraw(0, PayoutMethod.BANK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
    assertThatThrownBy(() -> wallet.withdraw(-1, PayoutMethod.BANK))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> wallet.withdraw(Long.MIN_VALUE, PayoutMethod.BANK))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> wallet.withdraw(10, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("method == null");
    assertThatThrownBy(() -> wallet.withdraw(10, PayoutMethod.UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> wallet.addListener(null)).isInstanceOf(NullPointerException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void boundaryArgumentsAreAccepted() throws Exception {
    server.enqueue(json(200, page(null)));
    server.enqueue(json(200, page(null)));
    WalletApi wallet = wallet();
    wallet.transactions(1, null).execute();
    wallet.transactions(100, "c").execute();
    assertThat(server.takeRequest().getTarget()).endsWith("limit=1");
    assertThat(server.takeRequest().getTarget()).endsWith("limit=100&cursor=c");
  }
}
