package io.livecoins.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;

/**
 * Group 6, cold start: the wall time from launching a JVM to its first completed wallet call, with
 * the SDK against raw OkHttp + Moshi. Each run is a fresh child JVM ({@link ColdStartChild}) on this
 * JVM's classpath (the same for both, so the difference is the classes each one loads and
 * initialises); the clock stops when the child prints its answer. The modes alternate, after one
 * untimed run of each to warm the OS file cache. Writes the side channel {@code coldstart}.
 *
 * <p>Usage: {@code ColdStart [runs]} (default 5).
 */
public final class ColdStart {
  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Map<String, Object> out = measure(runs);
    out.forEach((k, v) -> System.out.println(k + " = " + v));
  }

  /** Runs {@code runs} timed children per mode and returns the figures (also written as side channel). */
  public static Map<String, Object> measure(int runs) throws IOException, InterruptedException {
    Map<String, List<Double>> times = new LinkedHashMap<>();
    times.put("sdk", new ArrayList<>());
    times.put("okhttpMoshi", new ArrayList<>());
    try (MockWebServer server = Fixtures.cannedServer()) {
      String base = server.url("/").toString();
      for (String mode : times.keySet()) runChild(mode, base); // untimed: warms the file cache
      for (int i = 0; i < runs; i++) {
        for (String mode : times.keySet()) times.get(mode).add(runChild(mode, base));
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("runs", runs);
    for (Map.Entry<String, List<Double>> e : times.entrySet()) {
      out.put(e.getKey() + ".medianMillis", String.format(java.util.Locale.ROOT, "%.1f", median(e.getValue())));
      out.put(e.getKey() + ".millis", e.getValue().stream()
          .map(d -> String.format(java.util.Locale.ROOT, "%.1f", d)).collect(Collectors.joining(",")));
    }
    SideChannel.write("coldstart", out);
    return out;
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** Launches one child and returns the milliseconds until it printed its answer. */
  static double runChild(String mode, String baseUrl) throws IOException, InterruptedException {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java,
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
        "-cp", System.getProperty("java.class.path"),
        ColdStartChild.class.getName(), mode, baseUrl);
    pb.redirectErrorStream(true);
    long start = System.nanoTime();
    Process process = pb.start();
    String answer = null;
    StringBuilder all = new StringBuilder();
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        all.append(line).append('\n');
        if (line.startsWith("OK ")) {
          answer = line;
          break;
        }
      }
      long elapsed = System.nanoTime() - start;
      if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly();
      if (answer == null) throw new IllegalStateException("child " + mode + " failed:\n" + all);
      return elapsed / 1e6;
    }
  }
}
