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

  @Test
  void receiptValidatesItsFields() {
    GiftReceipt receipt = new GiftReceipt("gft_1", "rose", "carol", "stream-carol", 2, 1, 2, AT);

    assertThat(receipt).isEqualTo(new GiftReceipt("gft_1", "rose", "carol", "stream-carol", 2, 1, 2, AT));
    assertThat(receipt.toString()).contains("gft_1", "quantity=2");
    assertThatThrownBy(() -> new GiftReceipt("gft_1", "rose", "carol", "s", 0, 1, 0, AT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GiftReceipt("gft_1", "rose", "carol", "s", 1, 1, -1, AT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GiftReceipt("gft_1", "rose", "", "s", 1, 1, 1, AT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GiftReceipt("gft_1", "rose", "carol", "s", 1, 1, 1, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void sendResultHoldsReceiptAndWallet() {
    GiftReceipt receipt = new GiftReceipt("gft_1", "rose", "carol", "s", 1, 1, 1, AT);
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

  @Test
  void comboStatsMustAddUp() {
    GiftComboStats stats = new GiftComboStats(5, 2, 2, 3, 1, 1, 30);

    assertThat(stats).isEqualTo(new GiftComboStats(5, 2, 2, 3, 1, 1, 30));
    assertThat(stats.toString()).contains("tapsAccepted=5");
    assertThatThrownBy(() -> new GiftComboStats(5, 0, 1, 5, 1, 0, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GiftComboStats(-1, 0, 0, 0, 0, -1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void comboStatsCountTheUnsettledTapsWithinTheFailedOnes() {
    GiftComboStats stats = new GiftComboStats(5, 0, 2, 2, 3, 0, 2, 3);

    assertThat(stats.quantityUnknown()).isEqualTo(3);
    assertThat(new GiftComboStats(5, 2, 2, 3, 1, 1, 30).quantityUnknown()).isZero();
    assertThat(stats).isNotEqualTo(new GiftComboStats(5, 0, 2, 2, 3, 0, 2, 2));
    assertThat(stats).hasSameHashCodeAs(new GiftComboStats(5, 0, 2, 2, 3, 0, 2, 3));
    assertThat(stats.toString()).contains("quantityUnknown=3");
    assertThatThrownBy(() -> new GiftComboStats(5, 0, 2, 2, 3, 0, 2, 4)) // more unknown than failed
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GiftComboStats(5, 0, 2, 2, 3, 0, 2, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
