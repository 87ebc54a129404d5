package io.livecoins.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livecoins.wallet.Wallet;
import java.time.Instant;
import org.junit.jupiter.api.Test;

final class GiftValueTypesTest {
  private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");

  @Test
  void giftValidatesAndComparesByValue() {
    Gift rose = Gift.builder("rose", "Rose", 1).build();

    assertThat(rose).isEqualTo(Gift.builder("rose", "Rose", 1).build());
    assertThat(rose.hashCode()).isEqualTo(Gift.builder("rose", "Rose", 1).build().hashCode());
    assertThat(rose).isNotEqualTo(Gift.builder("rose", "Rose", 2).build());
    assertThat(rose.toString()).contains("rose", "coinCost=1");
    assertThat(Gift.builder("free", "Free", 0).build().coinCost()).isZero();
    assertThatThrownBy(() -> Gift.builder(null, "Rose", 1).build()).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Gift.builder(" ", "Rose", 1).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Gift.builder("rose", "", 1).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Gift.builder("rose", "Rose", -1).build()).isInstanceOf(IllegalArgumentException.class);
  }

  /** A valid receipt for 2 roses; each test changes one field. */
  private static GiftReceipt.Builder receipt() {
    return GiftReceipt.builder().id("gft_1").giftId("rose").recipientId("carol").streamId("stream-carol")
        .quantity(2).coinCost(1).coins(2).createdAt(AT);
  }

  @Test
  void receiptValidatesItsFields() {
    GiftReceipt receipt = receipt().build();

    assertThat(receipt).isEqualTo(receipt().build());
    assertThat(receipt).hasSameHashCodeAs(receipt().build());
    assertThat(receipt).isNotEqualTo(receipt().coins(3).build());
    assertThat(receipt.toString()).contains("gft_1", "quantity=2");
    assertThat(receipt().coinCost(0).coins(0).build().coins()).isZero(); // a free gift
    assertThatThrownBy(() -> receipt().quantity(0).coins(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quantity < 1: 0");
    assertThatThrownBy(() -> receipt().coinCost(-1).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> receipt().coins(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("coins < 0: -1");
    assertThatThrownBy(() -> receipt().recipientId("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recipientId is blank");
    assertThatThrownBy(() -> receipt().streamId(" ").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> receipt().createdAt(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("createdAt == null");
  }

  @Test
  void receiptWithoutARequiredFieldFailsNamingIt() {
    assertThatThrownBy(() -> GiftReceipt.builder().giftId("rose").recipientId("carol").streamId("s")
        .quantity(1).createdAt(AT).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id == null");
    assertThatThrownBy(() -> GiftReceipt.builder().id("gft_1").recipientId("carol").streamId("s")
        .quantity(1).createdAt(AT).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("giftId == null");
    assertThatThrownBy(() -> GiftReceipt.builder().id("gft_1").giftId("rose").recipientId("carol")
        .quantity(1).createdAt(AT).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("streamId == null");
    assertThatThrownBy(() -> GiftReceipt.builder().id("gft_1").giftId("rose").recipientId("carol")
        .streamId("s").quantity(1).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("createdAt == null");
    assertThatThrownBy(() -> GiftReceipt.builder().id("gft_1").giftId("rose").recipientId("carol")
        .streamId("s").createdAt(AT).build())
        .isInstanceOf(IllegalArgumentException.class) // an unset quantity is 0: not a send
        .hasMessage("quantity < 1: 0");
  }

  @Test
  void receiptToBuilderRoundTripsToAnEqualValue() {
    GiftReceipt receipt = receipt().build();

    assertThat(receipt.toBuilder().build()).isEqualTo(receipt).hasSameHashCodeAs(receipt).isNotSameAs(receipt);
    GiftReceipt more = receipt.toBuilder().quantity(5).coins(5).build();
    assertThat(more.quantity()).isEqualTo(5);
    assertThat(more.coins()).isEqualTo(5);
    assertThat(more).usingRecursiveComparison().ignoringFields("quantity", "coins").isEqualTo(receipt);
    assertThat(receipt.quantity()).isEqualTo(2); // the original is unchanged
  }

  @Test
  void sendResultHoldsReceiptAndWallet() {
    GiftReceipt receipt = receipt().quantity(1).coins(1).streamId("s").build();
    Wallet wallet = Wallet.builder().userId("bob").coins(999).version(2).build();

    SendGiftResult result = new SendGiftResult(receipt, wallet);

    assertThat(result).isEqualTo(new SendGiftResult(receipt, wallet));
    assertThat(result.toString()).contains("gft_1", "coins=999");
    assertThatThrownBy(() -> new SendGiftResult(receipt, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void leaderboardEntryValidatesRankAndCoins() {
    assertThat(new LeaderboardEntry(1, "bob", 40)).isEqualTo(new LeaderboardEntry(1, "bob", 40));
    assertThatThrownBy(() -> new LeaderboardEntry(0, "bob", 40)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LeaderboardEntry(1, "bob", -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LeaderboardEntry(1, " ", 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void giftEventValidatesItsFields() {
    Gift rose = Gift.builder("rose", "Rose", 1).build();
    GiftEvent event = GiftEvent.builder().id("7").gift(rose).senderId("bob").recipientId("carol")
        .streamId("stream-carol").quantity(3).coins(3).createdAt(AT).build();

    assertThat(event).isEqualTo(GiftEvent.builder().id("7").gift(rose).senderId("bob").recipientId("carol")
        .streamId("stream-carol").quantity(3).coins(3).createdAt(AT).build());
    assertThat(event.toString()).contains("id=7", "senderId=bob");
    assertThatThrownBy(() -> GiftEvent.builder().id("7").gift(rose).senderId("bob").recipientId("carol")
        .streamId("s").quantity(0).coins(0).createdAt(AT).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GiftEvent.builder().id("").gift(rose).senderId("bob").recipientId("carol")
        .streamId("s").quantity(1).coins(1).createdAt(AT).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** 5 taps accepted (3 sent, 1 failed, 1 pending), 2 refused, 2 requests, 30 coins. */
  private static GiftComboStats.Builder stats() {
    return GiftComboStats.builder().tapsAccepted(5).tapsRefused(2).requestsSent(2).quantitySent(3)
        .quantityFailed(1).quantityPending(1).coinsSpent(30);
  }

  @Test
  void comboStatsWhoseCountersWrapWhenAddedDoNotAddUp() {
    // MAX + MAX + 2 wraps to 0 in long arithmetic: it must not pass for a combo with no taps.
    assertThatThrownBy(() -> GiftComboStats.builder().tapsAccepted(0).quantitySent(Long.MAX_VALUE)
        .quantityFailed(Long.MAX_VALUE).quantityPending(2).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tapsAccepted != sent + failed + pending");
    assertThatThrownBy(() -> GiftComboStats.builder().tapsAccepted(Long.MAX_VALUE).quantitySent(Long.MAX_VALUE)
        .quantityPending(1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tapsAccepted != sent + failed + pending");
    assertThat(GiftComboStats.builder().tapsAccepted(Long.MAX_VALUE).quantitySent(Long.MAX_VALUE - 1)
        .quantityPending(1).build().tapsAccepted()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void comboStatsMustAddUp() {
    GiftComboStats stats = stats().build();

    assertThat(stats).isEqualTo(stats().build());
    assertThat(stats.toString()).contains("tapsAccepted=5");
    assertThat(GiftComboStats.builder().build().tapsAccepted()).isZero(); // a combo nobody tapped
    assertThatThrownBy(() -> GiftComboStats.builder().tapsAccepted(5).requestsSent(1).quantitySent(5)
        .quantityFailed(1).coinsSpent(5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tapsAccepted != sent + failed + pending");
    assertThatThrownBy(() -> GiftComboStats.builder().tapsAccepted(-1).quantityPending(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("negative counter");
    assertThatThrownBy(() -> stats().tapsRefused(-1).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> stats().requestsSent(-1).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> stats().coinsSpent(-1).build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void comboStatsCountTheUnsettledTapsWithinTheFailedOnes() {
    GiftComboStats.Builder failed = GiftComboStats.builder().tapsAccepted(5).requestsSent(2).quantitySent(2)
        .quantityFailed(3).coinsSpent(2);
    GiftComboStats stats = failed.quantityUnknown(3).build();

    assertThat(stats.quantityUnknown()).isEqualTo(3);
    assertThat(stats().build().quantityUnknown()).isZero(); // unset: no batch of unknown outcome
    assertThat(stats).isNotEqualTo(stats.toBuilder().quantityUnknown(2).build());
    assertThat(stats).hasSameHashCodeAs(stats.toBuilder().build());
    assertThat(stats.toString()).contains("quantityUnknown=3");
    assertThatThrownBy(() -> stats.toBuilder().quantityUnknown(4).build()) // more unknown than failed
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quantityUnknown > quantityFailed");
    assertThatThrownBy(() -> stats.toBuilder().quantityUnknown(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("negative counter");
  }

  @Test
  void comboStatsToBuilderRoundTripsToAnEqualValue() {
    GiftComboStats stats = stats().quantityFailed(1).quantityUnknown(1).build();

    assertThat(stats.toBuilder().build()).isEqualTo(stats).hasSameHashCodeAs(stats).isNotSameAs(stats);
    GiftComboStats settled = stats.toBuilder().quantityPending(0).quantitySent(4).coinsSpent(40).build();
    assertThat(settled.quantitySent()).isEqualTo(4);
    assertThat(settled.quantityPending()).isZero();
    assertThat(settled).usingRecursiveComparison()
        .ignoringFields("quantitySent", "quantityPending", "coinsSpent").isEqualTo(stats);
    assertThat(stats.quantityPending()).isEqualTo(1); // the original is unchanged
  }
}
