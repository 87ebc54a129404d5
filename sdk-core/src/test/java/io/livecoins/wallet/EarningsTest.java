package io.livecoins.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livecoins.Money;
import org.junit.jupiter.api.Test;

final class EarningsTest {
  private static final PayoutRate RATE = new PayoutRate(200, Money.of(100, "USD"));

  private static Earnings earnings(long withdrawable, long dailyRemainingMinor) {
    return counts(10_000, withdrawable, 2000)
        .dailyRemaining(Money.of(dailyRemainingMinor, "USD"))
        .build();
  }

  /** A builder with the counts, {@link #RATE} and a daily limit of 1,000.00 USD, all remaining. */
  private static Earnings.Builder counts(long diamonds, long withdrawable, long minimum) {
    return Earnings.builder()
        .diamonds(diamonds)
        .withdrawableDiamonds(withdrawable)
        .minimumWithdrawalDiamonds(minimum)
        .payoutRate(RATE)
        .dailyLimit(Money.of(100_000, "USD"))
        .dailyRemaining(Money.of(100_000, "USD"));
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
    Earnings e =
        counts(100, 100, 0).dailyLimit(Money.of(100, "USD")).dailyRemaining(Money.of(100, "USD")).build();
    assertThat(e.canWithdraw(1)).as("1 diamond pays floor(0.5) = 0 cents").isFalse();
    assertThat(e.canWithdraw(2)).isTrue();
  }

  @Test
  void canWithdrawIsFalseWhenThePayoutWouldOverflow() {
    PayoutRate steep = new PayoutRate(1, Money.of(Long.MAX_VALUE, "USD"));
    Earnings e = counts(10, 10, 0).payoutRate(steep)
        .dailyLimit(Money.of(Long.MAX_VALUE, "USD")).dailyRemaining(Money.of(Long.MAX_VALUE, "USD"))
        .build();
    assertThat(e.canWithdraw(1)).isTrue();
    assertThat(e.canWithdraw(2)).isFalse();
  }

  @Test
  void invalidValuesAreRejected() {
    Money usd = Money.of(1, "USD");
    assertThatThrownBy(() -> counts(-1, 0, 0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("diamonds < 0: -1");
    assertThatThrownBy(() -> counts(0, -1, 0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("withdrawableDiamonds < 0: -1");
    assertThatThrownBy(() -> counts(0, 0, -1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimumWithdrawalDiamonds < 0: -1");
    assertThatThrownBy(() -> counts(0, 0, 0).payoutRate(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("payoutRate == null");
    assertThatThrownBy(() -> counts(0, 0, 0).dailyLimit(Money.of(1, "EUR")).dailyRemaining(usd).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("payout currency");
    assertThatThrownBy(() -> counts(0, 0, 0).dailyLimit(usd).dailyRemaining(Money.of(1, "JPY")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("payout currency");
  }

  @Test
  void moreWithdrawableThanHeldOrMoreRemainingThanTheCapIsRefused() {
    assertThatThrownBy(() -> counts(1000, 1001, 0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("withdrawableDiamonds > diamonds: 1001 > 1000");
    assertThatThrownBy(() -> counts(0, 0, 0).dailyRemaining(Money.of(100_001, "USD")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dailyRemaining > dailyLimit: 1000.01 USD > 1000.00 USD");
    assertThat(counts(1000, 1000, 0).build().withdrawableDiamonds()).isEqualTo(1000);
  }

  @Test
  void aMissingRequiredFieldFailsNamingIt() {
    assertThatThrownBy(() -> Earnings.builder().build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("payoutRate == null");
    assertThatThrownBy(() -> Earnings.builder().payoutRate(RATE).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("dailyLimit == null");
    assertThatThrownBy(
            () -> Earnings.builder().payoutRate(RATE).dailyLimit(Money.of(1, "USD")).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("dailyRemaining == null");
  }

  @Test
  void countsDefaultToZero() {
    Earnings e = Earnings.builder()
        .payoutRate(RATE)
        .dailyLimit(Money.of(1, "USD"))
        .dailyRemaining(Money.of(1, "USD"))
        .build();
    assertThat(e.diamonds()).isZero();
    assertThat(e.withdrawableDiamonds()).isZero();
    assertThat(e.minimumWithdrawalDiamonds()).isZero();
  }

  @Test
  void toBuilderRoundTripsToAnEqualValue() {
    Earnings e = counts(10_000, 5000, 2000).dailyRemaining(Money.of(1500, "USD")).build();
    assertThat(e.toBuilder().build()).isEqualTo(e).hasSameHashCodeAs(e).isNotSameAs(e);
    Earnings spent = e.toBuilder().withdrawableDiamonds(2900).dailyRemaining(Money.of(450, "USD")).build();
    assertThat(spent.withdrawableDiamonds()).isEqualTo(2900);
    assertThat(spent.dailyRemaining()).isEqualTo(Money.of(450, "USD"));
    assertThat(spent.diamonds()).isEqualTo(10_000);
    assertThat(spent.minimumWithdrawalDiamonds()).isEqualTo(2000);
    assertThat(spent.payoutRate()).isEqualTo(RATE);
    assertThat(spent.dailyLimit()).isEqualTo(Money.of(100_000, "USD"));
    assertThat(e.withdrawableDiamonds()).as("the original is unchanged").isEqualTo(5000);
  }

  @Test
  void equalityIsByValue() {
    assertThat(earnings(1, 2)).isEqualTo(earnings(1, 2)).hasSameHashCodeAs(earnings(1, 2));
    assertThat(earnings(1, 2)).isNotEqualTo(earnings(1, 3));
    assertThat(earnings(1, 2).toString()).contains("withdrawableDiamonds=1", "dailyRemaining=0.02 USD");
  }
}
