package io.livecoins.bench.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A mean with a 95% confidence half-width (Student's t) over iteration values, and ratios of two. */
public record Stats(double mean, double error, int n) {
  private static final double[] T975 = {
    Double.NaN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
    2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086
  };

  public static Stats of(List<Double> values) {
    int n = values.size();
    if (n == 0) return new Stats(Double.NaN, Double.NaN, 0);
    double sum = 0;
    for (double v : values) sum += v;
    double mean = sum / n;
    if (n == 1) return new Stats(mean, 0, 1);
    double ss = 0;
    for (double v : values) ss += (v - mean) * (v - mean);
    double sd = Math.sqrt(ss / (n - 1));
    double t = n - 1 < T975.length ? T975[n - 1] : (n - 1 < 30 ? 2.05 : 1.96);
    return new Stats(mean, t * sd / Math.sqrt(n), n);
  }

  public static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    if (n == 0) return Double.NaN;
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  public boolean present() {
    return n > 0 && !Double.isNaN(mean);
  }

  /** this / other, with the relative errors combined in quadrature. */
  public Stats over(Stats other) {
    if (!present() || !other.present() || other.mean == 0) return new Stats(Double.NaN, Double.NaN, 0);
    double r = mean / other.mean;
    double e = r * Math.sqrt(sq(error / mean) + sq(other.error / other.mean));
    return new Stats(r, e, Math.min(n, other.n));
  }

  /** other / this (for throughput-like figures where higher is better). */
  public Stats inverse() {
    if (!present() || mean == 0) return new Stats(Double.NaN, Double.NaN, 0);
    return new Stats(1 / mean, error / (mean * mean), n);
  }

  private static double sq(double v) {
    return Double.isNaN(v) ? 0 : v * v;
  }
}
