package io.livecoins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.livecoins.gift.Gift;
import io.livecoins.gift.GiftApi;
import io.livecoins.gift.GiftComboListener;
import io.livecoins.payment.SandboxPaymentProvider;
import io.livecoins.payment.TestCard;
import io.livecoins.recharge.CoinPackage;
import io.livecoins.recharge.PurchaseRequest;
import io.livecoins.test.MockServers;
import io.livecoins.wallet.PayoutMethod;
import io.livecoins.wallet.WalletApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Caller input: null or blank ids, zero, negative and absurd quantities, overflow. Each is refused
 * with {@link IllegalArgumentException} or {@link NullPointerException} and a message naming the
 * argument, when the call is created, before any request leaves the device.
 */
final class CallerInputValidationTest {
  private static final MockWebServer server = MockServers.startLoopback();
  private static final LiveCoins client =
      LiveCoins.builder()
          .baseUrl(server.url("/").toString())
          .authTokenProvider(AuthTokenProvider.of("bob", "token-bob"))
          .paymentProvider(new SandboxPaymentProvider())
          .build();
  private static final Gift ROSE = Gift.builder("rose", "Rose", 1).build();
  private static final Gift PRICELESS =
      Gift.builder("priceless", "Priceless", Long.MAX_VALUE / 2).build();
  private static final CoinPackage COINS_70 =
      CoinPackage.builder().id("coins-70").region("US").coins(70).price(Money.of(99, "USD"))
          .providers(java.util.Arrays.asList("sandbox", "card")).build();

  @AfterEach
  void nothingWasSent() {
    assertThat(server.getRequestCount()).as("requests sent").isZero();
  }

  @AfterAll
  static void closeServer() {
    server.close();
  }

  /** One refused input: what, the action, the exception type, and a fragment of its message. */
  static final class Refusal {
    final String what;
    final Runnable action;
    final Class<? extends RuntimeException> type;
    final String message;

    Refusal(String what, Runnable action, Class<? extends RuntimeException> type, String message) {
      this.what = what;
      this.action = action;
      this.type = type;
      this.message = message;
    }

    @Override
    public String toString() {
      return what;
    }
  }

  private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;
  private static final Class<NullPointerException> NPE = NullPointerException.class;

  static Stream<Refusal> refusals() {
    GiftApi gifts = client.gifts();
    WalletApi wallet = client.wallet();
    List<Refusal> r = new ArrayList<>();
    // Gifts
    r.add(new Refusal("send: null gift", () -> gifts.send((Gift) null, "carol", "s", 1), NPE, "gift"));
    r.add(new Refusal("send: null gift id", () -> gifts.send((String) null, "carol", "s", 1), NPE, "giftId"));
    r.add(new Refusal("send: blank gift id", () -> gifts.send(" ", "carol", "s", 1), IAE, "giftId"));
    r.add(new Refusal("send: null recipient", () -> gifts.send(ROSE, null, "s", 1), NPE, "recipientId"));
    r.add(new Refusal("send: blank recipient", () -> gifts.send(ROSE, "\t", "s", 1), IAE, "recipientId"));
    r.add(new Refusal("send: empty stream", () -> gifts.send(ROSE, "carol", "", 1), IAE, "streamId"));
    r.add(new Refusal("send: null stream", () -> gifts.send("rose", "carol", null, 1), NPE, "streamId"));
    r.add(new Refusal("send: zero quantity", () -> gifts.send(ROSE, "carol", "s", 0), IAE, "quantity"));
    r.add(new Refusal("send: negative quantity", () -> gifts.send(ROSE, "carol", "s", -1), IAE, "quantity"));
    r.add(new Refusal("send: MIN_VALUE quantity", () -> gifts.send("rose", "carol", "s", Integer.MIN_VALUE), IAE, "quantity"));
    r.add(new Refusal("send: quantity above the maximum",
        () -> gifts.send(ROSE, "carol", "s", GiftApi.MAX_QUANTITY + 1), IAE, "quantity"));
    r.add(new Refusal("send: absurd quantity", () -> gifts.send("rose", "carol", "s", Integer.MAX_VALUE), IAE, "quantity"));
    r.add(new Refusal("send: cost × quantity overflows", () -> gifts.send(PRICELESS, "carol", "s", 3), IAE, "overflow"));
    r.add(new Refusal("combo: null gift", () -> gifts.combo(null, "carol", "s"), NPE, "gift"));
    r.add(new Refusal("combo: blank recipient", () -> gifts.combo(ROSE, " ", "s"), IAE, "recipientId"));
    r.add(new Refusal("combo: blank stream", () -> gifts.combo(ROSE, "carol", " "), IAE, "streamId"));
    r.add(new Refusal("combo: null listener",
        () -> gifts.combo(ROSE, "carol", "s", (GiftComboListener) null), NPE, "listener"));
    r.add(new Refusal("leaderboard: blank stream", () -> gifts.leaderboard(" ", 10), IAE, "streamId"));
    r.add(new Refusal("leaderboard: zero limit", () -> gifts.leaderboard("s", 0), IAE, "limit"));
    r.add(new Refusal("leaderboard: limit 101", () -> gifts.leaderboard("s", 101), IAE, "limit"));
    r.add(new Refusal("events: blank stream", () -> gifts.events("", e -> {}), IAE, "streamId"));
    r.add(new Refusal("events: null listener", () -> gifts.events("s", null), NPE, "listener"));
    r.add(new Refusal("catalog: lower-case region", () -> gifts.catalog("us"), IAE, "region"));
    r.add(new Refusal("catalog: null region", () -> gifts.catalog(null), NPE, "region"));
    // Wallet
    r.add(new Refusal("withdraw: zero diamonds", () -> wallet.withdraw(0, PayoutMethod.BANK), IAE, "diamonds"));
    r.add(new Refusal("withdraw: negative diamonds", () -> wallet.withdraw(-2000, PayoutMethod.BANK), IAE, "diamonds"));
    r.add(new Refusal("withdraw: Long.MIN_VALUE diamonds",
        () -> wallet.withdraw(Long.MIN_VALUE, PayoutMethod.PAYPAL), IAE, "diamonds"));
    r.add(new Refusal("withdraw: null method", () -> wallet.withdraw(2000, null), NPE, "method"));
    r.add(new Refusal("withdraw: UNKNOWN method", () -> wallet.withdraw(2000, PayoutMethod.UNKNOWN), IAE, "method"));
    r.add(new Refusal("transactions: zero limit", () -> wallet.transactions(0, null), IAE, "limit"));
    r.add(new Refusal("transactions: limit 101", () -> wallet.transactions(101, null), IAE, "limit"));
    r.add(new Refusal("transactions: blank cursor", () -> wallet.transactions(10, " "), IAE, "cursor"));
    r.add(new Refusal("allTransactions: negative page size", () -> wallet.allTransactions(-1), IAE, "pageSize"));
    r.add(new Refusal("addListener: null", () -> wallet.addListener(null), NPE, "listener"));
    // Recharge
    r.add(new Refusal("packages: null region", () -> client.recharge().packages(null), NPE, "region"));
    r.add(new Refusal("packages: three-letter region", () -> client.recharge().packages("USA"), IAE, "region"));
    r.add(new Refusal("order: null id", () -> client.recharge().order(null), NPE, "orderId"));
    r.add(new Refusal("order: blank id", () -> client.recharge().order("  "), IAE, "orderId"));
    r.add(new Refusal("resume: blank id", () -> client.recharge().resume(""), IAE, "orderId"));
    r.add(new Refusal("purchase: null package", () -> client.recharge().purchase(null, "sandbox", TestCard.VISA), NPE, ""));
    r.add(new Refusal("purchase: null method", () -> client.recharge().purchase(COINS_70, "sandbox", null), NPE, ""));
    r.add(new Refusal("purchase: unregistered provider",
        () -> client.recharge().purchase(COINS_70, "card", TestCard.VISA), IAE, "no payment provider"));
    r.add(new Refusal("purchase: provider the package does not accept",
        () -> client.recharge().purchase(COINS_70, "paypal", TestCard.VISA), IAE, "provider"));
    r.add(new Refusal("purchase: negative poll timeout",
        () -> PurchaseRequest.of(COINS_70, "sandbox", TestCard.VISA).withPollTimeout(Duration.ofSeconds(-1)), IAE, ""));
    r.add(new Refusal("purchase: null request", () -> client.recharge().purchase(null), NPE, "request"));
    // Value types a caller builds
    r.add(new Refusal("money: negative", () -> Money.of(-1, "USD"), IAE, "amountMinor"));
    r.add(new Refusal("money: lower-case currency", () -> Money.of(1, "usd"), IAE, "currency"));
    r.add(new Refusal("money: unknown currency", () -> Money.of(1, "ZZZ"), IAE, "currency"));
    r.add(new Refusal("money: currency without minor units", () -> Money.of(1, "XXX"), IAE, "currency"));
    r.add(new Refusal("money: times a negative factor", () -> Money.of(1, "USD").times(-1), IAE, "factor"));
    r.add(new Refusal("money: mixed currencies", () -> Money.of(1, "USD").plus(Money.of(1, "EUR")), IAE, "currency"));
    r.add(new Refusal("test card: not Luhn-valid", () -> TestCard.of("4242424242424241"), IAE, ""));
    r.add(new Refusal("gift: negative cost", () -> Gift.builder("g", "G", -1).build(), IAE, "coinCost"));
    // Builder
    r.add(new Refusal("builder: null base URL", () -> LiveCoins.builder().baseUrl(null), NPE, "baseUrl"));
    r.add(new Refusal("builder: ftp base URL", () -> LiveCoins.builder().baseUrl("ftp://example.com/"), IAE, "baseUrl"));
    r.add(new Refusal("builder: base URL with a query",
        () -> LiveCoins.builder().baseUrl("https://example.com/?token=x"), IAE, "query"));
    r.add(new Refusal("builder: user agent with a newline",
        () -> LiveCoins.builder().userAgentSuffix("App\r\nX-Evil: 1"), IAE, "suffix"));
    r.add(new Refusal("builder: tiny response cap", () -> LiveCoins.builder().maxResponseBytes(10), IAE, "maxResponseBytes"));
    return r.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void badInputIsRefusedBeforeAnyRequestWithAClearMessage(Refusal refusal) {
    Throwable thrown = catchThrowable(refusal.action::run);

    assertThat(thrown).as(refusal.what).isInstanceOf(refusal.type);
    assertThat(thrown.getMessage()).as(refusal.what).isNotBlank().contains(refusal.message);
  }

  @Test
  void moneyArithmeticOverflowIsRefusedNotWrapped() {
    Money max = Money.of(Long.MAX_VALUE, "USD");

    assertThat(catchThrowable(() -> max.plus(Money.of(1, "USD")))).isInstanceOf(ArithmeticException.class);
    assertThat(catchThrowable(() -> max.times(2))).isInstanceOf(ArithmeticException.class);
  }
}
