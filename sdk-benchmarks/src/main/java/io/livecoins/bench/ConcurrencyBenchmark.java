package io.livecoins.bench;

import io.livecoins.LiveCoins;
import io.livecoins.gift.SendGiftResult;
import io.livecoins.testing.LiveCoinsMockServer;
import io.livecoins.testing.MockUser;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Group 3: gifts sent per second by 1, 4 and 16 threads sharing one SDK client, against the real
 * {@link LiveCoinsMockServer} (ledger, idempotency store, contract check) on 127.0.0.1; the baseline
 * is raw OkHttp + Moshi with the same thread count on the same kind of server. Each trial gets a
 * fresh server. The tear-down records requests and connections opened (side channel {@code
 * concurrency-<benchmark>}): connection reuse means far fewer connections than requests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ConcurrencyBenchmark {
  /** Enough coins for any run: a rose costs one. */
  static final long SENDER_COINS = 1_000_000_000_000L;

  private LiveCoinsMockServer server;
  private CountingListener sdkListener;
  private CountingListener rawListener;
  private LiveCoins sdk;
  private Fixtures.RawClient raw;
  private Fixtures.SendGiftRequestJson sendBody;

  /** The mock backend with a rich sender, in default (strict) mode. */
  static LiveCoinsMockServer mockServer() {
    return LiveCoinsMockServer.builder()
        .addUser(MockUser.viewer(Fixtures.SENDER, Fixtures.TOKEN).coins(SENDER_COINS).build())
        .build()
        .start();
  }

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = mockServer();
    HttpUrl base = server.url();
    sdkListener = new CountingListener();
    rawListener = new CountingListener();
    sdk = Fixtures.sdk(base, Fixtures.okHttp(sdkListener));
    raw = new Fixtures.RawClient(Fixtures.okHttp(rawListener), base, Fixtures.TOKEN);
    sendBody = Fixtures.SendGiftRequestJson.rose(Fixtures.RECIPIENT, Fixtures.STREAM);
  }

  @TearDown(Level.Trial)
  public void tearDown(BenchmarkParams params) {
    String name = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
    boolean isSdk = name.startsWith("sdk");
    CountingListener l = isSdk ? sdkListener : rawListener;
    long spent = SENDER_COINS - server.wallet(Fixtures.SENDER).coins();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("threads", params.getThreads());
    out.put("requests", l.calls.sum());
    out.put("connectionsOpened", l.connections.sum());
    out.put("coinsSpent", spent);
    out.put("contractViolations", server.contractViolations().size());
    SideChannel.write("concurrency-" + name, out);
    if (spent != l.sends.sum()) {
      throw new IllegalStateException("coins spent " + spent + " != gifts sent " + l.sends.sum());
    }
    server.close();
  }

  SendGiftResult sdkSend() {
    return sdk.gifts().send(Fixtures.ROSE, Fixtures.RECIPIENT, Fixtures.STREAM, 1).execute();
  }

  Fixtures.SendGiftResponseJson rawSend() throws IOException {
    return raw.send(sendBody);
  }

  @Benchmark
  @Threads(1)
  public SendGiftResult sdk_01threads() {
    return sdkSend();
  }

  @Benchmark
  @Threads(4)
  public SendGiftResult sdk_04threads() {
    return sdkSend();
  }

  @Benchmark
  @Threads(16)
  public SendGiftResult sdk_16threads() {
    return sdkSend();
  }

  @Benchmark
  @Threads(1)
  public Fixtures.SendGiftResponseJson okhttpMoshi_01threads() throws IOException {
    return rawSend();
  }

  @Benchmark
  @Threads(4)
  public Fixtures.SendGiftResponseJson okhttpMoshi_04threads() throws IOException {
    return rawSend();
  }

  @Benchmark
  @Threads(16)
  public Fixtures.SendGiftResponseJson okhttpMoshi_16threads() throws IOException {
    return rawSend();
  }
}
