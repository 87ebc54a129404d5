package io.livecoins.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livecoins.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Wallet, Transaction, Withdrawal, WithdrawalResult and PayoutMethod: builders, validation, equality. */
final class WalletValueTypesTest {
  private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");

  private static Transaction.Builder giftSent() {
    return Transaction.builder()
        .id("tx_1")
        .type(TransactionType.GIFT_SENT)
        .coins(-5)
        .createdAt(AT)
        .reference("gr_1");
  }

  private static Withdrawal.Builder pending() {
    return Withdrawal.builder()
        .id("wd_1")
        .diamonds(2100)
        .amount(Money.of(1050, "USD"))
        .payoutMethod(PayoutMethod.BANK)
        .status(WithdrawalStatus.PENDING)
        .createdAt(AT);
  }

  // ---- Transaction ----

  @Test
  void transactionsCarrySignedDeltas() {
    Transaction t = giftSent().build();
    assertThat(t.id()).isEqualTo("tx_1");
    assertThat(t.type()).isEqualTo(TransactionType.GIFT_SENT);
    assertThat(t.coins()).isEqualTo(-5);
    assertThat(t.diamonds()).isZero();
    assertThat(t.createdAt()).isEqualTo(AT);
    assertThat(t.reference()).isEqualTo("gr_1");
    assertThat(t).isEqualTo(giftSent().build());
    assertThat(t.hashCode()).isEqualTo(giftSent().build().hashCode());
    assertThat(t).isNotEqualTo(giftSent().coins(-6).build());
    assertThat(t).isNotEqualTo(giftSent().diamonds(1).build());
    assertThat(t.toString()).contains("tx_1", "GIFT_SENT", "coins=-5");
  }

  @Test
  void transactionsRejectMissingFields() {
    assertThatThrownBy(() -> giftSent().id(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id is blank");
    assertThatThrownBy(() -> giftSent().type(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("type == null");
    assertThatThrownBy(() -> giftSent().createdAt(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("createdAt == null");
    assertThatThrownBy(() -> giftSent().reference(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("reference == null");
    assertThat(giftSent().type(TransactionType.ADJUSTMENT).reference("").build().reference()).isEmpty();
  }

  @Test
  void anUnsetRequiredTransactionFieldFailsNamingIt() {
    assertThatThrownBy(() -> Transaction.builder().build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id == null");
    assertThatThrownBy(() -> Transaction.builder().id("t").build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("type == null");
    assertThatThrownBy(() -> Transaction.builder().id("t").type(TransactionType.RECHARGE).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("createdAt == null");
    assertThatThrownBy(
            () -> Transaction.builder().id("t").type(TransactionType.RECHARGE).createdAt(AT).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("reference == null");
    Transaction noDeltas =
        Transaction.builder().id("t").type(TransactionType.ADJUSTMENT).createdAt(AT).reference("").build();
    assertThat(noDeltas.coins()).as("coins default").isZero();
    assertThat(noDeltas.diamonds()).as("diamonds default").isZero();
  }

  @Test
  void aTransactionsToBuilderRoundTripsToAnEqualValue() {
    Transaction t = giftSent().diamonds(3).build();
    assertThat(t.toBuilder().build()).isEqualTo(t).hasSameHashCodeAs(t).isNotSameAs(t);
    Transaction changed = t.toBuilder().reference("gr_2").build();
    assertThat(changed.reference()).isEqualTo("gr_2");
    assertThat(changed).isEqualTo(giftSent().diamonds(3).reference("gr_2").build());
    assertThat(t.reference()).as("the original is unchanged").isEqualTo("gr_1");
  }

  // ---- Withdrawal ----

  @Test
  void withdrawalsAreValidated() {
    Withdrawal w = pending().build();
    assertThat(w.diamonds()).isEqualTo(2100);
    assertThat(w).isEqualTo(pending().build()).hasSameHashCodeAs(pending().build());
    assertThat(w).isNotEqualTo(pending().status(WithdrawalStatus.PAID).build());
    assertThat(w.toString()).contains("wd_1", "10.50 USD", "BANK", "PENDING");
    assertThatThrownBy(() -> pending().diamonds(0).status(WithdrawalStatus.PAID).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("diamonds must be positive: 0");
    assertThatThrownBy(() -> pending().id("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id is blank");
    assertThatThrownBy(() -> pending().amount(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("amount == null");
    assertThatThrownBy(() -> pending().status(WithdrawalStatus.FAILED).failureReason(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("failureReason is blank");

    Wallet wallet = Wallet.builder().userId("carol").diamonds(7900).version(4).build();
    WithdrawalResult result = new WithdrawalResult(w, wallet);
    assertThat(result).isEqualTo(new WithdrawalResult(w, wallet)).hasSameHashCodeAs(new WithdrawalResult(w, wallet));
    assertThat(result.toString()).contains("wd_1", "carol");
    assertThatThrownBy(() -> new WithdrawalResult(w, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aWithdrawalsLastChangeDefaultsToItsCreation() {
    Withdrawal w = pending().build();
    assertThat(w.updatedAt()).isEqualTo(AT);
    assertThat(w.failureReason()).isNull();
    Instant later = AT.plusSeconds(3600);
    Withdrawal failed =
        pending().status(WithdrawalStatus.FAILED).updatedAt(later).failureReason("payout_rejected").build();
    assertThat(failed.updatedAt()).isEqualTo(later);
    assertThat(failed.failureReason()).isEqualTo("payout_rejected");
    assertThat(failed.toString()).contains("failureReason=payout_rejected");
    assertThat(failed.toBuilder().updatedAt(null).build().updatedAt())
        .as("null stands for the creation time")
        .isEqualTo(AT);
  }

  @Test
  void anUnsetRequiredWithdrawalFieldFailsNamingIt() {
    assertThatThrownBy(() -> Withdrawal.builder().build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id == null");
    assertThatThrownBy(() -> Withdrawal.builder().id("wd").build())
        .as("diamonds have no valid default")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("diamonds must be positive: 0");
    assertThatThrownBy(() -> pending().payoutMethod(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("payoutMethod == null");
    assertThatThrownBy(() -> pending().status(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("status == null");
    assertThatThrownBy(() -> pending().createdAt(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("createdAt == null");
    assertThatThrownBy(() -> Withdrawal.builder().id("wd").diamonds(1).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("amount == null");
  }

  @Test
  void aWithdrawalsToBuilderRoundTripsToAnEqualValue() {
    Withdrawal failed = pending()
        .status(WithdrawalStatus.FAILED)
        .updatedAt(AT.plusSeconds(60))
        .failureReason("compliance_hold")
        .build();
    assertThat(failed.toBuilder().build()).isEqualTo(failed).hasSameHashCodeAs(failed).isNotSameAs(failed);
    Withdrawal w = pending().build();
    Withdrawal paid = w.toBuilder().status(WithdrawalStatus.PAID).updatedAt(AT.plusSeconds(60)).build();
    assertThat(paid.isSettled()).isTrue();
    assertThat(paid.createdAt()).isEqualTo(AT);
    assertThat(paid.updatedAt()).isEqualTo(AT.plusSeconds(60));
    assertThat(paid).isEqualTo(pending().status(WithdrawalStatus.PAID).updatedAt(AT.plusSeconds(60)).build());
    assertThat(w.isSettled()).as("the original is unchanged").isFalse();
  }

  // ---- Wallet ----

  @Test
  void walletsCarryBalancesAndOrderByVersion() {
    Wallet w = Wallet.builder().userId("bob").coins(500).diamonds(20).version(7).build();
    assertThat(w.userId()).isEqualTo("bob");
    assertThat(w.coins()).isEqualTo(500);
    assertThat(w.diamonds()).isEqualTo(20);
    assertThat(w.version()).isEqualTo(7);
    assertThat(w.coinDebt()).as("no debt by default").isZero();
    assertThat(w.isInDebt()).isFalse();
    assertThat(w).isEqualTo(Wallet.builder().userId("bob").coins(500).diamonds(20).version(7).build());
    assertThat(w.hashCode())
        .isEqualTo(Wallet.builder().userId("bob").coins(500).diamonds(20).version(7).build().hashCode());
    assertThat(w).isNotEqualTo(w.toBuilder().coins(499).build());
    assertThat(w.toString()).isEqualTo("Wallet{userId=bob, coins=500, diamonds=20, version=7}");
    assertThat(w.toBuilder().version(8).build().isNewerThan(w)).isTrue();
    assertThat(w.isNewerThan(w.toBuilder().version(8).build())).isFalse();

    Wallet inDebt = Wallet.builder().userId("bob").coinDebt(120).version(9).build();
    assertThat(inDebt.isInDebt()).isTrue();
    assertThat(inDebt.coins()).isZero();
    assertThat(inDebt.toString()).contains("coinDebt=120");
  }

  @Test
  void walletsAreValidated() {
    assertThatThrownBy(() -> Wallet.builder().userId(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("userId is blank");
    assertThatThrownBy(() -> Wallet.builder().userId("bob").coins(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("coins < 0: -1");
    assertThatThrownBy(() -> Wallet.builder().userId("bob").diamonds(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("diamonds < 0: -1");
    assertThatThrownBy(() -> Wallet.builder().userId("bob").version(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version < 0: -1");
    assertThatThrownBy(() -> Wallet.builder().userId("bob").coinDebt(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("coinDebt < 0: -1");
    assertThatThrownBy(() -> Wallet.builder().userId("bob").coins(5).coinDebt(120).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a wallet in debt has no coins: coins 5, debt 120");
  }

  @Test
  void anUnsetWalletUserIdFailsNamingIt() {
    assertThatThrownBy(() -> Wallet.builder().coins(5).version(1).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("userId == null");
    Wallet empty = Wallet.builder().userId("bob").build();
    assertThat(empty.coins()).isZero();
    assertThat(empty.diamonds()).isZero();
    assertThat(empty.version()).isZero();
    assertThat(empty.coinDebt()).isZero();
  }

  @Test
  void aWalletsToBuilderRoundTripsToAnEqualValue() {
    Wallet inDebt = Wallet.builder().userId("bob").diamonds(3).version(9).coinDebt(120).build();
    assertThat(inDebt.toBuilder().build()).isEqualTo(inDebt).hasSameHashCodeAs(inDebt).isNotSameAs(inDebt);
    Wallet repaid = inDebt.toBuilder().coinDebt(0).coins(15).version(10).build();
    assertThat(repaid).isEqualTo(Wallet.builder().userId("bob").coins(15).diamonds(3).version(10).build());
    assertThat(repaid.isNewerThan(inDebt)).isTrue();
    assertThat(inDebt.isInDebt()).as("the original is unchanged").isTrue();
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
