package io.livecoins.recharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.livecoins.AuthTokenProvider;
import io.livecoins.Call;
import io.livecoins.LiveCoins;
import io.livecoins.RetryPolicy;
import io.livecoins.errors.Effect;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.payment.SandboxPaymentProvider;
import io.livecoins.payment.TestCard;
import io.livecoins.test.RecordingSleeper;
import io.livecoins.testing.DemoData;
import io.livecoins.testing.ExpiredPaymentPolicy;
import io.livecoins.testing.Fault;
import io.livecoins.testing.LiveCoinsMockServer;
import io.livecoins.testing.OrderSnapshot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A paid purchase survives a device's real life (issue #11): another account on the same store file,
 * a reopen after the order expired, and every UNKNOWN outcome has a way to settle. Against the
 * stateful mock backend with one shared {@link FilePendingOrderStore} file.
 */
final class PaidPurchaseSurvivalTest {
  private static final String CONFIRM = "POST /v1/recharge-orders/{id}/confirm";
  private static final String GET_ORDER = "GET /v1/recharge-orders/{id}";

  @TempDir Path dir;
  private LiveCoinsMockServer server = LiveCoinsMockServer.builder().seed(11).build().start();
  private final RecordingSleeper sleeper = new RecordingSleeper();

  @AfterEach
  void tearDown() {
    server.assertConsistent();
    assertThat(server.contractViolations()).isEmpty();
    assertThat(server.requestViolations()).isEmpty();
    server.close();
  }

  private void useServer(ExpiredPaymentPolicy policy) {
    server.close();
    server = LiveCoinsMockServer.builder().seed(11).expiredPaymentPolicy(policy).build().start();
  }

  /** A fresh client (a new app start): its own sandbox provider, so only the store file holds tokens. */
  private LiveCoins client(String userId, String token) {
    return LiveCoins.builder()
        .baseUrl(server.url().toString())
        .authTokenProvider(AuthTokenProvider.of(userId, token))
        .paymentProvider(new SandboxPaymentProvider())
        .pendingOrderStore(new FilePendingOrderStore(dir.resolve("pending-orders.json")))
        .retryPolicy(RetryPolicy.builder().maxAttempts(2).jitter(false).build())
        .sleeper(sleeper)
        .build();
  }

  private LiveCoins alice() {
    return client(DemoData.ALICE, DemoData.ALICE_TOKEN);
  }

  private LiveCoins bob() {
    return client(DemoData.BOB, DemoData.BOB_TOKEN);
  }

  private static CoinPackage coins700(LiveCoins client) {
    for (CoinPackage p : client.recharge().packages("US").execute()) {
      if (p.id().equals("coins-700")) return p;
    }
    throw new AssertionError("no coins-700");
  }

  /** Alice pays; every confirmation is dropped; her record holds the payment token. */
  private String aliceHasPaidButNoConfirmationArrived() {
    LiveCoins alice = alice();
    CoinPackage pack = coins700(alice);
    server.faults().randomly(CONFIRM, 1.0, Fault.dropBeforeProcessing());
    LiveCoinsException e = catchThrowableOfType(LiveCoinsException.class,
        () -> alice.recharge().purchase(pack, "sandbox", TestCard.VISA).execute());
    server.faults().clear();
    assertThat(e.effect()).isEqualTo(Effect.UNKNOWN);
    OrderSnapshot order = onlyOrder();
    assertThat(order.status()).isEqualTo("AWAITING_PAYMENT");
    PendingOrder record = new FilePendingOrderStore(dir.resolve("pending-orders.json")).get(order.id());
    assertThat(record.state()).isEqualTo(PendingOrder.State.AUTHORIZED);
    assertThat(record.userId()).isEqualTo(DemoData.ALICE);
    return order.id();
  }

  private OrderSnapshot onlyOrder() {
    assertThat(server.orders()).hasSize(1);
    return server.orders().get(0);
  }

  private long aliceCoins() {
    return server.wallet(DemoData.ALICE).coins();
  }

  @Test
  void anotherUsersResumePendingNeverDeletesAPaidRecord() {
    String orderId = aliceHasPaidButNoConfirmationArrived();

    List<PurchaseResult> bobs = bob().recharge().resumePending().execute();

    assertThat(bobs).isEmpty();
    assertThat(new FilePendingOrderStore(dir.resolve("pending-orders.json")).get(orderId)).isNotNull();
    List<PurchaseResult> alices = alice().recharge().resumePending().execute();
    assertThat(alices).singleElement().satisfies(r -> {
      assertThat(r.outcome()).isEqualTo(PurchaseResult.Outcome.CREDITED);
      assertThat(r.coinsCredited()).isEqualTo(735);
    });
    assertThat(aliceCoins()).isEqualTo(735);
    assertThat(server.wallet(DemoData.BOB).coins()).isEqualTo(1000);
    assertThat(new FilePendingOrderStore(dir.resolve("pending-orders.json")).all()).isEmpty();
  }

  @Test
  void aPaidOrderReopenedAfterExpiryIsCreditedLateNeverSilentlyLost() {
    String orderId = aliceHasPaidButNoConfirmationArrived();
    server.expireOrder(orderId);

    List<PurchaseResult> results = alice().recharge().resumePending().execute();

    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.outcome()).isEqualTo(PurchaseResult.Outcome.CREDITED_LATE);
      assertThat(r.order().creditedLate()).isTrue();
      assertThat(r.coinsCredited()).isEqualTo(735);
    });
    assertThat(aliceCoins()).isEqualTo(735);
    assertThat(onlyOrder().status()).isEqualTo("COMPLETED");
    assertThat(new FilePendingOrderStore(dir.resolve("pending-orders.json")).all()).isEmpty();
  }

  @Test
  void aPaidOrderReopenedAfterExpiryUnderTheVoidPolicyIsReportedVoidedWithItsRefund() {
    useServer(ExpiredPaymentPolicy.VOID);
    String orderId = aliceHasPaidButNoConfirmationArrived();
    server.expireOrder(orderId);

    List<PurchaseResult> results = alice().recharge().resumePending().execute();

    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.outcome()).isEqualTo(PurchaseResult.Outcome.VOIDED);
      assertThat(r.status()).isEqualTo(OrderStatus.VOIDED);
      assertThat(r.order().refundReference()).isEqualTo("void_" + orderId);
      assertThat(r.coinsCredited()).isZero();
    });
    assertThat(aliceCoins()).isZero();
    assertThat(onlyOrder().status()).isEqualTo("VOIDED");
    assertThat(new FilePendingOrderStore(dir.resolve("pending-orders.json")).all()).isEmpty();
  }

  @Test
  void aSecondAccountAndAnExpiryTogetherStillEndCreditedForTheOwner() {
    String orderId = aliceHasPaidButNoConfirmationArrived();
    assertThat(bob().recharge().resumePending().execute()).isEmpty();
    server.expireOrder(orderId);
    assertThat(bob().recharge().resumePending().execute()).isEmpty();

    assertThat(alice().recharge().resume(orderId).execute().outcome())
        .isEqualTo(PurchaseResult.Outcome.CREDITED_LATE);
    assertThat(aliceCoins()).isEqualTo(735);
  }

  @Test
  void aPurchasePaidAfterItsOrderExpiredReturnsTheVoidAsATypedResult() {
    useServer(ExpiredPaymentPolicy.VOID);
    SandboxPaymentProvider sandbox = new SandboxPaymentProvider();
    // The user sat in the payment sheet past the order's time to live.
    io.livecoins.payment.PaymentProvider slowSheet = new io.livecoins.payment.PaymentProvider() {
      @Override
      public String id() {
        return sandbox.id();
      }

      @Override
      public io.livecoins.payment.PaymentResult authorize(io.livecoins.payment.PaymentRequest request) {
        server.expireOrder(request.orderId());
        return sandbox.authorize(request);
      }
    };
    LiveCoins client = LiveCoins.builder()
        .baseUrl(server.url().toString())
        .authTokenProvider(AuthTokenProvider.of(DemoData.ALICE, DemoData.ALICE_TOKEN))
        .paymentProvider(slowSheet)
        .pendingOrderStore(new FilePendingOrderStore(dir.resolve("pending-orders.json")))
        .sleeper(sleeper)
        .build();

    PurchaseResult result = client.recharge().purchase(coins700(client), "sandbox", TestCard.VISA).execute();

    assertThat(result.outcome()).isEqualTo(PurchaseResult.Outcome.VOIDED);
    assertThat(result.order().refundReference()).startsWith("void_");
    assertThat(result.coinsCredited()).isZero();
    assertThat(aliceCoins()).isZero();
    assertThat(new FilePendingOrderStore(dir.resolve("pending-orders.json")).all()).isEmpty();
  }

  /** A provider that closes the client while its payment sheet is open, then pays. */
  private static io.livecoins.payment.PaymentProvider closingTheClientWhilePaying(
      java.util.concurrent.atomic.AtomicReference<LiveCoins> client) {
    SandboxPaymentProvider sandbox = new SandboxPaymentProvider();
    return new io.livecoins.payment.PaymentProvider() {
      @Override
      public String id() {
        return sandbox.id();
      }

      @Override
      public io.livecoins.payment.PaymentResult authorize(io.livecoins.payment.PaymentRequest request) {
        client.get().close(); // the screen that owns the client is destroyed mid-payment
        return sandbox.authorize(request);
      }
    };
  }

  private LiveCoins aliceWith(io.livecoins.payment.PaymentProvider provider) {
    return LiveCoins.builder()
        .baseUrl(server.url().toString())
        .authTokenProvider(AuthTokenProvider.of(DemoData.ALICE, DemoData.ALICE_TOKEN))
        .paymentProvider(provider)
        .pendingOrderStore(new FilePendingOrderStore(dir.resolve("pending-orders.json")))
        .callbackExecutor(Runnable::run)
        .sleeper(sleeper)
        .build();
  }

  @Test
  void aClientClosedWhileTheUserPaysStillFinishesTheBlockingPurchase() {
    java.util.concurrent.atomic.AtomicReference<LiveCoins> holder = new java.util.concurrent.atomic.AtomicReference<>();
    LiveCoins client = aliceWith(closingTheClientWhilePaying(holder));
    holder.set(client);
    CoinPackage pack = coins700(client);

    PurchaseResult result = client.recharge().purchase(pack, "sandbox", TestCard.VISA).execute();

    assertThat(client.isClosed()).isTrue();
    assertThat(result.outcome()).isEqualTo(PurchaseResult.Outcome.CREDITED);
    assertThat(aliceCoins()).isEqualTo(735);
    assertThat(new FilePendingOrderStore(dir.resolve("pending-orders.json")).all()).isEmpty();
  }

  @Test
  void aClientClosedWhileTheUserPaysStillFinishesTheEnqueuedPurchaseAndDeliversIt() throws Exception {
    java.util.concurrent.atomic.AtomicReference<LiveCoins> holder = new java.util.concurrent.atomic.AtomicReference<>();
    LiveCoins client = aliceWith(closingTheClientWhilePaying(holder));
    holder.set(client);
    CoinPackage pack = coins700(client);
    java.util.concurrent.CompletableFuture<Object> delivered = new java.util.concurrent.CompletableFuture<>();

    client.recharge().purchase(pack, "sandbox", TestCard.VISA).enqueue(new io.livecoins.Callback<PurchaseResult>() {
      @Override
      public void onSuccess(Call<PurchaseResult> call, PurchaseResult result) {
        delivered.complete(result);
      }

      @Override
      public void onFailure(Call<PurchaseResult> call, LiveCoinsException error) {
        delivered.complete(error);
      }
    });

    Object outcome = delivered.get(30, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(outcome).isInstanceOf(PurchaseResult.class);
    assertThat(((PurchaseResult) outcome).outcome()).isEqualTo(PurchaseResult.Outcome.CREDITED);
    assertThat(aliceCoins()).isEqualTo(735);
    assertThat(new FilePendingOrderStore(dir.resolve("pending-orders.json")).all()).isEmpty();
  }

  /** Where a purchase can end with effect UNKNOWN. */
  enum UnknownAt {
    CONFIRM_LOST_BEFORE_THE_SERVER(CONFIRM, Fault.dropBeforeProcessing(), TestCard.VISA),
    CONFIRM_LOST_AFTER_THE_COMMIT(CONFIRM, Fault.dropAfterCommit(), TestCard.VISA),
    POLL_OF_A_PENDING_PAYMENT_LOST(GET_ORDER, Fault.dropBeforeProcessing(), TestCard.VISA.pendingFor(2)),
    PROVIDER_CANNOT_TELL(null, null, TestCard.VISA.outcomeUnknown());

    final String route;
    final Fault fault;
    final TestCard card;

    UnknownAt(String route, Fault fault, TestCard card) {
      this.route = route;
      this.fault = fault;
      this.card = card;
    }
  }

  @ParameterizedTest
  @EnumSource(UnknownAt.class)
  void everyUnknownPurchaseOutcomeIsSettledByResumePendingExactlyOnce(UnknownAt at) {
    LiveCoins client = alice();
    CoinPackage pack = coins700(client);
    if (at.route != null) server.faults().randomly(at.route, 1.0, at.fault);
    LiveCoinsException e = catchThrowableOfType(LiveCoinsException.class,
        () -> client.recharge().purchase(pack, "sandbox", at.card).execute());
    server.faults().clear();
    assertThat(e.effect()).isEqualTo(Effect.UNKNOWN);

    List<PurchaseResult> results = client.recharge().resumePending().execute();

    assertThat(results).extracting(PurchaseResult::outcome).containsExactly(PurchaseResult.Outcome.CREDITED);
    assertThat(aliceCoins()).isEqualTo(735);
    assertThat(client.recharge().resumePending().execute()).isEmpty();
    assertThat(aliceCoins()).isEqualTo(735);
  }

  @ParameterizedTest
  @EnumSource(value = UnknownAt.class, names = {"CONFIRM_LOST_BEFORE_THE_SERVER", "CONFIRM_LOST_AFTER_THE_COMMIT",
      "POLL_OF_A_PENDING_PAYMENT_LOST"})
  void everyUnknownPurchaseOutcomeIsSettledByACloneExactlyOnce(UnknownAt at) {
    LiveCoins client = alice();
    CoinPackage pack = coins700(client);
    server.faults().randomly(at.route, 1.0, at.fault);
    Call<PurchaseResult> call = client.recharge().purchase(pack, "sandbox", at.card);
    LiveCoinsException e = catchThrowableOfType(LiveCoinsException.class, call::execute);
    server.faults().clear();
    assertThat(e.effect()).isEqualTo(Effect.UNKNOWN);

    PurchaseResult result = call.clone().execute();

    assertThat(result.outcome()).isEqualTo(PurchaseResult.Outcome.CREDITED);
    assertThat(aliceCoins()).isEqualTo(735);
    assertThat(server.orders()).hasSize(1);
  }
}
