package io.livecoins.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A horizontal bar chart of ratios with error whiskers and reference lines, drawn with java.awt
 * (headless) and written as PNG. Linear or log-10 axis.
 */
public final class BarChart {
  /** One bar: label, value, ± error (0 for none), colour. A null value draws "n/a". */
  public record Bar(String label, Double value, double error, Color color) {}

  /** A vertical line across the plot at {@code value}, labelled. */
  public record Line(double value, String label, Color color) {}

  public static final Color BASELINE = new Color(0x9E9E9E);
  public static final Color SDK = new Color(0x1565C0);
  public static final Color OTHER = new Color(0xEF6C00);
  public static final Color THIRD = new Color(0x2E7D32);

  private final String title;
  private final String axisLabel;
  private final List<Bar> bars = new ArrayList<>();
  private final List<Line> lines = new ArrayList<>();
  private boolean log;

  public BarChart(String title, String axisLabel) {
    this.title = title;
    this.axisLabel = axisLabel;
  }

  public BarChart bar(String label, Double value, double error, Color color) {
    bars.add(new Bar(label, value, error, color));
    return this;
  }

  public BarChart line(double value, String label, Color color) {
    lines.add(new Line(value, label, color));
    return this;
  }

  public BarChart log() {
    this.log = true;
    return this;
  }

  public void write(Path png) throws IOException {
    int width = 960;
    int rowHeight = 34;
    int top = 70 + 14 * lines.size();
    int bottom = 60;
    int left = 330;
    int right = 150;
    int height = top + bottom + rowHeight * bars.size();
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);

    // Scale: fit the values (and reference lines); whiskers longer than that are clipped at the edge.
    double maxValue = 0;
    double maxWhisker = 0;
    double minValue = Double.MAX_VALUE;
    for (Bar b : bars) {
      if (b.value() == null || b.value().isNaN()) continue;
      maxValue = Math.max(maxValue, b.value());
      maxWhisker = Math.max(maxWhisker, b.value() + b.error());
      if (b.value() > 0) minValue = Math.min(minValue, b.value());
    }
    for (Line l : lines) {
      maxValue = Math.max(maxValue, l.value());
      maxWhisker = Math.max(maxWhisker, l.value());
      minValue = Math.min(minValue, l.value());
    }
    if (maxValue <= 0) maxValue = 1;
    double lo;
    double hi;
    if (log) {
      lo = Math.pow(10, Math.floor(Math.log10(Math.max(minValue, 1e-9))) - 1);
      hi = Math.pow(10, Math.ceil(Math.log10(maxValue * 1.5)));
    } else {
      lo = 0;
      hi = niceCeiling(Math.max(maxValue * 1.25, Math.min(maxWhisker * 1.05, maxValue * 2.5)));
    }
    int plotWidth = width - left - right;
    final double lo0 = lo;
    final double hi0 = hi;
    Scale scale = v -> {
      double f = log
          ? (Math.log10(v) - Math.log10(lo0)) / (Math.log10(hi0) - Math.log10(lo0))
          : (v - lo0) / (hi0 - lo0);
      return left + (int) Math.round(Math.max(0, Math.min(1, f)) * plotWidth);
    };

    // Title.
    g.setColor(new Color(0x212121));
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
    g.drawString(title, 20, 30);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    g.setColor(new Color(0x616161));
    g.drawString(axisLabel + (log ? " (log scale)" : ""), 20, 52);
    if (!log && maxWhisker > hi) {
      g.drawString("whiskers beyond " + format(hi) + " are clipped", width - right - 200, height - 12);
    }

    // Grid and ticks.
    int plotTop = top - 6;
    int plotBottom = height - bottom + 6;
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    for (double t : ticks(lo, hi)) {
      int x = scale.x(t);
      g.setColor(new Color(0xEEEEEE));
      g.drawLine(x, plotTop, x, plotBottom);
      g.setColor(new Color(0x757575));
      String s = format(t);
      g.drawString(s, x - g.getFontMetrics().stringWidth(s) / 2, plotBottom + 16);
    }

    // Bars.
    FontMetrics fm;
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      int y = top + i * rowHeight;
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
      fm = g.getFontMetrics();
      g.setColor(new Color(0x212121));
      g.drawString(b.label(), left - 12 - fm.stringWidth(b.label()), y + rowHeight / 2 + 5);
      if (b.value() == null) {
        g.setColor(new Color(0x9E9E9E));
        g.drawString("n/a", left + 6, y + rowHeight / 2 + 5);
        continue;
      }
      int x0 = scale.x(lo);
      int x1 = scale.x(Math.max(b.value(), lo));
      g.setColor(b.color());
      g.fillRect(x0, y + 6, Math.max(1, x1 - x0), rowHeight - 12);
      int labelX = x1 + 8;
      if (b.error() > 0) {
        int xe0 = scale.x(Math.max(b.value() - b.error(), log ? lo : 0));
        int xe1 = scale.x(b.value() + b.error());
        g.setColor(new Color(0x212121));
        g.setStroke(new BasicStroke(1.5f));
        int cy = y + rowHeight / 2;
        g.drawLine(xe0, cy, xe1, cy);
        g.drawLine(xe0, cy - 5, xe0, cy + 5);
        g.drawLine(xe1, cy - 5, xe1, cy + 5);
        labelX = Math.max(labelX, xe1 + 8);
      }
      g.setColor(new Color(0x212121));
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
      String text = format(b.value()) + (b.error() > 0 ? " ± " + format(b.error()) : "");
      g.drawString(text, labelX, y + rowHeight / 2 + 5);
    }

    // Reference lines.
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      int x = scale.x(l.value());
      g.setColor(l.color());
      g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
      g.drawLine(x, plotTop, x, plotBottom);
      g.drawString(l.label(), x + 4, plotTop - 4 - 14 * (lines.size() - 1 - i));
    }
    g.setStroke(new BasicStroke(1f));
    g.setColor(new Color(0x424242));
    g.drawLine(left, plotTop, left, plotBottom);

    g.dispose();
    Files.createDirectories(png.toAbsolutePath().getParent());
    ImageIO.write(image, "png", png.toFile());
  }

  private interface Scale {
    int x(double value);
  }

  private List<Double> ticks(double lo, double hi) {
    List<Double> out = new ArrayList<>();
    if (log) {
      for (double t = lo; t <= hi * 1.0001; t *= 10) out.add(t);
      return out;
    }
    double step = niceCeiling((hi - lo) / 6);
    for (double t = lo; t <= hi + step / 1000; t += step) out.add(t);
    return out;
  }

  /** The smallest of 1, 2, 2.5, 5 × 10^k that is ≥ v. */
  static double niceCeiling(double v) {
    double p = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * p >= v - 1e-12) return m * p;
    }
    return 10 * p;
  }

  static String format(double v) {
    double a = Math.abs(v);
    if (a == 0) return "0";
    if (a >= 100) return String.format(Locale.ROOT, "%.0f", v);
    if (a >= 10) return String.format(Locale.ROOT, "%.1f", v);
    if (a >= 0.1) return String.format(Locale.ROOT, "%.2f", v);
    if (a >= 0.001) return String.format(Locale.ROOT, "%.4f", v);
    return String.format(Locale.ROOT, "%.1e", v);
  }
}
