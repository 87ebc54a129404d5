package io.livecoins.recharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livecoins.Money;
import io.livecoins.payment.DeclineReason;
import io.livecoins.payment.PaymentMethod;
import io.livecoins.payment.TestCard;
import io.livecoins.wallet.Wallet;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** Validation, equality and redaction of the recharge value types and the in-memory store. */
final class RechargeValueTypesTest {
  private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");
  private static final CoinPackage PACK =
      new CoinPackage("coins-700", "US", 700, 35, Money.of(999, "USD"), Arrays.asList("sandbox"));

  private static Order order(OrderStatus status, String failureReason) {
    return new Order("ord_1", "coins-700", 700, 35, Money.of(999, "USD"), "sandbox", "US", status,
        failureReason, T, T);
  }

  @Test
  void coinPackageValidatesAndKnowsItsRegionAndProviders() {
    assertThat(PACK.totalCoins()).isEqualTo(735);
    assertThat(PACK.region()).isEqualTo("US");
    assertThat(PACK.acceptsProvider("sandbox")).isTrue();
    assertThat(PACK.acceptsProvider("paypal")).isFalse();
    assertThat(PACK).isEqualTo(new CoinPackage("coins-700", "US", 700, 35, Money.of(999, "USD"), Arrays.asList("sandbox")));
    assertThat(PACK).isNotEqualTo(new CoinPackage("coins-700", "GB", 700, 35, Money.of(999, "USD"), Arrays.asList("sandbox")));
    assertThatThrownBy(() -> new CoinPackage("x", "us", 1, 0, Money.of(1, "USD"), Collections.emptyList()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CoinPackage("x", "US", 0, 0, Money.of(1, "USD"), Collections.emptyList()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CoinPackage("x", "US", Long.MAX_VALUE, 1, Money.of(1, "USD"), Collections.emptyList()))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> new CoinPackage("x", "US", 1, 0, Money.of(1, "USD"), Arrays.asList("a", null)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void orderStatusesParseLeniently() {
    assertThat(OrderStatus.fromWireName("completed")).isEqualTo(OrderStatus.COMPLETED);
    assertThat(OrderStatus.fromWireName("REFUNDED")).isEqualTo(OrderStatus.REFUNDED);
    assertThat(OrderStatus.fromWireName("PARTIALLY_REFUNDED")).isEqualTo(OrderStatus.UNKNOWN);
    assertThat(OrderStatus.fromWireName(null)).isEqualTo(OrderStatus.UNKNOWN);
    assertThat(OrderStatus.EXPIRED.isTerminal()).isTrue();
    assertThat(OrderStatus.PENDING.isTerminal()).isFalse();
    assertThat(OrderStatus.UNKNOWN.isTerminal()).isFalse();
  }

  @Test
  void orderExposesItsDeclineReasonOnlyWhenFailed() {
    assertThat(order(OrderStatus.FAILED, "expired_card").declineReason()).isEqualTo(DeclineReason.EXPIRED_CARD);
    assertThat(order(OrderStatus.EXPIRED, "expired").declineReason()).isNull();
    assertThat(order(OrderStatus.COMPLETED, null)).isEqualTo(order(OrderStatus.COMPLETED, null));
    assertThatThrownBy(() -> new Order(" ", "p", 1, 0, Money.of(1, "USD"), "s", "US", OrderStatus.PENDING, null, T, T))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void purchaseResultCountsCoinsOnlyWhenCompleted() {
    Wallet wallet = Wallet.builder().userId("bob").coins(735).version(2).build();
    assertThat(new PurchaseResult(order(OrderStatus.COMPLETED, null), wallet).coinsCredited()).isEqualTo(735);
    PurchaseResult pending = new PurchaseResult(order(OrderStatus.PENDING, null), null);
    assertThat(pending.coinsCredited()).isZero();
    assertThat(pending.isPending()).isTrue();
    PurchaseResult failed = new PurchaseResult(order(OrderStatus.FAILED, "declined"), wallet);
    assertThat(failed.isPending()).isFalse();
    assertThat(failed.isCompleted()).isFalse();
  }

  @Test
  void purchaseRequestChecksTheProviderAndPollTimeoutAndHidesThePaymentMethod() {
    PurchaseRequest request = PurchaseRequest.of(PACK, "sandbox", TestCard.of("4242424242424242"));
    assertThat(request.pollTimeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(request.withPollTimeout(Duration.ZERO).pollTimeout()).isEqualTo(Duration.ZERO);
    assertThat(request.toString()).contains("TestCard").doesNotContain("4242");
    assertThatThrownBy(() -> PurchaseRequest.of(PACK, "paypal", PaymentMethod.none()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> request.withPollTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PurchaseRequest.of(PACK, "sandbox", null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void pendingOrderRedactsItsTokenAndKeepsStateAndTokenConsistent() {
    PendingOrder created = new PendingOrder("ord_1", "bob", "coins-700", "sandbox", "US", Money.of(999, "USD"),
        PendingOrder.State.CREATED, null, "key-1", T);
    PendingOrder authorized = created.withPaymentToken("sbx1.ord_1.ok.secretnonce");
    assertThat(authorized.state()).isEqualTo(PendingOrder.State.AUTHORIZED);
    assertThat(authorized.confirmKey()).isEqualTo("key-1");
    assertThat(authorized.toString()).doesNotContain("secretnonce").contains("paymentToken=██");
    assertThatThrownBy(() -> new PendingOrder("ord_1", "bob", "p", "s", "US", Money.of(1, "USD"),
        PendingOrder.State.AUTHORIZED, null, "key", T)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PendingOrder("ord_1", "bob", "p", "s", "US", Money.of(1, "USD"),
        PendingOrder.State.CREATED, null, "bad key", T)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void inMemoryStoreReplacesByOrderIdAndKeepsOrder() {
    InMemoryPendingOrderStore store = new InMemoryPendingOrderStore();
    PendingOrder a = new PendingOrder("a", "bob", "p", "s", "US", Money.of(1, "USD"), PendingOrder.State.CREATED, null, "k", T);
    PendingOrder b = new PendingOrder("b", "bob", "p", "s", "US", Money.of(1, "USD"), PendingOrder.State.CREATED, null, "k", T);
    store.save(a);
    store.save(b);
    store.save(a.withPaymentToken("t"));
    assertThat(store.all()).containsExactly(a.withPaymentToken("t"), b);
    store.remove("a");
    assertThat(store.get("a")).isNull();
    assertThat(store.all()).containsExactly(b);
  }
}
