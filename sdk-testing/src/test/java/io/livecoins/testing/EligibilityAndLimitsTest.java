package io.livecoins.testing;

import static io.livecoins.testing.DemoData.ALICE_TOKEN;
import static io.livecoins.testing.DemoData.BOB_TOKEN;
import static io.livecoins.testing.DemoData.CAROL_TOKEN;
import static io.livecoins.testing.DemoData.MINNIE_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #14 on the mock backend: the account read, age restrictions per capability, the price region bound
 * to the account, and spending limits enforced before any order or debit exists, with a daily reset on the
 * server's clock and a cooling-off period for self-set raises.
 */
class EligibilityAndLimitsTest {
  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
  private static final String TEEN = "teen";
  private static final String TEEN_TOKEN = "token-teen";
  private static final String SAVER = "saver";
  private static final String SAVER_TOKEN = "token-saver";

  private final TestClock clock = new TestClock(T0);
  private final LiveCoinsMockServer server = LiveCoinsMockServer.builder().clock(clock)
      .addUser(MockUser.viewer(TEEN, TEEN_TOKEN).coins(100).ageRestricted(true).build())
      .addUser(MockUser.viewer(SAVER, SAVER_TOKEN).coins(1000)
          .spendingLimit("recharge_daily", "self", 1500)          // USD 15.00 a day
          .spendingLimit("gifting_per_send", "parent", 10)        // 10 coins a send
          .spendingLimit("gifting_daily", "backend", 100).build()) // 100 coins a day
      .build().start();
  private final TestApi api = new TestApi(server);

  @AfterEach
  void contractHeld() {
    server.assertNoContractViolations();
    assertThat(server.requestViolations()).isEmpty();
    server.assertConsistent();
    server.close();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> capability(TestApi.Resp account, String name) {
    for (Map<String, Object> c : account.items("capabilities")) {
      if (c.get("capability").equals(name)) return c;
    }
    throw new AssertionError("no capability " + name + " in " + account.body());
  }

  private static Map<String, Object> limit(TestApi.Resp account, String kind) {
    for (Map<String, Object> l : account.items("limits")) {
      if (l.get("kind").equals(kind)) return l;
    }
    return null;
  }

  private TestApi.Resp order(String token, String key, String packageId, long priceMinor) {
    return api.post(token, "/v1/recharge-orders", key, Map.of("packageId", packageId, "provider", "sandbox",
        "expectedPrice", Map.of("amountMinor", priceMinor, "currency", "USD")));
  }

  @Test
  void theAccountReadSaysWhatEachUserMayDoAndWhy() {
    TestApi.Resp bob = api.get(BOB_TOKEN, "/v1/account");
    assertThat(bob.code()).isEqualTo(200);
    assertThat(bob.json()).containsEntry("userId", "bob").containsEntry("region", "US").containsEntry("currency", "USD");
    assertThat(capability(bob, "gifting")).containsEntry("allowed", true).doesNotContainKey("reason");
    assertThat(capability(bob, "recharge")).containsEntry("allowed", true);
    assertThat(capability(bob, "receiving_gifts")).containsEntry("allowed", false).containsEntry("reason", "not_creator");
    assertThat(bob.items("limits")).isEmpty();

    TestApi.Resp minnie = api.get(MINNIE_TOKEN, "/v1/account");
    assertThat(capability(minnie, "gifting")).containsEntry("allowed", false).containsEntry("reason", "age_restricted");
    assertThat(capability(minnie, "recharge")).containsEntry("allowed", false).containsEntry("reason", "age_restricted");

    TestApi.Resp carol = api.get(CAROL_TOKEN, "/v1/account");
    assertThat(capability(carol, "withdrawal")).containsEntry("allowed", true);
    assertThat(capability(carol, "receiving_gifts")).containsEntry("allowed", true);
  }

  @Test
  void anUnderAgeUsersRechargeIsRefusedBeforeAnyOrderExists() {
    TestApi.Resp r = order(TEEN_TOKEN, "o1", "coins-70", 99);

    assertThat(r.code()).isEqualTo(403);
    assertThat(r.details()).containsEntry("reason", "age_restricted").containsEntry("capability", "recharge");
    assertThat(server.orders()).isEmpty();
  }

  @Test
  void anUnderAgeSendersGiftIsRefusedBeforeTheDebitNamingGifting() {
    long entries = server.ledgerEntries().size();
    TestApi.Resp r = api.sendGift(TEEN_TOKEN, "rose", 1, 1, "g1");

    assertThat(r.code()).isEqualTo(403);
    assertThat(r.details()).containsEntry("reason", "age_restricted").containsEntry("capability", "gifting");
    assertThat(server.wallet(TEEN).coins()).isEqualTo(100);
    assertThat(server.ledgerEntries()).hasSize((int) entries);
  }

  @Test
  void anAgeRestrictionCanCoverOnlySomeCapabilities() {
    try (LiveCoinsMockServer s = LiveCoinsMockServer.builder()
        .addUser(MockUser.viewer("kim", "token-kim").coins(10).ageRestrictedFor("gifting").build()).build().start()) {
      TestApi kim = new TestApi(s);
      assertThat(kim.sendGift("token-kim", "rose", 1, 1, "g1").code()).isEqualTo(403);
      assertThat(kim.post("token-kim", "/v1/recharge-orders", "o1", Map.of("packageId", "coins-70",
          "provider", "sandbox", "expectedPrice", Map.of("amountMinor", 99, "currency", "USD"))).code())
          .isEqualTo(201);
      s.assertNoContractViolations();
    }
  }

  @Test
  void theCatalogsAndOrdersFollowTheAccountsRegionAndRefuseAnother() {
    TestApi.Resp mine = api.get(ALICE_TOKEN, "/v1/coin-packages");
    assertThat(mine.json()).containsEntry("region", "US").containsEntry("currency", "USD");
    assertThat(api.get(ALICE_TOKEN, "/v1/gifts").json()).containsEntry("region", "US");

    TestApi.Resp jp = api.get(ALICE_TOKEN, "/v1/coin-packages?region=JP");
    assertThat(jp.code()).isEqualTo(403);
    assertThat(jp.details()).containsEntry("reason", "region_mismatch").containsEntry("accountRegion", "US")
        .containsEntry("requestedRegion", "JP");
    assertThat(api.get(ALICE_TOKEN, "/v1/gifts?region=JP").details()).containsEntry("reason", "region_mismatch");

    // A US account cannot buy at JP prices: no order is created.
    TestApi.Resp order = api.post(ALICE_TOKEN, "/v1/recharge-orders", "o1", Map.of("packageId", "coins-70",
        "provider", "sandbox", "region", "JP", "expectedPrice", Map.of("amountMinor", 160, "currency", "JPY")));
    assertThat(order.code()).isEqualTo(403);
    assertThat(order.details()).containsEntry("reason", "region_mismatch");
    assertThat(server.orders()).isEmpty();

    TestApi.Resp unserved = api.get(ALICE_TOKEN, "/v1/coin-packages?region=FR");
    assertThat(unserved.details()).containsEntry("reason", "region_unavailable").containsEntry("region", "FR");
  }

  @Test
  void aDailyRechargeLimitRefusesTheOrderWithWhatIsLeftAndResetsAtMidnightUtc() {
    assertThat(order(SAVER_TOKEN, "o1", "coins-700", 999).code()).isEqualTo(201);

    TestApi.Resp refused = order(SAVER_TOKEN, "o2", "coins-700", 999);

    assertThat(refused.code()).isEqualTo(422);
    assertThat(refused.error()).containsEntry("code", "limit_exceeded");
    assertThat(refused.details()).containsEntry("limitKind", "recharge_daily").containsEntry("setBy", "self")
        .containsEntry("limit", Map.of("amountMinor", 1500L, "currency", "USD"))
        .containsEntry("remaining", Map.of("amountMinor", 501L, "currency", "USD"))
        .containsEntry("resetsAt", "2026-11-26T00:00:00Z");
    assertThat(server.orders()).hasSize(1);
    TestApi.Resp account = api.get(SAVER_TOKEN, "/v1/account");
    assertThat(limit(account, "recharge_daily"))
        .containsEntry("remaining", Map.of("amountMinor", 501L, "currency", "USD"));

    clock.advance(Duration.ofHours(14)); // 00:00 UTC the next day
    assertThat(order(SAVER_TOKEN, "o3", "coins-700", 999).code()).isEqualTo(201);
  }

  @Test
  void giftingLimitsRefuseTheSendBeforeTheDebitAndSayWhoSetThem() {
    TestApi.Resp perSend = api.sendGift(SAVER_TOKEN, "finger-heart", 3, 5, "g1"); // 15 coins > 10 a send

    assertThat(perSend.code()).isEqualTo(422);
    assertThat(perSend.details()).containsEntry("limitKind", "gifting_per_send").containsEntry("setBy", "parent")
        .containsEntry("limitCoins", 10L).doesNotContainKey("resetsAt");
    assertThat(server.wallet(SAVER).coins()).isEqualTo(1000);

    for (int i = 0; i < 10; i++) {
      assertThat(api.sendGift(SAVER_TOKEN, "finger-heart", 2, 5, "ok" + i).code()).isEqualTo(200);
    }
    TestApi.Resp daily = api.sendGift(SAVER_TOKEN, "rose", 1, 1, "g2");
    assertThat(daily.code()).isEqualTo(422);
    assertThat(daily.details()).containsEntry("limitKind", "gifting_daily").containsEntry("setBy", "backend")
        .containsEntry("limitCoins", 100L).containsEntry("remainingCoins", 0L);
    assertThat(server.wallet(SAVER).coins()).isEqualTo(900);
  }

  @Test
  void loweringASelfSetLimitAppliesAtOnceAndRaisingAfterTheCoolingOffPeriod() {
    TestApi.Resp lowered = api.post(SAVER_TOKEN, "/v1/account/limits", "l1", Map.of("kind", "recharge_daily",
        "limit", Map.of("amountMinor", 500, "currency", "USD")));
    assertThat(lowered.code()).isEqualTo(200);
    assertThat(limit(lowered, "recharge_daily")).containsEntry("limit", Map.of("amountMinor", 500L, "currency", "USD"))
        .doesNotContainKey("pendingEffectiveAt");
    assertThat(order(SAVER_TOKEN, "o1", "coins-700", 999).code()).isEqualTo(422);

    TestApi.Resp raised = api.post(SAVER_TOKEN, "/v1/account/limits", "l2", Map.of("kind", "recharge_daily",
        "limit", Map.of("amountMinor", 5000, "currency", "USD")));
    assertThat(limit(raised, "recharge_daily"))
        .containsEntry("limit", Map.of("amountMinor", 500L, "currency", "USD"))
        .containsEntry("pendingLimit", Map.of("amountMinor", 5000L, "currency", "USD"))
        .containsEntry("pendingEffectiveAt", "2026-11-26T10:00:00Z");
    assertThat(order(SAVER_TOKEN, "o2", "coins-700", 999).code()).as("still the old limit").isEqualTo(422);

    clock.advance(Duration.ofHours(24));
    assertThat(order(SAVER_TOKEN, "o3", "coins-700", 999).code()).isEqualTo(201);
    assertThat(limit(api.get(SAVER_TOKEN, "/v1/account"), "recharge_daily"))
        .containsEntry("limit", Map.of("amountMinor", 5000L, "currency", "USD")).doesNotContainKey("pendingLimit");
  }

  @Test
  void aParentalLimitStaysWhateverTheUserSets() {
    TestApi.Resp r = api.post(SAVER_TOKEN, "/v1/account/limits", "l1", Map.of("kind", "gifting_per_send",
        "limitCoins", 1000));
    assertThat(limit(r, "gifting_per_send")).containsEntry("setBy", "parent").containsEntry("limitCoins", 10L);
    assertThat(api.post(SAVER_TOKEN, "/v1/account/limits", "l2", Map.of("kind", "gifting_per_send")).code())
        .isEqualTo(200);
    clock.advance(Duration.ofDays(2));
    assertThat(api.sendGift(SAVER_TOKEN, "finger-heart", 3, 5, "g1").code()).isEqualTo(422);
  }

  @Test
  void aLimitChangeInTheWrongUnitKindOrCurrencyIsRefused() {
    assertThat(api.post(SAVER_TOKEN, "/v1/account/limits", "l1", Map.of("kind", "withdrawal_daily"))
        .details()).containsEntry("field", "kind");
    assertThat(api.post(SAVER_TOKEN, "/v1/account/limits", "l2", Map.of("kind", "gifting_daily",
        "limit", Map.of("amountMinor", 5, "currency", "USD"))).details()).containsEntry("field", "limit");
    assertThat(api.post(SAVER_TOKEN, "/v1/account/limits", "l3", Map.of("kind", "recharge_daily",
        "limit", Map.of("amountMinor", 5, "currency", "JPY"))).details()).containsEntry("field", "limit.currency");
    TestApi.Resp unchanged = api.get(SAVER_TOKEN, "/v1/account");
    assertThat(limit(unchanged, "recharge_daily")).containsEntry("limit", Map.of("amountMinor", 1500L, "currency", "USD"));
    assertThat(List.of(limit(unchanged, "gifting_daily").get("limitCoins"))).containsExactly(100L);
  }
}
