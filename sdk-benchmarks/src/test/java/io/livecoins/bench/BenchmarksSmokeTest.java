package io.livecoins.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Proves every benchmark works, in about a second each: no warm-up, one short measurement, in this
 * JVM (no fork). The figures mean nothing; {@code ./bench/run} measures for real.
 */
class BenchmarksSmokeTest {
  @TempDir static Path out;
  private static String previous;

  @BeforeAll
  static void sideChannelToTempDir() {
    previous = System.getProperty(SideChannel.DIR_PROPERTY);
    System.setProperty(SideChannel.DIR_PROPERTY, out.toString());
  }

  @AfterAll
  static void restore() {
    if (previous == null) {
      System.clearProperty(SideChannel.DIR_PROPERTY);
    } else {
      System.setProperty(SideChannel.DIR_PROPERTY, previous);
    }
  }

  private static Map<String, RunResult> run(Class<?> benchmarks, int measurementMillis) throws RunnerException {
    Options options = new OptionsBuilder()
        .include(benchmarks.getName().replace(".", "\\.") + "\\.")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(measurementMillis))
        .shouldFailOnError(true)
        .verbosity(org.openjdk.jmh.runner.options.VerboseMode.SILENT)
        .build();
    Collection<RunResult> results = new Runner(options).run();
    return results.stream().collect(Collectors.toMap(
        r -> r.getParams().getBenchmark().substring(r.getParams().getBenchmark().lastIndexOf('.') + 1),
        r -> r));
  }

  private static void assertScores(Map<String, RunResult> results, List<String> expected) {
    assertThat(results).containsOnlyKeys(expected);
    results.forEach((name, r) ->
        assertThat(r.getPrimaryResult().getScore()).as(name).isPositive());
  }

  @Test
  void perCallBenchmarksAnswerEveryClient() throws RunnerException {
    Map<String, RunResult> results = run(PerCallBenchmark.class, 300);
    assertScores(results, List.of("balance_sdk", "balance_okhttpMoshi", "balance_retrofitMoshi",
        "balance_stripeJava", "send_sdk", "send_okhttpMoshi", "send_retrofitMoshi"));
  }

  @Test
  void interleavedCrossCheckRatesEveryClientAgainstTheBaseline() throws Exception {
    // Counted, not time-boxed: a loaded machine makes it slower, never empty.
    Map<String, Object> figures = PerCallInterleaved.measureBlocks(1, 2);
    assertThat((Integer) figures.get("blocks")).isEqualTo(2);
    assertThat(figures.get("balance_okhttpMoshi.ratio")).isEqualTo("1.0000");
    for (String pair : List.of("balance_sdk", "balance_retrofitMoshi", "balance_stripeJava", "send_sdk",
        "send_retrofitMoshi")) {
      assertThat(Double.parseDouble((String) figures.get(pair + ".ratio"))).as(pair).isPositive();
    }
  }

  @Test
  void concurrencyBenchmarksReuseConnections() throws RunnerException {
    Map<String, RunResult> results = run(ConcurrencyBenchmark.class, 300);
    assertScores(results, List.of("sdk_01threads", "sdk_04threads", "sdk_16threads",
        "okhttpMoshi_01threads", "okhttpMoshi_04threads", "okhttpMoshi_16threads"));
    Properties sdk16 = SideChannel.read(out, "concurrency-sdk_16threads");
    long requests = Long.parseLong(sdk16.getProperty("requests"));
    assertThat(requests).isPositive();
    assertThat(Long.parseLong(sdk16.getProperty("connectionsOpened"))).isLessThan(requests);
    assertThat(sdk16.getProperty("contractViolations")).isEqualTo("0");
  }

  @Test
  void comboSpendsExactlyTheTaps() throws RunnerException {
    Map<String, RunResult> results = run(ComboBenchmark.class, 300);
    assertScores(results, List.of("combo_1000taps", "oneRequestPerTap_1000taps"));
    Properties combo = SideChannel.read(out, "combo-combo_1000taps");
    long operations = Long.parseLong(combo.getProperty("operations"));
    assertThat(operations).isPositive();
    assertThat(Long.parseLong(combo.getProperty("tapsAccepted"))).isEqualTo(operations * ComboBenchmark.TAPS);
    assertThat(Long.parseLong(combo.getProperty("coinsSpent"))).isEqualTo(operations * ComboBenchmark.TAPS);
    assertThat(Long.parseLong(combo.getProperty("requests"))).isLessThan(operations * ComboBenchmark.TAPS);
    Properties perTap = SideChannel.read(out, "combo-oneRequestPerTap_1000taps");
    long perTapOps = Long.parseLong(perTap.getProperty("operations"));
    assertThat(Long.parseLong(perTap.getProperty("requests"))).isEqualTo(perTapOps * ComboBenchmark.TAPS);
    assertThat(Long.parseLong(perTap.getProperty("coinsSpent"))).isEqualTo(perTapOps * ComboBenchmark.TAPS);
  }

  @Test
  void mockBackendBenchmarksSampleLatency() throws RunnerException {
    Map<String, RunResult> results = run(MockBackendBenchmark.class, 300);
    assertScores(results, List.of("cannedMockWebServer_wallet", "mockBackend_wallet",
        "cannedMockWebServer_send", "mockBackend_send"));
    assertThat(SideChannel.read(out, "backend-mockBackend_send").getProperty("contractViolations"))
        .isEqualTo("0");
  }

  @Test
  void coldStartTimesBothClients() throws Exception {
    Map<String, Object> figures = ColdStart.measure(1);
    assertThat(Double.parseDouble((String) figures.get("sdk.medianMillis"))).isPositive();
    assertThat(Double.parseDouble((String) figures.get("okhttpMoshi.medianMillis"))).isPositive();
  }
}
