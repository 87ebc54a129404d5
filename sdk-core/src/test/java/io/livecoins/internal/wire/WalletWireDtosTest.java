package io.livecoins.internal.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonDataException;
import io.livecoins.Money;
import io.livecoins.Page;
import io.livecoins.internal.json.JsonCodec;
import io.livecoins.wallet.Earnings;
import io.livecoins.wallet.PayoutMethod;
import io.livecoins.wallet.PayoutRate;
import io.livecoins.wallet.Transaction;
import io.livecoins.wallet.TransactionType;
import io.livecoins.wallet.Wallet;
import io.livecoins.wallet.Withdrawal;
import io.livecoins.wallet.WithdrawalResult;
import io.livecoins.wallet.WithdrawalStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Transaction pages, earnings and withdrawals on the wire. */
final class WalletWireDtosTest {
  private static final String TX =
      "{\"id\":\"tx_1\",\"type\":\"GIFT_SENT\",\"coins\":-5,\"diamonds\":0,"
          + "\"createdAt\":\"2026-11-25T10:00:00Z\",\"reference\":\"gr_1\"}";
  private static final String EARNINGS =
      "{\"diamonds\":10000,\"withdrawableDiamonds\":9000,\"minimumWithdrawalDiamonds\":2000,"
          + "\"payoutRate\":{\"diamonds\":200,\"amount\":{\"amountMinor\":100,\"currency\":\"USD\"}},"
          + "\"dailyLimit\":{\"amountMinor\":100000,\"currency\":\"USD\"},"
          + "\"dailyRemaining\":{\"amountMinor\":99000,\"currency\":\"USD\"}}";
  private static final String WITHDRAWAL =
      "{\"id\":\"wd_1\",\"diamonds\":2100,\"amount\":{\"amountMinor\":1050,\"currency\":\"USD\"},"
          + "\"payoutMethod\":\"paypal\",\"status\":\"PENDING\",\"createdAt\":\"2026-11-25T10:00:00Z\"}";
  private static final String WALLET =
      "{\"userId\":\"carol\",\"coins\":0,\"diamonds\":7900,\"version\":5}";

  private final JsonCodec json = new JsonCodec();

  private <T> T decode(String text, Class<T> type) throws Exception {
    return json.decode(text.getBytes(StandardCharsets.UTF_8), type);
  }

  @Test
  void aTransactionPageMapsItemsAndCursor() throws Exception {
    Page<Transaction> page =
        decode("{\"items\":[" + TX + "],\"nextCursor\":\"c2\"}", TransactionPageDto.class).toPage();
    assertThat(page.items())
        .containsExactly(
            Transaction.builder().id("tx_1").type(TransactionType.GIFT_SENT).coins(-5)
                .createdAt(Instant.parse("2026-11-25T10:00:00Z")).reference("gr_1").build());
    assertThat(page.nextCursor()).isEqualTo("c2");
    assertThat(decode("{\"items\":[],\"nextCursor\":null}", TransactionPageDto.class).toPage().hasMore())
        .isFalse();
  }

  @Test
  void anUnknownTransactionTypeMapsToUnknown() throws Exception {
    String tx = TX.replace("GIFT_SENT", "CASHBACK");
    Page<Transaction> page = decode("{\"items\":[" + tx + "],\"nextCursor\":null}", TransactionPageDto.class).toPage();
    assertThat(page.items().get(0).type()).isEqualTo(TransactionType.UNKNOWN);
  }

  @Test
  void brokenPagesFailWithTheFieldPath() throws Exception {
    assertThatThrownBy(() -> decode("{\"nextCursor\":null}", TransactionPageDto.class).toPage())
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("items");
    assertThatThrownBy(() -> decode("{\"items\":[null],\"nextCursor\":null}", TransactionPageDto.class).toPage())
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("items[0]");
    assertThatThrownBy(
            () -> decode("{\"items\":[" + TX.replace("\"reference\":\"gr_1\"", "\"reference\":null")
                + "],\"nextCursor\":null}", TransactionPageDto.class).toPage())
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("transaction.reference");
    assertThatThrownBy(() -> decode("{\"items\":[],\"nextCursor\":\"\"}", TransactionPageDto.class).toPage())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void earningsMapWithTheirRate() throws Exception {
    Earnings e = decode(EARNINGS, EarningsDto.class).toEarnings();
    assertThat(e.withdrawableDiamonds()).isEqualTo(9000);
    assertThat(e.payoutRate()).isEqualTo(new PayoutRate(200, Money.of(100, "USD")));
    assertThat(e.dailyRemaining()).isEqualTo(Money.of(99_000, "USD"));
  }

  @Test
  void brokenEarningsFail() throws Exception {
    assertThatThrownBy(() -> decode(EARNINGS.replace("\"payoutRate\"", "\"x\""), EarningsDto.class).toEarnings())
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("payoutRate");
    assertThatThrownBy(
            () -> decode(EARNINGS.replace("{\"diamonds\":200", "{\"diamonds\":0"), EarningsDto.class).toEarnings())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> decode(EARNINGS.replace("\"withdrawableDiamonds\":9000", "\"withdrawableDiamonds\":-1"),
                EarningsDto.class).toEarnings())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aWithdrawResponseMapsWithdrawalAndWallet() throws Exception {
    WithdrawalResult result =
        decode("{\"withdrawal\":" + WITHDRAWAL + ",\"wallet\":" + WALLET + "}", WithdrawResponseDto.class)
            .toResult();
    assertThat(result.withdrawal())
        .isEqualTo(Withdrawal.builder().id("wd_1").diamonds(2100).amount(Money.of(1050, "USD"))
            .payoutMethod(PayoutMethod.PAYPAL).status(WithdrawalStatus.PENDING)
            .createdAt(Instant.parse("2026-11-25T10:00:00Z")).build());
    assertThat(result.wallet()).isEqualTo(Wallet.builder().userId("carol").diamonds(7900).version(5).build());
  }

  @Test
  void unknownPayoutMethodsAndStatusesMapToUnknown() throws Exception {
    Withdrawal w =
        decode(WITHDRAWAL.replace("paypal", "crypto").replace("PENDING", "ON_HOLD"), WithdrawalDto.class)
            .toWithdrawal();
    assertThat(w.payoutMethod()).isEqualTo(PayoutMethod.UNKNOWN);
    assertThat(w.status()).isEqualTo(WithdrawalStatus.UNKNOWN);
  }

  @Test
  void aWithdrawResponseWithoutItsWalletFails() throws Exception {
    assertThatThrownBy(() -> decode("{\"withdrawal\":" + WITHDRAWAL + "}", WithdrawResponseDto.class).toResult())
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("wallet");
  }

  @Test
  void theWithdrawRequestUsesLowercaseWireNames() {
    byte[] body =
        json.encode(WithdrawRequestDto.of(2101, PayoutMethod.PAYPAL.wireName()), WithdrawRequestDto.class);
    assertThat(new String(body, StandardCharsets.UTF_8))
        .isEqualTo("{\"diamonds\":2101,\"payoutMethod\":\"paypal\"}");
  }
}
