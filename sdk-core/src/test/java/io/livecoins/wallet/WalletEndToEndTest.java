package io.livecoins.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.livecoins.AuthTokenProvider;
import io.livecoins.errors.BelowMinimumWithdrawalException;
import io.livecoins.errors.Effect;
import io.livecoins.errors.ForbiddenException;
import io.livecoins.errors.InsufficientDiamondsException;
import io.livecoins.errors.LimitExceededException;
import io.livecoins.LiveCoins;
import io.livecoins.Money;
import io.livecoins.Page;
import io.livecoins.RetryPolicy;
import io.livecoins.test.RecordingSleeper;
import io.livecoins.testing.DemoData;
import io.livecoins.testing.Fault;
import io.livecoins.testing.LiveCoinsMockServer;
import io.livecoins.testing.LiveCoinsMockServerExtension;
import io.livecoins.testing.LoggedRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The wallet API end to end against the stateful mock backend (sdk-testing): balance, listeners,
 * earnings, withdraw, history. The extension also fails a test on any contract violation or an
 * inconsistent ledger.
 */
final class WalletEndToEndTest {
  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final String WITHDRAW_ROUTE = "POST /v1/creator/withdrawals";
  private static final String CALLBACK_THREAD = "lc-e2e-callbacks";

  @RegisterExtension
  final LiveCoinsMockServerExtension mock =
      LiveCoinsMockServerExtension.configured(b -> b.clock(Clock.fixed(NOW, ZoneOffset.UTC)));

  private final ExecutorService callbacks =
      Executors.newSingleThreadExecutor(r -> new Thread(r, CALLBACK_THREAD));
  private final List<String> heard = new CopyOnWriteArrayList<>();

  @AfterEach
  void tearDown() {
    callbacks.shutdownNow();
  }

  private LiveCoins client(LiveCoinsMockServer server, String token) {
    return LiveCoins.builder()
        .baseUrl(server.url().toString())
        .authTokenProvider(AuthTokenProvider.of(server.userIdOf(token), token))
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).jitter(false).build())
        .sleeper(new RecordingSleeper())
        .callbackExecutor(callbacks)
        .build();
  }

  private void flushCallbacks() throws Exception {
    callbacks.submit(() -> {}).get(5, TimeUnit.SECONDS);
  }

  private WalletListener recorder() {
    return w -> heard.add(Thread.currentThread().getName() + ":" + w.coins() + "/" + w.diamonds() + "@" + w.version());
  }

  @Test
  void aCreatorChecksEarningsWithdrawsAndSeesItInHistory() throws Exception {
    LiveCoinsMockServer server = mock.server();
    WalletApi wallet = client(server, DemoData.CAROL_TOKEN).wallet();
    wallet.addListener(recorder());

    Wallet before = wallet.balance().execute();
    assertThat(before.userId()).isEqualTo("carol");
    assertThat(before.diamonds()).isEqualTo(10_000);

    Earnings earnings = wallet.earnings().execute();
    assertThat(earnings.diamonds()).isEqualTo(10_000);
    assertThat(earnings.withdrawableDiamonds()).isEqualTo(10_000);
    assertThat(earnings.minimumWithdrawalDiamonds()).isEqualTo(2000);
    assertThat(earnings.payoutRate()).isEqualTo(new PayoutRate(200, Money.of(100, "USD")));
    assertThat(earnings.dailyLimit()).isEqualTo(Money.of(100_000, "USD"));
    assertThat(earnings.canWithdraw(2101)).isTrue();
    PayoutQuote quote = earnings.quote(2101);
    assertThat(quote.amount()).isEqualTo(Money.of(1050, "USD"));
    assertThat(quote.diamondsConsumed()).isEqualTo(2100);
    assertThat(quote.remainderDiamonds()).isEqualTo(1);

    WithdrawalResult result = wallet.withdraw(2101, PayoutMethod.BANK).execute();

    // The client's quote and the server agree exactly; the remainder diamond stayed.
    assertThat(result.withdrawal().diamonds()).isEqualTo(quote.diamondsConsumed());
    assertThat(result.withdrawal().amount()).isEqualTo(quote.amount());
    assertThat(result.withdrawal().payoutMethod()).isEqualTo(PayoutMethod.BANK);
    assertThat(result.withdrawal().status()).isEqualTo(WithdrawalStatus.PENDING);
    assertThat(result.wallet().diamonds()).isEqualTo(10_000 - 2100);
    assertThat(result.wallet().version()).isGreaterThan(before.version());
    assertThat(server.wallet("carol").diamonds()).isEqualTo(7900);
    assertThat(wallet.cached()).isEqualTo(result.wallet());
    flushCallbacks();
    assertThat(heard)
        .containsExactly(
            CALLBACK_THREAD + ":0/10000@" + before.version(),
            CALLBACK_THREAD + ":0/7900@" + result.wallet().version());

    assertThat(wallet.earnings().execute().dailyRemaining()).isEqualTo(Money.of(100_000 - 1050, "USD"));

    Page<Transaction> first = wallet.transactions().execute();
    Transaction newest = first.items().get(0);
    assertThat(newest.type()).isEqualTo(TransactionType.WITHDRAWAL);
    assertThat(newest.diamonds()).isEqualTo(-2100);
    assertThat(newest.coins()).isZero();
    assertThat(newest.reference()).isEqualTo(result.withdrawal().id());
  }

  @Test
  void autoPagingWalksTheWholeHistoryOnePageAtATime() {
    LiveCoinsMockServer server = mock.server();
    WalletApi wallet = client(server, DemoData.CAROL_TOKEN).wallet();
    wallet.withdraw(2000, PayoutMethod.BANK).execute();
    wallet.withdraw(2000, PayoutMethod.PAYPAL).execute();
    wallet.withdraw(2000, PayoutMethod.BANK).execute();

    List<Transaction> all = new ArrayList<>();
    for (Transaction t : wallet.allTransactions(1)) all.add(t);

    List<Transaction> oneBigPage = wallet.transactions(100, null).execute().items();
    assertThat(all).isEqualTo(oneBigPage);
    assertThat(all).hasSizeGreaterThanOrEqualTo(4); // the seed adjustment and three withdrawals
    assertThat(all.stream().mapToLong(Transaction::diamonds).sum())
        .as("the history sums to the balance")
        .isEqualTo(server.wallet("carol").diamonds());
    long pageRequests =
        server.requestLog().stream().filter(r -> r.route().equals("GET /v1/wallet/transactions")).count();
    assertThat(pageRequests).as("one request per page, plus the big page").isEqualTo(all.size() + 1);
  }

  @Test
  void aWithdrawalWhoseResponseIsLostIsRetriedAndAppliedOnce() {
    LiveCoinsMockServer server = mock.server();
    server.faults().once(WITHDRAW_ROUTE, Fault.dropAfterCommit());
    WalletApi wallet = client(server, DemoData.CAROL_TOKEN).wallet();

    WithdrawalResult result = wallet.withdraw(2000, PayoutMethod.PAYPAL).execute();

    assertThat(result.wallet().diamonds()).isEqualTo(8000);
    assertThat(server.wallet("carol").diamonds()).as("debited once").isEqualTo(8000);
    List<LoggedRequest> posts =
        server.requestLog().stream().filter(r -> r.route().equals(WITHDRAW_ROUTE)).collect(Collectors.toList());
    assertThat(posts).hasSize(2);
    assertThat(posts.get(1).idempotencyKey()).isNotBlank().isEqualTo(posts.get(0).idempotencyKey());
    assertThat(posts.get(1).replayed()).isTrue();
    long withdrawals =
        wallet.transactions().execute().items().stream()
            .filter(t -> t.type() == TransactionType.WITHDRAWAL)
            .count();
    assertThat(withdrawals).isEqualTo(1);
  }

  @Test
  void withdrawalRefusalsAreTypedAndMoveNothing() {
    LiveCoinsMockServer server = mock.server();
    WalletApi wallet = client(server, DemoData.CAROL_TOKEN).wallet();

    BelowMinimumWithdrawalException below =
        catchThrowableOfType(BelowMinimumWithdrawalException.class,
            () -> wallet.withdraw(1999, PayoutMethod.BANK).execute());
    assertThat(below.minimumDiamonds()).isEqualTo(2000);
    assertThat(below.effect()).isEqualTo(Effect.NOT_APPLIED);

    InsufficientDiamondsException insufficient =
        catchThrowableOfType(InsufficientDiamondsException.class,
            () -> wallet.withdraw(20_000, PayoutMethod.BANK).execute());
    assertThat(insufficient.balance()).isEqualTo(10_000);
    assertThat(insufficient.shortfall()).isEqualTo(10_000);
    assertThat(insufficient.effect()).isEqualTo(Effect.NOT_APPLIED);

    assertThat(server.wallet("carol").diamonds()).isEqualTo(10_000);
  }

  @Test
  void theDailyCapIsTyped() {
    try (LiveCoinsMockServer server =
        LiveCoinsMockServer.builder()
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .dailyWithdrawalLimitMinor(1500)
            .build()
            .start()) {
      WalletApi wallet = client(server, DemoData.CAROL_TOKEN).wallet();
      wallet.withdraw(2000, PayoutMethod.BANK).execute(); // USD 10.00 of 15.00

      LimitExceededException e =
          catchThrowableOfType(LimitExceededException.class,
              () -> wallet.withdraw(2000, PayoutMethod.BANK).execute());

      assertThat(e.limit()).isEqualTo(Money.of(1500, "USD"));
      assertThat(e.remaining()).isEqualTo(Money.of(500, "USD"));
      assertThat(e.resetsAt()).isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));
      assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
      assertThat(server.wallet("carol").diamonds()).isEqualTo(8000);
      assertThat(wallet.earnings().execute().canWithdraw(2000)).isFalse();
      server.assertNoContractViolations();
      server.assertConsistent();
    }
  }

  @Test
  void aViewerSeesCoinsAndHistoryButHasNoEarnings() throws Exception {
    LiveCoinsMockServer server = mock.server();
    WalletApi wallet = client(server, DemoData.BOB_TOKEN).wallet();
    wallet.addListener(recorder());

    Wallet bob = wallet.balance().execute();
    assertThat(bob.coins()).isEqualTo(1000);
    flushCallbacks();
    assertThat(heard).containsExactly(CALLBACK_THREAD + ":1000/0@" + bob.version());

    Page<Transaction> history = wallet.transactions().execute();
    assertThat(history.hasMore()).isFalse();
    assertThat(history.items()).extracting(Transaction::type).containsExactly(TransactionType.ADJUSTMENT);
    assertThat(history.items().get(0).coins()).isEqualTo(1000);

    ForbiddenException earnings =
        catchThrowableOfType(ForbiddenException.class, () -> wallet.earnings().execute());
    assertThat(earnings.reason()).isEqualTo("not_creator");
    ForbiddenException withdraw =
        catchThrowableOfType(ForbiddenException.class,
            () -> wallet.withdraw(2000, PayoutMethod.BANK).execute());
    assertThat(withdraw.reason()).isEqualTo("not_creator");
    assertThat(withdraw.effect()).isEqualTo(Effect.NOT_APPLIED);
  }
}
