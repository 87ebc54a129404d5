package io.livecoins.bench;

import io.livecoins.testing.LiveCoinsMockServer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
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
 * Group 5: what load the mock backend carries. Eight closed-loop clients (threads sharing one raw
 * OkHttp client, so the figures are the server's, not the SDK's) each send a request as soon as the
 * previous one is answered. Sample-time mode gives the latency distribution (p50, p99); requests per
 * second follow as 8 / mean latency. The baseline is a bare MockWebServer answering the same request
 * with a canned body: the cost of MockWebServer itself.
 *
 * <p>The mock server runs in its default mode: strict, and checking every request and response
 * against the OpenAPI contract (the check can't be switched off; {@code strict(false)} only stops
 * rejecting bad requests).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(8)
public class MockBackendBenchmark {
  private LiveCoinsMockServer mock;
  private MockWebServer canned;
  private CountingListener listener;
  private Fixtures.RawClient toMock;
  private Fixtures.RawClient toCanned;
  private Fixtures.SendGiftRequestJson sendBody;

  @Setup(Level.Trial)
  public void setUp() {
    mock = ConcurrencyBenchmark.mockServer();
    canned = Fixtures.cannedServer();
    listener = new CountingListener();
    var okHttp = Fixtures.okHttp(listener);
    toMock = new Fixtures.RawClient(okHttp, mock.url(), Fixtures.TOKEN);
    toCanned = new Fixtures.RawClient(okHttp, canned.url("/"), Fixtures.TOKEN);
    sendBody = Fixtures.SendGiftRequestJson.rose(Fixtures.RECIPIENT, Fixtures.STREAM);
  }

  @TearDown(Level.Trial)
  public void tearDown(BenchmarkParams params) {
    String name = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("threads", params.getThreads());
    out.put("requests", listener.calls.sum());
    out.put("connectionsOpened", listener.connections.sum());
    out.put("contractViolations", mock.contractViolations().size());
    out.put("requestViolations", mock.requestViolations().size());
    SideChannel.write("backend-" + name, out);
    mock.close();
    canned.close();
  }

  @Benchmark
  public Fixtures.WalletJson cannedMockWebServer_wallet() throws IOException {
    return toCanned.balance();
  }

  @Benchmark
  public Fixtures.WalletJson mockBackend_wallet() throws IOException {
    return toMock.balance();
  }

  @Benchmark
  public Fixtures.SendGiftResponseJson cannedMockWebServer_send() throws IOException {
    return toCanned.send(sendBody);
  }

  @Benchmark
  public Fixtures.SendGiftResponseJson mockBackend_send() throws IOException {
    return toMock.send(sendBody);
  }
}
