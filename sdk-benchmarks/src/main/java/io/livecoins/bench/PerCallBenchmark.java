package io.livecoins.bench;

import com.stripe.Stripe;
import com.stripe.exception.StripeException;
import com.stripe.model.Balance;
import io.livecoins.LiveCoins;
import io.livecoins.gift.SendGiftResult;
import io.livecoins.wallet.Wallet;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Group 1 and 2: the cost of one call, one thread, against canned answers from one MockWebServer on
 * 127.0.0.1 (in a child JVM, {@link CannedServerProcess}, so {@code -prof gc} counts the clients only). The same request made four ways: the SDK, raw OkHttp + Moshi (the floor), Retrofit +
 * Moshi, and stripe-java's {@code Balance.retrieve()} (a GET of a similar-sized body). Run with
 * {@code -prof gc} for allocation per call ({@code gc.alloc.rate.norm}).
 *
 * <p>Sample-time mode: the report uses each iteration's median call, which a busy machine (other
 * processes on the same cores) disturbs far less than the mean.
 *
 * <p>Each client has its own OkHttp client (its own connection pool), as each would in an app; all
 * keep one connection alive to the server, so the figures are per call, not per connection.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PerCallBenchmark {
  private CannedServerProcess server;
  private LiveCoins sdk;
  private Fixtures.RawClient raw;
  private Fixtures.LiveCoinsService retrofit;
  private Fixtures.SendGiftRequestJson sendBody;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = CannedServerProcess.start();
    HttpUrl base = server.url();
    // One OkHttpClient (one pool, so one keep-alive connection) for every OkHttp-based client: two
    // identical clients on separate connections were measured up to 10% apart, a bias of the socket,
    // not of the client.
    OkHttpClient shared = Fixtures.okHttp();
    sdk = Fixtures.sdk(base, shared);
    raw = new Fixtures.RawClient(shared, base, Fixtures.TOKEN);
    retrofit = Fixtures.retrofit(shared, base, Fixtures.TOKEN);
    sendBody = Fixtures.SendGiftRequestJson.rose(Fixtures.RECIPIENT, Fixtures.STREAM);
    // stripe-java is configured globally.
    Stripe.apiKey = "sk_test_livecoins_bench_0000000000";
    Stripe.overrideApiBase(base.toString().replaceAll("/$", ""));
    Stripe.setMaxNetworkRetries(0);
    // Fail now, not after a minute of measuring errors.
    if (sdk.wallet().balance().execute().coins() != 1_000_000) throw new IllegalStateException("sdk");
    if (raw.balance().coins != 1_000_000) throw new IllegalStateException("raw");
    if (Fixtures.execute(retrofit.wallet()).coins != 1_000_000) throw new IllegalStateException("retrofit");
    try {
      if (Balance.retrieve().getAvailable().get(0).getAmount() != 1_000_000) {
        throw new IllegalStateException("stripe");
      }
    } catch (StripeException e) {
      throw new IllegalStateException("stripe", e);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    raw.okHttp().dispatcher().executorService().shutdown();
    raw.okHttp().connectionPool().evictAll();
    server.close();
  }

  // ---------------------------------------------------------------- balance: GET /v1/wallet

  @Benchmark
  public Wallet balance_sdk() {
    return sdk.wallet().balance().execute();
  }

  @Benchmark
  public Fixtures.WalletJson balance_okhttpMoshi() throws IOException {
    return raw.balance();
  }

  @Benchmark
  public Fixtures.WalletJson balance_retrofitMoshi() throws IOException {
    return Fixtures.execute(retrofit.wallet());
  }

  @Benchmark
  public Balance balance_stripeJava() throws StripeException {
    return Balance.retrieve();
  }

  // ---------------------------------------------------------------- send: POST /v1/gifts/send

  @Benchmark
  public SendGiftResult send_sdk() {
    return sdk.gifts().send(Fixtures.ROSE, Fixtures.RECIPIENT, Fixtures.STREAM, 1).execute();
  }

  @Benchmark
  public Fixtures.SendGiftResponseJson send_okhttpMoshi() throws IOException {
    return raw.send(sendBody);
  }

  @Benchmark
  public Fixtures.SendGiftResponseJson send_retrofitMoshi() throws IOException {
    return Fixtures.execute(retrofit.send(UUID.randomUUID().toString(), sendBody));
  }
}
