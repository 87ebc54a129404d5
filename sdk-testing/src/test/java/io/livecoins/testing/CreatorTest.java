package io.livecoins.testing;

import static io.livecoins.testing.DemoData.BOB_TOKEN;
import static io.livecoins.testing.DemoData.CAROL_TOKEN;
import static io.livecoins.testing.DemoData.DAVE_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CreatorTest {
  @RegisterExtension
  final LiveCoinsMockServerExtension mock = LiveCoinsMockServerExtension.configured(b -> b
      .clock(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC)));

  @Test
  void earningsShowRateMinimumAndDailyCap() {
    TestApi.Resp r = new TestApi(mock.server()).get(CAROL_TOKEN, "/v1/creator/earnings");
    assertThat(r.code()).isEqualTo(200);
    assertThat(r.json()).containsEntry("diamonds", 10000L).containsEntry("withdrawableDiamonds", 10000L)
        .containsEntry("minimumWithdrawalDiamonds", 2000L)
        .containsEntry("payoutRate", Map.of("diamonds", 200L, "amount", Map.of("amountMinor", 100L, "currency", "USD")))
        .containsEntry("dailyLimit", Map.of("amountMinor", 100000L, "currency", "USD"))
        .containsEntry("dailyRemaining", Map.of("amountMinor", 100000L, "currency", "USD"));
  }

  @Test
  void viewersHaveNoEarnings() {
    TestApi api = new TestApi(mock.server());
    TestApi.Resp r = api.get(BOB_TOKEN, "/v1/creator/earnings");
    assertThat(r.code()).isEqualTo(403);
    assertThat(r.details()).containsEntry("reason", "not_creator");
    TestApi.Resp w = api.post(BOB_TOKEN, "/v1/creator/withdrawals", "w1", Map.of("diamonds", 2000,
        "payoutMethod", "bank"));
    assertThat(w.code()).isEqualTo(403);
    assertThat(w.details()).containsEntry("reason", "not_creator");
  }

  @Test
  void withdrawalConsumesWholeCentsOfDiamondsAndKeepsTheRemainder() {
    TestApi api = new TestApi(mock.server());
    TestApi.Resp r = api.post(CAROL_TOKEN, "/v1/creator/withdrawals", "w1", Map.of("diamonds", 2001,
        "payoutMethod", "paypal"));
    assertThat(r.code()).as(r.body()).isEqualTo(201);
    // floor(2001 * 100 / 200) = 1000 minor; ceil(1000 * 200 / 100) = 2000 diamonds consumed
    assertThat(r.obj("withdrawal")).containsEntry("diamonds", 2000L)
        .containsEntry("amount", Map.of("amountMinor", 1000L, "currency", "USD"))
        .containsEntry("payoutMethod", "paypal").containsEntry("status", "PENDING");
    assertThat(r.obj("wallet")).containsEntry("diamonds", 8000L);
    assertThat(api.get(CAROL_TOKEN, "/v1/creator/earnings").json())
        .containsEntry("dailyRemaining", Map.of("amountMinor", 99000L, "currency", "USD"));
    assertThat(mock.server().balance("system:payouts", "DIAMONDS")).isEqualTo(2000);
  }

  @Test
  void belowMinimumIsRefused() {
    TestApi.Resp r = new TestApi(mock.server()).post(CAROL_TOKEN, "/v1/creator/withdrawals", "w1",
        Map.of("diamonds", 1999, "payoutMethod", "bank"));
    assertThat(r.code()).isEqualTo(422);
    assertThat(r.errorCode()).isEqualTo("below_minimum_withdrawal");
    assertThat(r.details()).containsEntry("minimumDiamonds", 2000L);
  }

  @Test
  void moreThanTheBalanceIsInsufficientDiamonds() {
    TestApi.Resp r = new TestApi(mock.server()).post(DAVE_TOKEN, "/v1/creator/withdrawals", "w1",
        Map.of("diamonds", 2000, "payoutMethod", "bank"));
    assertThat(r.code()).isEqualTo(402);
    assertThat(r.errorCode()).isEqualTo("insufficient_diamonds");
    assertThat(r.details()).containsEntry("balance", 0L).containsEntry("required", 2000L)
        .containsEntry("shortfall", 2000L);
  }

  @Test
  void dailyCapIsEnforcedAndResetsAtUtcMidnight() {
    try (LiveCoinsMockServer server = LiveCoinsMockServer.builder().dailyWithdrawalLimitMinor(1500)
        .clock(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC)).build().start()) {
      TestApi api = new TestApi(server);
      assertThat(api.post(CAROL_TOKEN, "/v1/creator/withdrawals", "w1", Map.of("diamonds", 2000,
          "payoutMethod", "bank")).code()).isEqualTo(201);
      TestApi.Resp r = api.post(CAROL_TOKEN, "/v1/creator/withdrawals", "w2", Map.of("diamonds", 2000,
          "payoutMethod", "bank"));
      assertThat(r.code()).isEqualTo(422);
      assertThat(r.errorCode()).isEqualTo("limit_exceeded");
      assertThat(r.details()).containsEntry("limit", Map.of("amountMinor", 1500L, "currency", "USD"))
          .containsEntry("remaining", Map.of("amountMinor", 500L, "currency", "USD"))
          .containsEntry("resetsAt", "2026-11-26T00:00:00Z");
      assertThat(server.wallet("carol").diamonds()).isEqualTo(8000);
      server.assertNoContractViolations();
      server.assertConsistent();
    }
  }

  @Test
  void payoutRateAndShareAreConfigurable() {
    try (LiveCoinsMockServer server = LiveCoinsMockServer.builder().payoutRate(3, 1, "USD")
        .minimumWithdrawalDiamonds(10).diamondShare(7, 10).build().start()) {
      TestApi api = new TestApi(server);
      api.sendGift(BOB_TOKEN, "confetti", 1, 100, "g1");
      assertThat(server.wallet("carol").diamonds()).isEqualTo(10070);
      TestApi.Resp r = api.post(CAROL_TOKEN, "/v1/creator/withdrawals", "w1", Map.of("diamonds", 11,
          "payoutMethod", "bank"));
      // floor(11 * 1 / 3) = 3 minor; ceil(3 * 3 / 1) = 9 diamonds
      assertThat(r.obj("withdrawal")).containsEntry("diamonds", 9L)
          .containsEntry("amount", Map.of("amountMinor", 3L, "currency", "USD"));
      server.assertNoContractViolations();
      server.assertConsistent();
    }
  }
}
