package io.livecoins.bench;

import com.stripe.Stripe;
import com.stripe.model.Balance;
import io.livecoins.LiveCoins;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * A paired cross-check of group 1 for a shared, busy machine: the same seven (call, client) pairs as
 * {@link PerCallBenchmark}, interleaved in small blocks in random order, so a burst of load from other
 * processes hits every client alike. Each block yields, per pair, the median call time divided by the
 * baseline's median in the same block; the figure is the mean of those per-block ratios with a 95%
 * interval over blocks. JMH (group 1) measures each client for seconds on its own, which a load burst
 * can skew; this design cancels it.
 *
 * <p>Usage: {@code PerCallInterleaved [seconds]} (default 40, after 8 s of warm-up). Writes the side
 * channel {@code interleaved}.
 */
public final class PerCallInterleaved {
  private PerCallInterleaved() {}

  /** One way to make one call. */
  private interface Action {
    void run() throws Exception;
  }

  static final int BLOCK = 40;

  public static void main(String[] args) throws Exception {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 40;
    Map<String, Object> out = measure(8, seconds);
    out.forEach((k, v) -> System.out.println(k + " = " + v));
    System.exit(0);
  }

  /** Time-boxed: warms up for {@code warmupSeconds}, then measures for {@code seconds} (at least one block). */
  public static Map<String, Object> measure(double warmupSeconds, double seconds) throws Exception {
    return measure((long) (warmupSeconds * 1e9), (long) (seconds * 1e9), 0, 1);
  }

  /**
   * Counted, for smoke tests: exactly {@code warmupBlocks} blocks of warm-up and {@code blocks}
   * measured blocks, however slow or loaded the machine is.
   */
  public static Map<String, Object> measureBlocks(int warmupBlocks, int blocks) throws Exception {
    return measure(0, 0, warmupBlocks, blocks);
  }

  private static Map<String, Object> measure(
      long warmupNanos, long measureNanos, int warmupBlocks, int minBlocks) throws Exception {
    try (CannedServerProcess server = CannedServerProcess.start()) {
      HttpUrl base = server.url();
      // One pool, so one keep-alive connection, for every OkHttp-based client (see PerCallBenchmark).
      OkHttpClient shared = Fixtures.okHttp();
      LiveCoins sdk = Fixtures.sdk(base, shared);
      Fixtures.RawClient raw = new Fixtures.RawClient(shared, base, Fixtures.TOKEN);
      Fixtures.LiveCoinsService retrofit = Fixtures.retrofit(shared, base, Fixtures.TOKEN);
      Fixtures.SendGiftRequestJson body = Fixtures.SendGiftRequestJson.rose(Fixtures.RECIPIENT, Fixtures.STREAM);
      Stripe.apiKey = "sk_test_livecoins_bench_0000000000";
      Stripe.overrideApiBase(base.toString().replaceAll("/$", ""));
      Stripe.setMaxNetworkRetries(0);

      Map<String, Action> actions = new LinkedHashMap<>();
      actions.put("balance_okhttpMoshi", raw::balance);
      actions.put("balance_sdk", () -> sdk.wallet().balance().execute());
      actions.put("balance_retrofitMoshi", () -> Fixtures.execute(retrofit.wallet()));
      actions.put("balance_stripeJava", Balance::retrieve);
      actions.put("send_okhttpMoshi", () -> raw.send(body));
      actions.put("send_sdk", () -> sdk.gifts().send(Fixtures.ROSE, Fixtures.RECIPIENT, Fixtures.STREAM, 1).execute());
      actions.put("send_retrofitMoshi", () -> Fixtures.execute(retrofit.send(UUID.randomUUID().toString(), body)));

      List<String> names = new ArrayList<>(actions.keySet());
      Random random = new Random(42);
      long[] samples = new long[BLOCK];
      Map<String, List<Double>> ratios = new LinkedHashMap<>();
      Map<String, List<Double>> medians = new LinkedHashMap<>();
      for (String n : names) {
        ratios.put(n, new ArrayList<>());
        medians.put(n, new ArrayList<>());
      }
      long warmupEnd = System.nanoTime() + warmupNanos;
      long end = warmupEnd + measureNanos;
      int warmedUp = 0;
      int blocks = 0;
      while (blocks < minBlocks || System.nanoTime() < end) {
        boolean measuring = warmedUp >= warmupBlocks && System.nanoTime() >= warmupEnd;
        Collections.shuffle(names, random);
        Map<String, Double> blockMedian = new LinkedHashMap<>();
        for (String n : names) {
          Action a = actions.get(n);
          for (int i = 0; i < BLOCK; i++) {
            long t0 = System.nanoTime();
            a.run();
            samples[i] = System.nanoTime() - t0;
          }
          Arrays.sort(samples);
          blockMedian.put(n, (samples[BLOCK / 2 - 1] + samples[BLOCK / 2]) / 2e3);
        }
        if (!measuring) {
          warmedUp++;
          continue;
        }
        blocks++;
        for (String n : names) {
          String call = n.substring(0, n.indexOf('_'));
          medians.get(n).add(blockMedian.get(n));
          ratios.get(n).add(blockMedian.get(n) / blockMedian.get(call + "_okhttpMoshi"));
        }
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("blocks", blocks);
      out.put("callsPerBlock", BLOCK);
      for (String n : actions.keySet()) {
        out.put(n + ".ratio", String.format(Locale.ROOT, "%.4f", mean(ratios.get(n))));
        out.put(n + ".ratioError", String.format(Locale.ROOT, "%.4f", ci95(ratios.get(n))));
        out.put(n + ".medianMicros", String.format(Locale.ROOT, "%.2f", mean(medians.get(n))));
      }
      SideChannel.write("interleaved", out);
      raw.okHttp().dispatcher().executorService().shutdown();
      return out;
    }
  }

  static double mean(List<Double> v) {
    double s = 0;
    for (double d : v) s += d;
    return v.isEmpty() ? Double.NaN : s / v.size();
  }

  static double ci95(List<Double> v) {
    int n = v.size();
    if (n < 2) return 0;
    double m = mean(v);
    double ss = 0;
    for (double d : v) ss += (d - m) * (d - m);
    return (n < 30 ? 2.05 : 1.96) * Math.sqrt(ss / (n - 1)) / Math.sqrt(n);
  }
}
