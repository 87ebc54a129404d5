package io.livecoins.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livecoins.Money;
import org.junit.jupiter.api.Test;

final class EarningsTest {
  private static final PayoutRate RATE = new PayoutRate(200, Money.of(100, "USD"));

  private static Earnings earnings(long withdrawable, long dailyRemainingMinor) {
    return new Earnings(
        10_000, withdrawable, 2000, RATE, Money.of(100_000, "USD"), Money.of(dailyRemainingMinor, "USD"));
  }

  @Test
  void quoteUsesThePayoutRate() {
    assertThat(earnings(10_000, 100_000).quote(2101)).isEqualTo(RATE.quote(2101));
  }

  @Test
  void canWithdrawChecksMinimumWithdrawableAndTodaysCap() {
    Earnings e = earnings(5000, 1500);
    assertThat(e.canWithdraw(2000)).isTrue();
    assertThat(e.canWithdraw(1999)).as("below minimum").isFalse();
    assertThat(e.canWithdraw(0)).isFalse();
    assertThat(e.canWithdraw(-1)).isFalse();
    assertThat(e.canWithdraw(5001)).as("more than withdrawable").isFalse();
    assertThat(e.canWithdraw(3000)).as("exactly the remaining cap").isTrue();
    assertThat(e.canWithdraw(3002)).as("over the remaining cap").isFalse();
  }

  @Test
  void canWithdrawIsFalseForAZeroPayoutEvenWithoutAMinimum() {
    Earnings e = new Earnings(100, 100, 0, RATE, Money.of(100, "USD"), Money.of(100, "USD"));
    assertThat(e.canWithdraw(1)).as("1 diamond pays floor(0.5) = 0 cents").isFalse();
    assertThat(e.canWithdraw(2)).isTrue();
  }

  @Test
  void canWithdrawIsFalseWhenThePayoutWouldOverflow() {
    PayoutRate steep = new PayoutRate(1, Money.of(Long.MAX_VALUE, "USD"));
    Earnings e =
        new Earnings(10, 10, 0, steep, Money.of(Long.MAX_VALUE, "USD"), Money.of(Long.MAX_VALUE, "USD"));
    assertThat(e.canWithdraw(1)).isTrue();
    assertThat(e.canWithdraw(2)).isFalse();
  }

  @Test
  void invalidValuesAreRejected() {
    Money usd = Money.of(1, "USD");
    assertThatThrownBy(() -> new Earnings(-1, 0, 0, RATE, usd, usd))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Earnings(0, -1, 0, RATE, usd, usd))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Earnings(0, 0, -1, RATE, usd, usd))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Earnings(0, 0, 0, null, usd, usd))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Earnings(0, 0, 0, RATE, Money.of(1, "EUR"), usd))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("payout currency");
    assertThatThrownBy(() -> new Earnings(0, 0, 0, RATE, usd, Money.of(1, "JPY")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalityIsByValue() {
    assertThat(earnings(1, 2)).isEqualTo(earnings(1, 2)).hasSameHashCodeAs(earnings(1, 2));
    assertThat(earnings(1, 2)).isNotEqualTo(earnings(1, 3));
    assertThat(earnings(1, 2).toString()).contains("withdrawableDiamonds=1", "dailyRemaining=0.02 USD");
  }
}
