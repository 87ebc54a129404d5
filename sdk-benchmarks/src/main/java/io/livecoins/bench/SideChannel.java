package io.livecoins.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Figures JMH has no place for (requests per combo, connections opened, coins spent), written by a
 * benchmark's tear-down as {@code <dir>/<name>.properties}, where {@code dir} is the system property
 * {@value #DIR_PROPERTY}. Without the property nothing is written. A later write of the same name
 * replaces the earlier, so the last iteration's (or the trial's) totals win.
 */
public final class SideChannel {
  /** The system property naming the output directory. */
  public static final String DIR_PROPERTY = "livecoins.bench.out";

  private SideChannel() {}

  /** Writes {@code values} as {@code <dir>/<name>.properties} if the directory is configured. */
  public static void write(String name, Map<String, ?> values) {
    String dir = System.getProperty(DIR_PROPERTY);
    if (dir == null || dir.isEmpty()) return;
    Properties p = new Properties();
    new TreeMap<>(values).forEach((k, v) -> p.setProperty(k, String.valueOf(v)));
    Path file = Paths.get(dir, name + ".properties");
    try {
      Files.createDirectories(file.getParent());
      try (OutputStream out = Files.newOutputStream(file)) {
        p.store(out, name);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads {@code <dir>/<name>.properties}, or an empty set if it is missing. */
  public static Properties read(Path dir, String name) {
    Properties p = new Properties();
    Path file = dir.resolve(name + ".properties");
    if (!Files.exists(file)) return p;
    try (var in = Files.newInputStream(file)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
