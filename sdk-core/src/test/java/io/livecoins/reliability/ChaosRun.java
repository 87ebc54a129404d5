package io.livecoins.reliability;

import io.livecoins.AuthTokenProvider;
import io.livecoins.Call;
import io.livecoins.errors.Effect;
import io.livecoins.LiveCoins;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.RetryPolicy;
import io.livecoins.gift.Gift;
import io.livecoins.gift.GiftCombo;
import io.livecoins.gift.GiftComboListener;
import io.livecoins.gift.SendGiftResult;
import io.livecoins.payment.SandboxPaymentProvider;
import io.livecoins.payment.TestCard;
import io.livecoins.recharge.CoinPackage;
import io.livecoins.recharge.FilePendingOrderStore;
import io.livecoins.recharge.OrderStatus;
import io.livecoins.recharge.PurchaseResult;
import io.livecoins.testing.Fault;
import io.livecoins.testing.LiveCoinsMockServer;
import io.livecoins.testing.LoggedRequest;
import io.livecoins.testing.MockUser;
import io.livecoins.wallet.PayoutMethod;
import io.livecoins.wallet.Transaction;
import io.livecoins.wallet.TransactionType;
import io.livecoins.wallet.Wallet;
import io.livecoins.wallet.WithdrawalResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The money-under-faults experiment behind {@code ChaosTest} (bounded, in CI) and {@code SoakTest}
 * (100k operations, on demand): several client threads, each the only client of its own user, run a
 * seeded random mix of recharges, gift sends, combos, withdrawals and balance reads against the
 * stateful mock backend while it injects faults of every kind on a share of all requests. Then the
 * faults stop, every operation whose outcome was left open is reconciled ({@code call.clone()} with
 * the same idempotency key, {@code resumePending()}, or the user's history), and {@link #verify}
 * checks the money: nothing lost, nothing doubled, nothing charged that the client said was not.
 *
 * <p>Determinism: the seed fixes each thread's operation sequence and the mock server's fault
 * stream; the interleaving of threads (which request draws which fault) is up to the scheduler, so
 * two runs with one seed match in their mix, not request for request.
 */
final class ChaosRun {
  static final String STAR = "star";
  static final String STAR_STREAM = "stream-star";
  static final long SEED_COINS = 2_000;
  static final long SEED_DIAMONDS = 50_000_000;

  /** What to run. */
  static final class Config {
    long seed = 20261125L;
    int threads = 4;
    int operations = 400;
    double faultRate = 0.15;
    Duration budget = Duration.ofSeconds(45);
    boolean strictContract = true;

    @Override
    public String toString() {
      return "seed=" + seed + " threads=" + threads + " operations=" + operations + " faultRate="
          + faultRate + " budget=" + budget.getSeconds() + "s";
    }
  }

  /** One user's ledger as its client saw it. Guarded by itself. */
  static final class Book {
    final String userId;
    final String token;
    // Outcomes the client saw succeed, by server reference (order, receipt, withdrawal id).
    final Map<String, Long> rechargesOk = new HashMap<>();
    final Map<String, Long> giftsOk = new HashMap<>();
    final Map<String, Long> withdrawalsOk = new HashMap<>();
    // Outcomes reconciled after the faults stopped.
    final Map<String, Long> rechargesResumed = new HashMap<>();
    final Map<String, Long> giftsReconciled = new HashMap<>();
    final Map<String, Long> withdrawalsReconciled = new HashMap<>();
    final List<Long> comboReconciledCoins = new ArrayList<>();
    // Open outcomes to reconcile.
    final List<Call<SendGiftResult>> giftsOpen = new ArrayList<>();
    final List<Call<WithdrawalResult>> withdrawalsOpen = new ArrayList<>();
    final List<Long> comboBatchesOpenCoins = new ArrayList<>();
    final List<String> notChargedOrderIds = new ArrayList<>();
    // Completed purchases the backend refunded or charged back during the storm: order id → coins credited.
    final Map<String, Long> reversed = new HashMap<>();
    int purchasesOpen;
    int purchasesApplied;
    final Map<String, Integer> outcomes = new TreeMap<>();

    Book(String userId, String token) {
      this.userId = userId;
      this.token = token;
    }

    synchronized void count(String what) {
      outcomes.merge(what, 1, Integer::sum);
    }
  }

  /** The figures of a run. */
  static final class Report {
    final Config config;
    long operations;
    long requests;
    long faults;
    long postRetries;
    long replays;
    long reconciled;
    long millis;
    final Map<String, Integer> outcomes = new TreeMap<>();
    final Map<String, Integer> faultKinds = new TreeMap<>();

    Report(Config config) {
      this.config = config;
    }

    @Override
    public String toString() {
      return "chaos " + config + "\n"
          + "  operations=" + operations + " requests=" + requests + " faults=" + faults
          + " retries(POST, same key)=" + postRetries + " replays=" + replays
          + " reconciled=" + reconciled + " time=" + millis + "ms\n"
          + "  faults by kind: " + faultKinds + "\n"
          + "  outcomes: " + outcomes;
    }
  }

  private final Config config;
  private final Path dir;
  private final Sleeper fast = new Sleeper();

  ChaosRun(Config config, Path dir) {
    this.config = config;
    this.dir = dir;
  }

  /** Waits at most a millisecond of whatever it is asked: backoff and polls stay real but fast. */
  static final class Sleeper implements io.livecoins.Sleeper, io.livecoins.testing.Sleeper {
    @Override
    public void sleep(Duration duration) throws InterruptedException {
      if (Thread.interrupted()) throw new InterruptedException();
      if (!duration.isZero()) LockSupport.parkNanos(Math.min(duration.toNanos(), 1_000_000L));
      if (Thread.interrupted()) throw new InterruptedException();
    }
  }

  Report run() throws Exception {
    long started = System.nanoTime();
    LiveCoinsMockServer.Builder builder =
        LiveCoinsMockServer.builder()
            .seed(config.seed)
            .sleeper(fast)
            .strict(config.strictContract)
            .minimumWithdrawalDiamonds(200)
            .dailyWithdrawalLimitMinor(Long.MAX_VALUE / 1024)
            .addUser(MockUser.creator(STAR, "token-star", STAR_STREAM).region("US").build());
    List<Book> books = new ArrayList<>();
    for (int i = 0; i < config.threads; i++) {
      String id = "chaos-" + i;
      builder.addUser(
          MockUser.creator(id, "token-" + id, "stream-" + id)
              .region("US")
              .coins(SEED_COINS)
              .diamonds(SEED_DIAMONDS)
              .build());
      books.add(new Book(id, "token-" + id));
    }
    Report report = new Report(config);
    List<String> problems = new ArrayList<>();
    try (LiveCoinsMockServer server = builder.build().start()) {
      List<LiveCoins> clients = new ArrayList<>();
      for (Book book : books) clients.add(client(server, book));
      // The catalogs before the storm (reads; a real app caches them too).
      List<CoinPackage> packages = clients.get(0).recharge().packages("US").execute();
      List<Gift> gifts = clients.get(0).gifts().catalog("US").execute();
      Map<String, CoinPackage> packageById = new HashMap<>();
      for (CoinPackage p : packages) packageById.put(p.id(), p);
      Map<String, Gift> giftById = new HashMap<>();
      for (Gift g : gifts) giftById.put(g.id(), g);

      server.faults().randomly(config.faultRate, allFaults());
      long deadline = System.nanoTime() + config.budget.toNanos();
      ExecutorService pool = Executors.newFixedThreadPool(config.threads);
      List<Future<Long>> done = new ArrayList<>();
      SplittableRandom master = new SplittableRandom(config.seed);
      for (int i = 0; i < config.threads; i++) {
        Book book = books.get(i);
        LiveCoins client = clients.get(i);
        SplittableRandom random = master.split();
        int quota = config.operations / config.threads + (i < config.operations % config.threads ? 1 : 0);
        done.add(pool.submit(
            () -> runThread(server, client, book, random, quota, deadline, packageById, giftById)));
      }
      for (Future<Long> f : done) report.operations += f.get();
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);

      server.faults().clear();
      report.faults = server.faults().applied().size();
      for (String applied : server.faults().applied()) {
        report.faultKinds.merge(applied.substring(applied.indexOf("-> ") + 3), 1, Integer::sum);
      }
      for (int i = 0; i < books.size(); i++) report.reconciled += reconcile(clients.get(i), books.get(i));
      for (int i = 0; i < books.size(); i++) problems.addAll(verify(server, clients.get(i), books.get(i)));
      server.assertConsistent();
      if (!server.contractViolations().isEmpty()) {
        throw new AssertionError("responses broke the contract: " + server.contractViolations());
      }
      List<LoggedRequest> log = server.requestLog();
      report.requests = log.size();
      Set<String> firstAttempts = new HashSet<>();
      for (LoggedRequest r : log) {
        if (r.replayed()) report.replays++;
        if (r.method().equals("POST") && r.idempotencyKey() != null
            && !firstAttempts.add(r.userId() + "/" + r.idempotencyKey())) {
          report.postRetries++;
        }
      }
      for (Book book : books) book.outcomes.forEach((k, v) -> report.outcomes.merge(k, v, Integer::sum));
    }
    report.millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    if (!problems.isEmpty()) {
      throw new AssertionError(report + "\nproblems:\n  " + String.join("\n  ", problems));
    }
    return report;
  }

  static Fault[] allFaults() {
    return new Fault[] {
      Fault.status(500), Fault.status(502), Fault.status(503), Fault.status(504),
      Fault.rateLimited(1), Fault.delay(Duration.ofMillis(50)), Fault.dropBeforeProcessing(),
      Fault.dropAfterCommit(), Fault.malformedBody(), Fault.truncatedBody(),
    };
  }

  private LiveCoins client(LiveCoinsMockServer server, Book book) {
    return LiveCoins.builder()
        .baseUrl(server.url().toString())
        .authTokenProvider(AuthTokenProvider.of(book.userId, book.token))
        .paymentProvider(new SandboxPaymentProvider())
        .pendingOrderStore(new FilePendingOrderStore(dir.resolve(book.userId + "-pending.json")))
        .retryPolicy(RetryPolicy.builder().maxAttempts(4).build())
        .sleeper(fast)
        .comboWindow(Duration.ofMillis(2))
        .build();
  }

  // ----------------------------------------------------------------------------------- the storm

  private long runThread(
      LiveCoinsMockServer server, LiveCoins client, Book book, SplittableRandom random, int quota, long deadline,
      Map<String, CoinPackage> packages, Map<String, Gift> gifts) {
    long ops = 0;
    for (; ops < quota && System.nanoTime() < deadline; ops++) {
      int dice = random.nextInt(100);
      if (dice < 20) {
        recharge(client, book, random, packages);
      } else if (dice < 60) {
        sendGift(client, book, random, gifts);
      } else if (dice < 75) {
        combo(client, book, random, gifts.get("rose"));
      } else if (dice < 88) {
        withdraw(client, book, random);
      } else if (dice < 90) {
        reverse(server, book, random);
      } else {
        try {
          client.wallet().balance().execute();
          book.count("balance ok");
        } catch (LiveCoinsException e) {
          book.count("balance failed " + e.effect());
        }
      }
    }
    return ops;
  }

  private static void recharge(
      LiveCoins client, Book book, SplittableRandom random, Map<String, CoinPackage> packages) {
    CoinPackage pack = packages.get(random.nextBoolean() ? "coins-70" : "coins-350");
    int kind = random.nextInt(10);
    TestCard card =
        kind == 0 ? TestCard.DECLINED
            : kind == 1 ? TestCard.VISA.failingConfirmations(1)
            : kind == 2 ? TestCard.VISA.pendingFor(1)
            : TestCard.VISA;
    try {
      PurchaseResult result = client.recharge().purchase(pack, "sandbox", card).execute();
      if (result.order().status() == OrderStatus.COMPLETED) {
        synchronized (book) {
          book.rechargesOk.put(result.order().id(), result.coinsCredited());
        }
        book.count("recharge ok");
      } else {
        // Still PENDING at the poll deadline: kept in the store for resumePending().
        synchronized (book) {
          book.purchasesOpen++;
        }
        book.count("recharge " + result.order().status());
      }
    } catch (LiveCoinsException e) {
      synchronized (book) {
        if (e.effect() == Effect.NOT_APPLIED) {
          if (e instanceof io.livecoins.errors.PaymentDeclinedException) {
            String orderId = ((io.livecoins.errors.PaymentDeclinedException) e).orderId();
            if (orderId != null) book.notChargedOrderIds.add(orderId);
          }
        } else {
          book.purchasesOpen++;
          if (e.effect() == Effect.APPLIED) book.purchasesApplied++;
        }
      }
      book.count("recharge failed " + e.code() + " " + e.effect());
    }
  }

  /**
   * The backend refunds or charges back one of the user's completed purchases, at any moment (while this
   * user's other requests may be in flight on the server): its coins leave the wallet once; spent coins
   * become a coin debt that blocks gifts until a recharge repays it.
   */
  private static void reverse(LiveCoinsMockServer server, Book book, SplittableRandom random) {
    String orderId = null;
    long credited = 0;
    synchronized (book) {
      List<String> candidates = new ArrayList<>(book.rechargesOk.keySet());
      candidates.removeAll(book.reversed.keySet());
      java.util.Collections.sort(candidates);
      if (!candidates.isEmpty()) {
        orderId = candidates.get(random.nextInt(candidates.size()));
        credited = book.rechargesOk.get(orderId);
        book.reversed.put(orderId, credited);
      }
    }
    if (orderId == null) {
      book.count("reversal skipped");
      return;
    }
    boolean refund = random.nextBoolean();
    if (refund) server.refundOrder(orderId);
    else server.chargeBackOrder(orderId);
    book.count(refund ? "refund" : "chargeback");
  }

  private static void sendGift(LiveCoins client, Book book, SplittableRandom random, Map<String, Gift> gifts) {
    String[] ids = {"rose", "finger-heart", "perfume"};
    Gift gift = gifts.get(ids[random.nextInt(ids.length)]);
    int quantity = 1 + random.nextInt(3);
    Call<SendGiftResult> call = client.gifts().send(gift, STAR, STAR_STREAM, quantity);
    try {
      SendGiftResult result = call.execute();
      synchronized (book) {
        book.giftsOk.put(result.receipt().id(), result.receipt().coins());
      }
      book.count("gift ok");
    } catch (LiveCoinsException e) {
      if (e.effect() != Effect.NOT_APPLIED) {
        synchronized (book) {
          book.giftsOpen.add(call.clone());
        }
      }
      book.count("gift failed " + e.code() + " " + e.effect());
    }
  }

  private static void combo(LiveCoins client, Book book, SplittableRandom random, Gift rose) {
    int taps = 1 + random.nextInt(8);
    GiftCombo combo =
        client.gifts().combo(rose, STAR, STAR_STREAM, new GiftComboListener() {
          @Override
          public void onBatchSent(GiftCombo c, SendGiftResult result) {
            synchronized (book) {
              book.giftsOk.put(result.receipt().id(), result.receipt().coins());
            }
            book.count("combo batch ok");
          }

          @Override
          public void onBatchFailed(GiftCombo c, int quantity, LiveCoinsException error) {
            if (error.effect() != Effect.NOT_APPLIED) {
              synchronized (book) {
                book.comboBatchesOpenCoins.add(quantity * rose.coinCost());
              }
            }
            book.count("combo batch failed " + error.code() + " " + error.effect());
          }
        });
    for (int i = 0; i < taps; i++) combo.tap();
    combo.close();
  }

  private static void withdraw(LiveCoins client, Book book, SplittableRandom random) {
    long diamonds = 200 + random.nextInt(800);
    Call<WithdrawalResult> call = client.wallet().withdraw(diamonds, PayoutMethod.BANK);
    try {
      WithdrawalResult result = call.execute();
      synchronized (book) {
        book.withdrawalsOk.put(result.withdrawal().id(), result.withdrawal().diamonds());
      }
      book.count("withdraw ok");
    } catch (LiveCoinsException e) {
      if (e.effect() != Effect.NOT_APPLIED) {
        synchronized (book) {
          book.withdrawalsOpen.add(call.clone());
        }
      }
      book.count("withdraw failed " + e.code() + " " + e.effect());
    }
  }

  // ----------------------------------------------------------------------------------- afterwards

  /** Settles every open outcome with the faults off; returns how many operations it settled. */
  private static long reconcile(LiveCoins client, Book book) {
    long settled = 0;
    for (Call<SendGiftResult> retry : book.giftsOpen) {
      try {
        SendGiftResult result = retry.execute(); // same key: a replay if it had committed
        book.giftsReconciled.put(result.receipt().id(), result.receipt().coins());
      } catch (LiveCoinsException e) {
        if (e.effect() != Effect.NOT_APPLIED) throw new AssertionError("gift retry still open", e);
      }
      settled++;
    }
    for (Call<WithdrawalResult> retry : book.withdrawalsOpen) {
      try {
        WithdrawalResult result = retry.execute();
        book.withdrawalsReconciled.put(result.withdrawal().id(), result.withdrawal().diamonds());
      } catch (LiveCoinsException e) {
        if (e.effect() != Effect.NOT_APPLIED) throw new AssertionError("withdrawal retry still open", e);
      }
      settled++;
    }
    for (PurchaseResult result : client.recharge().resumePending().execute()) {
      if (result.order().status() == OrderStatus.COMPLETED && !book.rechargesOk.containsKey(result.order().id())) {
        book.rechargesResumed.put(result.order().id(), result.coinsCredited());
      }
    }
    settled += book.purchasesOpen;
    settled += book.comboBatchesOpenCoins.size();
    return settled;
  }

  /** The money checks for one user; returns every problem found. */
  private static List<String> verify(LiveCoinsMockServer server, LiveCoins client, Book book) {
    List<String> problems = new ArrayList<>();
    Map<String, Transaction> byReference = new LinkedHashMap<>();
    long coins = 0;
    long diamonds = 0;
    for (Transaction t : client.wallet().allTransactions(100)) {
      if (byReference.put(t.type() + " " + t.reference(), t) != null) {
        problems.add("applied twice: " + t.type() + " " + t.reference());
      }
      coins += t.coins();
      diamonds += t.diamonds();
    }
    Wallet wallet = client.wallet().balance().execute();
    if (wallet.coins() != coins || wallet.diamonds() != diamonds) {
      problems.add("history sums to " + coins + " coins / " + diamonds + " diamonds but the wallet has "
          + wallet.coins() + " / " + wallet.diamonds());
    }
    if (server.wallet(book.userId).coins() != wallet.coins()) problems.add("server and client disagree");

    Map<String, Long> recharges = new HashMap<>();
    Map<String, Long> gifts = new HashMap<>();
    Map<String, Long> withdrawals = new HashMap<>();
    Map<String, Long> reversalsTaken = new HashMap<>();
    long repaid = 0;
    for (Transaction t : byReference.values()) {
      if (t.type() == TransactionType.REFUND || t.type() == TransactionType.CHARGEBACK) {
        reversalsTaken.put(t.reference(), -t.coins());
        continue;
      }
      if (t.type() == TransactionType.DEBT_REPAYMENT) {
        repaid += -t.coins();
        continue;
      }
      if (t.type() == TransactionType.RECHARGE) recharges.put(t.reference(), t.coins());
      else if (t.type() == TransactionType.GIFT_SENT) gifts.put(t.reference(), -t.coins());
      else if (t.type() == TransactionType.WITHDRAWAL) withdrawals.put(t.reference(), -t.diamonds());
      else if (t.type() != TransactionType.ADJUSTMENT) problems.add("unexpected transaction " + t);
    }

    // Every success the client saw was committed, with the amount it was told.
    expectCommitted("recharge", book.rechargesOk, recharges, problems);
    expectCommitted("gift", book.giftsOk, gifts, problems);
    expectCommitted("withdrawal", book.withdrawalsOk, withdrawals, problems);
    expectCommitted("reconciled gift", book.giftsReconciled, gifts, problems);
    expectCommitted("reconciled withdrawal", book.withdrawalsReconciled, withdrawals, problems);
    expectCommitted("resumed recharge", book.rechargesResumed, recharges, problems);

    // Nothing was committed that the client was not told of, or reconciled.
    Map<String, Long> unexplainedRecharges = minus(recharges, book.rechargesOk, book.rechargesResumed);
    if (!unexplainedRecharges.isEmpty()) problems.add("recharges nobody was told of: " + unexplainedRecharges);
    Map<String, Long> unexplainedWithdrawals =
        minus(withdrawals, book.withdrawalsOk, book.withdrawalsReconciled);
    if (!unexplainedWithdrawals.isEmpty()) problems.add("withdrawals nobody was told of: " + unexplainedWithdrawals);
    // Combo batches that failed with an open outcome carry no key to retry: the history settles
    // them. Each unexplained gift must match one such batch, by its coins.
    List<Long> openBatches = new ArrayList<>(book.comboBatchesOpenCoins);
    for (Map.Entry<String, Long> e : minus(gifts, book.giftsOk, book.giftsReconciled).entrySet()) {
      if (openBatches.remove(e.getValue())) {
        book.comboReconciledCoins.add(e.getValue());
      } else {
        problems.add("gift " + e.getKey() + " of " + e.getValue() + " coins nobody was told of");
      }
    }

    // "Not charged" meant not charged: no declined order was ever credited.
    for (String orderId : book.notChargedOrderIds) {
      if (recharges.containsKey(orderId)) problems.add("order " + orderId + " failed 'not charged' but was credited");
    }
    // Recovery finished at most the purchases left open, and every one reported as applied.
    if (book.rechargesResumed.size() > book.purchasesOpen) {
      problems.add(book.rechargesResumed.size() + " orders completed by resumePending() but only "
          + book.purchasesOpen + " purchases were left open");
    }
    if (book.rechargesResumed.size() < book.purchasesApplied) {
      problems.add(book.purchasesApplied + " purchases failed with effect APPLIED but only "
          + book.rechargesResumed.size() + " orders were completed");
    }

    // Refunds and chargebacks: exactly the reversals the backend made, each once, each taking back at
    // most what it credited; the rest became debt, and repayments never exceed it.
    long debtCreated = 0;
    for (Map.Entry<String, Long> e : book.reversed.entrySet()) {
      Long taken = reversalsTaken.get(e.getKey());
      if (taken == null) {
        problems.add("order " + e.getKey() + " was reversed but its reversal is not in the history");
      } else if (taken < 0 || taken > e.getValue()) {
        problems.add("order " + e.getKey() + " credited " + e.getValue() + " but its reversal took " + taken);
      } else {
        debtCreated += e.getValue() - taken;
      }
    }
    for (String reference : reversalsTaken.keySet()) {
      if (!book.reversed.containsKey(reference)) problems.add("reversal of " + reference + " nobody made");
    }
    if (repaid > debtCreated || wallet.coinDebt() != debtCreated - repaid
        || server.coinDebt(book.userId) != wallet.coinDebt()) {
      problems.add("debt: created " + debtCreated + ", repaid " + repaid + ", the wallet owes "
          + wallet.coinDebt() + ", the server " + server.coinDebt(book.userId));
    }

    // credited − spent − taken back == balance, per the client's own book.
    long expectedCoins = SEED_COINS + sum(book.rechargesOk) + sum(book.rechargesResumed)
        - sum(book.giftsOk) - sum(book.giftsReconciled) - sumList(book.comboReconciledCoins)
        - sum(reversalsTaken) - repaid;
    long expectedDiamonds = SEED_DIAMONDS - sum(book.withdrawalsOk) - sum(book.withdrawalsReconciled);
    if (expectedCoins != wallet.coins()) {
      problems.add("client book says " + expectedCoins + " coins, the wallet has " + wallet.coins());
    }
    if (expectedDiamonds != wallet.diamonds()) {
      problems.add("client book says " + expectedDiamonds + " diamonds, the wallet has " + wallet.diamonds());
    }
    List<String> named = new ArrayList<>();
    for (String problem : problems) named.add(book.userId + ": " + problem);
    return named;
  }

  private static void expectCommitted(
      String what, Map<String, Long> seen, Map<String, Long> committed, List<String> problems) {
    for (Map.Entry<String, Long> e : seen.entrySet()) {
      Long amount = committed.get(e.getKey());
      if (amount == null) {
        problems.add(what + " " + e.getKey() + " succeeded but is not in the history");
      } else if (!amount.equals(e.getValue())) {
        problems.add(what + " " + e.getKey() + ": told " + e.getValue() + ", committed " + amount);
      }
    }
  }

  @SafeVarargs
  private static Map<String, Long> minus(Map<String, Long> all, Map<String, Long>... known) {
    Map<String, Long> rest = new TreeMap<>(all);
    for (Map<String, Long> k : known) rest.keySet().removeAll(k.keySet());
    return rest;
  }

  private static long sum(Map<String, Long> amounts) {
    long total = 0;
    for (long v : amounts.values()) total = Math.addExact(total, v);
    return total;
  }

  private static long sumList(List<Long> amounts) {
    long total = 0;
    for (long v : amounts) total = Math.addExact(total, v);
    return total;
  }
}
