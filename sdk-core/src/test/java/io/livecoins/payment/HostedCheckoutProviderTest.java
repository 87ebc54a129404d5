package io.livecoins.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.livecoins.AuthTokenProvider;
import io.livecoins.LiveCoins;
import io.livecoins.RetryPolicy;
import io.livecoins.errors.Effect;
import io.livecoins.errors.PaymentCancelledException;
import io.livecoins.errors.PaymentDeclinedException;
import io.livecoins.errors.PaymentUncertainException;
import io.livecoins.recharge.CoinPackage;
import io.livecoins.recharge.FilePendingOrderStore;
import io.livecoins.recharge.OrderStatus;
import io.livecoins.recharge.PendingOrderStore;
import io.livecoins.recharge.PurchaseResult;
import io.livecoins.test.RecordingSleeper;
import io.livecoins.testing.DemoData;
import io.livecoins.testing.LedgerEntry;
import io.livecoins.testing.LiveCoinsMockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hosted checkout provider against the mock backend's real page, with a scripted browser (plain HTTP
 * form posts; the headless Chromium test is in sdk-jvm-sample). Exactly-once crediting whatever the order
 * of return, session state and "crash".
 */
final class HostedCheckoutProviderTest {
  static final String RETURN_URL = "livecoins-test://checkout/return";

  @TempDir Path dir;
  // Prices are bound to the account's region (#14): one viewer per region the tests shop in besides US.
  private final LiveCoinsMockServer server = LiveCoinsMockServer.builder().seed(11)
      .addUser(io.livecoins.testing.MockUser.viewer("gwen", "token-gwen").region("GB").build())
      .addUser(io.livecoins.testing.MockUser.viewer("indah", "token-indah").region("ID").build())
      .addUser(io.livecoins.testing.MockUser.viewer("dieter", "token-dieter").region("DE").build())
      .build().start();
  private final OkHttpClient http = new OkHttpClient.Builder().followRedirects(false)
      .readTimeout(Duration.ofSeconds(10)).build();
  private final RecordingSleeper sleeper = new RecordingSleeper();

  @AfterEach
  void tearDown() {
    server.assertConsistent();
    assertThat(server.contractViolations()).isEmpty();
    assertThat(server.requestViolations()).isEmpty();
    server.close();
  }

  /** What the scripted user does on the page; then the "browser" follows the redirect to the app. */
  interface User {
    void act(CheckoutPage page, HostedCheckoutProvider provider) throws Exception;
  }

  HostedCheckoutProvider provider(User user, AtomicReference<HostedCheckoutProvider> self) {
    HostedCheckoutProvider p = HostedCheckoutProvider.builder()
        .launcher(page -> user.act(page, self.get()))
        .returnUrl(RETURN_URL)
        .pollInterval(Duration.ofMillis(20))
        .maxWait(Duration.ofSeconds(20))
        .build();
    self.set(p);
    return p;
  }

  HostedCheckoutProvider provider(User user) {
    return provider(user, new AtomicReference<>());
  }

  LiveCoins client(HostedCheckoutProvider provider, PendingOrderStore store) {
    return client(provider, store, DemoData.ALICE, DemoData.ALICE_TOKEN);
  }

  /** A client of the viewer {@code userId}, whose account shops in its own region. */
  LiveCoins client(HostedCheckoutProvider provider, PendingOrderStore store, String userId, String token) {
    return LiveCoins.builder()
        .baseUrl(server.url().toString())
        .authTokenProvider(AuthTokenProvider.of(userId, token))
        .paymentProvider(provider)
        .pendingOrderStore(store)
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).jitter(false).build())
        .sleeper(sleeper)
        .build();
  }

  FilePendingOrderStore store() {
    return new FilePendingOrderStore(dir.resolve("orders.json"));
  }

  static CoinPackage pack(LiveCoins client, String region) {
    return client.recharge().packages(region).execute().get(2); // 700 + 35 bonus
  }

  /** Submits the page's form; answers where the page sends the browser (null when it does not redirect). */
  String submit(CheckoutPage page, String method, String outcome) {
    FormBody.Builder form = new FormBody.Builder().add("outcome", outcome);
    if (method != null) form.add("method", method);
    try (Response r = http.newCall(new Request.Builder().url(page.url()).post(form.build()).build()).execute()) {
      return r.code() == 303 ? r.header("Location") : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  User pays(String method) {
    return (page, provider) -> {
      String back = submit(page, method, "approve");
      if (back != null) provider.deliver(CheckoutReturn.fromUrl(back));
    };
  }

  long aliceCoins() {
    return server.wallet(DemoData.ALICE).coins();
  }

  long rechargeCredits(String orderId) {
    return rechargeCredits(orderId, DemoData.ALICE);
  }

  long rechargeCredits(String orderId, String userId) {
    return server.ledgerEntries().stream()
        .filter(e -> e.type().equals("RECHARGE") && e.reference().equals(orderId) && e.account().equals("user:" + userId))
        .mapToLong(LedgerEntry::amount).sum();
  }

  long confirmRequests() {
    return server.requestLog().stream().filter(r -> "POST /v1/recharge-orders/{id}/confirm".equals(r.route())).count();
  }

  @Test
  void paidOnThePageIsCreditedOnceByTheBackendWithoutAToken() {
    FilePendingOrderStore store = store();
    LiveCoins client = client(provider(pays("paypal")), store);

    PurchaseResult result = client.recharge().purchase(pack(client, "US"), "web", PaymentMethod.none()).execute();

    assertThat(result.order().status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(result.coinsCredited()).isEqualTo(735);
    assertThat(aliceCoins()).isEqualTo(735);
    assertThat(rechargeCredits(result.order().id())).isEqualTo(735);
    assertThat(confirmRequests()).isZero();
    assertThat(store.all()).isEmpty();
    assertThat(server.checkout().sessions()).containsValue("PAID");
  }

  @Test
  void closingThePageIsATypedCancelWithNothingCharged() {
    FilePendingOrderStore store = store();
    LiveCoins client = client(provider((page, p) -> p.deliver(CheckoutReturn.fromUrl(submit(page, null, "close")))),
        store, "gwen", "token-gwen");

    PaymentCancelledException e = catchThrowableOfType(PaymentCancelledException.class,
        () -> client.recharge().purchase(pack(client, "GB"), "web", PaymentMethod.none()).execute());

    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(server.wallet("gwen").coins()).isZero();
    assertThat(store.all()).isEmpty();
    assertThat(server.checkout().sessions().values()).containsOnly("CANCELLED");
  }

  @Test
  void closingTheTabWithoutAReturnClosesTheSessionAtTheBackend() {
    LiveCoins client = client(provider((page, p) -> p.deliver(CheckoutReturn.closed())), store());

    assertThatThrownBy(() -> client.recharge().purchase(pack(client, "US"), "web", PaymentMethod.none()).execute())
        .isInstanceOfSatisfying(PaymentCancelledException.class, e -> assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED));
    assertThat(server.checkout().sessions().values()).containsOnly("CANCELLED");
    assertThat(aliceCoins()).isZero();
  }

  @Test
  void aLostReturnIsCoveredByTheSessionsState() {
    server.checkout().loseReturns(1);
    LiveCoins client = client(provider(pays("venmo")), store());

    PurchaseResult result = client.recharge().purchase(pack(client, "US"), "web", PaymentMethod.none()).execute();

    assertThat(result.order().status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(aliceCoins()).isEqualTo(735);
  }

  @Test
  void paidBeforeTheUserClosedTheTabIsCreditedNotCancelled() {
    server.checkout().loseReturns(1);
    LiveCoins client = client(provider((page, p) -> {
      submit(page, "paypal", "approve"); // paid, the redirect is lost...
      p.deliver(CheckoutReturn.closed()); // ...and the user closes the tab
    }), store());

    PurchaseResult result = client.recharge().purchase(pack(client, "US"), "web", PaymentMethod.none()).execute();

    assertThat(result.order().status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(aliceCoins()).isEqualTo(735);
  }

  @Test
  void aForgedReturnCreditsNothing() {
    server.checkout().loseReturns(1);
    LiveCoins client = client(provider((page, p) ->
        p.deliver(CheckoutReturn.fromUrl(RETURN_URL + "?session=" + page.sessionId() + "&result=paid"))), store());

    assertThatThrownBy(() -> client.recharge().purchase(pack(client, "US"), "web", PaymentMethod.none()).execute())
        .isInstanceOf(PaymentCancelledException.class);
    assertThat(aliceCoins()).isZero();
  }

  @Test
  void declinedOnThePageIsATypedDeclineWithNothingCharged() {
    FilePendingOrderStore store = store();
    LiveCoins client = client(provider((page, p) -> p.deliver(CheckoutReturn.fromUrl(submit(page, "ovo", "decline")))),
        store, "indah", "token-indah");

    PaymentDeclinedException e = catchThrowableOfType(PaymentDeclinedException.class,
        () -> client.recharge().purchase(pack(client, "ID"), "web", PaymentMethod.none()).execute());

    assertThat(e.reason()).isEqualTo(DeclineReason.DECLINED);
    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(store.all()).isEmpty();
    assertThat(server.wallet("indah").coins()).isZero();
  }

  @Test
  void aDelayedCompletionIsAwaitedByReadingTheOrder() {
    server.checkout().delayCompletion(3);
    LiveCoins client = client(provider(pays("paypal")), store());

    PurchaseResult result = client.recharge().purchase(pack(client, "US"), "web", PaymentMethod.none()).execute();

    assertThat(result.order().status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(aliceCoins()).isEqualTo(735);
    assertThat(sleeper.sleeps()).isNotEmpty();
  }

  @Test
  void aPaymentLeftPendingIsKeptAndResumePendingCreditsItOnceSettled() {
    FilePendingOrderStore store = store();
    AtomicReference<String> session = new AtomicReference<>();
    LiveCoins client = client(provider((page, p) -> {
      session.set(page.sessionId());
      p.deliver(CheckoutReturn.fromUrl(submit(page, "sepa", "pending")));
    }), store, "dieter", "token-dieter");

    PurchaseResult result = client.recharge()
        .purchase(io.livecoins.recharge.PurchaseRequest.of(pack(client, "DE"), "web", PaymentMethod.none()).withPollTimeout(Duration.ofSeconds(5)))
        .execute();
    assertThat(result.order().status()).isEqualTo(OrderStatus.PENDING);
    assertThat(store.all()).hasSize(1);

    server.checkout().settlePending(session.get());
    List<PurchaseResult> resumed = client.recharge().resumePending().execute();

    assertThat(resumed).hasSize(1);
    assertThat(resumed.get(0).order().status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(rechargeCredits(result.order().id(), "dieter")).isEqualTo(735);
    assertThat(store.all()).isEmpty();
    assertThat(client.recharge().resumePending().execute()).isEmpty();
  }

  @Test
  void appKilledBeforeTheReturnIsCreditedOnceByTheNextStartsResumePending() throws Exception {
    CountDownLatch shown = new CountDownLatch(1);
    AtomicReference<CheckoutPage> shownPage = new AtomicReference<>();
    LiveCoins first = client(provider((page, p) -> {
      shownPage.set(page);
      shown.countDown(); // the browser is open; the app dies before the user is back
    }), store());
    CoinPackage pack = pack(first, "US");
    AtomicReference<Throwable> outcome = new AtomicReference<>();
    Thread app = new Thread(() -> {
      try {
        first.recharge().purchase(pack, "web", PaymentMethod.none()).execute();
      } catch (Throwable t) {
        outcome.set(t);
      }
    });
    app.start();
    assertThat(shown.await(10, TimeUnit.SECONDS)).isTrue();
    app.interrupt(); // the purchase is abandoned while the page is open
    app.join(10_000);
    assertThat(app.isAlive()).isFalse();
    assertThat(outcome.get()).isInstanceOfSatisfying(PaymentUncertainException.class,
        e -> assertThat(e.effect()).isEqualTo(Effect.UNKNOWN));

    // The user pays anyway; the return reaches nobody (deliver answers false: nothing waits).
    String back = submit(shownPage.get(), "paypal", "approve");
    HostedCheckoutProvider restarted = provider((page, p) -> { throw new AssertionError("no new page"); });
    assertThat(restarted.deliver(CheckoutReturn.fromUrl(back))).isFalse();

    FilePendingOrderStore store = store(); // a new instance on the same file: the next start
    LiveCoins second = client(restarted, store);
    List<PurchaseResult> resumed = second.recharge().resumePending().execute();

    assertThat(resumed).hasSize(1);
    assertThat(resumed.get(0).order().status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(aliceCoins()).isEqualTo(735);
    assertThat(rechargeCredits(shownPage.get().orderId())).isEqualTo(735);
    assertThat(store.all()).isEmpty();
    assertThat(second.recharge().resumePending().execute()).isEmpty();
    assertThat(aliceCoins()).isEqualTo(735);
  }

  @Test
  void noAnswerWithinMaxWaitClosesThePageAsACancel() {
    HostedCheckoutProvider provider = HostedCheckoutProvider.builder()
        .launcher(page -> {}) // the user never acts
        .returnUrl(RETURN_URL).pollInterval(Duration.ofMillis(10)).maxWait(Duration.ofMillis(100)).build();
    LiveCoins client = client(provider, store());

    assertThatThrownBy(() -> client.recharge().purchase(pack(client, "US"), "web", PaymentMethod.none()).execute())
        .isInstanceOf(PaymentCancelledException.class);
    assertThat(server.checkout().sessions().values()).containsOnly("CANCELLED");
  }

  @Test
  void aLauncherThatCannotOpenThePageChargesNothing() {
    LiveCoins client = client(provider((page, p) -> { throw new IllegalStateException("no browser"); }), store());

    assertThatThrownBy(() -> client.recharge().purchase(pack(client, "US"), "web", PaymentMethod.none()).execute())
        .isInstanceOfSatisfying(PaymentCancelledException.class, e -> assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED));
    assertThat(server.checkout().sessions().values()).containsOnly("CANCELLED");
  }

  @Test
  void theLauncherGetsTheRegionsMethodsAndTheReturnCarriesTheSession() {
    AtomicReference<CheckoutPage> seen = new AtomicReference<>();
    LiveCoins client = client(provider((page, p) -> {
      seen.set(page);
      String back = submit(page, "gopay", "approve");
      assertThat(p.isReturnUrl(back)).isTrue();
      assertThat(CheckoutReturn.fromUrl(back).sessionId()).isEqualTo(page.sessionId());
      assertThat(CheckoutReturn.fromUrl(back).result()).isEqualTo("paid");
      p.deliver(CheckoutReturn.fromUrl(back));
    }), store(), "indah", "token-indah");

    client.recharge().purchase(pack(client, "ID"), "web", PaymentMethod.none()).execute();

    assertThat(seen.get().status()).isEqualTo(CheckoutPage.Status.OPEN);
    assertThat(seen.get().url()).startsWith(server.url().toString());
    assertThat(seen.get().methods()).extracting(CheckoutMethod::name).contains("PayPal", "OVO", "GoPay");
  }

  @Test
  void anUnregisteredProviderDeclinesWithoutOpeningAnything() {
    HostedCheckoutProvider provider = provider((page, p) -> { throw new AssertionError(); });
    PaymentResult result = provider.authorize(PaymentRequest.builder().orderId("ord_1")
        .packageId("coins-70").coins(70).price(io.livecoins.Money.of(99, "USD")).region("US")
        .method(PaymentMethod.none()).build());
    assertThat(result.outcome()).isEqualTo(PaymentResult.Outcome.DECLINED);
  }

  @Test
  void returnUrlsAreParsedAndCheckedStrictly() {
    CheckoutReturn r = CheckoutReturn.fromUrl("myapp://x/return?session=cs_1&result=paid");
    assertThat(r.sessionId()).isEqualTo("cs_1");
    assertThat(r.result()).isEqualTo("paid");
    assertThat(r).isEqualTo(CheckoutReturn.fromUrl("myapp://x/return?result=paid&session=cs_1"));
    assertThatThrownBy(() -> CheckoutReturn.fromUrl("myapp://x/return?result=paid"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(CheckoutReturn.closed().sessionId()).isNull();
    HostedCheckoutProvider p = provider((page, x) -> {});
    assertThat(p.isReturnUrl(RETURN_URL + "?session=cs_1")).isTrue();
    assertThat(p.isReturnUrl(RETURN_URL + "-evil?session=cs_1")).isFalse();
    assertThat(p.isReturnUrl(null)).isFalse();
    assertThatThrownBy(() -> HostedCheckoutProvider.builder().returnUrl("not a url")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HostedCheckoutProvider.builder().returnUrl("myapp://r?x=1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HostedCheckoutProvider.builder().returnUrl(RETURN_URL).build()).isInstanceOf(NullPointerException.class);
    assertThat(PaymentResult.completedByBackend("cs_1").token()).isNull();
    assertThat(PaymentResult.completedByBackend("cs_1").outcome()).isEqualTo(PaymentResult.Outcome.COMPLETED_BY_BACKEND);
  }
}
