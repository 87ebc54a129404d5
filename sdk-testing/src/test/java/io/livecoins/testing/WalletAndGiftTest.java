package io.livecoins.testing;

import static io.livecoins.testing.DemoData.ALICE_TOKEN;
import static io.livecoins.testing.DemoData.BOB_TOKEN;
import static io.livecoins.testing.DemoData.MINNIE_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LiveCoinsMockServerExtension.class)
class WalletAndGiftTest {

  @Test
  void walletShowsOnlyTheCallersBalances(LiveCoinsMockServer server) {
    TestApi api = new TestApi(server);
    TestApi.Resp bob = api.get(BOB_TOKEN, "/v1/wallet");
    assertThat(bob.code()).isEqualTo(200);
    assertThat(bob.json()).containsEntry("userId", "bob").containsEntry("coins", 1000L)
        .containsEntry("diamonds", 0L);
    assertThat(api.get(DemoData.CAROL_TOKEN, "/v1/wallet").json()).containsEntry("diamonds", 10000L);
  }

  @Test
  void missingOrUnknownTokenIsUnauthenticated(LiveCoinsMockServer server) {
    TestApi api = new TestApi(server);
    TestApi.Resp none = api.get(null, "/v1/wallet");
    assertThat(none.code()).isEqualTo(401);
    assertThat(none.errorCode()).isEqualTo("unauthenticated");
    assertThat(none.error().get("requestId")).isEqualTo(none.headers().get("Request-Id"));
    assertThat(api.get("demo-token-mallory", "/v1/wallet").code()).isEqualTo(401);
    assertThat(api.sendGift("nope", "rose", 1, 1, "k").code()).isEqualTo(401);
  }

  @Test
  void seedBalancesAreAdjustmentsAgainstTheSystem(LiveCoinsMockServer server) {
    assertThat(server.ledgerEntries()).filteredOn(e -> e.account().equals("user:bob"))
        .singleElement().satisfies(e -> {
          assertThat(e.type()).isEqualTo("ADJUSTMENT");
          assertThat(e.amount()).isEqualTo(1000);
        });
    assertThat(server.balance("system:adjustments", "COINS")).isEqualTo(-1000);
    TestApi.Resp tx = new TestApi(server).get(BOB_TOKEN, "/v1/wallet/transactions");
    assertThat(tx.items("items")).singleElement().satisfies(t -> assertThat(t).containsEntry("type", "ADJUSTMENT")
        .containsEntry("coins", 1000L));
  }

  @Test
  void sendingAGiftMovesCoinsToThePlatformAndHalfAsDiamondsToTheCreator(LiveCoinsMockServer server) {
    TestApi api = new TestApi(server);
    TestApi.Resp r = api.sendGift(BOB_TOKEN, "finger-heart", 3, 5, "g1");
    assertThat(r.code()).as(r.body()).isEqualTo(200);
    assertThat(r.obj("gift")).containsEntry("giftId", "finger-heart").containsEntry("quantity", 3L)
        .containsEntry("coinCost", 5L).containsEntry("coins", 15L).containsEntry("recipientId", "carol");
    assertThat(r.obj("wallet")).containsEntry("coins", 985L);
    assertThat(server.wallet("carol").diamonds()).isEqualTo(10007); // floor(15 / 2)
    assertThat(server.balance("system:platform", "COINS")).isEqualTo(15);
    assertThat(server.wallet("bob").version()).isEqualTo(3);
    TestApi.Resp tx = api.get(BOB_TOKEN, "/v1/wallet/transactions?limit=1");
    assertThat(tx.items("items")).singleElement().satisfies(t -> assertThat(t).containsEntry("type", "GIFT_SENT")
        .containsEntry("coins", -15L).containsEntry("reference", r.obj("gift").get("id")));
    assertThat(tx.json().get("nextCursor")).isNotNull();
    TestApi.Resp rest = api.get(BOB_TOKEN, "/v1/wallet/transactions?limit=1&cursor=" + tx.json().get("nextCursor"));
    assertThat(rest.items("items")).singleElement().satisfies(t -> assertThat(t).containsEntry("type", "ADJUSTMENT"));
    assertThat(rest.json().get("nextCursor")).isNull();
    TestApi.Resp carolTx = api.get(DemoData.CAROL_TOKEN, "/v1/wallet/transactions");
    assertThat(carolTx.items("items").get(0)).containsEntry("type", "GIFT_RECEIVED").containsEntry("diamonds", 7L);
  }

  @Test
  void insufficientCoinsDoesNotChangeBalance(LiveCoinsMockServer server) {
    TestApi.Resp r = new TestApi(server).sendGift(BOB_TOKEN, "galaxy", 2, 1000, "g1");
    assertThat(r.code()).isEqualTo(402);
    assertThat(r.errorCode()).isEqualTo("insufficient_coins");
    assertThat(r.details()).containsEntry("balance", 1000L).containsEntry("required", 2000L)
        .containsEntry("shortfall", 1000L);
    assertThat(server.wallet("bob")).isEqualTo(new WalletSnapshot("bob", 1000, 0, 2));
    assertThat(server.wallet("carol").diamonds()).isEqualTo(10000);
  }

  @Test
  void changedGiftCostIsRefused(LiveCoinsMockServer server) {
    TestApi.Resp r = new TestApi(server).sendGift(BOB_TOKEN, "rose", 1, 2, "g1");
    assertThat(r.code()).isEqualTo(409);
    assertThat(r.errorCode()).isEqualTo("price_changed");
    assertThat(r.details()).containsEntry("expectedCoinCost", 2L).containsEntry("currentCoinCost", 1L);
  }

  @Test
  void underAgeSenderIsRefused(LiveCoinsMockServer server) {
    TestApi.Resp r = new TestApi(server).sendGift(MINNIE_TOKEN, "rose", 1, 1, "g1");
    assertThat(r.code()).isEqualTo(403);
    assertThat(r.details()).containsEntry("reason", "age_restricted");
  }

  @Test
  void underAgeRecipientIsRefused() {
    try (LiveCoinsMockServer server = LiveCoinsMockServer.builder().ageRestricted("carol").build().start()) {
      TestApi.Resp r = new TestApi(server).sendGift(BOB_TOKEN, "rose", 1, 1, "g1");
      assertThat(r.code()).isEqualTo(403);
      assertThat(r.details()).containsEntry("reason", "age_restricted");
      server.assertNoContractViolations();
    }
  }

  @Test
  void unknownGiftStreamOrCreatorIsNotFound(LiveCoinsMockServer server) {
    TestApi api = new TestApi(server);
    assertThat(api.sendGift(BOB_TOKEN, "unicorn", 1, 1, "g1").details()).containsEntry("resource", "gift");
    TestApi.Resp stream = api.post(BOB_TOKEN, "/v1/gifts/send", "g2", Map.of("giftId", "rose",
        "recipientId", "carol", "streamId", "stream-nobody", "quantity", 1, "expectedCoinCost", 1));
    assertThat(stream.details()).containsEntry("resource", "stream");
    TestApi.Resp creator = api.post(BOB_TOKEN, "/v1/gifts/send", "g3", Map.of("giftId", "rose",
        "recipientId", "alice", "streamId", "stream-carol", "quantity", 1, "expectedCoinCost", 1));
    assertThat(creator.code()).isEqualTo(404);
    assertThat(creator.details()).containsEntry("resource", "creator");
    assertThat(server.wallet("bob").coins()).isEqualTo(1000);
  }

  @Test
  void giftCatalogListsAllGifts(LiveCoinsMockServer server) {
    TestApi.Resp r = new TestApi(server).get(ALICE_TOKEN, "/v1/gifts?region=US");
    assertThat(r.code()).isEqualTo(200);
    assertThat(r.items("gifts")).hasSize(12);
    assertThat(r.items("gifts").get(11)).containsEntry("id", "universe").containsEntry("coinCost", 34999L)
        .containsEntry("tier", 5L).containsKey("assets").containsKey("sound");
    assertThat(new TestApi(server).get(ALICE_TOKEN, "/v1/gifts?region=ZZ").code()).isEqualTo(403);
  }

  @Test
  void leaderboardRanksSendersByCoins(LiveCoinsMockServer server) {
    TestApi api = new TestApi(server);
    String order = api.createOrder(ALICE_TOKEN, "coins-70", 99, "o1");
    api.confirm(ALICE_TOKEN, order, TestApi.sandboxToken(order, "ok"), "o2");
    api.sendGift(BOB_TOKEN, "rose", 10, 1, "b1");
    api.sendGift(ALICE_TOKEN, "perfume", 1, 20, "a1");
    api.sendGift(BOB_TOKEN, "rose", 5, 1, "b2");
    TestApi.Resp r = api.get(ALICE_TOKEN, "/v1/streams/stream-carol/leaderboard?limit=10");
    assertThat(r.code()).isEqualTo(200);
    assertThat(r.json()).containsEntry("streamId", "stream-carol");
    assertThat(r.items("entries")).containsExactly(
        Map.of("rank", 1L, "userId", "alice", "coins", 20L),
        Map.of("rank", 2L, "userId", "bob", "coins", 15L));
    assertThat(api.get(ALICE_TOKEN, "/v1/streams/stream-carol/leaderboard?limit=1").items("entries")).hasSize(1);
    assertThat(api.get(ALICE_TOKEN, "/v1/streams/stream-x/leaderboard").code()).isEqualTo(404);
  }
}
