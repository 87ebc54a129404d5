package io.livecoins.sample.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import io.livecoins.testing.DemoData;
import io.livecoins.testing.LiveCoinsMockServer;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MainTest {
  private final SampleIo io = new SampleIo();

  private int run(String... args) {
    return Main.run(args, new ByteArrayInputStream(new byte[0]), io.console, io.err, SampleIo.NO_WAIT);
  }

  @Test
  void helpPrintsUsageAndExitsZero() {
    assertThat(run("--help")).isZero();

    assertThat(io.out()).contains("Usage: io.livecoins.sample.jvm.Main [options]", "--base-url URL", "--interactive", "--card NUMBER",
        "Exit status: 0");
    assertThat(io.err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "--bogus", "stray", "--region", "--region=USA", "--card=1234", "--card=4242424242424241",
      "--base-url=ftp://example.com", "--base-url=http://127.0.0.1:1/", "--locale=", "--token= ",
      "--help=yes"})
  void badFlagsPrintUsageAndExitTwo(String arg) {
    assertThat(run(arg)).isEqualTo(2);

    assertThat(io.err()).startsWith("error: ").contains("Usage: io.livecoins.sample.jvm.Main [options]");
    assertThat(io.out()).isEmpty();
  }

  @Test
  void badFlagMessagesSayWhatIsWrong() {
    run("--region", "USA");
    run("--card", "4242424242424241");
    run("--base-url", "http://127.0.0.1:1/");
    run("--whatever");

    assertThat(io.err()).contains(
        "error: --region must be two letters such as US or GB, not 'USA'",
        "error: --card: card number fails the Luhn check",
        "error: --base-url needs --token",
        "error: unknown option --whatever");
    assertThat(io.err()).doesNotContain("4242424242424241");
  }

  @Test
  void walkthroughRunsAgainstAnExternalServerAndSkipsTheMockOnlySteps() {
    try (LiveCoinsMockServer standalone = LiveCoinsMockServer.builder().seed(7).build().start()) {
      int status = run("--base-url", standalone.url().toString(), "--token", DemoData.BOB_TOKEN,
          "--creator-token", DemoData.CAROL_TOKEN);

      assertThat(status).as(io.out()).isZero();
      assertThat(io.out()).contains("Backend: " + standalone.url(),
          "Balance: 1000 coins",
          "[skipped] network fault and interrupted recharge",
          "[ok] Everything behaved.")
          .doesNotContain("Ledger check");
      standalone.assertConsistent();
      assertThat(standalone.wallet("bob").coins()).isEqualTo(1000 + 735 + 70 - 66);
    }
  }

  @Test
  void externalServerWithoutCreatorTokenSkipsTheCreatorStep() {
    try (LiveCoinsMockServer standalone = LiveCoinsMockServer.builder().build().start()) {
      int status = run("--base-url", standalone.url().toString(), "--token", DemoData.ALICE_TOKEN);

      assertThat(status).as(io.out()).isZero();
      assertThat(io.out()).contains("[skipped] no creator token: pass --creator-token TOKEN");
    }
  }

  @Test
  void unreachableServerFailsWithExitOne() {
    int status = run("--base-url", "http://127.0.0.1:1/", "--token", "t");

    assertThat(status).isEqualTo(1);
    assertThat(io.out()).contains("[FAILED] Start-up: cannot reach the server");
  }
}
