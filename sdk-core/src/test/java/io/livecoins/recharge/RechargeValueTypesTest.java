package io.livecoins.recharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livecoins.Money;
import io.livecoins.payment.DeclineReason;
import io.livecoins.payment.PaymentMethod;
import io.livecoins.payment.PaymentRequest;
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
  private static final CoinPackage PACK = pack().build();

  /** The 700 + 35 coin package of the US catalog, payable through the sandbox. */
  private static CoinPackage.Builder pack() {
    return CoinPackage.builder().id("coins-700").region("US").coins(700).bonusCoins(35)
        .price(Money.of(999, "USD")).providers(Arrays.asList("sandbox"));
  }

  /** Order ord_1 for {@link #pack()}, created and updated at {@link #T}. */
  private static Order.Builder order() {
    return Order.builder().id("ord_1").packageId("coins-700").coins(700).bonusCoins(35)
        .price(Money.of(999, "USD")).provider("sandbox").region("US").status(OrderStatus.PENDING)
        .createdAt(T).updatedAt(T);
  }

  private static Order order(OrderStatus status, String failureReason) {
    return order().status(status).failureReason(failureReason).build();
  }

  /** Bob's record of ord_1, created and not yet authorized. */
  private static PendingOrder.Builder record() {
    return PendingOrder.builder().orderId("ord_1").userId("bob").packageId("coins-700")
        .providerId("sandbox").region("US").price(Money.of(999, "USD"))
        .state(PendingOrder.State.CREATED).confirmKey("key-1").createdAt(T);
  }

  private static PaymentRequest.Builder paymentRequest() {
    return PaymentRequest.builder().orderId("ord_1").packageId("coins-700").coins(735)
        .price(Money.of(999, "USD")).region("US").method(PaymentMethod.none());
  }

  @Test
  void coinPackageBuilderValidatesAndThePackageKnowsItsRegionAndProviders() {
    assertThat(PACK.id()).isEqualTo("coins-700");
    assertThat(PACK.coins()).isEqualTo(700);
    assertThat(PACK.bonusCoins()).isEqualTo(35);
    assertThat(PACK.price()).isEqualTo(Money.of(999, "USD"));
    assertThat(PACK.totalCoins()).isEqualTo(735);
    assertThat(PACK.region()).isEqualTo("US");
    assertThat(PACK.acceptsProvider("sandbox")).isTrue();
    assertThat(PACK.acceptsProvider("paypal")).isFalse();
    assertThat(PACK).isEqualTo(pack().build()).hasSameHashCodeAs(pack().build());
    assertThat(PACK).isNotEqualTo(pack().region("GB").build());
    assertThat(pack().bonusCoins(0).build().bonusCoins()).isZero();
    assertThat(CoinPackage.builder().id("x").region("US").coins(1).price(Money.of(1, "USD"))
        .providers(Collections.emptyList()).build().bonusCoins()).as("bonus defaults to 0").isZero();
    assertThatThrownBy(() -> pack().id(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("id is blank");
    assertThatThrownBy(() -> pack().region("us").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("region must be ISO 3166-1 alpha-2 (two capital letters): us");
    assertThatThrownBy(() -> pack().coins(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("coins <= 0: 0");
    assertThatThrownBy(() -> pack().bonusCoins(-1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("bonusCoins < 0: -1");
    assertThatThrownBy(() -> pack().coins(Long.MAX_VALUE).bonusCoins(1).build())
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> pack().providers(Arrays.asList("a", null)).build())
        .isInstanceOf(NullPointerException.class).hasMessage("providers contains null");
  }

  @Test
  void coinPackageCopiesItsProvidersAtBuildTime() {
    java.util.List<String> providers = new java.util.ArrayList<>(Arrays.asList("sandbox"));
    CoinPackage.Builder builder = pack().providers(providers);
    CoinPackage built = builder.build();
    providers.add("paypal");
    assertThat(built.providers()).containsExactly("sandbox");
    assertThatThrownBy(() -> built.providers().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void coinPackageToBuilderRoundTripsToAnEqualValue() {
    assertThat(PACK.toBuilder().build()).isEqualTo(PACK).hasSameHashCodeAs(PACK).hasToString(PACK.toString());
    CoinPackage cheaper = PACK.toBuilder().price(Money.of(499, "USD")).build();
    assertThat(cheaper.price()).isEqualTo(Money.of(499, "USD"));
    assertThat(cheaper).isNotEqualTo(PACK);
    assertThat(cheaper.toBuilder().price(PACK.price()).build()).isEqualTo(PACK);
  }

  @Test
  void coinPackageBuilderMissingARequiredValueFailsNamingIt() {
    assertThatThrownBy(() -> pack().id(null).build())
        .isInstanceOf(NullPointerException.class).hasMessage("id == null");
    assertThatThrownBy(() -> pack().region(null).build())
        .isInstanceOf(NullPointerException.class).hasMessage("region == null");
    assertThatThrownBy(() -> pack().price(null).build())
        .isInstanceOf(NullPointerException.class).hasMessage("price == null");
    assertThatThrownBy(() -> pack().providers(null).build())
        .isInstanceOf(NullPointerException.class).hasMessage("providers == null");
    assertThatThrownBy(() -> CoinPackage.builder().build())
        .isInstanceOf(NullPointerException.class).hasMessage("id == null");
    assertThatThrownBy(() -> CoinPackage.builder().id("x").region("US").price(Money.of(1, "USD"))
        .providers(Collections.emptyList()).build())
        .as("coins were never set").isInstanceOf(IllegalArgumentException.class).hasMessage("coins <= 0: 0");
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
  }

  @Test
  void orderBuilderSetsEveryValueAndDefaultsTheOptionalOnes() {
    Instant later = T.plusSeconds(60);
    Order order = order().status(OrderStatus.COMPLETED).updatedAt(later).build();
    assertThat(order.id()).isEqualTo("ord_1");
    assertThat(order.packageId()).isEqualTo("coins-700");
    assertThat(order.coins()).isEqualTo(700);
    assertThat(order.bonusCoins()).isEqualTo(35);
    assertThat(order.totalCoins()).isEqualTo(735);
    assertThat(order.price()).isEqualTo(Money.of(999, "USD"));
    assertThat(order.provider()).isEqualTo("sandbox");
    assertThat(order.region()).isEqualTo("US");
    assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(order.createdAt()).isEqualTo(T);
    assertThat(order.updatedAt()).isEqualTo(later);
    assertThat(order.failureReason()).isNull();
    assertThat(order.creditedLate()).isFalse();
    assertThat(order.refundReference()).isNull();
    assertThat(order().bonusCoins(0).build().bonusCoins()).isZero();
    Order late = order().status(OrderStatus.COMPLETED).creditedLate(true).build();
    assertThat(late.creditedLate()).isTrue();
    assertThat(late).isNotEqualTo(order);
    assertThat(late.toString()).contains("creditedLate=true");
    Order voided = order().status(OrderStatus.VOIDED).refundReference("rf_1").build();
    assertThat(voided.refundReference()).isEqualTo("rf_1");
    assertThat(voided.toString()).contains("refundReference=rf_1");
  }

  @Test
  void orderBuilderValidatesLikeTheServerContract() {
    assertThatThrownBy(() -> order().id(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("id is blank");
    assertThatThrownBy(() -> order().packageId("").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("packageId is blank");
    assertThatThrownBy(() -> order().provider(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("provider is blank");
    assertThatThrownBy(() -> order().coins(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("coins <= 0: 0");
    assertThatThrownBy(() -> order().bonusCoins(-1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("bonusCoins < 0: -1");
    assertThatThrownBy(() -> order().coins(Long.MAX_VALUE).bonusCoins(1).build())
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> order().region("USA").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("region must be two capital letters: USA");
    assertThatThrownBy(() -> order().status(OrderStatus.PENDING).creditedLate(true).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("creditedLate on an order that is PENDING");
    assertThatThrownBy(() -> order().status(OrderStatus.COMPLETED).refundReference("rf_1").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("refundReference on an order that is COMPLETED");
    assertThatThrownBy(() -> order().status(OrderStatus.VOIDED).refundReference(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("refundReference must be 1..128 non-blank characters");
    String tooLong = new String(new char[129]).replace('\0', 'r');
    assertThatThrownBy(() -> order().status(OrderStatus.VOIDED).refundReference(tooLong).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("refundReference must be 1..128 non-blank characters");
    assertThat(order().status(OrderStatus.VOIDED).refundReference(tooLong.substring(1)).build().refundReference())
        .hasSize(128);
  }

  @Test
  void orderToBuilderRoundTripsToAnEqualValue() {
    Order voided = order().status(OrderStatus.VOIDED).failureReason("voided").refundReference("rf_1").build();
    Order late = order().status(OrderStatus.COMPLETED).creditedLate(true).build();
    for (Order o : Arrays.asList(order().build(), voided, late)) {
      assertThat(o.toBuilder().build()).isEqualTo(o).hasSameHashCodeAs(o).hasToString(o.toString());
    }
    Order completed = order().build().toBuilder().status(OrderStatus.COMPLETED).updatedAt(T.plusSeconds(5)).build();
    assertThat(completed.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(completed.id()).isEqualTo("ord_1");
    assertThat(completed).isNotEqualTo(order().build());
  }

  @Test
  void orderBuilderMissingARequiredValueFailsNamingIt() {
    assertThatThrownBy(() -> Order.builder().build())
        .isInstanceOf(NullPointerException.class).hasMessage("id == null");
    assertThatThrownBy(() -> order().id(null).build()).hasMessage("id == null");
    assertThatThrownBy(() -> order().packageId(null).build()).hasMessage("packageId == null");
    assertThatThrownBy(() -> order().price(null).build()).hasMessage("price == null");
    assertThatThrownBy(() -> order().provider(null).build()).hasMessage("provider == null");
    assertThatThrownBy(() -> order().region(null).build()).hasMessage("region == null");
    assertThatThrownBy(() -> order().status(null).build()).hasMessage("status == null");
    assertThatThrownBy(() -> order().createdAt(null).build()).hasMessage("createdAt == null");
    assertThatThrownBy(() -> order().updatedAt(null).build())
        .isInstanceOf(NullPointerException.class).hasMessage("updatedAt == null");
    assertThatThrownBy(() -> Order.builder().id("ord_1").packageId("p").price(Money.of(1, "USD"))
        .provider("s").region("US").status(OrderStatus.PENDING).createdAt(T).updatedAt(T).build())
        .as("coins were never set").isInstanceOf(IllegalArgumentException.class).hasMessage("coins <= 0: 0");
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
    PendingOrder created = record().build();
    assertThat(created.orderId()).isEqualTo("ord_1");
    assertThat(created.userId()).isEqualTo("bob");
    assertThat(created.packageId()).isEqualTo("coins-700");
    assertThat(created.providerId()).isEqualTo("sandbox");
    assertThat(created.region()).isEqualTo("US");
    assertThat(created.price()).isEqualTo(Money.of(999, "USD"));
    assertThat(created.createdAt()).isEqualTo(T);
    assertThat(created.paymentToken()).as("no token by default").isNull();
    PendingOrder authorized = created.withPaymentToken("sbx1.ord_1.ok.secretnonce");
    assertThat(authorized.state()).isEqualTo(PendingOrder.State.AUTHORIZED);
    assertThat(authorized.confirmKey()).isEqualTo("key-1");
    assertThat(authorized.toString()).doesNotContain("secretnonce").contains("paymentToken=██");
    assertThat(authorized).isEqualTo(record().state(PendingOrder.State.AUTHORIZED)
        .paymentToken("sbx1.ord_1.ok.secretnonce").build());
    assertThatThrownBy(() -> record().state(PendingOrder.State.AUTHORIZED).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an AUTHORIZED record has a payment token, a CREATED one has none");
    assertThatThrownBy(() -> record().paymentToken("tok").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an AUTHORIZED record has a payment token, a CREATED one has none");
    assertThatThrownBy(() -> record().state(PendingOrder.State.AUTHORIZED).paymentToken(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("paymentToken must be 1..2048 non-blank characters");
    String tooLong = new String(new char[2049]).replace('\0', 't');
    assertThatThrownBy(() -> created.withPaymentToken(tooLong))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("paymentToken must be 1..2048 non-blank characters");
    assertThatThrownBy(() -> created.withPaymentToken(null))
        .isInstanceOf(NullPointerException.class).hasMessage("paymentToken == null");
    assertThatThrownBy(() -> record().confirmKey("bad key").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("idempotencyKey must be visible ASCII");
    assertThatThrownBy(() -> record().region(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("region is blank");
  }

  @Test
  void pendingOrderToBuilderRoundTripsToAnEqualValue() {
    PendingOrder created = record().build();
    PendingOrder authorized = created.withPaymentToken("sbx1.ord_1.ok.secretnonce");
    for (PendingOrder r : Arrays.asList(created, authorized)) {
      assertThat(r.toBuilder().build()).isEqualTo(r).hasSameHashCodeAs(r).hasToString(r.toString());
    }
    PendingOrder alices = created.toBuilder().userId("alice").build();
    assertThat(alices.userId()).isEqualTo("alice");
    assertThat(alices).isNotEqualTo(created);
    assertThat(authorized.toBuilder().toString()).doesNotContain("secretnonce");
  }

  @Test
  void pendingOrderBuilderMissingARequiredValueFailsNamingIt() {
    assertThatThrownBy(() -> PendingOrder.builder().build())
        .isInstanceOf(NullPointerException.class).hasMessage("orderId == null");
    assertThatThrownBy(() -> record().orderId(null).build()).hasMessage("orderId == null");
    assertThatThrownBy(() -> record().userId(null).build()).hasMessage("userId == null");
    assertThatThrownBy(() -> record().packageId(null).build()).hasMessage("packageId == null");
    assertThatThrownBy(() -> record().providerId(null).build()).hasMessage("providerId == null");
    assertThatThrownBy(() -> record().region(null).build()).hasMessage("region == null");
    assertThatThrownBy(() -> record().price(null).build()).hasMessage("price == null");
    assertThatThrownBy(() -> record().state(null).build()).hasMessage("state == null");
    assertThatThrownBy(() -> record().confirmKey(null).build()).hasMessage("idempotencyKey == null");
    assertThatThrownBy(() -> record().createdAt(null).build())
        .isInstanceOf(NullPointerException.class).hasMessage("createdAt == null");
  }

  @Test
  void paymentRequestBuilderValidatesAndHidesTheMethod() {
    PaymentRequest request = paymentRequest().method(TestCard.of("4242424242424242")).build();
    assertThat(request.orderId()).isEqualTo("ord_1");
    assertThat(request.packageId()).isEqualTo("coins-700");
    assertThat(request.coins()).isEqualTo(735);
    assertThat(request.price()).isEqualTo(Money.of(999, "USD"));
    assertThat(request.region()).isEqualTo("US");
    assertThat(request.method()).isInstanceOf(TestCard.class);
    assertThat(request.toString()).contains("TestCard").doesNotContain("4242");
    assertThat(paymentRequest().build()).isEqualTo(paymentRequest().build()).isNotEqualTo(request);
    assertThatThrownBy(() -> paymentRequest().coins(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("coins <= 0: 0");
    assertThatThrownBy(() -> paymentRequest().orderId(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("orderId is blank");
    assertThatThrownBy(() -> paymentRequest().packageId(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("packageId is blank");
    assertThatThrownBy(() -> paymentRequest().region("").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("region is blank");
  }

  @Test
  void paymentRequestToBuilderRoundTripsToAnEqualValue() {
    PaymentRequest request = paymentRequest().build();
    assertThat(request.toBuilder().build()).isEqualTo(request).hasSameHashCodeAs(request)
        .hasToString(request.toString());
    PaymentRequest other = request.toBuilder().orderId("ord_2").build();
    assertThat(other.orderId()).isEqualTo("ord_2");
    assertThat(other).isNotEqualTo(request);
  }

  @Test
  void paymentRequestBuilderMissingARequiredValueFailsNamingIt() {
    assertThatThrownBy(() -> PaymentRequest.builder().build())
        .isInstanceOf(NullPointerException.class).hasMessage("orderId == null");
    assertThatThrownBy(() -> paymentRequest().orderId(null).build()).hasMessage("orderId == null");
    assertThatThrownBy(() -> paymentRequest().packageId(null).build()).hasMessage("packageId == null");
    assertThatThrownBy(() -> paymentRequest().price(null).build()).hasMessage("price == null");
    assertThatThrownBy(() -> paymentRequest().region(null).build()).hasMessage("region == null");
    assertThatThrownBy(() -> paymentRequest().method(null).build())
        .isInstanceOf(NullPointerException.class).hasMessage("method == null");
    assertThatThrownBy(() -> PaymentRequest.builder().orderId("o").packageId("p").price(Money.of(1, "USD"))
        .region("US").method(PaymentMethod.none()).build())
        .as("coins were never set").isInstanceOf(IllegalArgumentException.class).hasMessage("coins <= 0: 0");
  }

  @Test
  void inMemoryStoreReplacesByOrderIdAndKeepsOrder() {
    InMemoryPendingOrderStore store = new InMemoryPendingOrderStore();
    PendingOrder a = record().orderId("a").build();
    PendingOrder b = record().orderId("b").build();
    store.save(a);
    store.save(b);
    store.save(a.withPaymentToken("t"));
    assertThat(store.all()).containsExactly(a.withPaymentToken("t"), b);
    store.remove("a");
    assertThat(store.get("a")).isNull();
    assertThat(store.all()).containsExactly(b);
  }
}
