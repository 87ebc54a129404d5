package io.livecoins.testing;

import static io.livecoins.testing.DemoData.ALICE_TOKEN;
import static io.livecoins.testing.DemoData.BOB_TOKEN;
import static io.livecoins.testing.DemoData.CAROL_TOKEN;
import static io.livecoins.testing.DemoData.DAVE_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The mock backend's authorization, as a real backend must have it (docs/security.md): a token
 * acts only on its own user's wallet, orders, history and earnings; only a creator withdraws, and
 * only its own diamonds; idempotency keys are scoped per user, so another user's key is never a
 * replay of someone else's answer.
 */
class AuthorizationTest {
  static final String ERIN_TOKEN = "token-erin";

  @RegisterExtension
  final LiveCoinsMockServerExtension mock =
      LiveCoinsMockServerExtension.configured(
          b -> b.addUser(MockUser.viewer("erin", ERIN_TOKEN).region("US").coins(500).build()));

  private LiveCoinsMockServer server() {
    return mock.server();
  }

  @Test
  void aTokenReadsOnlyItsOwnWallet() {
    TestApi api = new TestApi(server());

    TestApi.Resp alice = api.get(ALICE_TOKEN, "/v1/wallet");

    assertThat(alice.code()).isEqualTo(200);
    assertThat(alice.json()).containsEntry("userId", "alice").containsEntry("coins", 0L);
    // There is no way to name another user's wallet: a smuggled parameter is refused or ignored.
    TestApi.Resp smuggled = api.get(ALICE_TOKEN, "/v1/wallet?userId=bob");
    assertThat(smuggled.body()).doesNotContain("\"userId\":\"bob\"");
    assertThat(smuggled.code()).isIn(200, 400);
  }

  @Test
  void anotherUsersOrderIsInvisibleAndCannotBeConfirmed() {
    TestApi api = new TestApi(server());
    String bobOrder = api.createOrder(BOB_TOKEN, "coins-700", 999, "bob-order");

    TestApi.Resp read = api.get(ALICE_TOKEN, "/v1/recharge-orders/" + bobOrder);
    TestApi.Resp confirm = api.confirm(ALICE_TOKEN, bobOrder, TestApi.sandboxToken(bobOrder, "ok"), "alice-confirm");
    TestApi.Resp listed = api.get(ALICE_TOKEN, "/v1/recharge-orders?status=AWAITING_PAYMENT,PENDING");

    // 404, never 403: the server does not even reveal that the order exists.
    assertThat(read.code()).isEqualTo(404);
    assertThat(read.details()).containsEntry("resource", "order");
    assertThat(confirm.code()).isEqualTo(404);
    assertThat(listed.items("items")).isEmpty();
    assertThat(server().wallet("alice").coins()).isZero();
    assertThat(server().wallet("bob").coins()).isEqualTo(1000);
    assertThat(server().orders()).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo("AWAITING_PAYMENT"));
  }

  @Test
  void aPaymentTokenIsBoundToItsOrder() {
    TestApi api = new TestApi(server());
    String bobOrder = api.createOrder(BOB_TOKEN, "coins-700", 999, "bob-order");
    String aliceOrder = api.createOrder(ALICE_TOKEN, "coins-70", 99, "alice-order");

    // Alice replays Bob's (bigger) payment token against her own order.
    TestApi.Resp r = api.confirm(ALICE_TOKEN, aliceOrder, TestApi.sandboxToken(bobOrder, "ok"), "steal");

    assertThat(r.code()).isEqualTo(400);
    assertThat(r.details()).containsEntry("field", "paymentToken");
    assertThat(server().wallet("alice").coins()).isZero();
  }

  @Test
  void giftsAreAlwaysPaidByTheCallerNeverByANamedSender() {
    TestApi api = new TestApi(server());

    // Alice has no coins; naming Bob as the sender in the body changes nothing.
    TestApi.Resp r = api.post(ALICE_TOKEN, "/v1/gifts/send", "g-1", Map.of("giftId", "rose", "recipientId", "carol",
        "streamId", "stream-carol", "quantity", 1, "expectedCoinCost", 1, "senderId", "bob"));

    assertThat(r.code()).isIn(400, 402);
    assertThat(server().wallet("bob").coins()).isEqualTo(1000);
    assertThat(server().wallet("carol").diamonds()).isEqualTo(10000);
    assertThat(api.get(ALICE_TOKEN, "/v1/wallet/transactions").items("items"))
        .allSatisfy(t -> assertThat(t.get("type")).isEqualTo("ADJUSTMENT"));
  }

  @Test
  void historyShowsOnlyTheCallersOwnTransactions() {
    TestApi api = new TestApi(server());
    assertThat(api.sendGift(BOB_TOKEN, "rose", 3, 1, "bob-gift").code()).isEqualTo(200);

    TestApi.Resp erin = api.get(ERIN_TOKEN, "/v1/wallet/transactions");

    assertThat(erin.items("items")).noneMatch(t -> "GIFT_SENT".equals(t.get("type")));
    assertThat(erin.body()).doesNotContain("bob");
  }

  @Test
  void onlyACreatorWithdrawsAndOnlyItsOwnDiamonds() {
    TestApi api = new TestApi(server());
    Map<String, Object> withdrawal = Map.of("diamonds", 2000, "payoutMethod", "bank");

    TestApi.Resp viewer = api.post(BOB_TOKEN, "/v1/creator/withdrawals", "wd-bob", withdrawal);
    TestApi.Resp viewerEarnings = api.get(BOB_TOKEN, "/v1/creator/earnings");
    // Dave is a creator without diamonds: Carol's 10000 are not his to take.
    TestApi.Resp otherCreator = api.post(DAVE_TOKEN, "/v1/creator/withdrawals", "wd-dave", withdrawal);
    TestApi.Resp carol = api.post(CAROL_TOKEN, "/v1/creator/withdrawals", "wd-carol", withdrawal);

    assertThat(viewer.code()).isEqualTo(403);
    assertThat(viewer.details()).containsEntry("reason", "not_creator");
    assertThat(viewerEarnings.code()).isEqualTo(403);
    assertThat(otherCreator.code()).isEqualTo(402);
    assertThat(otherCreator.errorCode()).isEqualTo("insufficient_diamonds");
    assertThat(carol.code()).isEqualTo(201);
    assertThat(server().wallet("carol").diamonds()).isEqualTo(8000);
    assertThat(server().wallet("dave").diamonds()).isZero();
    assertThat(server().wallet("bob").diamonds()).isZero();
  }

  @Test
  void anotherUsersIdempotencyKeyIsNotAReplay() {
    TestApi api = new TestApi(server());
    TestApi.Resp bob = api.sendGift(BOB_TOKEN, "rose", 2, 1, "shared-key");
    assertThat(api.sendGift(BOB_TOKEN, "rose", 3, 1, "shared-key-2").code()).isEqualTo(200);

    // Same key, same body, another user: executed for Erin, never Bob's stored answer.
    TestApi.Resp erin = api.sendGift(ERIN_TOKEN, "rose", 2, 1, "shared-key");
    // Bob's key with a different body from Erin: not "idempotency_key_reused", just her request.
    TestApi.Resp erinOther = api.sendGift(ERIN_TOKEN, "rose", 1, 1, "shared-key-2");
    // Erin first, then Bob, same key and body: Bob's request executes for Bob.
    TestApi.Resp erinFirst = api.sendGift(ERIN_TOKEN, "rose", 5, 1, "key-3");
    TestApi.Resp bobSecond = api.sendGift(BOB_TOKEN, "rose", 5, 1, "key-3");

    assertThat(bob.code()).isEqualTo(200);
    assertThat(erin.code()).isEqualTo(200);
    assertThat(erin.headers().get("Idempotent-Replayed")).isNull();
    assertThat(erin.obj("gift").get("id")).isNotEqualTo(bob.obj("gift").get("id"));
    assertThat(erin.obj("wallet")).containsEntry("userId", "erin");
    assertThat(erinOther.code()).isEqualTo(200);
    assertThat(erinFirst.code()).isEqualTo(200);
    assertThat(bobSecond.code()).isEqualTo(200);
    assertThat(bobSecond.headers().get("Idempotent-Replayed")).isNull();
    assertThat(bobSecond.obj("wallet")).containsEntry("userId", "bob");
    assertThat(server().wallet("bob").coins()).isEqualTo(1000 - 2 - 3 - 5);
    assertThat(server().wallet("erin").coins()).isEqualTo(500 - 2 - 1 - 5);
    assertThat(server().idempotencyRecords()).filteredOn(r -> r.key().equals("shared-key"))
        .extracting(IdempotencyRecord::userId).containsExactlyInAnyOrder("bob", "erin");
  }

  @Test
  void noTokenOrAnUnknownTokenDoesNothing() {
    TestApi api = new TestApi(server());

    TestApi.Resp none = api.sendGift(null, "rose", 1, 1, "anon");
    TestApi.Resp unknown = api.sendGift("token-mallory", "rose", 1, 1, "mallory");
    TestApi.Resp basic = api.execute(new Request.Builder().url(api.url("/v1/wallet"))
        .header("Authorization", "Basic " + BOB_TOKEN).build());

    assertThat(none.code()).isEqualTo(401);
    assertThat(unknown.code()).isEqualTo(401);
    assertThat(basic.code()).isEqualTo(401);
    assertThat(server().wallet("bob").coins()).isEqualTo(1000);
    assertThat(server().idempotencyRecords()).extracting(IdempotencyRecord::key).doesNotContain("anon", "mallory");
  }
}
