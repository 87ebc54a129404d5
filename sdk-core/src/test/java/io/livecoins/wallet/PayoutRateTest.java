package io.livecoins.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livecoins.Money;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class PayoutRateTest {
  /** The seed rate: 200 diamonds = USD 1.00. */
  private final PayoutRate seedRate = new PayoutRate(200, Money.of(100, "USD"));

  @Test
  void payoutIsRoundedDownAndTheRemainderDiamondsAreKept() {
    PayoutQuote quote = seedRate.quote(2101);
    assertThat(quote.diamonds()).isEqualTo(2101);
    assertThat(quote.amount()).isEqualTo(Money.of(1050, "USD"));
    assertThat(quote.diamondsConsumed()).isEqualTo(2100);
    assertThat(quote.remainderDiamonds()).isEqualTo(1);
  }

  @Test
  void anExactMultipleConsumesEverything() {
    PayoutQuote quote = seedRate.quote(2000);
    assertThat(quote.amount()).isEqualTo(Money.of(1000, "USD"));
    assertThat(quote.diamondsConsumed()).isEqualTo(2000);
    assertThat(quote.remainderDiamonds()).isZero();
  }

  @Test
  void tooFewDiamondsForOneMinorUnitPayNothingAndConsumeNothing() {
    PayoutQuote quote = seedRate.quote(1);
    assertThat(quote.amount()).isEqualTo(Money.of(0, "USD"));
    assertThat(quote.diamondsConsumed()).isZero();
    assertThat(quote.remainderDiamonds()).isEqualTo(1);
    assertThat(seedRate.quote(0).amount().amountMinor()).isZero();
  }

  @Test
  void consumedDiamondsRoundUpSoThePayoutIsFullyCovered() {
    // 3 diamonds = 1 cent: 10 diamonds pay 3 cents and consume 9.
    PayoutRate rate = new PayoutRate(3, Money.of(1, "USD"));
    assertThat(rate.amountFor(10)).isEqualTo(Money.of(3, "USD"));
    assertThat(rate.diamondsConsumed(10)).isEqualTo(9);
    // 7 diamonds = 3 yen: 12 diamonds pay floor(36/7) = 5 yen, consuming ceil(35/3) = 12.
    PayoutRate yen = new PayoutRate(7, Money.of(3, "JPY"));
    assertThat(yen.quote(12)).isEqualTo(new PayoutQuote(12, Money.of(5, "JPY"), 12));
    // 3-decimal currency: 1000 diamonds = 1.000 KWD; 1999 diamonds pay 1.999 KWD.
    PayoutRate kwd = new PayoutRate(1000, Money.of(1000, "KWD"));
    assertThat(kwd.quote(1999)).isEqualTo(new PayoutQuote(1999, Money.of(1999, "KWD"), 1999));
  }

  @Test
  void hugeValuesAreExactWhereALongProductWouldOverflow() {
    // Long.MAX_VALUE * 100 overflows a long; the exact payout is floor(MAX / 2).
    PayoutQuote quote = seedRate.quote(Long.MAX_VALUE);
    assertThat(quote.amount().amountMinor()).isEqualTo(Long.MAX_VALUE / 2);
    assertThat(quote.diamondsConsumed()).isEqualTo(Long.MAX_VALUE - 1);
    assertThat(quote.remainderDiamonds()).isEqualTo(1);

    PayoutRate oneToMax = new PayoutRate(1, Money.of(Long.MAX_VALUE, "USD"));
    assertThat(oneToMax.quote(1))
        .isEqualTo(new PayoutQuote(1, Money.of(Long.MAX_VALUE, "USD"), 1));
  }

  @Test
  void aPayoutThatDoesNotFitALongFailsInsteadOfWrapping() {
    PayoutRate rate = new PayoutRate(1, Money.of(2, "USD"));
    assertThatThrownBy(() -> rate.amountFor(Long.MAX_VALUE)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> rate.quote(Long.MAX_VALUE / 2 + 1))
        .isInstanceOf(ArithmeticException.class);
    assertThat(rate.amountFor(Long.MAX_VALUE / 2).amountMinor()).isEqualTo(Long.MAX_VALUE - 1);
  }

  @Test
  void matchesTheContractFormulaAndItsInvariantsForRandomRates() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 5_000; i++) {
      long d = random.nextLong(1, 1_000_000_000_000L);
      long rateDiamonds = random.nextLong(1, 100_000);
      long rateMinor = random.nextLong(1, 100_000);
      PayoutRate rate = new PayoutRate(rateDiamonds, Money.of(rateMinor, "USD"));
      PayoutQuote quote = rate.quote(d);

      BigInteger amount =
          BigInteger.valueOf(d).multiply(BigInteger.valueOf(rateMinor)).divide(BigInteger.valueOf(rateDiamonds));
      BigInteger[] qr =
          amount.multiply(BigInteger.valueOf(rateDiamonds)).divideAndRemainder(BigInteger.valueOf(rateMinor));
      long consumed = qr[0].longValue() + (qr[1].signum() == 0 ? 0 : 1);
      assertThat(quote.amount().amountMinor()).isEqualTo(amount.longValue());
      assertThat(quote.diamondsConsumed()).isEqualTo(consumed).isLessThanOrEqualTo(d);
      assertThat(quote.remainderDiamonds()).isEqualTo(d - consumed);
      // The consumed diamonds alone pay the same amount, and one fewer would pay less.
      assertThat(rate.amountFor(consumed)).isEqualTo(quote.amount());
      if (consumed > 0) {
        assertThat(rate.amountFor(consumed - 1).amountMinor()).isLessThan(amount.longValue());
      }
    }
  }

  @Test
  void invalidRatesAndNegativeCountsAreRejected() {
    assertThatThrownBy(() -> new PayoutRate(0, Money.of(100, "USD")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PayoutRate(-200, Money.of(100, "USD")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PayoutRate(200, Money.of(0, "USD")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PayoutRate(200, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> seedRate.quote(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> seedRate.amountFor(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void quotesRejectInconsistentCounts() {
    assertThatThrownBy(() -> new PayoutQuote(5, Money.of(1, "USD"), 6))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PayoutQuote(-1, Money.of(1, "USD"), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PayoutQuote(1, Money.of(1, "USD"), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalityIsByValue() {
    assertThat(seedRate).isEqualTo(new PayoutRate(200, Money.of(100, "USD")));
    assertThat(seedRate.hashCode()).isEqualTo(new PayoutRate(200, Money.of(100, "USD")).hashCode());
    assertThat(seedRate).isNotEqualTo(new PayoutRate(201, Money.of(100, "USD")));
    assertThat(seedRate.toString()).contains("200 diamonds", "1.00 USD");
    assertThat(seedRate.quote(2101).toString()).contains("remainderDiamonds=1");
  }
}
