package io.livecoins.sample.jvm;

import io.livecoins.LiveCoins;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.RetryPolicy;
import io.livecoins.gift.Gift;
import io.livecoins.gift.GiftApi;
import io.livecoins.gift.SendGiftResult;
import io.livecoins.payment.SandboxPaymentProvider;
import io.livecoins.payment.TestCard;
import io.livecoins.recharge.CoinPackage;
import io.livecoins.recharge.OrderStatus;
import io.livecoins.recharge.PurchaseResult;
import io.livecoins.recharge.Receipt;
import io.livecoins.wallet.Wallet;
import io.livecoins.testing.Fault;
import io.livecoins.testing.LiveCoinsMockServer;
import io.livecoins.testing.LoggedRequest;
import java.util.List;
import java.util.Locale;

/**
 * Step 6 of the {@link Walkthrough}: what goes wrong, and how the app handles it. A declined card
 * and too few coins work against any server; the network fault and the crash are injected into
 * the embedded mock backend, so they run only there.
 */
final class WhatGoesWrong {
  private final Walkthrough w;
  private final Backend backend;
  private final Options options;
  private final Clients clients;
  private final Console console;
  private final Locale locale;

  WhatGoesWrong(Walkthrough walkthrough, Backend backend, Options options, Clients clients) {
    this.w = walkthrough;
    this.backend = backend;
    this.options = options;
    this.clients = clients;
    this.console = walkthrough.console();
    this.locale = walkthrough.locale();
  }

  void run() {
    declinedCard();
    insufficientCoins();
    if (backend.isEmbedded()) {
      networkFault(backend.mock());
      interruptedRecharge(backend.mock());
      chargedBack();
    } else {
      console.skipped("network fault and interrupted recharge: they inject faults into the embedded "
          + "mock backend; run without --base-url to see them");
    }
  }

  /**
   * Money after the sale: a purchase the payer disputes later is charged back by the backend; its coins
   * leave the wallet again (coins already spent would become a debt that blocks gifts until a recharge
   * repays it: Wallet.coinDebt(), CoinDebtException).
   */
  private void chargedBack() {
    long before = w.balance();
    console.say("Paying with a card whose payment is disputed later (" + Walkthrough.describe(TestCard.CHARGEBACK_LATER) + "):");
    PurchaseResult bought = w.viewer().recharge()
        .purchase(w.packages().get(0), SandboxPaymentProvider.ID, TestCard.CHARGEBACK_LATER).execute();
    Wallet after = w.viewer().wallet().balance().execute(); // the next read shows the chargeback
    Receipt receipt = w.viewer().recharge().receipt(bought.order().id()).execute();
    console.handled("order " + receipt.orderId() + " " + receipt.status() + ": +" + bought.coinsCredited()
        + " coins, then taken back; balance " + after.coins()
        + (after.isInDebt() ? ", " + after.coinDebt() + " coins owed" : "") + " (support ref " + receipt.supportReference() + ")");
    w.expect(receipt.status() == OrderStatus.CHARGED_BACK, "order " + receipt.orderId() + " is " + receipt.status());
    w.expect(after.coins() == before && !after.isInDebt(), "balance " + after.coins() + " after the chargeback, expected " + before);
  }

  private void declinedCard() {
    long before = w.balance();
    console.say("Paying with a card the bank declines (" + Walkthrough.describe(TestCard.DECLINED) + "):");
    try {
      w.viewer().recharge().purchase(w.packages().get(0), SandboxPaymentProvider.ID, TestCard.DECLINED).execute();
      w.expect(false, "the declined card was accepted");
    } catch (LiveCoinsException e) {
      // Declines carry a reason the app can show; nothing was charged (effect NOT_APPLIED).
      console.handled(Errors.describe(e, locale) + " [effect " + e.effect() + "]");
      w.expectBalance(before);
    }
  }

  private void insufficientCoins() {
    long before = w.balance();
    Gift galaxy = w.gift("galaxy");
    int quantity = (int) Math.min(GiftApi.MAX_QUANTITY, before / galaxy.coinCost() + 1);
    console.say("Sending " + quantity + " x " + galaxy.name() + " (" + galaxy.coinCost() + " coins each) with "
        + before + " coins:");
    try {
      w.viewer().gifts().send(galaxy, options.creator(), options.stream(), quantity).execute();
      w.expect(false, "a gift larger than the balance was sent");
    } catch (LiveCoinsException e) {
      // The error carries the shortfall and the smallest package that covers it: offer it.
      console.handled(Errors.describe(e, locale));
      w.expectBalance(before);
    }
  }

  private void networkFault(LiveCoinsMockServer mock) {
    long before = w.balance();
    Gift rose = w.gift("rose");
    console.say("The connection drops after the server took a gift, before its answer arrives:");
    mock.faults().once("POST /v1/gifts/send", Fault.dropAfterCommit());
    // Nothing to do in the app: the SDK retries with the same Idempotency-Key and the server
    // answers the retry with the stored result, so the gift is charged once.
    SendGiftResult sent = w.viewer().gifts().send(rose, options.creator(), options.stream(), 1).execute();
    List<LoggedRequest> attempts = mock.requestLog().stream()
        .filter(r -> "POST /v1/gifts/send".equals(r.route()) && r.idempotencyKey() != null)
        .toList();
    String key = attempts.get(attempts.size() - 1).idempotencyKey();
    long sameKey = attempts.stream().filter(r -> key.equals(r.idempotencyKey())).count();
    long replays = attempts.stream().filter(r -> key.equals(r.idempotencyKey()) && r.replayed()).count();
    console.handled(sameKey + " attempts with one Idempotency-Key (" + replays + " answered from the "
        + "server's record): charged " + (before - sent.wallet().coins()) + " coin once");
    w.expect(sameKey == 2 && replays == 1, "expected 2 attempts and 1 replay, saw " + sameKey + " and " + replays);
    w.expectBalance(before - rose.coinCost());
  }

  private void interruptedRecharge(LiveCoinsMockServer mock) {
    long before = w.balance();
    CoinPackage pack = w.packages().get(1);
    console.say("Buying " + pack.id() + "; the server credits it, but the answer is lost and the app dies:");
    mock.faults().once("POST /v1/recharge-orders/{id}/confirm", Fault.dropAfterCommit());
    // Stand-in for a crash: a session that makes no retries, abandoned after the failure.
    LiveCoins crashing = clients.forUser("viewer", backend.viewerToken(options)).newBuilder()
        .retryPolicy(RetryPolicy.none())
        .build();
    try {
      crashing.recharge().purchase(pack, SandboxPaymentProvider.ID, options.card()).execute();
      w.expect(false, "the purchase survived the dropped answer");
      return;
    } catch (LiveCoinsException e) {
      console.handled("purchase failed: " + Errors.describe(e, locale) + " [effect " + e.effect() + "]");
    }
    int records = clients.pendingOrderStore("viewer").all().size();
    console.say("The order stays recorded in the pending-order file: " + records + " record(s)");
    w.expect(records == 1, "expected 1 pending record, found " + records);

    // Next start: a new client on the same file finishes it, and the coins arrive exactly once.
    LiveCoins restarted = clients.forUser("viewer", backend.viewerToken(options));
    List<PurchaseResult> resumed = restarted.recharge().resumePending().execute();
    for (PurchaseResult r : resumed) {
      console.ok("resumePending() on the next start: order " + r.order().id() + " " + r.status()
          + ", " + r.order().totalCoins() + " coins in the wallet");
    }
    w.expect(resumed.size() == 1 && resumed.get(0).isCompleted(), "resumePending() returned " + resumed);
    w.expect(clients.pendingOrderStore("viewer").all().isEmpty(), "the pending record was not removed");
    if (resumed.size() == 1) {
      String orderId = resumed.get(0).order().id();
      String account = "user:" + w.userId();
      long credits = mock.ledgerEntries().stream()
          .filter(e -> e.type().equals("RECHARGE") && e.account().equals(account) && e.reference().equals(orderId))
          .count();
      console.ok("the mock backend's ledger credited order " + orderId + " " + credits + " time(s)");
      w.expect(credits == 1, "the interrupted order was credited " + credits + " times");
    }
    w.restartedAs(restarted);
    w.expectBalance(before + pack.totalCoins());
  }
}
