package io.livecoins.sample.jvm;

import io.livecoins.LiveCoins;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.Page;
import io.livecoins.Sleeper;
import io.livecoins.gift.Gift;
import io.livecoins.gift.GiftApi;
import io.livecoins.gift.GiftAssetCache;
import io.livecoins.gift.GiftCombo;
import io.livecoins.gift.GiftComboListener;
import io.livecoins.gift.GiftComboStats;
import io.livecoins.gift.GiftEvent;
import io.livecoins.gift.GiftEventListener;
import io.livecoins.gift.GiftFeed;
import io.livecoins.gift.LeaderboardEntry;
import io.livecoins.gift.PrefetchResult;
import io.livecoins.gift.SendGiftResult;
import io.livecoins.payment.SandboxPaymentProvider;
import io.livecoins.payment.HostedCheckoutProvider;
import io.livecoins.payment.PaymentMethod;
import io.livecoins.payment.TestCard;
import io.livecoins.recharge.CoinPackage;
import io.livecoins.recharge.Order;
import io.livecoins.recharge.OrderQuery;
import io.livecoins.recharge.OrderStatus;
import io.livecoins.recharge.PurchaseRequest;
import io.livecoins.recharge.PurchaseResult;
import io.livecoins.recharge.Receipt;
import io.livecoins.testing.LiveCoinsMockServer;
import io.livecoins.testing.WithdrawalOutcome;
import io.livecoins.wallet.Earnings;
import io.livecoins.wallet.PayoutMethod;
import io.livecoins.wallet.PayoutQuote;
import io.livecoins.wallet.Transaction;
import io.livecoins.wallet.Withdrawal;
import io.livecoins.wallet.WithdrawalResult;
import io.livecoins.wallet.WithdrawalStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The whole story, one short method per step: catalog, recharge, gifts, the creator's payout,
 * history, and what goes wrong. Each step prints what it does and checks what it expects; {@link
 * #run()} returns 0 only if every step behaved.
 */
final class Walkthrough {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

  private final Backend backend;
  private final Options options;
  private final Console console;
  private final Clients clients;
  private final Sleeper sleeper;
  private final Locale locale;
  private final List<String> failures = new ArrayList<>();

  private LiveCoins viewer;
  private List<CoinPackage> packages;
  private List<Gift> gifts;

  Walkthrough(Backend backend, Options options, Console console, Clients clients, Sleeper sleeper) {
    this.backend = backend;
    this.options = options;
    this.console = console;
    this.clients = clients;
    this.sleeper = sleeper;
    this.locale = options.locale();
  }

  /** Runs every step; returns 0 if all behaved, 1 otherwise. */
  int run() {
    console.title("LiveCoins JVM sample: walkthrough");
    console.say(backend.describe());
    step("Start-up", this::startUp);
    step("1. Coin catalog for " + options.region(), this::catalog);
    step("2. Recharge", this::recharge);
    step("3. Gifts", this::gifts);
    step("4. The creator's side", this::creatorSide);
    step("5. Wallet history, paged", this::history);
    step("6. What goes wrong, handled", new WhatGoesWrong(this, backend, options, clients)::run);
    if (backend.isEmbedded()) step("Ledger check (mock backend)", this::ledgerCheck);

    console.heading("Summary");
    if (failures.isEmpty()) {
      console.ok("Everything behaved.");
      return 0;
    }
    for (String failure : failures) console.failed(failure);
    console.line(failures.size() + " check(s) did not behave.");
    return 1;
  }

  // ---------------------------------------------------------------------------------------------
  // The steps

  private void startUp() {
    viewer = clients.forUser("viewer", backend.viewerToken(options));
    // On every start: finish purchases that a crash or a lost response interrupted. Apps run this
    // async (enqueue) so start-up is not blocked; the walkthrough waits to show the result.
    List<PurchaseResult> resumed = viewer.recharge().resumePending().execute();
    console.ok("resumePending() on start-up: " + resumed.size() + " interrupted purchase(s) to finish");
    console.ok("Balance: " + viewer.wallet().balance().execute().coins() + " coins");
    // What this user may do, in one cheap read: an app hides "Buy coins" / "Send gift" when not allowed.
    io.livecoins.account.Account account = viewer.account().get().execute();
    console.ok("Account: " + account.userId() + " in " + account.region() + " (" + account.currency()
        + "); may buy coins: " + account.may(io.livecoins.account.Capability.RECHARGE)
        + ", may send gifts: " + account.may(io.livecoins.account.Capability.GIFTING));
  }

  private void catalog() {
    // Prices are per region and currency: never hard-code them, show what the catalog says.
    console.table(packageTable(packages(), locale));
  }

  /** The coin packages as a table, prices formatted for {@code locale}. */
  static Table packageTable(List<CoinPackage> packages, Locale locale) {
    Table table = new Table().left("Package").right("Coins").right("Bonus").right("Total").right("Price")
        .left("Pay with");
    for (CoinPackage pack : packages) {
      table.row(pack.id(), pack.coins(), pack.bonusCoins() == 0 ? "" : "+" + pack.bonusCoins(),
          pack.totalCoins(), pack.price().format(locale), String.join(", ", pack.providers()));
    }
    return table;
  }

  private void recharge() throws InterruptedException {
    long before = balance();
    CoinPackage pack = packages().stream().filter(p -> p.bonusCoins() > 0).findFirst().orElse(packages().get(0));
    PurchaseResult bought;
    if (options.payOnWeb()) {
      console.say("Buying " + pack.id() + " for " + pack.price().format(locale) + " on the hosted checkout page");
      // The same one call: the provider opens the page, waits for the user's return or the page's
      // state, and the backend credits the order itself (no token passes through the app).
      bought = viewer.recharge().purchase(pack, HostedCheckoutProvider.ID, PaymentMethod.none()).execute();
    } else {
      console.say("Buying " + pack.id() + " for " + pack.price().format(locale) + " with " + describe(options.card()));
      // One call runs the whole purchase: create the order, record it, pay, confirm, credit.
      bought = viewer.recharge().purchase(pack, SandboxPaymentProvider.ID, options.card()).execute();
    }
    console.ok("+" + bought.coinsCredited() + " coins (" + pack.coins() + " + " + pack.bonusCoins()
        + " bonus), order " + bought.order().id() + " " + bought.status());
    expect(bought.coinsCredited() == pack.totalCoins(), "recharge credited " + bought.coinsCredited()
        + " coins, expected " + pack.totalCoins());
    expectBalance(before + pack.totalCoins());
    printReceipt(bought.order().id());

    console.line("");
    CoinPackage small = packages().get(0);
    console.say("Buying " + small.id() + " with a payment the processor settles later (pending)");
    // Host choice: purchase() can wait for a pending payment itself (the default, up to 2
    // minutes), or return at once, as here, so the app shows progress and stays responsive.
    PurchaseResult started = viewer.recharge()
        .purchase(PurchaseRequest.of(small, SandboxPaymentProvider.ID, options.card().pendingFor(3))
            .withPollTimeout(Duration.ZERO))
        .execute();
    Order order = started.order();
    int checks = 0;
    while (!order.status().isTerminal() && checks < 20) {
      console.progress("payment " + order.status() + ", checking again (" + ++checks + ")");
      sleeper.sleep(Duration.ofMillis(500));
      order = viewer.recharge().order(order.id()).execute(); // reading the order lets it settle
    }
    console.progress("payment " + order.status() + " after " + checks + " check(s)");
    // The order settled on the server; resume() finishes it here and clears the local record.
    PurchaseResult settled = viewer.recharge().resume(order.id()).execute();
    console.ok("+" + settled.coinsCredited() + " coins, order " + order.id() + " " + settled.status());
    expectBalance(before + pack.totalCoins() + small.totalCoins());
  }

  private void gifts() throws InterruptedException, IOException {
    GiftApi giftApi = viewer.gifts();
    Gift rose = gift("rose");
    String creator = options.creator();
    String stream = options.stream();

    console.say("A single gift:");
    SendGiftResult sent = giftApi.send(rose, creator, stream, 1).execute();
    console.ok("sent 1 x " + rose.name() + " to " + creator + ": -" + sent.receipt().coins()
        + " coins, balance " + sent.wallet().coins());
    // What the gift panel shows: the catalog says how each gift looks (tier, animation assets in
    // the server's order of preference, sound); the app picks the first format it can play.
    console.say("  " + GiftView.card(rose));

    // A real app prefetches what its overlay plays into a bounded on-disk cache (its cache
    // directory), so a gift arriving on the live feed shows at once, from disk. Downloads go
    // through the client's HTTP stack, without the user's token, and are checked against the
    // catalog's size and SHA-256 before they become visible.
    Path dir = Files.createTempDirectory("livecoins-gift-assets");
    try {
      GiftAssetCache assets = GiftAssetCache.builder(viewer, dir).maxBytes(4L * 1024 * 1024).build();
      PrefetchResult prefetched = assets.prefetch(GiftView.playable(gifts)).execute();
      console.ok("prefetched " + prefetched.downloaded().size() + " animations ("
          + prefetched.downloadedBytes() + " bytes, SHA-256 verified) into the on-disk cache");
      liveFeed(giftApi, assets, creator, stream);
    } finally {
      deleteTree(dir);
    }

    console.say("Leaderboard of " + stream + ":");
    Table board = new Table().right("Rank").left("Gifter").right("Coins");
    for (LeaderboardEntry entry : giftApi.leaderboard(stream, 5).execute()) {
      board.row(entry.rank(), entry.userId(), entry.coins());
    }
    console.table(board);
  }

  private void liveFeed(GiftApi giftApi, GiftAssetCache assets, String creator, String stream)
      throws InterruptedException {
    Gift rose = gift("rose");
    List<Gift> toSend = List.of(gift("finger-heart"), gift("perfume"), gift("doughnut"));
    int taps = 10;
    CountDownLatch connected = new CountDownLatch(1);
    CountDownLatch received = new CountDownLatch(toSend.size());
    CountDownLatch comboDone = new CountDownLatch(1);
    AtomicReference<String> stopped = new AtomicReference<>();
    console.say("Live gift feed of " + stream + " (events print as they arrive):");
    // The feed reconnects by itself and resumes after the last event, so none is missed or
    // repeated. Events arrive on the callback executor with everything needed to show them (the
    // gift's name, value, tier, assets, sound, and a combo's running count): no catalog lookup.
    try (GiftFeed feed = giftApi.events(stream, new GiftEventListener() {
      @Override
      public void onConnected() {
        connected.countDown();
      }

      @Override
      public void onEvent(GiftEvent event) {
        console.say("  [feed] " + GiftView.event(event, assets));
        if (event.combo() == null) received.countDown();
        else if (event.combo().count() == taps) comboDone.countDown();
      }

      @Override
      public void onError(LiveCoinsException error, boolean willReconnect) {
        if (!willReconnect) {
          stopped.set(Errors.describe(error, locale));
          connected.countDown();
        }
      }
    })) {
      if (!connected.await(10, TimeUnit.SECONDS) || stopped.get() != null) {
        expect(false, "the gift feed did not connect: " + stopped.get());
        return;
      }
      for (Gift gift : toSend) giftApi.send(gift, creator, stream, 1).execute();
      boolean all = received.await(10, TimeUnit.SECONDS);
      expect(all, "the gift feed delivered " + (toSend.size() - received.getCount()) + " of "
          + toSend.size() + " events");
      if (all) console.ok(toSend.size() + " gifts sent, " + toSend.size() + " events received, in order");

      console.say("A combo: " + taps + " rapid taps on " + rose.name() + " (the feed counts the streak up):");
      // Taps within the combo window (300 ms by default) go out as one request. tap() never blocks
      // and refuses at once a tap the balance cannot cover, so a UI can call it on every click.
      // Every batch carries the combo's id, so each feed event says the streak's running count.
      List<String> comboErrors = new ArrayList<>();
      GiftComboStats stats;
      try (GiftCombo combo = giftApi.combo(rose, creator, stream, new GiftComboListener() {
        @Override
        public void onBatchFailed(GiftCombo c, int quantity, LiveCoinsException error) {
          comboErrors.add(quantity + " taps failed: " + Errors.describe(error, locale));
        }
      })) {
        for (int i = 0; i < taps; i++) combo.tap();
        combo.close(); // sends what is left and waits for it; a UI calls closeAsync()
        stats = combo.stats();
      }
      boolean counted = comboDone.await(10, TimeUnit.SECONDS);
      console.ok(stats.tapsAccepted() + " taps -> " + stats.requestsSent() + " send request(s), "
          + stats.coinsSpent() + " coins spent");
      expect(stats.quantitySent() == taps && comboErrors.isEmpty() && counted, "combo sent "
          + stats.quantitySent() + " of " + taps + " taps " + comboErrors
          + (counted ? "" : "; the feed never showed " + rose.name() + " \u00d7 " + taps));
    }
  }

  private void creatorSide() throws InterruptedException {
    String token = backend.creatorToken(options);
    if (token == null) {
      console.skipped("no creator token: pass --creator-token TOKEN to see the creator's side");
      return;
    }
    LiveCoins creator = clients.forUser("creator", token);
    Earnings earnings = creator.wallet().earnings().execute();
    // The payout rate, minimum and daily cap come from the server: never hard-code them.
    console.table(new Table().left("Earnings").right("Value")
        .row("Diamonds", earnings.diamonds())
        .row("Withdrawable", earnings.withdrawableDiamonds())
        .row("Minimum withdrawal", earnings.minimumWithdrawalDiamonds())
        .row("Payout rate", earnings.payoutRate().diamonds() + " diamonds = "
            + earnings.payoutRate().amount().format(locale))
        .row("Left today", earnings.dailyRemaining().format(locale)));

    long diamonds = Math.max(2_555, earnings.minimumWithdrawalDiamonds());
    if (!earnings.canWithdraw(diamonds)) {
      console.skipped("cannot withdraw " + diamonds + " diamonds now (below the minimum or over the limits)");
      return;
    }
    // Preview before asking: the payout is rounded down; unused diamonds stay in the wallet.
    PayoutQuote quote = earnings.quote(diamonds);
    console.say("Withdrawing " + diamonds + " diamonds to the bank: quoted " + quote.amount().format(locale)
        + " (" + quote.diamondsConsumed() + " diamonds used, " + quote.remainderDiamonds() + " kept)");
    WithdrawalResult result = creator.wallet().withdraw(diamonds, PayoutMethod.BANK).execute();
    console.ok("withdrawal " + result.withdrawal().id() + " " + result.withdrawal().status() + ": payout "
        + result.withdrawal().amount().format(locale) + " for " + result.withdrawal().diamonds()
        + " diamonds; " + result.wallet().diamonds() + " diamonds left");
    expect(result.withdrawal().amount().equals(quote.amount()), "payout " + result.withdrawal().amount()
        + " differs from the quote " + quote.amount());
    expect(result.wallet().diamonds() == earnings.diamonds() - quote.diamondsConsumed(),
        "creator has " + result.wallet().diamonds() + " diamonds after the withdrawal");
    followWithdrawal(creator, result.withdrawal());
  }

  /**
   * A payout settles later (the bank or PayPal answers in hours or days): follow it with {@code
   * wallet().withdrawal(id)} until it is PAID or FAILED. An app checks when the creator opens the
   * payouts screen; here a few checks a second apart.
   */
  private void followWithdrawal(LiveCoins creator, Withdrawal created) throws InterruptedException {
    Withdrawal w = created;
    int checks = 0;
    while (!w.isSettled() && checks < 10) {
      console.progress("payout " + w.status() + ", checking again (" + ++checks + ")");
      if (backend.isEmbedded() && checks == 2) {
        // The embedded mock backend's bank pays out on cue (a real one takes its time).
        backend.mock().settleWithdrawal(w.id(), WithdrawalOutcome.PAID);
      }
      sleeper.sleep(Duration.ofSeconds(1));
      w = creator.wallet().withdrawal(w.id()).execute(); // reading it also refreshes the wallet
    }
    if (w.status() == WithdrawalStatus.PAID) {
      console.ok("withdrawal " + w.id() + " PAID after " + checks + " check(s): "
          + w.amount().format(locale) + " sent to the bank");
    } else if (w.status() == WithdrawalStatus.FAILED) {
      // A failed payout's diamonds are back in the wallet (exactly once); the listeners heard it.
      console.ok("withdrawal " + w.id() + " FAILED (" + w.failureReason() + "): " + w.diamonds()
          + " diamonds returned, " + creator.wallet().cached().diamonds() + " diamonds now");
    } else {
      console.skipped("withdrawal " + w.id() + " still " + w.status() + "; check later with "
          + "wallet().withdrawal(id) or wallet().allWithdrawals(n)");
    }
    if (backend.isEmbedded()) {
      expect(w.status() == WithdrawalStatus.PAID, "withdrawal " + w.id() + " ended " + w.status());
    }
  }

  /** The receipt a user keeps and quotes to support: provider's reference and support reference. */
  private void printReceipt(String orderId) {
    Receipt receipt = viewer.recharge().receipt(orderId).execute();
    for (String line : receipt.format(locale).split("\n")) console.say("  | " + line);
    expect(receipt.status() == OrderStatus.COMPLETED, "receipt of " + orderId + " says " + receipt.status());
  }

  private void history() {
    // The purchase history: every order newest first, each with its receipt; filter with
    // OrderQuery.all().withStatuses(...), or iterate every page with recharge().allOrders(query).
    Page<Receipt> purchases = viewer.recharge().orders(OrderQuery.all().withLimit(10)).execute();
    console.say("Purchases" + (purchases.hasMore() ? " (latest 10)" : "") + ":");
    Table orders = new Table().left("Order").left("Status").right("Coins").right("Price").left("Support ref");
    for (Receipt r : purchases.items()) {
      orders.row(r.orderId(), r.status(), r.totalCoins(), r.price().format(locale), r.supportReference());
    }
    console.table(orders);
    console.line("");

    // Explicit pages suit a "load more" button; wallet().allTransactions(n) iterates every page
    // lazily instead (blocking: never on a UI thread).
    String cursor = null;
    int pageNumber = 0;
    do {
      Page<Transaction> page = viewer.wallet().transactions(5, cursor).execute();
      pageNumber++;
      console.say("Page " + pageNumber + (page.hasMore() ? "" : " (last)") + ":");
      Table table = new Table().left("Time (UTC)").left("Type").right("Coins").left("Reference");
      for (Transaction t : page.items()) {
        table.row(TIME.format(t.createdAt()), t.type(), (t.coins() > 0 ? "+" : "") + t.coins(), t.reference());
      }
      console.table(table);
      cursor = page.nextCursor();
    } while (cursor != null && pageNumber < 10);
  }

  private void ledgerCheck() {
    LiveCoinsMockServer mock = backend.mock();
    mock.assertConsistent();
    console.ok("ledger consistent: entries sum to zero, no negative balance, every order credited "
        + "exactly when completed, every idempotent request committed at most once");
    mock.assertNoContractViolations();
    console.ok(mock.requestLog().size() + " requests, every answer matched docs/openapi.yaml");
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  LiveCoins viewer() {
    return viewer;
  }

  /** After a restart the walkthrough goes on with the new client. */
  void restartedAs(LiveCoins client) {
    viewer = client;
  }

  Console console() {
    return console;
  }

  Locale locale() {
    return locale;
  }

  private interface Step {
    void run() throws Exception;
  }

  private void step(String title, Step body) {
    console.heading(title);
    try {
      body.run();
    } catch (LiveCoinsException e) {
      expect(false, title + ": " + Errors.describe(e, locale) + " (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      expect(false, title + ": interrupted");
    } catch (Exception | AssertionError e) {
      expect(false, title + ": " + e);
    }
  }

  void expect(boolean condition, String failure) {
    if (!condition) {
      console.failed(failure);
      failures.add(failure);
    }
  }

  void expectBalance(long expected) {
    long actual = balance();
    console.say("Balance: " + actual + " coins");
    expect(actual == expected, "balance is " + actual + " coins, expected " + expected);
  }

  long balance() {
    return viewer.wallet().balance().execute().coins();
  }

  String userId() {
    return viewer.wallet().balance().execute().userId();
  }

  List<CoinPackage> packages() {
    if (packages == null) packages = viewer.recharge().packages(options.region()).execute();
    return packages;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.deleteIfExists(path);
      }
    }
  }

  Gift gift(String id) {
    if (gifts == null) gifts = viewer.gifts().catalog(options.region()).execute();
    return gifts.stream().filter(g -> g.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalStateException("the gift catalog has no " + id));
  }

  static String describe(TestCard card) {
    return "test card **** " + card.last4();
  }
}
