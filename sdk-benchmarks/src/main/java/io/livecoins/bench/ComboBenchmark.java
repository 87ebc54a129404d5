package io.livecoins.bench;

import io.livecoins.LiveCoins;
import io.livecoins.gift.GiftCombo;
import io.livecoins.gift.GiftComboStats;
import io.livecoins.testing.LiveCoinsMockServer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Group 4: 1,000 rapid taps on a rose (1 coin), through {@link GiftCombo} (taps as fast as the thread
 * can make them, then {@code close()}, which returns once the last batch is confirmed) against the
 * naive way, one blocking send per tap. One operation = 1,000 taps; the real {@link
 * LiveCoinsMockServer} on 127.0.0.1 keeps the ledger. After every operation the tear-down checks on
 * the server's ledger that the coins spent are exactly the taps, and records requests made (side
 * channel {@code combo-<benchmark>}); a mismatch fails the benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ComboBenchmark {
  public static final int TAPS = 1_000;

  private LiveCoinsMockServer server;
  private CountingListener listener;
  private LiveCoins sdk;

  private long coinsBefore;
  private long sendsBefore;
  private GiftComboStats lastStats;

  private long operations;
  private long taps;
  private long refused;
  private long requests;
  private long coinsSpent;
  private long comboCoinsSpent;
  private long comboRequestsSent;

  @Setup(Level.Trial)
  public void setUp() {
    server = ConcurrencyBenchmark.mockServer();
    listener = new CountingListener();
    sdk = Fixtures.sdk(server.url(), Fixtures.okHttp(listener));
    // A known balance lets the combo check taps locally from the first one.
    sdk.wallet().balance().execute();
  }

  @Setup(Level.Invocation)
  public void before() {
    coinsBefore = server.wallet(Fixtures.SENDER).coins();
    sendsBefore = listener.sends.sum();
    lastStats = null;
  }

  @TearDown(Level.Invocation)
  public void after() {
    long spent = coinsBefore - server.wallet(Fixtures.SENDER).coins();
    long sent = listener.sends.sum() - sendsBefore;
    long accepted = lastStats == null ? TAPS : lastStats.tapsAccepted();
    operations++;
    taps += accepted;
    requests += sent;
    coinsSpent += spent;
    if (lastStats != null) {
      refused += lastStats.tapsRefused();
      comboCoinsSpent += lastStats.coinsSpent();
      comboRequestsSent += lastStats.requestsSent();
    }
    if (spent != accepted * Fixtures.ROSE.coinCost()) {
      throw new IllegalStateException(
          "coins spent " + spent + " != taps " + accepted + " (" + lastStats + ")");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown(BenchmarkParams params) {
    String name = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("operations", operations);
    out.put("tapsPerOperation", TAPS);
    out.put("tapsAccepted", taps);
    out.put("tapsRefused", refused);
    out.put("requests", requests);
    out.put("coinsSpent", coinsSpent);
    out.put("comboRequestsSent", comboRequestsSent);
    out.put("comboCoinsSpent", comboCoinsSpent);
    out.put("contractViolations", server.contractViolations().size());
    SideChannel.write("combo-" + name, out);
    server.close();
  }

  @Benchmark
  public GiftComboStats combo_1000taps() {
    GiftCombo combo = sdk.gifts().combo(Fixtures.ROSE, Fixtures.RECIPIENT, Fixtures.STREAM);
    for (int i = 0; i < TAPS; i++) combo.tap();
    combo.close();
    return lastStats = combo.stats();
  }

  @Benchmark
  public long oneRequestPerTap_1000taps() {
    long coins = 0;
    for (int i = 0; i < TAPS; i++) {
      coins += sdk.gifts().send(Fixtures.ROSE, Fixtures.RECIPIENT, Fixtures.STREAM, 1).execute()
          .receipt().coins();
    }
    return coins;
  }
}
