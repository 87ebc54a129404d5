package io.livecoins.recharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.livecoins.AuthTokenProvider;
import io.livecoins.errors.Effect;
import io.livecoins.LiveCoins;
import io.livecoins.Money;
import io.livecoins.errors.NetworkException;
import io.livecoins.errors.PaymentCancelledException;
import io.livecoins.errors.PaymentDeclinedException;
import io.livecoins.errors.PaymentUncertainException;
import io.livecoins.errors.PriceChangedException;
import io.livecoins.RetryPolicy;
import io.livecoins.payment.DeclineReason;
import io.livecoins.payment.SandboxPaymentProvider;
import io.livecoins.payment.TestCard;
import io.livecoins.test.RecordingSleeper;
import io.livecoins.testing.DemoData;
import io.livecoins.testing.Fault;
import io.livecoins.testing.LiveCoinsMockServer;
import io.livecoins.testing.OrderSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recharge end to end against the stateful mock backend: real ledger, sandbox tokens, faults, restarts. */
final class RechargeEndToEndTest {
  private static final String CONFIRM = "POST /v1/recharge-orders/{id}/confirm";

  @TempDir Path dir;
  private final LiveCoinsMockServer server = LiveCoinsMockServer.builder().seed(7).build().start();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final SandboxPaymentProvider sandbox = new SandboxPaymentProvider();

  @AfterEach
  void tearDown() {
    server.assertConsistent();
    assertThat(server.contractViolations()).isEmpty();
    server.close();
  }

  private LiveCoins client(PendingOrderStore store, RetryPolicy policy) {
    return LiveCoins.builder()
        .baseUrl(server.url().toString())
        .authTokenProvider(AuthTokenProvider.of("alice", DemoData.ALICE_TOKEN))
        .paymentProvider(sandbox)
        .pendingOrderStore(store)
        .retryPolicy(policy)
        .sleeper(sleeper)
        .build();
  }

  private LiveCoins client(PendingOrderStore store) {
    return client(store, RetryPolicy.builder().maxAttempts(4).jitter(false).build());
  }

  private Path storeFile() {
    return dir.resolve("pending-orders.json");
  }

  private static CoinPackage pack(LiveCoins client, String id) {
    for (CoinPackage p : client.recharge().packages().execute()) {
      if (p.id().equals(id)) return p;
    }
    throw new AssertionError("no package " + id);
  }

  private long aliceCoins() {
    return server.wallet(DemoData.ALICE).coins();
  }

  private OrderSnapshot onlyOrder() {
    assertThat(server.orders()).hasSize(1);
    return server.orders().get(0);
  }

  @Test
  void catalogHasLocalizedPricesAndProviders() {
    LiveCoins client = client(new InMemoryPendingOrderStore());
    CoinPackage us = pack(client, "coins-700");
    assertThat(us.price()).isEqualTo(Money.of(999, "USD"));
    assertThat(us.price().format(java.util.Locale.US)).isEqualTo("$9.99");
    assertThat(us.providers()).contains("sandbox", "card", "paypal", "google_play");
    assertThat(us.region()).as("the account's region, asked for without naming one").isEqualTo("US");
    // Prices are bound to the account (#14): a US account cannot shop at JP prices.
    io.livecoins.errors.RegionMismatchException jp = org.assertj.core.api.Assertions.catchThrowableOfType(
        io.livecoins.errors.RegionMismatchException.class, () -> client.recharge().packages("JP").execute());
    assertThat(jp.requestedRegion()).isEqualTo("JP");
    assertThat(jp.accountRegion()).isEqualTo("US");
  }

  @Test
  void visaPurchaseCreditsCoinsAndBonusOnce() {
    FilePendingOrderStore store = new FilePendingOrderStore(storeFile());
    LiveCoins client = client(store);

    PurchaseResult result = client.recharge().purchase(pack(client, "coins-700"), "sandbox", TestCard.VISA).execute();

    assertThat(result.isCompleted()).isTrue();
    assertThat(result.coinsCredited()).isEqualTo(735);
    assertThat(result.wallet().coins()).isEqualTo(735);
    assertThat(aliceCoins()).isEqualTo(735);
    assertThat(client.wallet().cached().coins()).isEqualTo(735);
    assertThat(store.all()).isEmpty();
    assertThat(onlyOrder().status()).isEqualTo("COMPLETED");
  }

  @Test
  void declinedCardCreditsNothingAndRemovesTheRecord() {
    FilePendingOrderStore store = new FilePendingOrderStore(storeFile());
    LiveCoins client = client(store);

    PaymentDeclinedException e = catchThrowableOfType(PaymentDeclinedException.class,
        () -> client.recharge().purchase(pack(client, "coins-70"), "sandbox", TestCard.INSUFFICIENT_FUNDS).execute());

    assertThat(e.reason()).isEqualTo(DeclineReason.INSUFFICIENT_FUNDS);
    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(aliceCoins()).isZero();
    assertThat(store.all()).isEmpty();
    assertThat(onlyOrder().status()).isEqualTo("FAILED");
  }

  @Test
  void threeDSecureCardIsDeclinedUnlessCompleted() {
    LiveCoins client = client(new InMemoryPendingOrderStore());
    CoinPackage p = pack(client, "coins-70");
    assertThatThrownBy(() -> client.recharge().purchase(p, "sandbox", TestCard.AUTHENTICATION_REQUIRED).execute())
        .isInstanceOfSatisfying(PaymentDeclinedException.class,
            e -> assertThat(e.reason()).isEqualTo(DeclineReason.AUTHENTICATION_REQUIRED));
    assertThat(client.recharge()
        .purchase(p, "sandbox", TestCard.AUTHENTICATION_REQUIRED.withThreeDSecureCompleted()).execute()
        .coinsCredited()).isEqualTo(70);
  }

  @Test
  void userCancelChargesNothing() {
    InMemoryPendingOrderStore store = new InMemoryPendingOrderStore();
    LiveCoins client = client(store);

    assertThatThrownBy(() ->
        client.recharge().purchase(pack(client, "coins-70"), "sandbox", TestCard.VISA.cancelledByUser()).execute())
        .isInstanceOf(PaymentCancelledException.class);
    assertThat(aliceCoins()).isZero();
    assertThat(store.all()).isEmpty();
  }

  @Test
  void pendingPaymentIsPolledUntilCompleted() {
    InMemoryPendingOrderStore store = new InMemoryPendingOrderStore();
    LiveCoins client = client(store);

    PurchaseResult result =
        client.recharge().purchase(pack(client, "coins-350"), "sandbox", TestCard.VISA.pendingFor(3)).execute();

    assertThat(result.isCompleted()).isTrue();
    assertThat(result.coinsCredited()).isEqualTo(350);
    assertThat(aliceCoins()).isEqualTo(350);
    assertThat(sleeper.sleeps()).startsWith(Duration.ofMillis(500), Duration.ofSeconds(1));
    assertThat(store.all()).isEmpty();
  }

  @Test
  void flakyConfirmationIsRetriedWithTheSameKeyAndCreditsOnce() {
    LiveCoins client = client(new InMemoryPendingOrderStore());

    PurchaseResult result = client.recharge()
        .purchase(pack(client, "coins-700"), "sandbox", TestCard.VISA.failingConfirmations(2)).execute();

    assertThat(result.coinsCredited()).isEqualTo(735);
    assertThat(aliceCoins()).isEqualTo(735);
  }

  @Test
  void rechargeInterruptedAfterPaymentIsResumedByANewClientWithTheSameFileStoreAndCreditsOnce() {
    // The app dies right after the token was recorded, before the confirmation is sent.
    CrashingStore crashing = new CrashingStore(new FilePendingOrderStore(storeFile()));
    LiveCoins first = client(crashing);
    CoinPackage p = pack(first, "coins-1400");
    assertThatThrownBy(() -> first.recharge().purchase(p, "sandbox", TestCard.VISA).execute())
        .isInstanceOf(Crash.class);
    assertThat(aliceCoins()).isZero();
    assertThat(onlyOrder().status()).isEqualTo("AWAITING_PAYMENT");

    LiveCoins restarted = client(new FilePendingOrderStore(storeFile()));
    List<PurchaseResult> results = restarted.recharge().resumePending().execute();

    assertThat(results).hasSize(1);
    assertThat(results.get(0).coinsCredited()).isEqualTo(1470);
    assertThat(aliceCoins()).isEqualTo(1470);
    assertThat(new FilePendingOrderStore(storeFile()).all()).isEmpty();

    LiveCoins again = client(new FilePendingOrderStore(storeFile()));
    assertThat(again.recharge().resumePending().execute()).isEmpty();
    assertThat(aliceCoins()).isEqualTo(1470);
  }

  @Test
  void lostConfirmResponseResumedByANewClientCreditsOnce() {
    server.faults().once(CONFIRM, Fault.dropAfterCommit());
    LiveCoins first = client(new FilePendingOrderStore(storeFile()), RetryPolicy.none());

    NetworkException e = catchThrowableOfType(NetworkException.class,
        () -> first.recharge().purchase(pack(first, "coins-700"), "sandbox", TestCard.VISA).execute());

    assertThat(e.effect()).isEqualTo(Effect.UNKNOWN);
    assertThat(aliceCoins()).as("the server committed").isEqualTo(735);
    assertThat(new FilePendingOrderStore(storeFile()).all()).hasSize(1);

    LiveCoins restarted = client(new FilePendingOrderStore(storeFile()));
    List<PurchaseResult> results = restarted.recharge().resumePending().execute();

    assertThat(results).extracting(PurchaseResult::isCompleted).containsExactly(true);
    assertThat(aliceCoins()).isEqualTo(735);
    assertThat(new FilePendingOrderStore(storeFile()).all()).isEmpty();
  }

  @Test
  void lostConfirmResponseRetriedInsideTheCallCreditsOnce() {
    server.faults().once(CONFIRM, Fault.dropAfterCommit());
    InMemoryPendingOrderStore store = new InMemoryPendingOrderStore();
    LiveCoins client = client(store);

    PurchaseResult result = client.recharge().purchase(pack(client, "coins-700"), "sandbox", TestCard.VISA).execute();

    assertThat(result.coinsCredited()).isEqualTo(735);
    assertThat(aliceCoins()).isEqualTo(735);
    assertThat(store.all()).isEmpty();
  }

  @Test
  void uncertainPaymentIsRecoveredFromTheProviderByResume() {
    InMemoryPendingOrderStore store = new InMemoryPendingOrderStore();
    LiveCoins client = client(store);

    assertThatThrownBy(() ->
        client.recharge().purchase(pack(client, "coins-700"), "sandbox", TestCard.VISA.outcomeUnknown()).execute())
        .isInstanceOf(PaymentUncertainException.class);
    assertThat(store.all()).hasSize(1);

    List<PurchaseResult> results = client.recharge().resumePending().execute();

    assertThat(results).extracting(PurchaseResult::coinsCredited).containsExactly(735L);
    assertThat(aliceCoins()).isEqualTo(735);
    assertThat(store.all()).isEmpty();
  }

  @Test
  void resumeFinishesAServerOrderWhoseLocalRecordWasLost() {
    LiveCoins first = client(new InMemoryPendingOrderStore());
    assertThatThrownBy(() ->
        first.recharge().purchase(pack(first, "coins-70"), "sandbox", TestCard.VISA.outcomeUnknown()).execute())
        .isInstanceOf(PaymentUncertainException.class);

    // A new process with an empty store; the provider still knows the authorization (as Play does).
    LiveCoins restarted = client(new InMemoryPendingOrderStore());
    List<PurchaseResult> results = restarted.recharge().resumePending().execute();

    assertThat(results).extracting(PurchaseResult::coinsCredited).containsExactly(70L);
    assertThat(aliceCoins()).isEqualTo(70);
  }

  @Test
  void changedPriceIsRefusedBeforePayment() {
    InMemoryPendingOrderStore store = new InMemoryPendingOrderStore();
    LiveCoins client = client(store);
    CoinPackage real = pack(client, "coins-70");
    CoinPackage stale = real.toBuilder().region("US").price(Money.of(49, "USD")).build();

    PriceChangedException e = catchThrowableOfType(PriceChangedException.class,
        () -> client.recharge().purchase(stale, "sandbox", TestCard.VISA).execute());

    assertThat(e.currentPrice()).isEqualTo(real.price());
    assertThat(store.all()).isEmpty();
    assertThat(server.orders()).isEmpty();
  }

  @Test
  void orderReadsTheServersState() {
    LiveCoins client = client(new InMemoryPendingOrderStore());
    PurchaseResult bought = client.recharge().purchase(pack(client, "coins-70"), "sandbox", TestCard.VISA).execute();

    Order order = client.recharge().order(bought.order().id()).execute();

    assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(order.provider()).isEqualTo("sandbox");
    assertThatThrownBy(() -> client.recharge().order("ord_nope").execute())
        .isInstanceOf(io.livecoins.errors.NotFoundException.class);
  }

  /** Simulates the process dying: an Error thrown right after an authorized record is durable. */
  static final class Crash extends Error {
    Crash() {
      super("simulated kill");
    }
  }

  private static final class CrashingStore implements PendingOrderStore {
    private final PendingOrderStore delegate;

    CrashingStore(PendingOrderStore delegate) {
      this.delegate = delegate;
    }

    @Override
    public void save(PendingOrder order) {
      delegate.save(order);
      if (order.state() == PendingOrder.State.AUTHORIZED) throw new Crash();
    }

    @Override
    public void remove(String orderId) {
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
}
