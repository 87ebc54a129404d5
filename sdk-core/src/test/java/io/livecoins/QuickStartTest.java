package io.livecoins;

import static org.assertj.core.api.Assertions.assertThat;

import io.livecoins.gift.SendGiftResult;
import io.livecoins.payment.SandboxPaymentProvider;
import io.livecoins.payment.TestCard;
import io.livecoins.recharge.CoinPackage;
import io.livecoins.recharge.FilePendingOrderStore;
import io.livecoins.recharge.PurchaseResult;
import io.livecoins.testing.LiveCoinsMockServer;
import io.livecoins.wallet.Wallet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's quick start compiles, runs, and is the same code as the README shows. */
final class QuickStartTest {
  @Test
  void theReadmeQuickStartRunsAgainstTheMockBackend(@TempDir Path dataDir) {
    try (LiveCoinsMockServer server = LiveCoinsMockServer.builder().build().start()) {
      String baseUrl = server.url().toString();
      String userId = "alice";
      String userSessionToken = "demo-token-alice";

      // quickstart:start
      LiveCoins client = LiveCoins.builder()
          .baseUrl(baseUrl)                                          // your LiveCoins backend
          .authTokenProvider(AuthTokenProvider.of(userId, userSessionToken)) // the signed-in user
          .paymentProvider(new SandboxPaymentProvider())             // or your card, PayPal or Play Billing provider
          .pendingOrderStore(new FilePendingOrderStore(dataDir.resolve("livecoins-orders")))
          .build();

      client.recharge().resumePending().execute();   // finish purchases a crash interrupted

      CoinPackage pack = client.recharge().packages("US").execute().get(2);  // 700 coins + 35 bonus
      PurchaseResult bought = client.recharge().purchase(pack, "sandbox", TestCard.VISA).execute();
      Wallet wallet = client.wallet().balance().execute();
      SendGiftResult sent = client.gifts().send("rose", "carol", "stream-carol", 1).execute();
      // quickstart:end

      assertThat(bought.isCompleted()).isTrue();
      assertThat(bought.coinsCredited()).isEqualTo(735);
      assertThat(wallet.coins()).isEqualTo(735);
      assertThat(sent.wallet().coins()).isEqualTo(734);
      server.assertConsistent();
    }
  }

  @Test
  void theReadmeShowsExactlyThisCode() throws IOException {
    List<String> inTest =
        between(
            Files.readAllLines(
                Path.of("src/test/java/io/livecoins/QuickStartTest.java"), StandardCharsets.UTF_8),
            "// quickstart:start",
            "// quickstart:end");
    List<String> inReadme =
        between(
            Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8),
            "<!-- quickstart:start -->",
            "<!-- quickstart:end -->");
    inReadme.removeIf(line -> line.startsWith("```"));
    assertThat(inTest).isNotEmpty();
    assertThat(inReadme).isEqualTo(inTest);
  }

  private static List<String> between(List<String> lines, String start, String end) {
    List<String> result = new ArrayList<>();
    boolean inside = false;
    for (String line : lines) {
      String trimmed = line.trim();
      if (trimmed.equals(start)) {
        inside = true;
      } else if (trimmed.equals(end)) {
        break;
      } else if (inside && !trimmed.isEmpty()) {
        result.add(trimmed.replaceAll("\\s+", " "));
      }
    }
    return result;
  }
}
