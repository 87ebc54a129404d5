package io.livecoins.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livecoins.testing.DemoData;
import io.livecoins.testing.ExpiredPaymentPolicy;
import io.livecoins.testing.MockCatalog;
import io.livecoins.testing.PaymentVerifier;
import io.livecoins.testing.Sleeper;
import io.livecoins.testing.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hints that let a request skip the global lock (nothing can be due), and the cheap formatting the
 * gift send uses: each proven equal to what it replaces.
 */
class MockStateDueWorkTest {
  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

  private static MockState state(Clock clock) {
    return new MockState(new Settings(MockCatalog.reference(), DemoData.users(), 200, 100, "USD", 2000, 100_000,
        1, 2, Duration.ofHours(1), Duration.ofSeconds(1), PaymentVerifier.acceptingAnyTokenOfAtLeast8Chars(),
        Sleeper.system(), clock, 0, true, ExpiredPaymentPolicy.CREDIT_LATE));
  }

  private static MockState.Withdrawal withdraw(MockState state, String id) {
    return state.locked(() -> state.newWithdrawal(id, DemoData.CAROL, 2000, 1000, "USD", "bank"));
  }

  @Test
  void withoutAutomaticSettlementOrAChargebackCardNothingIsEverDue() {
    TestClock clock = new TestClock(T0);
    MockState state = state(clock);
    withdraw(state, "wd_1");
    clock.advance(Duration.ofDays(365));

    assertThat(state.mayHaveDueWork(clock.instant())).isFalse();
  }

  @Test
  void aPendingWithdrawalIsDueExactlyFromItsSettlementInstantOnTheServersWholeSecond() {
    TestClock clock = new TestClock(T0);
    MockState state = state(clock);
    state.configureWithdrawalSettlement(Duration.ofHours(1), "PAID");
    assertThat(state.mayHaveDueWork(clock.instant())).as("nothing pending").isFalse();

    withdraw(state, "wd_1");

    assertThat(state.mayHaveDueWork(T0.plusSeconds(3599))).isFalse();
    assertThat(state.mayHaveDueWork(T0.plusMillis(3_599_999))).as("truncated to the second like now()")
        .isFalse();
    assertThat(state.mayHaveDueWork(T0.plusSeconds(3600))).isTrue();
    assertThat(state.mayHaveDueWork(T0.plusSeconds(7200))).isTrue();
  }

  @Test
  void afterASettlementTheNextPendingWithdrawalDecidesWhenWorkIsDueAgain() {
    TestClock clock = new TestClock(T0);
    MockState state = state(clock);
    state.configureWithdrawalSettlement(Duration.ofHours(1), "FAILED");
    MockState.Withdrawal first = withdraw(state, "wd_1");
    clock.advance(Duration.ofMinutes(30));
    MockState.Withdrawal second = withdraw(state, "wd_2");
    clock.advance(Duration.ofMinutes(30)); // first due now, second in 30 min

    assertThat(state.mayHaveDueWork(clock.instant())).isTrue();
    state.locked(() -> {
      state.settleDueWithdrawals();
      return null;
    });

    assertThat(first.status()).isEqualTo("FAILED");
    assertThat(second.status()).isEqualTo("PENDING");
    assertThat(state.mayHaveDueWork(clock.instant())).isFalse();
    clock.advance(Duration.ofMinutes(30));
    assertThat(state.mayHaveDueWork(clock.instant())).isTrue();
    state.locked(() -> {
      state.settleDueWithdrawals();
      return null;
    });
    assertThat(second.status()).isEqualTo("FAILED");
    assertThat(state.mayHaveDueWork(clock.instant().plus(Duration.ofDays(1)))).isFalse();
  }

  @Test
  void aWithdrawalSettledOnCueLeavesAtMostAHarmlessEarlyHintNeverAMissedOne() {
    TestClock clock = new TestClock(T0);
    MockState state = state(clock);
    state.configureWithdrawalSettlement(Duration.ofHours(1), "PAID");
    MockState.Withdrawal onCue = withdraw(state, "wd_1");
    clock.advance(Duration.ofMinutes(10));
    MockState.Withdrawal automatic = withdraw(state, "wd_2");
    state.locked(() -> {
      state.settle(onCue, "PAID", null);
      return null;
    });

    clock.advance(Duration.ofMinutes(50)); // the settled one's instant: a hint, nothing to settle
    assertThat(state.mayHaveDueWork(clock.instant())).isTrue();
    state.locked(() -> {
      state.settleDueWithdrawals();
      return null;
    });
    assertThat(automatic.status()).isEqualTo("PENDING");
    assertThat(state.mayHaveDueWork(clock.instant())).isFalse();

    clock.advance(Duration.ofMinutes(10));
    assertThat(state.mayHaveDueWork(clock.instant())).isTrue();
  }

  @Test
  void anOrderPaidWithTheChargebackLaterCardMakesEveryLaterRequestLookForDueWork() {
    TestClock clock = new TestClock(T0);
    MockState state = state(clock);
    assertThat(state.mayHaveDueWork(clock.instant())).isFalse();

    state.locked(() -> {
      MockState.Order o = state.newOrder(DemoData.ALICE, "coins-70", "US", "sandbox", 70, 0, 99, "USD");
      state.chargebackLater(o);
      assertThat(o.chargebackLater).isTrue();
      return null;
    });

    assertThat(state.mayHaveDueWork(clock.instant())).isTrue();
  }

  @Test
  void zeroPaddedIdsAreWhatStringFormatWrites() {
    Random random = new Random(16);
    for (int i = 0; i < 20_000; i++) {
      long n = switch (i % 4) {
        case 0 -> i;
        case 1 -> random.nextInt(10_000_000);
        case 2 -> Math.abs(random.nextLong() >> random.nextInt(64));
        default -> Long.MAX_VALUE - i;
      };
      assertThat(MockState.zeroPadded("gft_", n, 6)).isEqualTo("gft_" + String.format("%06d", n));
      assertThat(MockState.zeroPadded("evt_", n, 10)).isEqualTo(String.format("evt_%010d", n));
    }
    assertThat(MockState.zeroPadded("txn_", 0, 6)).isEqualTo("txn_000000");
    assertThatThrownBy(() -> MockState.zeroPadded("txn_", -1, 6)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDateTimeFastPathAcceptsOnlyWhatTheFullParserAccepts() {
    Random random = new Random(16);
    String[] fixed = {"2026-11-25T10:00:00Z", "2024-02-29T23:59:59Z", "2023-02-29T00:00:00Z",
        "2026-04-31T00:00:00Z", "2026-13-01T00:00:00Z", "2026-00-10T00:00:00Z", "2026-01-00T00:00:00Z",
        "2026-01-01T24:00:00Z", "2026-01-01T23:60:00Z", "2026-01-01T23:59:60Z", "0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59Z", "2026-01-01t00:00:00Z", "2026-01-01T00:00:00z", "2026-01-01T00:00:00+00:00",
        "2026-01-01T00:00:00.5Z", "2026-01-01 00:00:00Z", "+2026-01-01T00:00:0Z", "2026-1-01T00:00:000Z",
        "1900-02-29T00:00:00Z", "2000-02-29T00:00:00Z", "２０２６-01-01T00:00:00Z"};
    int fast = 0;
    for (String s : fixed) {
      fast += agree(s);
    }
    String digitsAndMore = "0123456789012345678-T:Z+. ";
    for (int i = 0; i < 50_000; i++) {
      StringBuilder b = new StringBuilder(String.format("%04d-%02d-%02dT%02d:%02d:%02dZ", random.nextInt(10_000),
          random.nextInt(14), random.nextInt(33), random.nextInt(26), random.nextInt(62), random.nextInt(62)));
      if (i % 5 == 0) { // and some damage
        b.setCharAt(random.nextInt(b.length()), digitsAndMore.charAt(random.nextInt(digitsAndMore.length())));
      }
      fast += agree(b.toString());
    }
    assertThat(fast).as("the fast path took the common form").isGreaterThan(10_000);
  }

  /** Asserts that the fast path never accepts what OffsetDateTime refuses; 1 when it accepted. */
  private static int agree(String s) {
    boolean parses;
    try {
      OffsetDateTime.parse(s);
      parses = true;
    } catch (DateTimeParseException e) {
      parses = false;
    }
    boolean fastAccepts = ContractValidator.isUtcSecondsDateTime(s);
    if (fastAccepts) {
      assertThat(parses).as(s).isTrue();
    }
    if (parses && s.length() == 20 && s.endsWith("Z") && s.charAt(10) == 'T' && s.chars().allMatch(c -> c < 128)) {
      assertThat(fastAccepts).as("the common form itself: " + s).isTrue();
    }
    return fastAccepts ? 1 : 0;
  }

  @Test
  void aRawValueIsWrittenExactlyAsTheTreeItStandsFor() {
    Map<String, Object> gift = Maps.of("id", "rose", "name", "Rose \"red\" ❤", "coinCost", 1L, "assets",
        java.util.List.of(Maps.of("url", "http://127.0.0.1:1/a?b=c&d=<e>", "sizeBytes", 10L)), "sound", null);
    Map<String, Object> tree = Maps.of("id", "evt_0000000001", "gift", gift, "quantity", 3L);
    Map<String, Object> raw = Maps.of("id", "evt_0000000001", "gift", new Json.Raw(Json.write(gift)),
        "quantity", 3L);

    assertThat(Json.write(raw)).isEqualTo(Json.write(tree));
    assertThat(Json.write(java.util.List.of(new Json.Raw(Json.write(gift)), new Json.Raw("1"))))
        .isEqualTo(Json.write(java.util.List.of(gift, 1L)));
  }
}
