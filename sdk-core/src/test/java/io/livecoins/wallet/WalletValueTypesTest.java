package io.livecoins.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livecoins.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Transaction, Withdrawal, WithdrawalResult and PayoutMethod. */
final class WalletValueTypesTest {
  private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");

  @Test
  void transactionsCarrySignedDeltas() {
    Transaction t = new Transaction("tx_1", TransactionType.GIFT_SENT, -5, 0, AT, "gr_1");
    assertThat(t.coins()).isEqualTo(-5);
    assertThat(t.diamonds()).isZero();
    assertThat(t).isEqualTo(new Transaction("tx_1", TransactionType.GIFT_SENT, -5, 0, AT, "gr_1"));
    assertThat(t.hashCode())
        .isEqualTo(new Transaction("tx_1", TransactionType.GIFT_SENT, -5, 0, AT, "gr_1").hashCode());
    assertThat(t).isNotEqualTo(new Transaction("tx_1", TransactionType.GIFT_SENT, -6, 0, AT, "gr_1"));
    assertThat(t.toString()).contains("tx_1", "GIFT_SENT", "coins=-5");
  }

  @Test
  void transactionsRejectMissingFields() {
    assertThatThrownBy(() -> new Transaction(" ", TransactionType.RECHARGE, 1, 0, AT, "o"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Transaction("t", null, 1, 0, AT, "o"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Transaction("t", TransactionType.RECHARGE, 1, 0, null, "o"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Transaction("t", TransactionType.RECHARGE, 1, 0, AT, null))
        .isInstanceOf(NullPointerException.class);
    assertThat(new Transaction("t", TransactionType.ADJUSTMENT, 1, 0, AT, "").reference()).isEmpty();
  }

  @Test
  void withdrawalsAreValidated() {
    Withdrawal w =
        new Withdrawal("wd_1", 2100, Money.of(1050, "USD"), PayoutMethod.BANK, WithdrawalStatus.PENDING, AT);
    assertThat(w.diamonds()).isEqualTo(2100);
    assertThat(w)
        .isEqualTo(
            new Withdrawal("wd_1", 2100, Money.of(1050, "USD"), PayoutMethod.BANK, WithdrawalStatus.PENDING, AT));
    assertThat(w.toString()).contains("wd_1", "10.50 USD", "BANK", "PENDING");
    assertThatThrownBy(
            () -> new Withdrawal("wd", 0, Money.of(1, "USD"), PayoutMethod.BANK, WithdrawalStatus.PAID, AT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new Withdrawal("", 1, Money.of(1, "USD"), PayoutMethod.BANK, WithdrawalStatus.PAID, AT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Withdrawal("wd", 1, null, PayoutMethod.BANK, WithdrawalStatus.PAID, AT))
        .isInstanceOf(NullPointerException.class);

    Wallet wallet = new Wallet("carol", 0, 7900, 4);
    WithdrawalResult result = new WithdrawalResult(w, wallet);
    assertThat(result).isEqualTo(new WithdrawalResult(w, wallet)).hasSameHashCodeAs(new WithdrawalResult(w, wallet));
    assertThat(result.toString()).contains("wd_1", "carol");
    assertThatThrownBy(() -> new WithdrawalResult(w, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void payoutMethodsUseLowercaseWireNames() {
    assertThat(PayoutMethod.BANK.wireName()).isEqualTo("bank");
    assertThat(PayoutMethod.PAYPAL.wireName()).isEqualTo("paypal");
    assertThat(PayoutMethod.fromWireName("paypal")).isEqualTo(PayoutMethod.PAYPAL);
    assertThat(PayoutMethod.fromWireName("BANK")).isEqualTo(PayoutMethod.BANK);
    assertThat(PayoutMethod.fromWireName("crypto")).isEqualTo(PayoutMethod.UNKNOWN);
    assertThat(PayoutMethod.fromWireName("unknown")).isEqualTo(PayoutMethod.UNKNOWN);
    assertThat(PayoutMethod.fromWireName(null)).isEqualTo(PayoutMethod.UNKNOWN);
  }
}
