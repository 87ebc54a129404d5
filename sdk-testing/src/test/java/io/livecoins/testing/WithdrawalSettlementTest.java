package io.livecoins.testing;

import static io.livecoins.testing.DemoData.BOB_TOKEN;
import static io.livecoins.testing.DemoData.CAROL;
import static io.livecoins.testing.DemoData.CAROL_TOKEN;
import static io.livecoins.testing.DemoData.DAVE_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Withdrawals followed to the end: read, list, settled on cue or after a delay, diamonds back once on FAILED. */
class WithdrawalSettlementTest {
  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

  private static LiveCoinsMockServer start(LiveCoinsMockServer.Builder b) {
    return b.build().start();
  }

  private static String withdraw(TestApi api, String key, long diamonds) {
    TestApi.Resp r = api.post(CAROL_TOKEN, "/v1/creator/withdrawals", key,
        Map.of("diamonds", diamonds, "payoutMethod", "bank"));
    assertThat(r.code()).as(r.body()).isEqualTo(201);
    return (String) r.obj("withdrawal").get("id");
  }

  private static void assertClean(LiveCoinsMockServer server) {
    server.assertNoContractViolations();
    assertThat(server.requestViolations()).isEmpty();
    server.assertConsistent();
  }

  @Test
  void aWithdrawalStaysPendingUntilSettledPaidOnCueAndThenNeverChanges() {
    try (LiveCoinsMockServer server = start(LiveCoinsMockServer.builder()
        .clock(Clock.fixed(T0, ZoneOffset.UTC)))) {
      TestApi api = new TestApi(server);
      String id = withdraw(api, "w1", 2000);
      TestApi.Resp pending = api.get(CAROL_TOKEN, "/v1/creator/withdrawals/" + id);
      assertThat(pending.code()).isEqualTo(200);
      assertThat(pending.obj("withdrawal")).containsEntry("status", "PENDING");
      assertThat(pending.obj("wallet")).containsEntry("diamonds", 8000L);

      WithdrawalSnapshot paid = server.settleWithdrawal(id, WithdrawalOutcome.PAID);

      assertThat(paid.status()).isEqualTo("PAID");
      TestApi.Resp after = api.get(CAROL_TOKEN, "/v1/creator/withdrawals/" + id);
      assertThat(after.obj("withdrawal")).containsEntry("status", "PAID").containsEntry("failureReason", null);
      assertThat(after.obj("wallet")).containsEntry("diamonds", 8000L);
      assertThatThrownBy(() -> server.settleWithdrawal(id, WithdrawalOutcome.FAILED))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("already PAID");
      assertThat(server.wallet(CAROL).diamonds()).isEqualTo(8000);
      assertClean(server);
    }
  }

  @Test
  void aFailedPayoutReturnsItsDiamondsExactlyOnceAsOneReversalTransaction() {
    try (LiveCoinsMockServer server = start(LiveCoinsMockServer.builder()
        .clock(Clock.fixed(T0, ZoneOffset.UTC)))) {
      TestApi api = new TestApi(server);
      String id = withdraw(api, "w1", 3000);
      long versionBefore = server.wallet(CAROL).version();

      server.settleWithdrawal(id, WithdrawalOutcome.FAILED);
      assertThatThrownBy(() -> server.settleWithdrawal(id, WithdrawalOutcome.FAILED))
          .isInstanceOf(IllegalStateException.class);

      assertThat(server.wallet(CAROL).diamonds()).isEqualTo(10000);
      assertThat(server.wallet(CAROL).version()).isEqualTo(versionBefore + 1);
      TestApi.Resp one = api.get(CAROL_TOKEN, "/v1/creator/withdrawals/" + id);
      assertThat(one.obj("withdrawal")).containsEntry("status", "FAILED")
          .containsEntry("failureReason", "payout_rejected");
      assertThat(one.obj("wallet")).containsEntry("diamonds", 10000L);
      List<Map<String, Object>> history = api.get(CAROL_TOKEN, "/v1/wallet/transactions").items("items");
      assertThat(history).filteredOn(t -> id.equals(t.get("reference")))
          .extracting(t -> t.get("type") + ":" + t.get("diamonds"))
          .containsExactly("WITHDRAWAL_REVERSED:3000", "WITHDRAWAL:-3000");
      // A failed payout does not use up today's cap.
      assertThat(api.get(CAROL_TOKEN, "/v1/creator/earnings").json())
          .containsEntry("dailyRemaining", Map.of("amountMinor", 100000L, "currency", "USD"));
      assertClean(server);
    }
  }

  @Test
  void withdrawalsSettleAfterTheConfiguredDelayOnTheServersClockWithoutSleeping() {
    TestClock clock = new TestClock(T0);
    try (LiveCoinsMockServer server = start(LiveCoinsMockServer.builder().clock(clock)
        .withdrawalSettlement(Duration.ofHours(24), WithdrawalOutcome.FAILED))) {
      TestApi api = new TestApi(server);
      String id = withdraw(api, "w1", 2000);
      clock.advance(Duration.ofHours(23));
      assertThat(api.get(CAROL_TOKEN, "/v1/creator/withdrawals/" + id).obj("withdrawal"))
          .containsEntry("status", "PENDING");

      clock.advance(Duration.ofHours(1));

      // The next request of any kind sees the settlement: the wallet has its diamonds back.
      assertThat(api.get(CAROL_TOKEN, "/v1/wallet").json()).containsEntry("diamonds", 10000L);
      assertThat(api.get(CAROL_TOKEN, "/v1/creator/withdrawals/" + id).obj("withdrawal"))
          .containsEntry("status", "FAILED").containsEntry("updatedAt", "2026-11-26T10:00:00Z");
      assertThat(server.withdrawals()).extracting(WithdrawalSnapshot::status).containsExactly("FAILED");
      assertClean(server);
    }
  }

  @Test
  void eachWithdrawalFallingDueIsSettledByTheNextRequestWhileRequestsInBetweenLeaveItPending() {
    TestClock clock = new TestClock(T0);
    try (LiveCoinsMockServer server = start(LiveCoinsMockServer.builder().clock(clock)
        .withdrawalSettlement(Duration.ofHours(24), WithdrawalOutcome.FAILED))) {
      TestApi api = new TestApi(server);
      String first = withdraw(api, "w1", 2000);
      clock.advance(Duration.ofHours(2));
      String second = withdraw(api, "w2", 3000);
      assertThat(api.get(CAROL_TOKEN, "/v1/wallet").json()).containsEntry("diamonds", 5000L);

      clock.advance(Duration.ofHours(22)); // the first is due, the second in two hours
      assertThat(api.get(CAROL_TOKEN, "/v1/wallet").json()).containsEntry("diamonds", 7000L);
      clock.advance(Duration.ofHours(1));
      assertThat(api.get(CAROL_TOKEN, "/v1/wallet").json()).as("the second is not due yet")
          .containsEntry("diamonds", 7000L);
      clock.advance(Duration.ofHours(1));

      // Not a withdrawal read (which settles by itself): the request's own pre-check settles it.
      assertThat(api.get(CAROL_TOKEN, "/v1/wallet").json()).containsEntry("diamonds", 10000L);
      assertThat(api.get(CAROL_TOKEN, "/v1/creator/withdrawals/" + first).obj("withdrawal"))
          .containsEntry("status", "FAILED").containsEntry("updatedAt", "2026-11-26T10:00:00Z");
      assertThat(api.get(CAROL_TOKEN, "/v1/creator/withdrawals/" + second).obj("withdrawal"))
          .containsEntry("status", "FAILED").containsEntry("updatedAt", "2026-11-26T12:00:00Z");
      assertClean(server);
    }
  }

  @Test
  void theListIsNewestFirstPagedAndOnlyTheCallersOwn() {
    try (LiveCoinsMockServer server = start(LiveCoinsMockServer.builder()
        .clock(Clock.fixed(T0, ZoneOffset.UTC)).dailyWithdrawalLimitMinor(1_000_000))) {
      TestApi api = new TestApi(server);
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        ids.add(withdraw(api, "w" + i, 2000));
      }
      server.settleWithdrawal(ids.get(1), WithdrawalOutcome.PAID);

      List<Object> seen = new ArrayList<>();
      String cursor = null;
      int pages = 0;
      do {
        TestApi.Resp page = api.get(CAROL_TOKEN, "/v1/creator/withdrawals?limit=2"
            + (cursor == null ? "" : "&cursor=" + cursor));
        assertThat(page.code()).as(page.body()).isEqualTo(200);
        for (Map<String, Object> w : page.items("items")) {
          seen.add(w.get("id"));
        }
        cursor = (String) page.json().get("nextCursor");
        pages++;
      } while (cursor != null);

      List<Object> newestFirst = new ArrayList<>(ids);
      java.util.Collections.reverse(newestFirst);
      assertThat(seen).isEqualTo(newestFirst);
      assertThat(pages).isEqualTo(3);
      // Another creator sees none of them and cannot read one; a viewer is not a creator.
      assertThat(api.get(DAVE_TOKEN, "/v1/creator/withdrawals").items("items")).isEmpty();
      TestApi.Resp foreign = api.get(DAVE_TOKEN, "/v1/creator/withdrawals/" + ids.get(0));
      assertThat(foreign.code()).isEqualTo(404);
      assertThat(foreign.details()).containsEntry("resource", "withdrawal");
      assertThat(api.get(BOB_TOKEN, "/v1/creator/withdrawals").details()).containsEntry("reason", "not_creator");
      assertClean(server);
    }
  }
}
