package io.livecoins.test;

import io.livecoins.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link Sleeper} that records each requested wait and returns at once: no real time in tests. */
public final class RecordingSleeper implements Sleeper {
  private final List<Duration> sleeps = new ArrayList<>();

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
  }

  /** The waits requested so far, in order. */
  public synchronized List<Duration> sleeps() {
    return new ArrayList<>(sleeps);
  }
}
