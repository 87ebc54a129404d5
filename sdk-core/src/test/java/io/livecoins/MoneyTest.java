package io.livecoins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

final class MoneyTest {
  @Test
  void minorUnitsFollowIso4217() {
    assertThat(Money.of(99, "USD").fractionDigits()).isEqualTo(2);
    assertThat(Money.of(160, "JPY").fractionDigits()).isZero();
    assertThat(Money.of(300, "KWD").fractionDigits()).isEqualTo(3);
    assertThat(Money.of(300, "KWD").toBigDecimal()).isEqualByComparingTo(new BigDecimal("0.300"));
    assertThat(Money.of(160, "JPY").toBigDecimal()).isEqualByComparingTo(new BigDecimal("160"));
  }

  @Test
  void aCurrencyWithFourMinorDigitsKeepsThemAll() {
    // ISO 4217 gives the Chilean unit of account (CLF) and the Uruguayan wage index unit (UYW) 4.
    Money clf = Money.of(12345, "CLF");
    assertThat(clf.fractionDigits()).isEqualTo(4);
    assertThat(clf).hasToString("1.2345 CLF");
    assertThat(clf.format(Locale.US)).isEqualTo("CLF1.2345");
  }

  @Test
  void formatsForTheUsersLocaleWithTheCurrencysDecimals() {
    assertThat(Money.of(99, "USD").format(Locale.US)).isEqualTo("$0.99");
    assertThat(Money.of(1999, "USD").format(Locale.US)).isEqualTo("$19.99");
    assertThat(Money.of(160, "JPY").format(Locale.JAPAN)).isIn("￥160", "¥160");
    assertThat(Money.of(89, "GBP").format(Locale.UK)).isEqualTo("£0.89");
    assertThat(Money.of(1500, "KWD").format(Locale.US)).isEqualTo("KWD1.500");
    assertThat(Money.of(99, "EUR").format(Locale.GERMANY)).isEqualTo("0,99\u00a0€");
  }

  @Test
  void toStringIsExact() {
    assertThat(Money.of(5, "USD")).hasToString("0.05 USD");
    assertThat(Money.of(5, "KWD")).hasToString("0.005 KWD");
  }

  @Test
  void rejectsNegativeAmountsAndUnknownCurrencies() {
    assertThatThrownBy(() -> Money.of(-1, "USD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amountMinor < 0");
    assertThatThrownBy(() -> Money.of(1, "usd")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.of(1, "XYZ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.of(1, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void arithmeticIsOverflowChecked() {
    assertThat(Money.of(99, "USD").plus(Money.of(1, "USD"))).isEqualTo(Money.of(100, "USD"));
    assertThat(Money.of(99, "USD").times(3)).isEqualTo(Money.of(297, "USD"));
    assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "USD").plus(Money.of(1, "USD")))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.of(Long.MAX_VALUE / 2 + 1, "USD").times(2))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.of(1, "USD").plus(Money.of(1, "EUR")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalityIsByAmountAndCurrency() {
    assertThat(Money.of(1, "USD")).isEqualTo(Money.of(1, "USD")).hasSameHashCodeAs(Money.of(1, "USD"));
    assertThat(Money.of(1, "USD")).isNotEqualTo(Money.of(1, "EUR"));
    assertThat(Money.of(1, "USD")).isLessThan(Money.of(2, "USD"));
  }
}
