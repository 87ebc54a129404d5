package io.livecoins.bench.report;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JMH JSON result files of one group ({@code <group>.json} or {@code <group>-<round>.json}), merged:
 * each benchmark's per-iteration values from every fork of every round. Statistics are taken over
 * those iteration values, so rounds run minutes apart (interleaved with the other benchmarks)
 * average out a burst of load on a shared machine.
 */
public final class JmhResults {
  /** One benchmark across rounds. */
  public static final class Entry {
    final String name;
    final String mode;
    final int threads;
    final String unit;
    /** Per-iteration scores (all modes). */
    final List<Double> iterations = new ArrayList<>();
    /** Per-iteration histograms (sample mode): {value, count} pairs. */
    final List<List<double[]>> histograms = new ArrayList<>();
    final Map<String, List<Double>> secondary = new LinkedHashMap<>();
    final Map<String, String> secondaryUnits = new LinkedHashMap<>();

    Entry(String name, String mode, int threads, String unit) {
      this.name = name;
      this.mode = mode;
      this.threads = threads;
      this.unit = unit;
    }

    public String unit() {
      return unit;
    }

    public int threads() {
      return threads;
    }
  }

  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private final List<Map<String, Object>> runs = new ArrayList<>();
  private int files;

  private JmhResults() {}

  /** Loads {@code dir/<group>.json} and {@code dir/<group>-*.json}; empty if none exist. */
  @SuppressWarnings("unchecked")
  public static JmhResults load(Path dir, String group) throws IOException {
    JmhResults results = new JmhResults();
    if (!Files.isDirectory(dir)) return results;
    List<Path> paths = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, group + "{,-*}.json")) {
      stream.forEach(paths::add);
    }
    paths.sort(Comparator.naturalOrder());
    JsonAdapter<Object> json = new Moshi.Builder().build().adapter(Object.class);
    for (Path p : paths) {
      String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
      if (text.isBlank()) continue;
      List<Map<String, Object>> list = (List<Map<String, Object>>) json.fromJson(text);
      if (list == null) continue;
      results.files++;
      for (Map<String, Object> run : list) results.add(run);
    }
    return results;
  }

  @SuppressWarnings("unchecked")
  private void add(Map<String, Object> run) {
    runs.add(run);
    String full = (String) run.get("benchmark");
    String name = full.substring(full.lastIndexOf('.') + 1);
    Map<String, Object> primary = (Map<String, Object>) run.get("primaryMetric");
    Entry e = entries.computeIfAbsent(name, n -> new Entry(n, (String) run.get("mode"),
        ((Number) run.get("threads")).intValue(), (String) primary.get("scoreUnit")));
    for (List<Object> fork : (List<List<Object>>) primary.getOrDefault("rawData", List.of())) {
      for (Object v : fork) e.iterations.add(number(v));
    }
    Object hist = primary.get("rawDataHistogram");
    if (hist != null) {
      for (List<Object> fork : (List<List<Object>>) hist) {
        for (Object iteration : fork) {
          List<double[]> buckets = new ArrayList<>();
          for (Object pair : (List<Object>) iteration) {
            List<Object> vc = (List<Object>) pair;
            buckets.add(new double[] {number(vc.get(0)), number(vc.get(1))});
          }
          buckets.sort(Comparator.comparingDouble(b -> b[0]));
          e.histograms.add(buckets);
        }
      }
    }
    Map<String, Object> secondary = (Map<String, Object>) run.getOrDefault("secondaryMetrics", Map.of());
    for (Map.Entry<String, Object> s : secondary.entrySet()) {
      Map<String, Object> metric = (Map<String, Object>) s.getValue();
      List<Double> values = e.secondary.computeIfAbsent(s.getKey(), k -> new ArrayList<>());
      e.secondaryUnits.put(s.getKey(), (String) metric.get("scoreUnit"));
      for (List<Object> fork : (List<List<Object>>) metric.getOrDefault("rawData", List.of())) {
        for (Object v : fork) values.add(number(v));
      }
    }
  }

  private static double number(Object v) {
    if (v instanceof Number) return ((Number) v).doubleValue();
    try {
      return Double.parseDouble(String.valueOf(v));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** How many result files (rounds) were merged. */
  public int rounds() {
    return files;
  }

  public Entry entry(String name) {
    return entries.get(name);
  }

  /** One JMH run's settings (the first loaded), for the report header. */
  public Map<String, Object> anyRun() {
    return runs.isEmpty() ? Map.of() : runs.get(0);
  }

  /** Mean ± CI of the per-iteration primary scores (for sample mode: of per-iteration means). */
  public Stats score(String name) {
    Entry e = entries.get(name);
    if (e == null) return Stats.of(List.of());
    if (!e.histograms.isEmpty()) {
      List<Double> means = new ArrayList<>();
      for (List<double[]> h : e.histograms) means.add(mean(h));
      return Stats.of(means);
    }
    return Stats.of(e.iterations);
  }

  /** Mean ± CI of the per-iteration {@code p}-th percentile (0..1), sample mode only. */
  public Stats percentile(String name, double p) {
    Entry e = entries.get(name);
    if (e == null || e.histograms.isEmpty()) return Stats.of(List.of());
    List<Double> values = new ArrayList<>();
    for (List<double[]> h : e.histograms) values.add(percentile(h, p));
    return Stats.of(values);
  }

  /** Mean ± CI of a secondary metric's per-iteration values (e.g. {@code gc.alloc.rate.norm}). */
  public Stats secondary(String name, String metric) {
    Entry e = entries.get(name);
    if (e == null || !e.secondary.containsKey(metric)) return Stats.of(List.of());
    return Stats.of(e.secondary.get(metric));
  }

  /** Samples taken in sample mode across all iterations. */
  public long samples(String name) {
    Entry e = entries.get(name);
    if (e == null) return 0;
    long n = 0;
    for (List<double[]> h : e.histograms) for (double[] b : h) n += (long) b[1];
    return n;
  }

  private static double mean(List<double[]> h) {
    double sum = 0;
    double count = 0;
    for (double[] b : h) {
      sum += b[0] * b[1];
      count += b[1];
    }
    return count == 0 ? Double.NaN : sum / count;
  }

  private static double percentile(List<double[]> h, double p) {
    double total = 0;
    for (double[] b : h) total += b[1];
    double rank = Math.max(1, Math.ceil(p * total));
    double seen = 0;
    for (double[] b : h) {
      seen += b[1];
      if (seen >= rank) return b[0];
    }
    return h.isEmpty() ? Double.NaN : h.get(h.size() - 1)[0];
  }
}
