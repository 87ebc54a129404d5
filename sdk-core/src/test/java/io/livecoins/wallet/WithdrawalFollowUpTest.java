package io.livecoins.wallet;

import io.livecoins.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.livecoins.AuthTokenProvider;
import io.livecoins.LiveCoins;
import io.livecoins.Money;
import io.livecoins.Page;
import io.livecoins.RetryPolicy;
import io.livecoins.errors.ForbiddenException;
import io.livecoins.errors.MalformedResponseException;
import io.livecoins.errors.NotFoundException;
import io.livecoins.errors.ServerException;
import io.livecoins.test.MockServers;
import io.livecoins.test.RecordingSleeper;
import io.livecoins.testing.DemoData;
import io.livecoins.testing.Fault;
import io.livecoins.testing.LiveCoinsMockServer;
import io.livecoins.testing.LiveCoinsMockServerExtension;
import io.livecoins.testing.LoggedRequest;
import io.livecoins.testing.WithdrawalOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A creator follows a withdrawal to the end (PENDING, then PAID or FAILED) against the mock backend,
 * including faults and hostile answers. The extension fails a test on any contract violation or an
 * inconsistent ledger (a failed payout must return its diamonds exactly once).
 */
final class WithdrawalFollowUpTest {
  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final String ONE_ROUTE = "GET /v1/creator/withdrawals/{id}";
  private static final String LIST_ROUTE = "GET /v1/creator/withdrawals";


  private final TestClock clock = new TestClock(NOW);

  @RegisterExtension
  final LiveCoinsMockServerExtension mock =
      LiveCoinsMockServerExtension.configured(
          b -> b.clock(clock).dailyWithdrawalLimitMinor(1_000_000));

  private final ExecutorService callbacks = Executors.newSingleThreadExecutor();
  private final List<String> heard = new CopyOnWriteArrayList<>();

  @AfterEach
  void tearDown() {
    callbacks.shutdownNow();
  }

  private LiveCoins client(String baseUrl, String userId, String token) {
    return LiveCoins.builder()
        .baseUrl(baseUrl)
        .authTokenProvider(AuthTokenProvider.of(userId, token))
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).jitter(false).build())
        .sleeper(new RecordingSleeper())
        .callbackExecutor(callbacks)
        .build();
  }

  private WalletApi carol() {
    LiveCoinsMockServer server = mock.server();
    return client(server.url().toString(), DemoData.CAROL, DemoData.CAROL_TOKEN).wallet();
  }

  private void flushCallbacks() throws Exception {
    callbacks.submit(() -> {}).get(5, TimeUnit.SECONDS);
  }

  private long requestsTo(String route) {
    return mock.server().requestLog().stream().filter(r -> route.equals(r.route())).count();
  }

  @Test
  void aCreatorFollowsAWithdrawalFromPendingToPaid() {
    WalletApi wallet = carol();
    Withdrawal created = wallet.withdraw(2000, PayoutMethod.BANK).execute().withdrawal();

    Withdrawal pending = wallet.withdrawal(created.id()).execute();
    assertThat(pending).isEqualTo(created);
    assertThat(pending.isSettled()).isFalse();

    clock.advance(Duration.ofHours(20));
    mock.server().settleWithdrawal(created.id(), WithdrawalOutcome.PAID);
    Withdrawal paid = wallet.withdrawal(created.id()).execute();

    assertThat(paid.status()).isEqualTo(WithdrawalStatus.PAID);
    assertThat(paid.isSettled()).isTrue();
    assertThat(paid.failureReason()).isNull();
    assertThat(paid.amount()).isEqualTo(Money.of(1000, "USD"));
    assertThat(paid.updatedAt()).isEqualTo(NOW.plus(Duration.ofHours(20)));
    assertThat(wallet.cached().diamonds()).isEqualTo(8000);
  }

  @Test
  void aFailedPayoutBringsTheDiamondsBackToTheCacheAndTheListenersExactlyOnce() throws Exception {
    WalletApi wallet = carol();
    wallet.addListener(w -> heard.add(w.diamonds() + "@" + w.version()));
    WithdrawalResult created = wallet.withdraw(3000, PayoutMethod.PAYPAL).execute();
    mock.server().settleWithdrawal(created.withdrawal().id(), WithdrawalOutcome.FAILED);

    Withdrawal failed = wallet.withdrawal(created.withdrawal().id()).execute();
    Withdrawal again = wallet.withdrawal(created.withdrawal().id()).execute();
    flushCallbacks();

    assertThat(failed.status()).isEqualTo(WithdrawalStatus.FAILED);
    assertThat(failed.failureReason()).isEqualTo("payout_rejected");
    assertThat(again).isEqualTo(failed);
    assertThat(wallet.cached().diamonds()).isEqualTo(10_000);
    long v = created.wallet().version();
    assertThat(heard).containsExactly("7000@" + v, "10000@" + (v + 1));
    List<Transaction> mine = new ArrayList<>();
    for (Transaction t : wallet.allTransactions(10)) {
      if (t.reference().equals(failed.id())) mine.add(t);
    }
    assertThat(mine)
        .extracting(t -> t.type() + ":" + t.diamonds())
        .containsExactly("WITHDRAWAL_REVERSED:3000", "WITHDRAWAL:-3000");
    assertThat(mock.server().wallet(DemoData.CAROL).diamonds()).isEqualTo(10_000);
  }

  @Test
  void aPayoutThatFailsAfterTheBackendsDelayIsSeenByTheNextBalanceRead() {
    try (LiveCoinsMockServer server =
        LiveCoinsMockServer.builder()
            .clock(clock)
            .withdrawalSettlement(Duration.ofDays(2), WithdrawalOutcome.FAILED)
            .build()
            .start()) {
      WalletApi wallet = client(server.url().toString(), DemoData.CAROL, DemoData.CAROL_TOKEN).wallet();
      String id = wallet.withdraw(2000, PayoutMethod.BANK).execute().withdrawal().id();
      clock.advance(Duration.ofDays(1));
      assertThat(wallet.withdrawal(id).execute().status()).isEqualTo(WithdrawalStatus.PENDING);

      clock.advance(Duration.ofDays(1));

      assertThat(wallet.balance().execute().diamonds()).isEqualTo(10_000);
      assertThat(wallet.withdrawals().execute().items())
          .extracting(Withdrawal::status)
          .containsExactly(WithdrawalStatus.FAILED);
      server.assertConsistent();
      server.assertNoContractViolations();
    }
  }

  @Test
  void allWithdrawalsWalksEveryPageNewestFirst() {
    WalletApi wallet = carol();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(wallet.withdraw(2000, i % 2 == 0 ? PayoutMethod.BANK : PayoutMethod.PAYPAL).execute().withdrawal().id());
    }
    mock.server().settleWithdrawal(ids.get(0), WithdrawalOutcome.PAID);
    mock.server().settleWithdrawal(ids.get(3), WithdrawalOutcome.FAILED);

    List<Withdrawal> all = new ArrayList<>();
    for (Withdrawal w : wallet.allWithdrawals(2)) all.add(w);

    Collections.reverse(ids);
    assertThat(all).extracting(Withdrawal::id).isEqualTo(ids);
    assertThat(all)
        .extracting(Withdrawal::status)
        .containsExactly(
            WithdrawalStatus.PENDING,
            WithdrawalStatus.FAILED,
            WithdrawalStatus.PENDING,
            WithdrawalStatus.PENDING,
            WithdrawalStatus.PAID);
    assertThat(requestsTo(LIST_ROUTE)).isEqualTo(3);
    assertThat(wallet.withdrawals(100, null).execute().items()).isEqualTo(all);
  }

  @Test
  void aFailedPageSurfacesTypedAndHasNextRetriesTheSamePage() {
    WalletApi wallet = carol();
    for (int i = 0; i < 3; i++) wallet.withdraw(2000, PayoutMethod.BANK).execute();
    Iterator<Withdrawal> it = wallet.allWithdrawals(2).iterator();
    it.next();
    it.next();
    // The second page fails on every automatic attempt (3), then the server recovers.
    mock.server()
        .faults()
        .script(LIST_ROUTE, Fault.status(503), Fault.status(503), Fault.status(503));

    assertThatThrownBy(it::hasNext).isInstanceOf(ServerException.class);

    assertThat(it.hasNext()).isTrue();
    assertThat(it.next().status()).isEqualTo(WithdrawalStatus.PENDING);
    assertThat(it.hasNext()).isFalse();
    assertThat(mock.server().requestLog())
        .filteredOn(r -> LIST_ROUTE.equals(r.route()))
        .extracting(LoggedRequest::status)
        .containsExactly(200, 503, 503, 503, 200);
  }

  @Test
  void aLostOrGarbledReadIsRetriedAndMovesNothing() {
    WalletApi wallet = carol();
    String id = wallet.withdraw(2000, PayoutMethod.BANK).execute().withdrawal().id();
    mock.server().settleWithdrawal(id, WithdrawalOutcome.FAILED);
    mock.server().faults().script(ONE_ROUTE, Fault.dropAfterCommit(), Fault.status(503));

    assertThat(wallet.withdrawal(id).execute().status()).isEqualTo(WithdrawalStatus.FAILED);

    assertThat(requestsTo(ONE_ROUTE)).isEqualTo(3);
    assertThat(mock.server().wallet(DemoData.CAROL).diamonds()).isEqualTo(10_000);
    assertThat(wallet.cached().diamonds()).isEqualTo(10_000);
  }

  @Test
  void anotherCreatorsWithdrawalIsNotFoundAndAViewerIsNotACreator() {
    WalletApi carol = carol();
    String id = carol.withdraw(2000, PayoutMethod.BANK).execute().withdrawal().id();
    String base = mock.server().url().toString();

    NotFoundException notFound =
        catchThrowableOfType(
            () -> client(base, DemoData.DAVE, DemoData.DAVE_TOKEN).wallet().withdrawal(id).execute(),
            NotFoundException.class);
    assertThat(notFound.resource()).isEqualTo("withdrawal");
    assertThatThrownBy(
            () -> client(base, DemoData.BOB, DemoData.BOB_TOKEN).wallet().withdrawals().execute())
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void badArgumentsFailBeforeAnythingIsSent() {
    WalletApi wallet = carol();
    assertThatThrownBy(() -> wallet.withdrawal(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> wallet.withdrawal(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> wallet.withdrawals(0, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> wallet.withdrawals(101, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> wallet.withdrawals(10, "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> wallet.allWithdrawals(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(mock.server().requestLog()).isEmpty();
  }

  @Test
  void hostileAnswersAreTypedAndNeverReachTheCache() throws Exception {
    String withdrawal =
        "{\"id\":\"wd_1\",\"diamonds\":2000,\"amount\":{\"amountMinor\":1000,\"currency\":\"USD\"},"
            + "\"payoutMethod\":\"bank\",\"status\":\"FAILED\",\"createdAt\":\"2026-11-25T10:00:00Z\"}";
    try (MockWebServer hostile = MockServers.startLoopback()) {
      // Another user's wallet; then another withdrawal than the one asked for; then a looping cursor.
      hostile.enqueue(MockServers.json(200, "{\"withdrawal\":" + withdrawal
          + ",\"wallet\":{\"userId\":\"mallory\",\"coins\":0,\"diamonds\":999999,\"version\":99}}"));
      hostile.enqueue(MockServers.json(200, "{\"withdrawal\":" + withdrawal.replace("wd_1", "wd_2")
          + ",\"wallet\":{\"userId\":\"carol\",\"coins\":0,\"diamonds\":999999,\"version\":99}}"));
      hostile.enqueue(MockServers.json(200, "{\"items\":[" + withdrawal + "],\"nextCursor\":\"c1\"}"));
      hostile.enqueue(MockServers.json(200, "{\"items\":[" + withdrawal + "],\"nextCursor\":\"c1\"}"));
      hostile.enqueue(MockServers.json(200, "{\"withdrawal\":" + withdrawal.replace("2026-11-25T10", "2026-11-25T10")
          .replace("\"status\":\"FAILED\"", "\"status\":\"FAILED\",\"updatedAt\":\"2026-11-24T00:00:00Z\"")
          + ",\"wallet\":{\"userId\":\"carol\",\"coins\":0,\"diamonds\":1,\"version\":99}}"));
      WalletApi wallet = client(hostile.url("/").toString(), DemoData.CAROL, DemoData.CAROL_TOKEN).wallet();

      assertThatThrownBy(() -> wallet.withdrawal("wd_1").execute())
          .isInstanceOf(MalformedResponseException.class);
      assertThatThrownBy(() -> wallet.withdrawal("wd_1").execute())
          .isInstanceOf(MalformedResponseException.class);
      Iterator<Withdrawal> it = wallet.allWithdrawals(1).iterator();
      assertThat(it.next().id()).isEqualTo("wd_1");
      assertThatThrownBy(it::hasNext).isInstanceOf(MalformedResponseException.class);
      assertThatThrownBy(() -> wallet.withdrawal("wd_1").execute())
          .as("updatedAt before createdAt")
          .isInstanceOf(MalformedResponseException.class);
      assertThat(wallet.cached()).isNull();
    }
  }

  @Test
  void aServerWithoutTheNewFieldsStillDecodes() throws Exception {
    try (MockWebServer old = MockServers.startLoopback()) {
      old.enqueue(MockServers.json(200, "{\"items\":[{\"id\":\"wd_1\",\"diamonds\":2000,"
          + "\"amount\":{\"amountMinor\":1000,\"currency\":\"USD\"},\"payoutMethod\":\"wire\","
          + "\"status\":\"ON_HOLD\",\"createdAt\":\"2026-11-25T10:00:00Z\"}],\"nextCursor\":null}"));
      Page<Withdrawal> page =
          client(old.url("/").toString(), DemoData.CAROL, DemoData.CAROL_TOKEN)
              .wallet()
              .withdrawals()
              .execute();

      Withdrawal w = page.items().get(0);
      assertThat(w.status()).isEqualTo(WithdrawalStatus.UNKNOWN);
      assertThat(w.payoutMethod()).isEqualTo(PayoutMethod.UNKNOWN);
      assertThat(w.updatedAt()).isEqualTo(w.createdAt());
      assertThat(w.failureReason()).isNull();
      assertThat(w.isSettled()).isFalse();
      assertThat(old.takeRequest().getTarget()).isEqualTo("/v1/creator/withdrawals?limit=50");
    }
  }
}
