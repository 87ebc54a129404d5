package io.livecoins.recharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.livecoins.AuthTokenProvider;
import io.livecoins.LiveCoins;
import io.livecoins.RetryPolicy;
import io.livecoins.errors.CoinDebtException;
import io.livecoins.errors.InsufficientCoinsException;
import io.livecoins.errors.Effect;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.gift.SendGiftResult;
import io.livecoins.payment.SandboxPaymentProvider;
import io.livecoins.payment.TestCard;
import io.livecoins.test.RecordingSleeper;
import io.livecoins.testing.DemoData;
import io.livecoins.testing.Fault;
import io.livecoins.testing.LiveCoinsMockServer;
import io.livecoins.testing.Sleeper;
import io.livecoins.wallet.TransactionType;
import io.livecoins.wallet.Wallet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Refunds and chargebacks end to end: the coins come back out of the wallet exactly once, spent coins
 * become a typed debt that blocks spending until a recharge repays it, and the wallet and its
 * listeners follow. Includes a refund arriving while a gift send is in flight and a chargeback of an
 * order that is being resumed.
 */
final class MoneyAfterTheSaleTest {
  private static final String SEND = "POST /v1/gifts/send";
  private static final String CONFIRM = "POST /v1/recharge-orders/{id}/confirm";

  /** The mock backend's delay fault waits here until the test lets the request go on. */
  private final CountDownLatch requestArrived = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private final Sleeper gate = d -> {
    requestArrived.countDown();
    release.await(10, TimeUnit.SECONDS);
  };
  private final LiveCoinsMockServer server =
      LiveCoinsMockServer.builder().seed(31).sleeper(gate).build().start();
  private final List<String> heard = new CopyOnWriteArrayList<>();

  @AfterEach
  void tearDown() {
    release.countDown();
    server.assertConsistent();
    server.assertNoContractViolations();
    server.close();
  }

  private LiveCoins client(PendingOrderStore store, int attempts) {
    Executor direct = Runnable::run;
    return LiveCoins.builder()
        .baseUrl(server.url().toString())
        .authTokenProvider(AuthTokenProvider.of(DemoData.ALICE, DemoData.ALICE_TOKEN))
        .paymentProvider(new SandboxPaymentProvider())
        .pendingOrderStore(store)
        .retryPolicy(RetryPolicy.builder().maxAttempts(attempts).jitter(false).build())
        .sleeper(new RecordingSleeper())
        .callbackExecutor(direct)
        .build();
  }

  private LiveCoins client() {
    return client(new InMemoryPendingOrderStore(), 3);
  }

  private static CoinPackage pack(LiveCoins client, String id) {
    for (CoinPackage p : client.recharge().packages("US").execute()) {
      if (p.id().equals(id)) return p;
    }
    throw new AssertionError("no package " + id);
  }

  @Test
  void aRefundTakesTheCoinsBackOnceAndTheWalletAndListenersFollow() {
    LiveCoins client = client();
    client.wallet().addListener(w -> heard.add(w.coins() + "/" + w.coinDebt()));
    PurchaseResult bought = client.recharge().purchase(pack(client, "coins-700"), "sandbox", TestCard.VISA).execute();

    server.refundOrder(bought.order().id());
    Wallet after = client.wallet().balance().execute();

    assertThat(after.coins()).isZero();
    assertThat(after.isInDebt()).isFalse();
    assertThat(heard).containsExactly("735/0", "0/0");
    Receipt receipt = client.recharge().receipt(bought.order().id()).execute();
    assertThat(receipt.status()).isEqualTo(OrderStatus.REFUNDED);
    assertThat(receipt.status().isReversed()).isTrue();
    assertThat(client.wallet().transactions().execute().items().get(0).type()).isEqualTo(TransactionType.REFUND);
  }

  @Test
  void spentCoinsBecomeADebtThatBlocksSpendingWithItsOwnErrorUntilARechargeRepaysIt() {
    LiveCoins client = client();
    PurchaseResult bought = client.recharge().purchase(pack(client, "coins-70"), "sandbox", TestCard.VISA).execute();
    client.gifts().send("rose", "carol", "stream-carol", 60).execute();

    server.chargeBackOrder(bought.order().id());
    Wallet inDebt = client.wallet().balance().execute();
    CoinDebtException blocked = catchThrowableOfType(
        () -> client.gifts().send("rose", "carol", "stream-carol", 1).execute(), CoinDebtException.class);

    assertThat(inDebt.coins()).isZero();
    assertThat(inDebt.coinDebt()).isEqualTo(60);
    assertThat(blocked.debt()).isEqualTo(60);
    assertThat(blocked.shortfall()).isEqualTo(61);
    // A coin debt is an InsufficientCoinsException: it gets the same top-up suggestion, covering debt + gift.
    assertThat(blocked).isInstanceOf(InsufficientCoinsException.class);
    assertThat(blocked.suggestedPackage()).isNotNull();
    assertThat(blocked.suggestedPackage().totalCoins()).isGreaterThanOrEqualTo(61);
    assertThat(blocked.effect()).isEqualTo(Effect.NOT_APPLIED);

    PurchaseResult topUp = client.recharge().purchase(pack(client, "coins-70"), "sandbox", TestCard.VISA).execute();
    SendGiftResult sent = client.gifts().send("rose", "carol", "stream-carol", 1).execute();

    assertThat(topUp.wallet().coinDebt()).isZero();
    assertThat(topUp.wallet().coins()).isEqualTo(10); // 70 credited, 60 repaid the debt
    assertThat(sent.wallet().coins()).isEqualTo(9);
    assertThat(server.coinDebt(DemoData.ALICE)).isZero();
  }

  @Test
  void theChargebackLaterCardEndsChargedBackAndTheNextReadShowsIt() {
    LiveCoins client = client();
    PurchaseResult bought =
        client.recharge().purchase(pack(client, "coins-70"), "sandbox", TestCard.CHARGEBACK_LATER).execute();
    assertThat(bought.isCompleted()).isTrue();

    assertThat(client.wallet().balance().execute().coins()).isZero();
    assertThat(client.recharge().orders(OrderQuery.all().withStatuses(OrderStatus.CHARGED_BACK)).execute().items())
        .extracting(Receipt::orderId).containsExactly(bought.order().id());
  }

  @Test
  void aRefundArrivingWhileAGiftSendIsInFlightMovesEveryCoinExactlyOnce() throws Exception {
    LiveCoins client = client();
    PurchaseResult bought = client.recharge().purchase(pack(client, "coins-70"), "sandbox", TestCard.VISA).execute();
    server.faults().once(SEND, Fault.delay(Duration.ofSeconds(1))); // held by the gate, not by time
    CompletableFuture<Object> send = CompletableFuture.supplyAsync(() -> {
      try {
        return client.gifts().send("rose", "carol", "stream-carol", 30).execute();
      } catch (LiveCoinsException e) {
        return e;
      }
    });
    assertThat(requestArrived.await(10, TimeUnit.SECONDS)).isTrue();

    server.refundOrder(bought.order().id()); // the send has arrived, not yet spent anything
    release.countDown();
    Object outcome = send.get(10, TimeUnit.SECONDS);

    // The refund took all 70 coins first, so the send finds nothing to spend: refused, not a debt.
    assertThat(outcome).isInstanceOf(LiveCoinsException.class);
    assertThat(((LiveCoinsException) outcome).effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(server.wallet(DemoData.ALICE).coins()).isZero();
    assertThat(server.coinDebt(DemoData.ALICE)).isZero();
    assertThat(server.wallet(DemoData.CAROL).diamonds()).isEqualTo(10_000);
  }

  @Test
  void aChargebackOfAnOrderBeingResumedSettlesItOnceAndClearsTheRecord() {
    InMemoryPendingOrderStore store = new InMemoryPendingOrderStore();
    LiveCoins dying = client(store, 1);
    server.faults().once(CONFIRM, Fault.dropAfterCommit()); // credited, the answer lost
    LiveCoinsException lost = catchThrowableOfType(
        () -> dying.recharge().purchase(pack(dying, "coins-70"), "sandbox", TestCard.VISA).execute(),
        LiveCoinsException.class);
    assertThat(lost.effect()).isEqualTo(Effect.UNKNOWN);
    String orderId = store.all().get(0).orderId();

    server.chargeBackOrder(orderId); // disputed before the app came back
    List<PurchaseResult> resumed = client(store, 3).recharge().resumePending().execute();

    assertThat(resumed).hasSize(1);
    assertThat(store.all()).isEmpty(); // the money is settled: credited once, taken back once
    assertThat(server.orders().get(0).status()).isEqualTo("CHARGED_BACK");
    assertThat(server.wallet(DemoData.ALICE).coins()).isZero();
    assertThat(client(store, 3).recharge().receipt(orderId).execute().status()).isEqualTo(OrderStatus.CHARGED_BACK);
  }
}
