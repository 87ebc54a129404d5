package io.livecoins.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The long variant of {@link ChaosTest}: the same {@link ChaosRun} with 100,000 operations. Not run
 * in CI: CI runs this class as a tiny smoke of the same code path (60 operations), so the soak
 * always compiles and works. Run the real one with (docs/reliability.md):
 *
 * <pre>
 * ./mvnw -B -pl sdk-core -am test -Dtest=SoakTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dlivecoins.soak=true -Dlivecoins.soak.ops=100000 [-Dlivecoins.soak.seed=N]
 * </pre>
 */
final class SoakTest {
  @TempDir Path dir;

  @Test
  void moneyStaysExactOverALongRunUnderFaults() throws Exception {
    boolean soak = Boolean.getBoolean("livecoins.soak");
    ChaosRun.Config config = new ChaosRun.Config();
    config.seed = Long.getLong("livecoins.soak.seed", 100_000L);
    config.operations = soak ? Integer.getInteger("livecoins.soak.ops", 100_000) : 60;
    config.threads = Integer.getInteger("livecoins.soak.threads", 4);
    config.faultRate = Double.parseDouble(System.getProperty("livecoins.soak.faultRate", "0.15"));
    config.budget = soak ? Duration.ofHours(Long.getLong("livecoins.soak.hours", 4)) : Duration.ofSeconds(30);
    System.out.println((soak ? "SoakTest" : "SoakTest (smoke; -Dlivecoins.soak=true for the real run)")
        + " seed " + config.seed);

    ChaosRun.Report report = new ChaosRun(config, dir).run();

    System.out.println(report);
    assertThat(report.operations).isEqualTo(config.operations);
  }
}
