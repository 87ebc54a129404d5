package io.livecoins.sample.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import io.livecoins.testing.LedgerEntry;
import io.livecoins.testing.LiveCoinsMockServer;
import io.livecoins.testing.OrderSnapshot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalkthroughTest {
  @TempDir Path dataDir;

  private final SampleIo io = new SampleIo();
  private Backend backend;

  @BeforeEach
  void startBackend() {
    backend = Backend.embedded();
  }

  @AfterEach
  void stopBackend() {
    backend.close();
  }

  private int runWalkthrough(String... args) {
    Options options = Options.parse(args);
    Clients clients = new Clients(backend.baseUrl(), options.region(), dataDir, SampleIo.NO_WAIT);
    return new Walkthrough(backend, options, io.console, clients, SampleIo.NO_WAIT).run();
  }

  @Test
  void walkthroughTellsTheWholeStoryAndExitsZero() {
    int status = runWalkthrough();

    String out = io.out();
    assertThat(status).as(out).isZero();
    assertThat(out).contains(
        "Start-up", "1. Coin catalog for US", "2. Recharge", "3. Gifts", "4. The creator's side",
        "5. Wallet history, paged", "6. What goes wrong, handled", "Ledger check (mock backend)");
    // 1. catalog: aligned columns, localized prices
    assertThat(out).contains("  Package      Coins  Bonus  Total    Price  Pay with\n");
    assertThat(out).contains("  coins-700      700    +35    735    $9.99  sandbox, card, paypal, google_play, web\n");
    // 2. recharge with bonus, then a pending payment with its progress line
    assertThat(out).contains("[ok] +735 coins (700 + 35 bonus), order ord_", "Balance: 735 coins",
        "payment PENDING, checking again (1)", "payment COMPLETED after 3 check(s)", "Balance: 805 coins");
    // 2. the receipt of the first purchase; 5. the purchase history with support references
    assertThat(out).containsPattern("\\| Receipt LC-O-[0-9A-Z]{4}-[0-9A-Z]{4}\n");
    assertThat(out).contains("| Package:   coins-700: 700 coins + 35 bonus = 735 coins", "| Price:     $9.99",
        "| Paid with: sandbox, reference sbx_ch_", "Purchases:");
    assertThat(out).containsPattern("ord_\\d+\\s+COMPLETED\\s+735\\s+\\$9\\.99\\s+LC-O-");
    // 6. a purchase charged back later: the coins leave again
    assertThat(out).containsPattern("\\[handled] order ord_\\d+ CHARGED_BACK: \\+70 coins, then taken back; balance \\d+ \\(support ref LC-O-");
    // 4. the creator follows the withdrawal to PAID
    assertThat(out).containsSubsequence("payout PENDING, checking again (1)",
        "payout PENDING, checking again (2)", "[ok] withdrawal wd_");
    assertThat(out).containsPattern("withdrawal wd_\\d+ PAID after 2 check\\(s\\): \\$12\\.77 sent to the bank");
    // 3. gifts
    assertThat(out).contains("[ok] sent 1 x Rose to carol: -1 coins, balance 804");
    // the gift as the panel shows it: name, value, tier, the asset this screen plays
    assertThat(out).contains("  Rose: 1 coin, tier 1\n    plays image/webp, 440 bytes, 400 ms, 32x32\n");
    assertThat(out).containsSubsequence(
        "bytes, SHA-256 verified) into the on-disk cache",
        "[feed] alice sent Finger Heart to carol (5 coins): plays image/webp, 438 bytes, 400 ms, 32x32, from disk",
        "[feed] alice sent Perfume to carol (20 coins): plays image/webp,",
        "[feed] alice sent Doughnut to carol (30 coins): plays image/webp,",
        "[ok] 3 gifts sent, 3 events received, in order",
        "A combo: 10 rapid taps on Rose",
        "[feed] alice sent Rose \u00d7 10 to carol (",
        "[ok] 10 taps -> ");
    // every feed event's animation was on disk before it arrived (prefetched from the catalog)
    assertThat(out).doesNotContain(", not cached");
    assertThat(out).containsPattern("\\[ok] prefetched \\d+ animations \\(\\d+ bytes");
    assertThat(out).containsPattern("\\[ok] 10 taps -> ([1-9]|10) send request\\(s\\), 10 coins spent");
    assertThat(out).containsPattern("\\s+1\\s+alice\\s+66\n");
    // 4. creator
    assertThat(out).contains("Payout rate         200 diamonds = $1.00",
        "quoted $12.77 (2554 diamonds used, 1 kept)", "PENDING: payout $12.77 for 2554 diamonds");
    // 5. history in pages of 5
    assertThat(out).contains("Page 1:", "Page 2 (last):");
    // 6. errors, handled
    assertThat(out).contains(
        "[handled] card declined (declined): nothing was charged [effect NOT_APPLIED]",
        "[handled] not enough coins: you have 739, this needs 1000 (261 short); top up with coins-350 (350 coins for $4.99)",
        "[handled] 2 attempts with one Idempotency-Key (1 answered from the server's record): charged 1 coin once",
        "[effect UNKNOWN]",
        "The order stays recorded in the pending-order file: 1 record(s)",
        "COMPLETED, 350 coins in the wallet",
        "1 time(s)",
        "Balance: 1088 coins",
        "[ok] Everything behaved.");
    assertThat(out).doesNotContain("[FAILED]", "\u001b[");
  }

  @Test
  void walkthroughLeavesTheLedgerConsistentWithEveryOrderCreditedOnce() {
    assertThat(runWalkthrough()).as(io.out()).isZero();

    LiveCoinsMockServer mock = backend.mock();
    mock.assertConsistent();
    mock.assertNoContractViolations();
    // 735 + 70 recharged, 67 coins of gifts, 350 recharged by resumePending() after the "crash";
    // then 70 bought with the chargeback-later card and taken back again
    assertThat(mock.wallet("alice").coins()).isEqualTo(735 + 70 - 67 + 350);
    assertThat(mock.coinDebt("alice")).isZero();
    List<OrderSnapshot> orders = mock.orders();
    assertThat(orders).extracting(OrderSnapshot::status)
        .containsExactly("COMPLETED", "COMPLETED", "FAILED", "COMPLETED", "CHARGED_BACK");
    List<LedgerEntry> aliceRecharges = mock.ledgerEntries().stream()
        .filter(e -> e.type().equals("RECHARGE") && e.account().equals("user:alice"))
        .toList();
    assertThat(aliceRecharges).extracting(LedgerEntry::amount).containsExactly(735L, 70L, 350L, 70L);
    assertThat(mock.ledgerEntries())
        .filteredOn(e -> e.type().equals("WITHDRAWAL") && e.account().equals("user:carol"))
        .extracting(LedgerEntry::amount)
        .containsExactly(-2554L);
    // the pending-order files are empty again
    assertThat(new Clients(backend.baseUrl(), "US", dataDir, SampleIo.NO_WAIT).pendingOrderStore("viewer").all())
        .isEmpty();
  }

  @Test
  void pricesFollowTheRegionAndLocale() {
    backend.close();
    backend = Backend.embedded("GB"); // prices follow the account's region (#14): a GB viewer
    assertThat(runWalkthrough("--region", "GB", "--locale", "en-GB")).as(io.out()).isZero();

    assertThat(io.out()).contains("1. Coin catalog for GB", "£8.99", "Buying coins-700 for £8.99",
        "Account: alice in GB (GBP)");
  }

  @Test
  void declinedCardIsReportedAndTheWalkthroughExitsNonZero() {
    int status = runWalkthrough("--card", "4000 0000 0000 9995");

    assertThat(status).isEqualTo(1);
    assertThat(io.out()).contains("[FAILED] 2. Recharge: card declined (insufficient_funds): nothing was charged",
        "check(s) did not behave.");
    backend.mock().assertConsistent();
  }
}
