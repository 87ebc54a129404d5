package io.livecoins.testlog;

import java.util.ArrayList;
import java.util.List;

/**
 * Test-only log capture: while {@link #start()} is in force every logger is enabled at TRACE and
 * each formatted message (and throwable text) is recorded, so tests can prove what never reaches a
 * log. Installed as the SLF4J provider of sdk-core's tests.
 */
public final class CapturedLogs implements AutoCloseable {
  private static final Object lock = new Object();
  private static final List<String> lines = new ArrayList<>();
  private static volatile boolean capturing;

  private CapturedLogs() {}

  /** Starts capturing at TRACE; close to stop. */
  public static CapturedLogs start() {
    synchronized (lock) {
      lines.clear();
      capturing = true;
    }
    return new CapturedLogs();
  }

  static boolean capturing() {
    return capturing;
  }

  static void record(String line) {
    synchronized (lock) {
      if (capturing) lines.add(line);
    }
  }

  /** Everything captured so far. */
  public List<String> lines() {
    synchronized (lock) {
      return new ArrayList<>(lines);
    }
  }

  /** All captured lines joined by newlines. */
  public String text() {
    return String.join("\n", lines());
  }

  @Override
  public void close() {
    capturing = false;
  }
}
