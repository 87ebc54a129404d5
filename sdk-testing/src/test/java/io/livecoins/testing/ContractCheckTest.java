package io.livecoins.testing;

import static io.livecoins.testing.DemoData.ALICE_TOKEN;
import static io.livecoins.testing.DemoData.BOB_TOKEN;
import static io.livecoins.testing.DemoData.CAROL_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class ContractCheckTest {

  @Test
  void strictModeRejectsRequestsThatBreakTheSpec() {
    try (LiveCoinsMockServer server = LiveCoinsMockServer.builder().build().start()) {
      TestApi api = new TestApi(server);
      TestApi.Resp r = api.post(BOB_TOKEN, "/v1/gifts/send", "g1", Map.of("giftId", "rose", "recipientId", "carol",
          "streamId", "stream-carol", "quantity", 0, "expectedCoinCost", 1));
      assertThat(r.code()).isEqualTo(400);
      assertThat(r.errorCode()).isEqualTo("invalid_request");
      assertThat(r.details()).containsEntry("field", "quantity");
      assertThat((List<?>) r.details().get("violations")).isNotEmpty();
      TestApi.Resp missing = api.post(BOB_TOKEN, "/v1/gifts/send", "g2", Map.of("giftId", "rose"));
      assertThat(missing.code()).isEqualTo(400);
      assertThat(missing.details().get("violations").toString()).contains("recipientId");
      TestApi.Resp badQuery = api.get(BOB_TOKEN, "/v1/coin-packages?region=usa");
      assertThat(badQuery.code()).isEqualTo(400);
      assertThat(badQuery.details()).containsEntry("field", "region");
      assertThat(server.requestViolations()).hasSize(3);
      assertThat(server.wallet("bob").coins()).isEqualTo(1000);
      server.assertNoContractViolations();
    }
  }

  @Test
  void nonStrictModeLetsTheHandlersAnswer() {
    try (LiveCoinsMockServer server = LiveCoinsMockServer.builder().strict(false).build().start()) {
      TestApi api = new TestApi(server);
      TestApi.Resp r = api.post(BOB_TOKEN, "/v1/gifts/send", "g1", Map.of("giftId", "rose", "recipientId", "carol",
          "streamId", "stream-carol", "quantity", 0, "expectedCoinCost", 1));
      assertThat(r.code()).isEqualTo(400);
      assertThat(r.details()).containsEntry("field", "quantity").doesNotContainKey("violations");
      assertThat(server.requestViolations()).hasSize(1);
      TestApi.Resp notJson = api.post(BOB_TOKEN, "/v1/gifts/send", "g2", "{not json");
      assertThat(notJson.code()).isEqualTo(400);
      server.assertNoContractViolations();
    }
  }

  /** Drives every route of the contract with success and error answers; none may violate the spec. */
  @Test
  void everyEndpointsAnswersMatchTheSpec() throws Exception {
    try (LiveCoinsMockServer server = LiveCoinsMockServer.builder().sseHeartbeat(Duration.ofMillis(50))
        .build().start()) {
      TestApi api = new TestApi(server);
      api.get(ALICE_TOKEN, "/v1/coin-packages?region=GB");
      api.get(ALICE_TOKEN, "/v1/coin-packages?region=FR");
      api.get(ALICE_TOKEN, "/v1/coin-packages");
      api.get(ALICE_TOKEN, "/v1/account");
      api.get(CAROL_TOKEN, "/v1/account");
      api.post(ALICE_TOKEN, "/v1/account/limits", "l1", Map.of("kind", "recharge_daily",
          "limit", Map.of("amountMinor", 5000, "currency", "USD")));
      api.post(ALICE_TOKEN, "/v1/account/limits", "l2", Map.of("kind", "gifting_daily", "limitCoins", 100000));
      api.post(ALICE_TOKEN, "/v1/account/limits", "l3", Map.of("kind", "gifting_daily"));
      api.post(ALICE_TOKEN, "/v1/account/limits", "l4", Map.of("kind", "withdrawal_daily"));
      api.get(ALICE_TOKEN, "/v1/account");
      String order = api.createOrder(ALICE_TOKEN, "coins-70", 99, "o1");
      api.post(ALICE_TOKEN, "/v1/recharge-orders", "o2", Map.of("packageId", "coins-70", "provider", "sandbox",
          "region", "US", "expectedPrice", Map.of("amountMinor", 1, "currency", "USD")));
      api.confirm(ALICE_TOKEN, order, TestApi.sandboxToken("ord_other", "ok"), "c0");
      api.confirm(ALICE_TOKEN, order, TestApi.sandboxToken(order, "decline-expired_card"), "c1");
      api.confirm(ALICE_TOKEN, order, TestApi.sandboxToken(order, "ok"), "c2");
      String pending = api.createOrder(ALICE_TOKEN, "coins-70", 99, "o3");
      api.confirm(ALICE_TOKEN, pending, TestApi.sandboxToken(pending, "pending-1"), "c3");
      api.get(ALICE_TOKEN, "/v1/recharge-orders?status=PENDING");
      api.get(ALICE_TOKEN, "/v1/recharge-orders/" + pending);
      api.get(ALICE_TOKEN, "/v1/recharge-orders/ord_nope");
      api.get(ALICE_TOKEN, "/v1/wallet");
      api.get(ALICE_TOKEN, "/v1/wallet/transactions?limit=2");
      api.get(ALICE_TOKEN, "/v1/gifts?region=US");
      api.sendGift(ALICE_TOKEN, "rose", 1, 1, "g1");
      api.sendGift(ALICE_TOKEN, "lion", 1, 29999, "g2");
      api.sendGift(DemoData.MINNIE_TOKEN, "rose", 1, 1, "g3");
      api.get(ALICE_TOKEN, "/v1/streams/stream-carol/leaderboard");
      api.get(CAROL_TOKEN, "/v1/creator/earnings");
      api.get(ALICE_TOKEN, "/v1/creator/earnings");
      api.post(CAROL_TOKEN, "/v1/creator/withdrawals", "w1", Map.of("diamonds", 2000, "payoutMethod", "bank"));
      api.post(CAROL_TOKEN, "/v1/creator/withdrawals", "w2", Map.of("diamonds", 10, "payoutMethod", "bank"));
      String wd = server.withdrawals().get(0).id();
      api.get(CAROL_TOKEN, "/v1/creator/withdrawals?limit=1");
      api.get(CAROL_TOKEN, "/v1/creator/withdrawals/" + wd);
      server.settleWithdrawal(wd, WithdrawalOutcome.FAILED);
      api.get(CAROL_TOKEN, "/v1/creator/withdrawals/" + wd);
      api.get(CAROL_TOKEN, "/v1/creator/withdrawals/wd_nope");
      api.get(ALICE_TOKEN, "/v1/creator/withdrawals");
      api.get(null, "/v1/wallet");
      server.faults().once("GET /v1/wallet", Fault.rateLimited(2)).once("GET /v1/gifts", Fault.status(503));
      api.get(ALICE_TOKEN, "/v1/wallet");
      api.get(ALICE_TOKEN, "/v1/gifts?region=US");
      OkHttpClient client = new OkHttpClient();
      try (Response sse = client.newCall(new Request.Builder().url(server.url("/v1/streams/stream-carol/events"))
          .header("Authorization", "Bearer " + ALICE_TOKEN).build()).execute()) {
        assertThat(sse.code()).isEqualTo(200);
      }

      // Hosted checkout (#15): open, read and cancel a session, and a session that does not exist.
      TestApi.Resp web = api.post(ALICE_TOKEN, "/v1/recharge-orders", "o4", Map.of("packageId", "coins-70",
          "provider", "web", "region", "US", "expectedPrice", Map.of("amountMinor", 99, "currency", "USD")));
      String webOrder = (String) web.obj("order").get("id");
      TestApi.Resp session = api.post(ALICE_TOKEN, "/v1/recharge-orders/" + webOrder + "/checkout-session", "s1",
          Map.of("returnUrl", "myapp://checkout-return"));
      String sessionId = (String) session.obj("session").get("id");
      api.get(ALICE_TOKEN, "/v1/checkout-sessions/" + sessionId);
      api.post(ALICE_TOKEN, "/v1/checkout-sessions/" + sessionId + "/cancel", "s2", Map.of());
      api.get(ALICE_TOKEN, "/v1/checkout-sessions/cs_nope");

      // Limits (#14): a per-purchase cap refuses the order (422 limit_exceeded), a minor's recharge is 403.
      api.post(ALICE_TOKEN, "/v1/account/limits", "l5", Map.of("kind", "recharge_per_purchase",
          "limit", Map.of("amountMinor", 50, "currency", "USD")));
      api.post(ALICE_TOKEN, "/v1/recharge-orders", "o5", Map.of("packageId", "coins-70", "provider", "sandbox",
          "expectedPrice", Map.of("amountMinor", 99, "currency", "USD")));
      api.post(DemoData.MINNIE_TOKEN, "/v1/recharge-orders", "o6", Map.of("packageId", "coins-70",
          "provider", "sandbox", "expectedPrice", Map.of("amountMinor", 99, "currency", "USD")));
      api.get(DemoData.MINNIE_TOKEN, "/v1/account");

      Set<String> covered = new TreeSet<>();
      for (LoggedRequest l : server.requestLog()) {
        covered.add(l.route());
      }
      assertThat(covered).containsAll(server.faults().routes());
      assertThat(server.requestLog()).extracting(LoggedRequest::status)
          .contains(200, 201, 400, 401, 402, 403, 404, 409, 422, 429, 503);
      server.assertNoContractViolations();
      server.assertConsistent();
    }
  }

  @Test
  void bundledSpecIsTheDocsSpec() throws Exception {
    String bundled = io.livecoins.testing.internal.ContractValidator.loadSpec();
    java.nio.file.Path docs = java.nio.file.Path.of("..", "docs", "openapi.yaml");
    if (java.nio.file.Files.exists(docs)) {
      assertThat(bundled).isEqualTo(java.nio.file.Files.readString(docs));
    }
    assertThat(bundled).startsWith("openapi: 3.0.3");
  }
}
