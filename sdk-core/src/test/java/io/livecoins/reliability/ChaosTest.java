package io.livecoins.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Money under faults, bounded for CI (about a minute on two cores): see {@link ChaosRun}. Prints
 * its seed and figures; override with {@code -Dlivecoins.chaos.seed=N}, {@code
 * -Dlivecoins.chaos.ops=N}, {@code -Dlivecoins.chaos.threads=N}, {@code
 * -Dlivecoins.chaos.faultRate=0.2}.
 */
final class ChaosTest {
  @TempDir Path dir;

  @Test
  void moneyIsNeitherLostNorDoubledUnderInjectedFaults() throws Exception {
    ChaosRun.Config config = new ChaosRun.Config();
    config.seed = Long.getLong("livecoins.chaos.seed", config.seed);
    config.operations = Integer.getInteger("livecoins.chaos.ops", 3000);
    config.threads = Integer.getInteger("livecoins.chaos.threads", 4);
    config.faultRate = Double.parseDouble(System.getProperty("livecoins.chaos.faultRate", "0.15"));
    config.budget = Duration.ofSeconds(Long.getLong("livecoins.chaos.budgetSeconds", 45));
    System.out.println("ChaosTest seed " + config.seed + " (rerun with -Dlivecoins.chaos.seed=" + config.seed + ")");

    ChaosRun.Report report = new ChaosRun(config, dir).run();

    System.out.println(report);
    assertThat(report.operations).isGreaterThan(0);
    assertThat(report.faults).isGreaterThan(0);
  }
}
