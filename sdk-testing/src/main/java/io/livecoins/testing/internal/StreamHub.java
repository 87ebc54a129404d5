package io.livecoins.testing.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Gift events per stream, for the SSE feed. Event ids are {@code evt_} + a server-wide sequence number
 * ({@code evt_0000000001}, ...), so {@code Last-Event-ID} resumes exactly. Subscribers block on a condition that is
 * signalled by {@link #publish} and {@link #close}. Thread-safe.
 */
public final class StreamHub {
  /** One event: its sequence and its {@code data:} JSON. */
  public record Event(long sequence, String json) {}

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Map<String, List<Event>> events = new HashMap<>();
  private final Duration heartbeat;
  private long lastSequence;
  private boolean closed;
  private int active;

  public StreamHub(Duration heartbeat) {
    this.heartbeat = heartbeat;
  }

  public Duration heartbeat() {
    return heartbeat;
  }

  public void open(String streamId) {
    lock.lock();
    try {
      events.putIfAbsent(streamId, new ArrayList<>());
    } finally {
      lock.unlock();
    }
  }

  /** The SSE id of event {@code sequence}. */
  public static String eventId(long sequence) {
    return MockState.zeroPadded("evt_", sequence, 10);
  }

  /** The sequence of an SSE id, or -1 when it is not one of ours. */
  public static long sequenceOf(String eventId) {
    if (eventId == null || !eventId.trim().matches("evt_\\d{1,18}")) {
      return -1;
    }
    return Long.parseLong(eventId.trim().substring(4));
  }

  /** Publishes an event built from its id ({@code json.apply(eventId)}) and wakes subscribers. */
  public void publish(String streamId, java.util.function.Function<String, String> json) {
    lock.lock();
    try {
      long sequence = ++lastSequence;
      events.get(streamId).add(new Event(sequence, json.apply(eventId(sequence))));
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** The server-wide sequence of the latest event (0 when none). */
  public long latest() {
    lock.lock();
    try {
      return lastSequence;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Events of {@code streamId} after {@code afterSequence}, waiting up to the heartbeat interval for one;
   * empty on timeout, {@code null} once the hub is closed.
   */
  public List<Event> await(String streamId, long afterSequence) throws InterruptedException {
    lock.lock();
    try {
      long deadline = System.nanoTime() + heartbeat.toNanos();
      while (!closed) {
        List<Event> list = events.get(streamId);
        if (!list.isEmpty() && list.get(list.size() - 1).sequence() > afterSequence) {
          List<Event> out = new ArrayList<>();
          for (Event e : list) {
            if (e.sequence() > afterSequence) {
              out.add(e);
            }
          }
          return out;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return List.of();
        }
        changed.awaitNanos(left);
      }
      return null;
    } finally {
      lock.unlock();
    }
  }

  public void subscriberOpened() {
    lock.lock();
    try {
      active++;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  public void subscriberClosed() {
    lock.lock();
    try {
      active--;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  public int active() {
    lock.lock();
    try {
      return active;
    } finally {
      lock.unlock();
    }
  }

  /** Waits until exactly {@code count} subscribers are connected; false on timeout. */
  public boolean awaitActive(int count, Duration timeout) throws InterruptedException {
    lock.lock();
    try {
      long left = timeout.toNanos();
      while (active != count) {
        if (left <= 0) {
          return false;
        }
        left = changed.awaitNanos(left);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** Ends every subscription promptly. */
  public void close() {
    lock.lock();
    try {
      closed = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }
}
