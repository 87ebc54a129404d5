package io.livecoins.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {
  final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @Test
  void helpPrintsUsageAndStartsNothing() {
    assertThat(Main.configure(new String[] {"--help"}, out)).isNull();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("--port").contains("--fault-rate")
        .contains("--no-strict").contains("drop-after-commit");
  }

  @Test
  void badFlagsAreRejected() {
    assertThatThrownBy(() -> Main.configure(new String[] {"--bogus"}, out))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--bogus");
    assertThatThrownBy(() -> Main.configure(new String[] {"--port"}, out)).hasMessageContaining("needs a value");
    assertThatThrownBy(() -> Main.configure(new String[] {"--fault-rate", "2"}, out))
        .hasMessageContaining("0..1");
    assertThatThrownBy(() -> Main.configure(new String[] {"--fault", "GET /v1/nope=503"}, out))
        .hasMessageContaining("unknown route");
    assertThatThrownBy(() -> Main.configure(new String[] {"--fault-kinds", "418"}, out))
        .hasMessageContaining("unknown fault");
  }

  @Test
  void flagsConfigureTheServerAndTheBannerListsTheDemoTokens() {
    try (LiveCoinsMockServer server = Main.configure(new String[] {"--port", "0", "--seed", "3", "--no-strict",
        "--fault", "GET /v1/wallet=503,429:2", "--fault-rate", "0"}, out)) {
      server.start();
      Main.printBanner(server, out);
      String banner = bytes.toString(StandardCharsets.UTF_8);
      assertThat(banner).contains("listening on http://127.0.0.1:" + server.port() + "/");
      for (MockUser u : DemoData.users()) {
        assertThat(banner).contains(u.token());
      }
      TestApi api = new TestApi(server);
      assertThat(api.get(DemoData.BOB_TOKEN, "/v1/wallet").code()).isEqualTo(503);
      assertThat(api.get(DemoData.BOB_TOKEN, "/v1/wallet").code()).isEqualTo(429);
      assertThat(api.get(DemoData.BOB_TOKEN, "/v1/wallet").code()).isEqualTo(200);
    }
  }

  @Test
  void expiredPaymentPolicyFlagSelectsTheVoidPolicy() {
    assertThatThrownBy(() -> Main.configure(new String[] {"--expired-payment-policy", "refuse"}, out))
        .hasMessageContaining("credit-late or void");
    try (LiveCoinsMockServer server =
        Main.configure(new String[] {"--port", "0", "--expired-payment-policy", "void"}, out)) {
      server.start();
      TestApi api = new TestApi(server);
      String id = api.createOrder(DemoData.ALICE_TOKEN, "coins-70", 99, "k1");
      server.expireOrder(id);
      TestApi.Resp r = api.confirm(DemoData.ALICE_TOKEN, id, TestApi.sandboxToken(id, "ok"), "k2");
      assertThat(r.obj("order")).containsEntry("status", "VOIDED");
    }
  }
}
