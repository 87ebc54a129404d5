package io.livecoins.testing;

import static io.livecoins.testing.DemoData.ALICE_TOKEN;
import static io.livecoins.testing.DemoData.BOB_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RechargeFlowTest {
  final AtomicReference<PaymentVerifier.Attempt> lastAttempt = new AtomicReference<>();

  @RegisterExtension
  final LiveCoinsMockServerExtension mock = LiveCoinsMockServerExtension.configured(b -> b.seed(1)
      .paymentVerifier(a -> {
        lastAttempt.set(a);
        if (a.paymentToken().startsWith("tok_pending")) {
          return PaymentVerifier.Outcome.pending(1);
        }
        if (a.paymentToken().startsWith("tok_down")) {
          return PaymentVerifier.Outcome.unavailable();
        }
        return a.paymentToken().startsWith("tok_ok") ? PaymentVerifier.Outcome.success()
            : PaymentVerifier.Outcome.declined("insufficient_funds");
      }));

  TestApi api() {
    return new TestApi(mock.server());
  }

  @Test
  void coinPackagesListsTheRegionalCatalog() {
    TestApi.Resp r = api().get(ALICE_TOKEN, "/v1/coin-packages?region=US");
    assertThat(r.code()).isEqualTo(200);
    assertThat(r.json()).containsEntry("region", "US").containsEntry("currency", "USD");
    assertThat(r.items("packages")).hasSize(7);
    assertThat(r.items("packages").get(0)).containsEntry("id", "coins-70")
        .containsEntry("price", Map.of("amountMinor", 99L, "currency", "USD"));
    assertThat(r.items("packages").get(2)).containsEntry("bonusCoins", 35L);
    assertThat(r.headers().get("Request-Id")).matches("req_[0-9a-f]{16}");
  }

  @Test
  void coinPackagesUseLocalPricesAndProviders() {
    // Prices follow the account's region (#14): one viewer per region, no region in the query.
    try (LiveCoinsMockServer server = LiveCoinsMockServer.builder()
        .addUser(MockUser.viewer("jun", "token-jun").region("JP").build())
        .addUser(MockUser.viewer("indah", "token-indah").region("ID").build())
        .addUser(MockUser.viewer("fahad", "token-fahad").region("KW").build()).build().start()) {
      TestApi api = new TestApi(server);
      TestApi.Resp jp = api.get("token-jun", "/v1/coin-packages");
      assertThat(jp.json()).containsEntry("region", "JP");
      assertThat(jp.items("packages").get(0)).containsEntry("price", Map.of("amountMinor", 160L, "currency", "JPY"));
      TestApi.Resp id = api.get("token-indah", "/v1/coin-packages?region=ID");
      assertThat(id.items("packages").get(0).get("providers").toString()).contains("ovo");
      TestApi.Resp kw = api.get("token-fahad", "/v1/coin-packages");
      assertThat(kw.items("packages").get(0)).containsEntry("price", Map.of("amountMinor", 300L, "currency", "KWD"));
      server.assertNoContractViolations();
    }
  }

  @Test
  void unknownRegionIsForbidden() {
    TestApi.Resp r = api().get(ALICE_TOKEN, "/v1/coin-packages?region=FR");
    assertThat(r.code()).isEqualTo(403);
    assertThat(r.details()).containsEntry("reason", "region_unavailable");
  }

  @Test
  void createOrderAnswersAwaitingPayment() {
    TestApi.Resp r = api().post(ALICE_TOKEN, "/v1/recharge-orders", "k1", Map.of("packageId", "coins-70",
        "provider", "card", "region", "US", "expectedPrice", Map.of("amountMinor", 99, "currency", "USD")));
    assertThat(r.code()).isEqualTo(201);
    assertThat(r.obj("order")).containsEntry("status", "AWAITING_PAYMENT").containsEntry("coins", 70L)
        .containsEntry("provider", "card").containsEntry("region", "US");
    assertThat(mock.server().orders()).singleElement()
        .satisfies(o -> assertThat(o.status()).isEqualTo("AWAITING_PAYMENT"));
  }

  @Test
  void changedPriceIsRefusedWithBothPrices() {
    TestApi.Resp r = api().post(ALICE_TOKEN, "/v1/recharge-orders", "k1", Map.of("packageId", "coins-70",
        "provider", "sandbox", "region", "US", "expectedPrice", Map.of("amountMinor", 89, "currency", "USD")));
    assertThat(r.code()).isEqualTo(409);
    assertThat(r.errorCode()).isEqualTo("price_changed");
    assertThat(r.details()).containsEntry("currentPrice", Map.of("amountMinor", 99L, "currency", "USD"))
        .containsEntry("expectedPrice", Map.of("amountMinor", 89L, "currency", "USD"));
    assertThat(mock.server().orders()).isEmpty();
  }

  @Test
  void providerNotAcceptedForPackageIsInvalid() {
    TestApi.Resp r = api().post(ALICE_TOKEN, "/v1/recharge-orders", "k1", Map.of("packageId", "coins-70",
        "provider", "ovo", "region", "US", "expectedPrice", Map.of("amountMinor", 99, "currency", "USD")));
    assertThat(r.code()).isEqualTo(400);
    assertThat(r.details()).containsEntry("field", "provider");
  }

  @Test
  void unknownPackageIsNotFound() {
    TestApi.Resp r = api().post(ALICE_TOKEN, "/v1/recharge-orders", "k1", Map.of("packageId", "coins-1",
        "provider", "sandbox", "region", "US", "expectedPrice", Map.of("amountMinor", 99, "currency", "USD")));
    assertThat(r.code()).isEqualTo(404);
    assertThat(r.details()).containsEntry("resource", "package");
  }

  @Test
  void sandboxOkCreditsCoinsAndBonusExactlyOnce() {
    TestApi api = api();
    String id = api.createOrder(ALICE_TOKEN, "coins-700", 999, "k1");
    TestApi.Resp r = api.confirm(ALICE_TOKEN, id, TestApi.sandboxToken(id, "ok"), "k2");
    assertThat(r.code()).as(r.body()).isEqualTo(200);
    assertThat(r.obj("order")).containsEntry("status", "COMPLETED");
    assertThat(r.obj("wallet")).containsEntry("coins", 735L);
    TestApi.Resp again = api.confirm(ALICE_TOKEN, id, TestApi.sandboxToken(id, "ok"), "k3");
    assertThat(again.code()).isEqualTo(200);
    assertThat(again.obj("order")).containsEntry("status", "COMPLETED");
    assertThat(mock.server().wallet("alice").coins()).isEqualTo(735);
    assertThat(mock.server().ledgerEntries()).filteredOn(e -> e.type().equals("RECHARGE")).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"declined", "insufficient_funds", "expired_card", "incorrect_cvc", "processing_error",
      "authentication_required"})
  void sandboxDeclineFailsTheOrderAndCreditsNothing(String reason) {
    TestApi api = api();
    String id = api.createOrder(ALICE_TOKEN, "coins-70", 99, "k1");
    TestApi.Resp r = api.confirm(ALICE_TOKEN, id, TestApi.sandboxToken(id, "decline-" + reason), "k2");
    assertThat(r.code()).isEqualTo(402);
    assertThat(r.errorCode()).isEqualTo("payment_declined");
    assertThat(r.details()).containsEntry("reason", reason).containsEntry("orderId", id);
    assertThat(mock.server().wallet("alice").coins()).isZero();
    TestApi.Resp order = api.get(ALICE_TOKEN, "/v1/recharge-orders/" + id);
    assertThat(order.obj("order")).containsEntry("status", "FAILED").containsEntry("failureReason", reason);
    TestApi.Resp retry = api.confirm(ALICE_TOKEN, id, TestApi.sandboxToken(id, "ok"), "k3");
    assertThat(retry.code()).isEqualTo(409);
    assertThat(retry.details()).containsEntry("reason", "invalid_state").containsEntry("status", "FAILED");
  }

  @Test
  void sandboxPendingSettlesOnTheNthPoll() {
    TestApi api = api();
    String id = api.createOrder(ALICE_TOKEN, "coins-70", 99, "k1");
    TestApi.Resp r = api.confirm(ALICE_TOKEN, id, TestApi.sandboxToken(id, "pending-2"), "k2");
    assertThat(r.code()).isEqualTo(200);
    assertThat(r.obj("order")).containsEntry("status", "PENDING");
    assertThat(r.obj("wallet")).containsEntry("coins", 0L);
    assertThat(api.get(ALICE_TOKEN, "/v1/recharge-orders/" + id).obj("order")).containsEntry("status", "PENDING");
    TestApi.Resp settled = api.get(ALICE_TOKEN, "/v1/recharge-orders/" + id);
    assertThat(settled.obj("order")).containsEntry("status", "COMPLETED");
    assertThat(settled.obj("wallet")).containsEntry("coins", 70L);
    assertThat(api.get(ALICE_TOKEN, "/v1/recharge-orders/" + id).obj("wallet")).containsEntry("coins", 70L);
  }

  @Test
  void sandboxPendingAlsoSettlesOnReconfirm() {
    TestApi api = api();
    String id = api.createOrder(ALICE_TOKEN, "coins-70", 99, "k1");
    api.confirm(ALICE_TOKEN, id, TestApi.sandboxToken(id, "pending-1"), "k2");
    TestApi.Resp again = api.confirm(ALICE_TOKEN, id, TestApi.sandboxToken(id, "pending-1"), "k3");
    assertThat(again.obj("order")).containsEntry("status", "COMPLETED");
    assertThat(mock.server().wallet("alice").coins()).isEqualTo(70);
  }

  @Test
  void sandboxFlakyFailsNTimesWithoutStoringThenSucceeds() {
    TestApi api = api();
    String id = api.createOrder(ALICE_TOKEN, "coins-70", 99, "k1");
    String token = TestApi.sandboxToken(id, "flaky-2");
    assertThat(api.confirm(ALICE_TOKEN, id, token, "k2").code()).isEqualTo(503);
    assertThat(mock.server().idempotencyRecords()).noneMatch(rec -> rec.key().equals("k2"));
    assertThat(api.confirm(ALICE_TOKEN, id, token, "k2").code()).isEqualTo(503);
    TestApi.Resp ok = api.confirm(ALICE_TOKEN, id, token, "k2");
    assertThat(ok.code()).isEqualTo(200);
    assertThat(ok.headers().get("Idempotent-Replayed")).isNull();
    assertThat(mock.server().wallet("alice").coins()).isEqualTo(70);
  }

  @Test
  void tokenForAnotherOrderIsRejected() {
    TestApi api = api();
    String a = api.createOrder(ALICE_TOKEN, "coins-70", 99, "k1");
    String b = api.createOrder(ALICE_TOKEN, "coins-70", 99, "k2");
    TestApi.Resp r = api.confirm(ALICE_TOKEN, a, TestApi.sandboxToken(b, "ok"), "k3");
    assertThat(r.code()).isEqualTo(400);
    assertThat(r.details()).containsEntry("field", "paymentToken");
    TestApi.Resp malformed = api.confirm(ALICE_TOKEN, a, "sbx1." + a + ".ok.x", "k4");
    assertThat(malformed.code()).isEqualTo(400);
    assertThat(malformed.details()).containsEntry("field", "paymentToken");
    assertThat(mock.server().wallet("alice").coins()).isZero();
  }

  @Test
  void anotherUsersOrderIsNotFound() {
    TestApi api = api();
    String id = api.createOrder(ALICE_TOKEN, "coins-70", 99, "k1");
    TestApi.Resp r = api.confirm(BOB_TOKEN, id, TestApi.sandboxToken(id, "ok"), "k1");
    assertThat(r.code()).isEqualTo(404);
    assertThat(r.details()).containsEntry("resource", "order");
    assertThat(api.get(BOB_TOKEN, "/v1/recharge-orders/" + id).code()).isEqualTo(404);
    assertThat(mock.server().wallet("bob").coins()).isEqualTo(1000);
    assertThat(mock.server().wallet("alice").coins()).isZero();
  }

  @Test
  void expiredOrderPaidLateIsCreditedLateOnceByDefault() {
    TestApi api = api();
    String id = api.createOrder(ALICE_TOKEN, "coins-70", 99, "k1");
    mock.server().expireOrder(id);
    TestApi.Resp r = api.confirm(ALICE_TOKEN, id, TestApi.sandboxToken(id, "ok"), "k2");
    assertThat(r.code()).isEqualTo(200);
    assertThat(r.obj("order")).containsEntry("status", "COMPLETED").containsEntry("creditedLate", true);
    TestApi.Resp again = api.confirm(ALICE_TOKEN, id, TestApi.sandboxToken(id, "ok"), "k3");
    assertThat(again.obj("order")).containsEntry("status", "COMPLETED");
    assertThat(mock.server().wallet("alice").coins()).isEqualTo(70);
    assertThat(mock.server().orders()).singleElement().satisfies(o -> assertThat(o.creditedLate()).isTrue());
    mock.server().assertConsistent();
  }

  @Test
  void expiredOrderPaidLateIsVoidedWithARefundReferenceUnderTheVoidPolicy() {
    try (LiveCoinsMockServer server =
        LiveCoinsMockServer.builder().expiredPaymentPolicy(ExpiredPaymentPolicy.VOID).build().start()) {
      TestApi api = new TestApi(server);
      String id = api.createOrder(ALICE_TOKEN, "coins-70", 99, "k1");
      server.expireOrder(id);
      TestApi.Resp r = api.confirm(ALICE_TOKEN, id, TestApi.sandboxToken(id, "ok"), "k2");
      assertThat(r.code()).isEqualTo(200);
      assertThat(r.obj("order")).containsEntry("status", "VOIDED").containsEntry("failureReason", "expired")
          .containsEntry("refundReference", "void_" + id);
      TestApi.Resp again = api.confirm(ALICE_TOKEN, id, TestApi.sandboxToken(id, "ok"), "k3");
      assertThat(again.obj("order")).containsEntry("status", "VOIDED");
      assertThat(server.wallet("alice").coins()).isZero();
      server.assertConsistent();
      server.assertNoContractViolations();
    }
  }

  @Test
  void declinedTokenForAnExpiredOrderFailsItAndAFailedOrderCannotBeConfirmed() {
    TestApi api = api();
    String id = api.createOrder(ALICE_TOKEN, "coins-70", 99, "k1");
    mock.server().expireOrder(id);
    assertThat(api.confirm(ALICE_TOKEN, id, TestApi.sandboxToken(id, "decline-declined"), "k2").code())
        .isEqualTo(402);
    TestApi.Resp r = api.confirm(ALICE_TOKEN, id, TestApi.sandboxToken(id, "ok"), "k3");
    assertThat(r.code()).isEqualTo(409);
    assertThat(r.details()).containsEntry("reason", "invalid_state").containsEntry("status", "FAILED");
    assertThat(mock.server().wallet("alice").coins()).isZero();
  }

  @Test
  void verifierHookDecidesOtherProvidersTokens() {
    TestApi api = api();
    String ok = api.createOrder(ALICE_TOKEN, "coins-70", 99, "k1");
    assertThat(api.confirm(ALICE_TOKEN, ok, "tok_ok_123456", "k2").obj("order")).containsEntry("status", "COMPLETED");
    assertThat(lastAttempt.get().orderId()).isEqualTo(ok);
    assertThat(lastAttempt.get().amountMinor()).isEqualTo(99);
    String bad = api.createOrder(ALICE_TOKEN, "coins-70", 99, "k3");
    TestApi.Resp declined = api.confirm(ALICE_TOKEN, bad, "tok_no_123456", "k4");
    assertThat(declined.details()).containsEntry("reason", "insufficient_funds");
    String pending = api.createOrder(ALICE_TOKEN, "coins-70", 99, "k5");
    assertThat(api.confirm(ALICE_TOKEN, pending, "tok_pending_1", "k6").obj("order")).containsEntry("status", "PENDING");
    assertThat(api.get(ALICE_TOKEN, "/v1/recharge-orders/" + pending).obj("order")).containsEntry("status", "COMPLETED");
    String down = api.createOrder(ALICE_TOKEN, "coins-70", 99, "k7");
    assertThat(api.confirm(ALICE_TOKEN, down, "tok_down_1234", "k8").code()).isEqualTo(503);
    assertThat(mock.server().wallet("alice").coins()).isEqualTo(140);
  }

  @Test
  void defaultVerifierAcceptsTokensOfEightCharacters() {
    try (LiveCoinsMockServer server = LiveCoinsMockServer.builder().build().start()) {
      TestApi api = new TestApi(server);
      String id = api.createOrder(ALICE_TOKEN, "coins-70", 99, "k1");
      assertThat(api.confirm(ALICE_TOKEN, id, "short", "k2").code()).isEqualTo(402);
      String id2 = api.createOrder(ALICE_TOKEN, "coins-70", 99, "k3");
      assertThat(api.confirm(ALICE_TOKEN, id2, "paypal-EC-12345", "k4").code()).isEqualTo(200);
      server.assertNoContractViolations();
      server.assertConsistent();
    }
  }

  @Test
  void unfinishedOrdersAreListedNewestFirstWithCursor() {
    TestApi api = api();
    String first = api.createOrder(ALICE_TOKEN, "coins-70", 99, "k1");
    String second = api.createOrder(ALICE_TOKEN, "coins-350", 499, "k2");
    String third = api.createOrder(ALICE_TOKEN, "coins-700", 999, "k3");
    api.confirm(ALICE_TOKEN, second, TestApi.sandboxToken(second, "ok"), "k4");
    TestApi.Resp page1 = api.get(ALICE_TOKEN, "/v1/recharge-orders?status=AWAITING_PAYMENT,PENDING&limit=1");
    assertThat(page1.items("items")).extracting(o -> o.get("id")).containsExactly(third);
    String cursor = (String) page1.json().get("nextCursor");
    assertThat(cursor).isNotNull();
    TestApi.Resp page2 = api.get(ALICE_TOKEN, "/v1/recharge-orders?status=AWAITING_PAYMENT,PENDING&limit=1&cursor="
        + cursor);
    assertThat(page2.items("items")).extracting(o -> o.get("id")).containsExactly(first);
    assertThat(page2.json().get("nextCursor")).isNull();
    assertThat(api.get(ALICE_TOKEN, "/v1/recharge-orders").items("items")).hasSize(3);
    assertThat(api.get(BOB_TOKEN, "/v1/recharge-orders").items("items")).isEmpty();
  }
}
