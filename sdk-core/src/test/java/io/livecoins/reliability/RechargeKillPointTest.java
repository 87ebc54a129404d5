package io.livecoins.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.livecoins.AuthTokenProvider;
import io.livecoins.errors.Effect;
import io.livecoins.LiveCoins;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.RetryPolicy;
import io.livecoins.payment.PaymentProvider;
import io.livecoins.payment.PaymentRequest;
import io.livecoins.payment.PaymentResult;
import io.livecoins.payment.SandboxPaymentProvider;
import io.livecoins.payment.TestCard;
import io.livecoins.recharge.CoinPackage;
import io.livecoins.recharge.FilePendingOrderStore;
import io.livecoins.recharge.OrderStatus;
import io.livecoins.recharge.PendingOrder;
import io.livecoins.recharge.PendingOrderStore;
import io.livecoins.recharge.PurchaseResult;
import io.livecoins.test.RecordingSleeper;
import io.livecoins.testing.DemoData;
import io.livecoins.testing.Fault;
import io.livecoins.testing.LedgerEntry;
import io.livecoins.testing.LiveCoinsMockServer;
import io.livecoins.testing.OrderSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash recovery of a recharge: the app dies between every two steps (order created → recorded →
 * authorized → token recorded → confirm sent → confirm answered → record removed → polled). A kill
 * is an {@link Error} thrown from the store, the provider or the sleeper at that point, which
 * unwinds the purchase like a dead process; then the client is abandoned. A new client on the same
 * {@link FilePendingOrderStore} file runs {@code resumePending()}: every paid order is credited
 * exactly once, an unpaid one never, and running it again changes nothing.
 */
final class RechargeKillPointTest {
  private static final String CONFIRM = "POST /v1/recharge-orders/{id}/confirm";
  private static final String CREATE = "POST /v1/recharge-orders";

  /** A simulated process death: not an exception the SDK could catch and handle. */
  static final class Killed extends Error {
    Killed(String where) {
      super("killed " + where);
    }
  }

  @TempDir Path dir;
  private final LiveCoinsMockServer server = LiveCoinsMockServer.builder().seed(11).build().start();
  // The payment processor: it outlives the app, as Play Billing or a card processor does.
  private final SandboxPaymentProvider processor = new SandboxPaymentProvider();

  @AfterEach
  void tearDown() {
    server.assertConsistent();
    assertThat(server.contractViolations()).isEmpty();
    server.close();
  }

  // ------------------------------------------------------------------------------- kill points

  @Test
  void killedWhileRecordingTheNewOrderNothingIsPaidOrCredited() {
    KillableStore store = new KillableStore(storeFile());
    store.killOnSave = PendingOrder.State.CREATED;

    assertKilled(() -> purchase(client(store, new KillableProvider()), TestCard.VISA));

    List<PurchaseResult> resumed = resumeInANewApp();
    assertThat(resumed).isEmpty(); // nothing authorized: left to expire
    assertCredited(0);
    assertThat(processor.recoverAuthorization(onlyOrder().id())).isNull();
  }

  @Test
  void killedInsideTheProviderBeforeItChargesNothingIsCredited() {
    KillableProvider provider = new KillableProvider();
    provider.killBeforeAuthorizing = true;

    assertKilled(() -> purchase(client(new KillableStore(storeFile()), provider), TestCard.VISA));

    List<PurchaseResult> resumed = resumeInANewApp();
    assertThat(resumed).hasSize(1);
    assertThat(resumed.get(0).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT); // kept, not paid
    assertCredited(0);
  }

  @Test
  void killedInsideTheProviderAfterItChargedTheOrderIsCreditedOnce() {
    KillableProvider provider = new KillableProvider();
    provider.killAfterAuthorizing = true;

    assertKilled(() -> purchase(client(new KillableStore(storeFile()), provider), TestCard.VISA));

    assertResumedOnceAndCredited(735);
  }

  @Test
  void killedWhileRecordingTheTokenTheOrderIsCreditedOnce() {
    KillableStore store = new KillableStore(storeFile());
    store.killOnSave = PendingOrder.State.AUTHORIZED;

    assertKilled(() -> purchase(client(store, new KillableProvider()), TestCard.VISA));

    assertThat(new FilePendingOrderStore(storeFile()).all())
        .singleElement()
        .satisfies(r -> assertThat(r.state()).isEqualTo(PendingOrder.State.CREATED));
    assertResumedOnceAndCredited(735);
  }

  @Test
  void killedWhileTheConfirmationIsInFlightTheOrderIsCreditedOnce() {
    // The confirmation commits on the server; the app dies before it reads the answer.
    server.faults().once(CONFIRM, Fault.dropAfterCommit());
    LiveCoins app = client(new KillableStore(storeFile()), new KillableProvider(), RetryPolicy.none());

    LiveCoinsException e = (LiveCoinsException) catchThrowable(() -> purchase(app, TestCard.VISA));

    assertThat(e.effect()).isEqualTo(Effect.UNKNOWN);
    assertThat(server.wallet(DemoData.ALICE).coins()).isEqualTo(735); // committed, answer lost
    assertResumedOnceAndCredited(735);
  }

  @Test
  void killedBeforeTheConfirmationWasSentTheOrderIsCreditedOnce() {
    server.faults().once(CONFIRM, Fault.dropBeforeProcessing());
    LiveCoins app = client(new KillableStore(storeFile()), new KillableProvider(), RetryPolicy.none());

    LiveCoinsException e = (LiveCoinsException) catchThrowable(() -> purchase(app, TestCard.VISA));

    assertThat(e.effect()).isEqualTo(Effect.UNKNOWN);
    assertCredited(0);
    assertResumedOnceAndCredited(735);
  }

  @Test
  void killedAfterTheConfirmationBeforeForgettingTheRecordNothingIsCreditedTwice() {
    KillableStore store = new KillableStore(storeFile());
    store.killOnRemove = true;

    assertKilled(() -> purchase(client(store, new KillableProvider()), TestCard.VISA));
    assertCredited(735);

    List<PurchaseResult> resumed = resumeInANewApp();
    assertThat(resumed).singleElement().satisfies(r -> assertThat(r.isCompleted()).isTrue());
    assertCredited(735);
    assertThat(new FilePendingOrderStore(storeFile()).all()).isEmpty();
    assertThat(resumeInANewApp()).isEmpty();
    assertCredited(735);
  }

  @Test
  void killedWhileWaitingForAPendingPaymentTheOrderIsCreditedOnceItSettles() {
    KillingSleeper sleeper = new KillingSleeper();
    LiveCoins app = client(new KillableStore(storeFile()), new KillableProvider(), policy(), sleeper);

    assertKilled(() -> purchase(app, TestCard.VISA.pendingFor(2)));
    assertCredited(0);
    assertThat(onlyOrder().status()).isEqualTo("PENDING");

    assertResumedOnceAndCredited(735);
  }

  @Test
  void abandonedWithAnOpenOutcomeAndResumedTwiceConcurrentlyNothingIsCreditedTwice() throws Exception {
    server.faults().once(CONFIRM, Fault.dropAfterCommit());
    LiveCoins app = client(new KillableStore(storeFile()), new KillableProvider(), RetryPolicy.none());
    catchThrowable(() -> purchase(app, TestCard.VISA));

    // Two restarted apps (say, a process and its restarted twin) on the same file, at once.
    List<Thread> threads = new ArrayList<>();
    List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
    for (int i = 0; i < 2; i++) {
      LiveCoins restarted = client(new FilePendingOrderStore(storeFile()), new KillableProvider());
      Thread t = new Thread(() -> {
        try {
          restarted.recharge().resumePending().execute();
        } catch (LiveCoinsException e) {
          // The loser of the race may see 409 in_progress; the record stays for next time.
        } catch (Throwable e) {
          errors.add(e);
        }
      });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) t.join();
    assertThat(errors).isEmpty();
    resumeInANewApp();
    assertCredited(735);
  }

  // ------------------------------------------------------------------------------- typed effects at every step

  @Test
  void anUnreadableOrderCreationSaysNothingWasCharged() {
    server.faults().once(CREATE, Fault.malformedBody());
    LiveCoins app = client(new KillableStore(storeFile()), new KillableProvider());

    LiveCoinsException e = (LiveCoinsException) catchThrowable(() -> purchase(app, TestCard.VISA));

    assertThat(e.code()).isEqualTo("malformed_response");
    assertThat(e.effect()).as("no payment was even asked for").isEqualTo(Effect.NOT_APPLIED);
    assertThat(resumeInANewApp()).isEmpty();
    assertCredited(0);
  }

  @Test
  void aServerErrorOnOrderCreationSaysNothingWasCharged() {
    server.faults().once(CREATE, Fault.status(500));
    LiveCoins app = client(new KillableStore(storeFile()), new KillableProvider());

    LiveCoinsException e = (LiveCoinsException) catchThrowable(() -> purchase(app, TestCard.VISA));

    assertThat(e.code()).isEqualTo("internal");
    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertCredited(0);
  }

  @Test
  void aRateLimitedConfirmationAfterPaymentIsUncertainNotUncharged() {
    server.faults().script(CONFIRM, Fault.rateLimited(0), Fault.rateLimited(0));
    LiveCoins app =
        client(new KillableStore(storeFile()), new KillableProvider(),
            RetryPolicy.builder().maxAttempts(2).jitter(false).build());

    LiveCoinsException e = (LiveCoinsException) catchThrowable(() -> purchase(app, TestCard.VISA));

    // The provider took the money; only the confirmation was refused for now.
    assertThat(e.effect()).isEqualTo(Effect.UNKNOWN);
    assertThat(e.code()).isEqualTo("payment_uncertain");
    assertResumedOnceAndCredited(735);
  }

  // ------------------------------------------------------------------------------- helpers

  private Path storeFile() {
    return dir.resolve("pending-orders.json");
  }

  private static RetryPolicy policy() {
    return RetryPolicy.builder().maxAttempts(4).jitter(false).build();
  }

  private LiveCoins client(PendingOrderStore store, PaymentProvider provider) {
    return client(store, provider, policy());
  }

  private LiveCoins client(PendingOrderStore store, PaymentProvider provider, RetryPolicy policy) {
    return client(store, provider, policy, new RecordingSleeper());
  }

  private LiveCoins client(
      PendingOrderStore store, PaymentProvider provider, RetryPolicy policy, io.livecoins.Sleeper sleeper) {
    return LiveCoins.builder()
        .baseUrl(server.url().toString())
        .authTokenProvider(AuthTokenProvider.of("alice", DemoData.ALICE_TOKEN))
        .paymentProvider(provider)
        .pendingOrderStore(store)
        .retryPolicy(policy)
        .sleeper(sleeper)
        .build();
  }

  private static PurchaseResult purchase(LiveCoins app, TestCard card) {
    CoinPackage pack = null;
    for (CoinPackage p : app.recharge().packages("US").execute()) {
      if (p.id().equals("coins-700")) pack = p;
    }
    return app.recharge().purchase(pack, "sandbox", card).execute();
  }

  private static void assertKilled(Runnable purchase) {
    assertThat(catchThrowable(purchase::run)).isInstanceOf(Killed.class);
  }

  /** A new app process: a new store instance on the same file and a new client. */
  private List<PurchaseResult> resumeInANewApp() {
    return client(new FilePendingOrderStore(storeFile()), new KillableProvider())
        .recharge().resumePending().execute();
  }

  private void assertResumedOnceAndCredited(long coins) {
    List<PurchaseResult> resumed = resumeInANewApp();
    assertThat(resumed).singleElement().satisfies(r -> {
      assertThat(r.isCompleted()).isTrue();
      assertThat(r.coinsCredited()).isEqualTo(coins);
    });
    assertCredited(coins);
    assertThat(new FilePendingOrderStore(storeFile()).all()).isEmpty();
    // Again, and once more from yet another app: nothing left, nothing credited twice.
    assertThat(resumeInANewApp()).isEmpty();
    assertCredited(coins);
  }

  private void assertCredited(long coins) {
    assertThat(server.wallet(DemoData.ALICE).coins()).isEqualTo(coins);
    long recharges = 0;
    for (LedgerEntry e : server.ledgerEntries()) {
      if (e.type().equals("RECHARGE") && e.account().equals("user:" + DemoData.ALICE)) recharges++;
    }
    assertThat(recharges).as("recharge postings").isEqualTo(coins == 0 ? 0 : 1);
    for (OrderSnapshot o : server.orders()) {
      assertThat(o.credited()).isEqualTo(o.status().equals("COMPLETED"));
    }
  }

  private OrderSnapshot onlyOrder() {
    assertThat(server.orders()).hasSize(1);
    return server.orders().get(0);
  }

  /** The app's store: a file store that can kill the process at a save or a remove. */
  private static final class KillableStore implements PendingOrderStore {
    final FilePendingOrderStore file;
    PendingOrder.@Nullable State killOnSave;
    boolean killOnRemove;

    KillableStore(Path path) {
      this.file = new FilePendingOrderStore(path);
    }

    @Override
    public void save(PendingOrder order) {
      if (order.state() == killOnSave) throw new Killed("while saving a " + order.state() + " record");
      file.save(order);
    }

    @Override
    public void remove(String orderId) {
      if (killOnRemove) throw new Killed("while removing the record");
      file.remove(orderId);
    }

    @Override
    public @Nullable PendingOrder get(String orderId) {
      return file.get(orderId);
    }

    @Override
    public List<PendingOrder> all() {
      return file.all();
    }
  }

  /** The app's provider: the shared processor, with kill points before and after it charges. */
  private final class KillableProvider implements PaymentProvider {
    boolean killBeforeAuthorizing;
    boolean killAfterAuthorizing;

    @Override
    public String id() {
      return processor.id();
    }

    @Override
    public void checkMethod(io.livecoins.payment.PaymentMethod method) {
      processor.checkMethod(method);
    }

    @Override
    public PaymentResult authorize(PaymentRequest request) {
      if (killBeforeAuthorizing) throw new Killed("before the provider charged");
      PaymentResult result = processor.authorize(request);
      if (killAfterAuthorizing) throw new Killed("after the provider charged");
      return result;
    }

    @Override
    public @Nullable String recoverAuthorization(String orderId) {
      return processor.recoverAuthorization(orderId);
    }
  }

  /** Kills the process at its first wait (the first poll of a pending payment). */
  private static final class KillingSleeper implements io.livecoins.Sleeper {
    @Override
    public void sleep(Duration duration) {
      throw new Killed("while waiting " + duration);
    }
  }
}
