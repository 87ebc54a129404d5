package io.livecoins.sample.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import io.livecoins.testing.WithdrawalOutcome;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InteractiveShellTest {
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

  private int shell(String script, String... args) {
    Options options = Options.parse(args);
    Clients clients = new Clients(backend.baseUrl(), options.region(), dataDir, SampleIo.NO_WAIT);
    return new InteractiveShell(backend, options, clients, new BufferedReader(new StringReader(script)), io.console)
        .run();
  }

  @Test
  void scriptedSessionBuysSendsAndReportsBadInput() {
    int status = shell(String.join("\n",
        "packages", "buy coins-70", "balance", "send rose carol", "bogus", "withdraw abc", "quit",
        "balance"));

    String out = io.out();
    assertThat(status).isZero();
    assertThat(out).contains("Signed in as alice. Type help for commands.");
    assertThat(out).containsSubsequence(
        "> packages", "  coins-70        70            70    $0.99",
        "> buy coins-70", "bought coins-70 for $0.99: +70 coins, balance 70",
        "> balance", "alice: 70 coins, 0 diamonds",
        "> send rose carol", "sent 1 x rose to carol: -1 coins, balance 69",
        "> bogus", "error: unknown command 'bogus' (type help for the list)",
        "> withdraw abc", "error: withdraw needs a whole number of diamonds, such as withdraw 2000; not 'abc'",
        "> quit");
    assertThat(out).doesNotContain("> balance\nalice: 70 coins, 0 diamonds\n> balance"); // nothing after quit
    assertThat(backend.mock().wallet("alice").coins()).isEqualTo(69);
    backend.mock().assertConsistent();
  }

  @Test
  void badArgumentsGetClearMessagesAndChangeNothing() {
    int status = shell(String.join("\n",
        "buy", "buy coins-999", "buy coins-70 1234", "buy coins-70 4000000000000002", "send rose",
        "send rose carol zero", "send rose carol 20000", "send galaxy carol", "send unicorn carol",
        "earnings", "withdraw 0", "balance extra", "", "   ", "help", "exit"));

    assertThat(status).isZero();
    assertThat(io.out()).containsSubsequence(
        "> buy", "error: usage: buy <package> [card]",
        "> buy coins-999", "error: no package 'coins-999' (type packages for the list)",
        "> buy coins-70 1234", "error: bad card: card number must have 12 to 19 digits, not 4",
        "> buy coins-70 4000000000000002", "error: card declined (declined): nothing was charged",
        "> send rose", "error: usage: send <gift> <creator> [qty]",
        "> send rose carol zero", "error: quantity must be a whole number from 1 to 10000, not 'zero'",
        "> send rose carol 20000", "error: quantity must be a whole number from 1 to 10000, not '20000'",
        "> send galaxy carol", "error: not enough coins: you have 0, this needs 1000 (1000 short); top up with coins-1400",
        "> send unicorn carol", "error: no such gift",
        "> earnings", "error: only creators have earnings (this user is not one)",
        "> withdraw 0", "error: withdraw needs at least 1 diamond",
        "> balance extra", "error: usage: balance",
        "> help", "Commands:", "  quit");
    assertThat(backend.mock().wallet("alice").coins()).isZero();
    backend.mock().assertConsistent();
  }

  @Test
  void creatorSeesEarningsAndWithdraws() {
    int status = shell(String.join("\n", "earnings", "withdraw 100", "withdraw 2000", "history"),
        "--token", "demo-token-carol");

    assertThat(status).isZero(); // end of input ends the shell like quit
    assertThat(io.out()).containsSubsequence(
        "Signed in as carol.",
        "> earnings", "10000 diamonds, 10000 withdrawable (minimum 2000); 200 diamonds = $1.00; $1,000.00 left today",
        "> withdraw 100", "error: below the minimum withdrawal of 2000 diamonds",
        "> withdraw 2000", ": $10.00 for 2000 diamonds; 8000 diamonds left",
        "> history", "WITHDRAWAL");
    assertThat(backend.mock().wallet("carol").diamonds()).isEqualTo(8000);
  }

  @Test
  void creatorListsWithdrawalsWithTheirStatus() {
    shell("withdraw 2000", "--token", "demo-token-carol");
    backend.mock().settleWithdrawal(backend.mock().withdrawals().get(0).id(), WithdrawalOutcome.FAILED);

    int status = shell(String.join("\n", "withdrawals", "withdraw 2000", "withdrawals"), "--token", "demo-token-carol");

    assertThat(status).isZero();
    assertThat(io.out()).containsSubsequence(
        "> withdrawals", "FAILED (payout_rejected)",
        "> withdraw 2000", "PENDING",
        "> withdrawals", "PENDING", "FAILED (payout_rejected)");
    assertThat(backend.mock().wallet("carol").diamonds()).isEqualTo(8000);
  }

  @Test
  void viewerListsPurchasesAndPrintsAReceipt() {
    int status = shell(String.join("\n", "orders", "buy coins-70", "buy coins-70 4000000000000002",
        "orders", "orders COMPLETED", "orders BOGUS"));

    assertThat(status).isZero();
    String orderId = backend.mock().orders().get(0).id();
    assertThat(io.out()).containsSubsequence(
        "> orders", "no purchases yet",
        "> orders", "FAILED", "COMPLETED",
        "> orders COMPLETED", orderId,
        "> orders BOGUS", "error: no order status 'BOGUS'");
    shell("receipt " + orderId);
    assertThat(io.out()).contains("Receipt LC-O-", "Order:     " + orderId + " (COMPLETED)",
        "Paid with: sandbox, reference sbx_ch_");
  }
}
