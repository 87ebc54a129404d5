package io.livecoins.sample.jvm;

import io.livecoins.LiveCoins;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.Page;
import io.livecoins.gift.GiftApi;
import io.livecoins.gift.SendGiftResult;
import io.livecoins.payment.SandboxPaymentProvider;
import io.livecoins.payment.TestCard;
import io.livecoins.recharge.CoinPackage;
import io.livecoins.recharge.PurchaseResult;
import io.livecoins.wallet.Earnings;
import io.livecoins.wallet.PayoutMethod;
import io.livecoins.wallet.Transaction;
import io.livecoins.wallet.Wallet;
import io.livecoins.recharge.OrderQuery;
import io.livecoins.recharge.OrderStatus;
import io.livecoins.recharge.Receipt;
import io.livecoins.wallet.Withdrawal;
import io.livecoins.wallet.WithdrawalResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.Locale;

/**
 * A small shell over one signed-in user: {@code packages}, {@code buy}, {@code balance}, {@code
 * send}, {@code history}, {@code earnings}, {@code withdraw}, {@code help}, {@code quit}. Bad input
 * gets a one-line error and the shell goes on.
 */
final class InteractiveShell {
  private static final String HELP = String.join("\n",
      "Commands:",
      "  packages                        the coin packages of the region, with prices",
      "  buy <package> [card]            buy a package, e.g. buy coins-70 or buy coins-70 4000000000000002",
      "  balance                         coins and diamonds",
      "  send <gift> <creator> [qty]     send a gift in the creator's stream, e.g. send rose carol 3",
      "  history                         the latest transactions",
      "  orders [status]                 your purchases, newest first, e.g. orders or orders COMPLETED",
      "  receipt <order>                 the receipt of a purchase, to keep or quote to support",
      "  earnings                        a creator's diamonds and payout rate",
      "  withdraw <diamonds>             a creator's payout to the bank, e.g. withdraw 2000",
      "  withdrawals                     a creator's payouts, newest first, and where each one is",
      "  help                            this list",
      "  quit                            leave");

  private final Backend backend;
  private final Options options;
  private final Clients clients;
  private final BufferedReader in;
  private final Console console;
  private final Locale locale;
  private LiveCoins client;

  InteractiveShell(Backend backend, Options options, Clients clients, BufferedReader in, Console console) {
    this.backend = backend;
    this.options = options;
    this.clients = clients;
    this.in = in;
    this.console = console;
    this.locale = options.locale();
  }

  /** Reads commands until {@code quit} or the end of input; returns the exit status 0. */
  int run() {
    client = clients.forUser("viewer", backend.viewerToken(options));
    console.title("LiveCoins JVM sample: interactive shell");
    console.say(backend.describe());
    console.say("Signed in as " + client.wallet().balance().execute().userId() + ". Type help for commands.");
    while (true) {
      console.prompt("> ");
      String line;
      try {
        line = in.readLine();
      } catch (IOException e) {
        console.line("error: cannot read input: " + e.getMessage());
        return 1;
      }
      if (line == null) {
        console.line("");
        return 0;
      }
      console.echo(line);
      String[] words = line.trim().split("\\s+");
      if (words[0].isEmpty()) continue;
      if (words[0].equals("quit") || words[0].equals("exit")) return 0;
      try {
        execute(words);
      } catch (LiveCoinsException e) {
        console.line("error: " + Errors.describe(e, locale));
      } catch (IllegalArgumentException e) {
        console.line("error: " + e.getMessage());
      }
    }
  }

  private void execute(String[] words) {
    String command = words[0].toLowerCase(Locale.ROOT);
    switch (command) {
      case "help" -> console.line(HELP);
      case "packages" -> {
        arguments(words, 0, 0, "packages");
        console.table(Walkthrough.packageTable(client.recharge().packages(options.region()).execute(), locale));
      }
      case "buy" -> {
        arguments(words, 1, 2, "buy <package> [card]");
        buy(words[1], words.length > 2 ? words[2] : options.cardNumber());
      }
      case "balance" -> {
        arguments(words, 0, 0, "balance");
        Wallet wallet = client.wallet().balance().execute();
        console.line(wallet.userId() + ": " + wallet.coins() + " coins, " + wallet.diamonds() + " diamonds");
      }
      case "send" -> {
        arguments(words, 2, 3, "send <gift> <creator> [qty]");
        send(words[1], words[2], words.length > 3 ? quantity(words[3]) : 1);
      }
      case "history" -> {
        arguments(words, 0, 0, "history");
        history();
      }
      case "earnings" -> {
        arguments(words, 0, 0, "earnings");
        Earnings e = client.wallet().earnings().execute();
        console.line(e.diamonds() + " diamonds, " + e.withdrawableDiamonds() + " withdrawable (minimum "
            + e.minimumWithdrawalDiamonds() + "); " + e.payoutRate().diamonds() + " diamonds = "
            + e.payoutRate().amount().format(locale) + "; " + e.dailyRemaining().format(locale) + " left today");
      }
      case "withdraw" -> {
        arguments(words, 1, 1, "withdraw <diamonds>");
        withdraw(words[1]);
      }
      case "orders" -> {
        arguments(words, 0, 1, "orders [status]");
        orders(words.length > 1 ? words[1] : null);
      }
      case "receipt" -> {
        arguments(words, 1, 1, "receipt <order>");
        console.line(client.recharge().receipt(words[1]).execute().format(locale));
      }
      case "withdrawals" -> {
        arguments(words, 0, 0, "withdrawals");
        withdrawals();
      }
      default -> console.line("error: unknown command '" + words[0] + "' (type help for the list)");
    }
  }

  private void buy(String packageId, String cardNumber) {
    CoinPackage pack = client.recharge().packages(options.region()).execute().stream()
        .filter(p -> p.id().equals(packageId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no package '" + packageId + "' (type packages for the list)"));
    TestCard card;
    try {
      card = TestCard.of(cardNumber);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bad card: " + e.getMessage());
    }
    PurchaseResult result = client.recharge().purchase(pack, SandboxPaymentProvider.ID, card).execute();
    if (result.isCompleted()) {
      console.line("bought " + pack.id() + " for " + pack.price().format(locale) + ": +" + result.coinsCredited()
          + " coins, balance " + client.wallet().balance().execute().coins());
    } else {
      console.line("order " + result.order().id() + " is " + result.status()
          + "; it is finished the next time the app starts (resumePending)");
    }
  }

  private void send(String giftId, String creator, int quantity) {
    String stream = creator.equals(options.creator()) ? options.stream() : "stream-" + creator;
    SendGiftResult sent = client.gifts().send(giftId, creator, stream, quantity).execute();
    console.line("sent " + quantity + " x " + giftId + " to " + creator + ": -" + sent.receipt().coins()
        + " coins, balance " + sent.wallet().coins());
  }

  private void history() {
    Page<Transaction> page = client.wallet().transactions(10, null).execute();
    Table table = new Table().left("Type").right("Coins").right("Diamonds").left("Reference");
    for (Transaction t : page.items()) table.row(t.type(), t.coins(), t.diamonds(), t.reference());
    if (table.isEmpty()) {
      console.line("no transactions yet");
    } else {
      console.table(table);
      if (page.hasMore()) console.line("(older transactions not shown)");
    }
  }

  private void withdraw(String amount) {
    long diamonds;
    try {
      diamonds = Long.parseLong(amount);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("withdraw needs a whole number of diamonds, such as withdraw 2000; not '"
          + amount + "'");
    }
    if (diamonds < 1) throw new IllegalArgumentException("withdraw needs at least 1 diamond");
    WithdrawalResult result = client.wallet().withdraw(diamonds, PayoutMethod.BANK).execute();
    console.line("withdrawal " + result.withdrawal().id() + " " + result.withdrawal().status() + ": "
        + result.withdrawal().amount().format(locale) + " for " + result.withdrawal().diamonds() + " diamonds; "
        + result.wallet().diamonds() + " diamonds left");
  }

  private void orders(String status) {
    OrderQuery query = OrderQuery.all().withLimit(10);
    if (status != null) {
      OrderStatus wanted = OrderStatus.fromWireName(status);
      if (wanted == OrderStatus.UNKNOWN) {
        throw new IllegalArgumentException("no order status '" + status + "'; try COMPLETED, PENDING or FAILED");
      }
      query = query.withStatuses(wanted);
    }
    Page<Receipt> page = client.recharge().orders(query).execute();
    Table table = new Table().left("Order").left("Status").left("Package").right("Coins").right("Price")
        .left("Support ref");
    for (Receipt r : page.items()) {
      table.row(r.orderId(), r.status(), r.order().packageId(), r.totalCoins(), r.price().format(locale),
          r.supportReference());
    }
    if (table.isEmpty()) {
      console.line("no purchases yet");
    } else {
      console.table(table);
      if (page.hasMore()) console.line("(older purchases not shown)");
    }
  }

  private void withdrawals() {
    Page<Withdrawal> page = client.wallet().withdrawals(10, null).execute();
    Table table = new Table().left("Withdrawal").left("Status").right("Diamonds").right("Payout").left("Created (UTC)");
    for (Withdrawal w : page.items()) {
      table.row(w.id(), w.status() + (w.failureReason() == null ? "" : " (" + w.failureReason() + ")"),
          w.diamonds(), w.amount().format(locale), w.createdAt());
    }
    if (table.isEmpty()) {
      console.line("no withdrawals yet");
    } else {
      console.table(table);
      if (page.hasMore()) console.line("(older withdrawals not shown)");
    }
  }

  private static int quantity(String text) {
    try {
      int quantity = Integer.parseInt(text);
      if (quantity >= 1 && quantity <= GiftApi.MAX_QUANTITY) return quantity;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("quantity must be a whole number from 1 to " + GiftApi.MAX_QUANTITY
        + ", not '" + text + "'");
  }

  private static void arguments(String[] words, int min, int max, String usage) {
    int count = words.length - 1;
    if (count < min || count > max) throw new IllegalArgumentException("usage: " + usage);
  }
}
