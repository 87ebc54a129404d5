package io.livecoins.sample.android.r8;

import io.livecoins.AuthTokenProvider;
import io.livecoins.errors.InsufficientCoinsException;
import io.livecoins.LiveCoins;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.errors.PaymentDeclinedException;
import io.livecoins.gift.Gift;
import io.livecoins.gift.GiftEvent;
import io.livecoins.gift.GiftEventListener;
import io.livecoins.gift.GiftFeed;
import io.livecoins.gift.LeaderboardEntry;
import io.livecoins.gift.SendGiftResult;
import io.livecoins.payment.DeclineReason;
import io.livecoins.payment.SandboxPaymentProvider;
import io.livecoins.payment.TestCard;
import io.livecoins.recharge.CoinPackage;
import io.livecoins.recharge.FilePendingOrderStore;
import io.livecoins.recharge.OrderStatus;
import io.livecoins.recharge.PurchaseResult;
import io.livecoins.wallet.Earnings;
import io.livecoins.wallet.PayoutMethod;
import io.livecoins.wallet.Transaction;
import io.livecoins.wallet.TransactionType;
import io.livecoins.wallet.Wallet;
import io.livecoins.wallet.WithdrawalResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A walkthrough of everything the SDK decodes by reflection (wire DTOs, Money and Instant adapters,
 * enums by name, error envelopes, the pending-order file, the SSE gift feed), run against a mock
 * server. r8-smoke.sh runs it after shrinking it with R8 and the SDK's shipped consumer rules: if a
 * rule is missing, a model is stripped or renamed and a check here fails.
 *
 * <p>Usage: {@code java -cp shrunk.jar io.livecoins.sample.android.r8.R8SmokeMain http://127.0.0.1:PORT/}
 */
public final class R8SmokeMain {
  private static int checks;

  private R8SmokeMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) throw new IllegalArgumentException("usage: R8SmokeMain <mock server base URL>");
    String url = args[0];
    Path dir = Files.createTempDirectory("r8-smoke");
    LiveCoins alice = client(url, "demo-token-alice", dir.resolve("alice-pending.json"));
    LiveCoins bob = client(url, "demo-token-bob", dir.resolve("bob-pending.json"));
    LiveCoins carol = client(url, "demo-token-carol", dir.resolve("carol-pending.json"));

    // Catalog: CatalogDto / CoinPackageDto, Money adapter, List<...> generics.
    List<CoinPackage> packages = alice.recharge().packages("US").execute();
    check(packages.size() == 7, "7 US packages");
    CoinPackage seventy = packages.get(0);
    check(seventy.id().equals("coins-70") && seventy.price().amountMinor() == 99
        && seventy.price().currency().equals("USD"), "coins-70 costs USD 0.99");

    // Purchase: order DTOs, OrderStatus enum, wallet; FilePendingOrderStore (PendingOrderFileDto) in between.
    PurchaseResult bought = alice.recharge().purchase(seventy, SandboxPaymentProvider.ID, TestCard.VISA).execute();
    check(bought.status() == OrderStatus.COMPLETED && bought.coinsCredited() == 70, "purchase completed, +70 coins");

    // Decline: the error envelope, DeclineReason by wire name.
    try {
      alice.recharge().purchase(seventy, SandboxPaymentProvider.ID, TestCard.EXPIRED_CARD).execute();
      check(false, "expired card is declined");
    } catch (PaymentDeclinedException e) {
      check(e.reason() == DeclineReason.EXPIRED_CARD && e.code().equals("payment_declined"), "decline reason expired_card");
    }

    // Wallet and history: WalletDto, TransactionDto, TransactionType enum, Instant adapter, Page.
    Wallet wallet = alice.wallet().balance().execute();
    check(wallet.coins() == 70 && wallet.userId().equals("alice"), "alice has 70 coins");
    List<Transaction> history = alice.wallet().transactions().execute().items();
    check(!history.isEmpty() && history.get(0).type() == TransactionType.RECHARGE
        && history.get(0).createdAt().getEpochSecond() > 0, "latest transaction is a RECHARGE with a time");

    // Gifts: GiftCatalogDto, send request/response, receipt, leaderboard.
    List<Gift> gifts = bob.gifts().catalog("US").execute();
    Gift rose = null;
    for (Gift g : gifts) if (g.id().equals("rose")) rose = g;
    check(rose != null && rose.coinCost() == 1, "rose costs 1 coin");
    BlockingQueue<GiftEvent> events = new LinkedBlockingQueue<>();
    CountDownLatch connected = new CountDownLatch(1);
    GiftFeed feed = carol.gifts().events("stream-carol", new GiftEventListener() {
      @Override public void onConnected() {
        connected.countDown();
      }

      @Override public void onEvent(GiftEvent event) {
        events.add(event);
      }
    });
    // A feed without Last-Event-ID starts live: send only once it is connected.
    check(connected.await(20, TimeUnit.SECONDS), "the gift feed connected");
    SendGiftResult sent = bob.gifts().send(rose, "carol", "stream-carol", 3).execute();
    check(sent.receipt().quantity() == 3 && sent.wallet().coins() == 997, "bob sent 3 roses, 997 coins left");
    GiftEvent event = events.poll(20, TimeUnit.SECONDS);
    check(event != null && event.giftId().equals("rose") && event.quantity() == 3, "the gift feed delivered the event");
    feed.close();
    List<LeaderboardEntry> top = bob.gifts().leaderboard("stream-carol", 10).execute();
    check(!top.isEmpty() && top.get(0).userId().equals("bob"), "bob tops the leaderboard");

    // Insufficient coins: error details and the suggested package.
    try {
      alice.gifts().send("galaxy", "carol", "stream-carol", 1).execute();
      check(false, "alice cannot afford a Galaxy");
    } catch (InsufficientCoinsException e) {
      check(e.shortfall() == 1000 - 70 && e.suggestedPackage() != null
          && e.suggestedPackage().id().equals("coins-1400"), "shortfall 930 and coins-1400 suggested");
    }

    // Creator: EarningsDto, PayoutRate, withdrawal DTOs, PayoutMethod / WithdrawalStatus enums.
    Earnings earnings = carol.wallet().earnings().execute();
    check(earnings.minimumWithdrawalDiamonds() == 2000 && earnings.payoutRate().diamonds() == 200, "carol's earnings");
    WithdrawalResult withdrawal = carol.wallet().withdraw(2000, PayoutMethod.BANK).execute();
    check(withdrawal.withdrawal().amount().amountMinor() == 1000
        && withdrawal.withdrawal().payoutMethod() == PayoutMethod.BANK, "2000 diamonds paid out as USD 10.00");

    try {
      carol.wallet().withdraw(10, PayoutMethod.PAYPAL).execute();
      check(false, "10 diamonds is below the minimum");
    } catch (LiveCoinsException e) {
      check(e.code().equals("below_minimum_withdrawal"), "below the minimum withdrawal");
    }
    System.out.println("R8 smoke walkthrough OK: all " + checks + " checks");
  }

  private static LiveCoins client(String url, String token, Path pendingFile) {
    return LiveCoins.builder()
        .baseUrl(url)
        .authTokenProvider(AuthTokenProvider.of(token.substring(token.lastIndexOf('-') + 1), token))
        .paymentProvider(new SandboxPaymentProvider())
        .pendingOrderStore(new FilePendingOrderStore(pendingFile))
        .build();
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      System.out.println("R8 smoke walkthrough: FAILED: " + what);
      System.exit(1);
    }
    checks++;
    System.out.println("  ok  " + what);
  }
}
