package io.livecoins.transport;

import org.jspecify.annotations.Nullable;

/**
 * A whole-exchange deadline: {@link #onDeadline()} runs on a watchdog thread once the time given to
 * {@link #enter(long)} has passed, unless {@link #exit()} came first. Subclassed by the exchange
 * itself, so a deadline costs no allocation of its own. Not API.
 *
 * <p>Why not OkHttp's {@code call.timeout()}: Okio's watchdog is signalled whenever a timeout
 * becomes the nearest one, which a per-call timeout entered on an idle queue always does, so every
 * call paid a thread wake-up (a context switch on a busy device) for a deadline that almost never
 * fires. Here the watchdog sleeps until a time at or before the nearest deadline and is signalled
 * only when a new deadline is nearer than that. With nothing pending it plans to wake when a call
 * like the last one (entered then, as long) would be due, so back-to-back calls never wake it:
 * with the default 60 s deadline it wakes about once a minute while calls are made. Precision is
 * the same as Okio's: the watchdog wakes at the nearest deadline. The watchdog thread is a daemon
 * and ends when no deadline was entered for {@link #LINGER_NANOS}; the next one starts another.
 */
abstract class Deadline {
  /** How long the watchdog waits, idle, before it ends; the longest it sleeps at a time. */
  static final long LINGER_NANOS = 60_000_000_000L;

  private static final Object lock = new Object();
  /** Sentinel of the circular list of entered deadlines; guarded by {@link #lock}. */
  private static final Deadline entered = new Deadline() {
    @Override
    void onDeadline() {}
  };
  /** The watchdog thread, or null when none runs; guarded by {@link #lock}. */
  private static @Nullable Thread watchdog;
  /** When the watchdog will next look (System.nanoTime()), at or before every entered deadline. */
  private static long wakeAt;
  /** When the last deadline was entered, and its length; guarded by {@link #lock}. */
  private static long lastEnterNanos;
  private static long lastTimeoutNanos;
  /** How often {@link #enter} had to wake the watchdog (a test seam); guarded by {@link #lock}. */
  private static long signals;

  static {
    entered.next = entered;
    entered.prev = entered;
  }

  // Guarded by lock.
  private @Nullable Deadline prev;
  private @Nullable Deadline next;
  private long deadlineNanos;
  private boolean inList;
  private volatile boolean fired;

  /** Called once, on the watchdog thread, when the deadline passes before {@link #exit()}. */
  abstract void onDeadline();

  /**
   * Starts the clock: {@link #onDeadline()} runs in {@code timeoutNanos} unless {@link #exit()} is
   * called first. Call at most once.
   */
  final void enter(long timeoutNanos) {
    if (timeoutNanos <= 0) throw new IllegalArgumentException("timeoutNanos <= 0");
    timeoutNanos = Math.min(timeoutNanos, Long.MAX_VALUE / 4); // nanoTime arithmetic stays exact
    long deadline = System.nanoTime() + timeoutNanos;
    synchronized (lock) {
      if (inList || fired) throw new IllegalStateException("entered twice");
      deadlineNanos = deadline;
      lastEnterNanos = deadline - timeoutNanos;
      lastTimeoutNanos = timeoutNanos;
      Deadline last = entered.prev;
      prev = last;
      next = entered;
      last.next = this;
      entered.prev = this;
      inList = true;
      if (watchdog == null) {
        wakeAt = deadline;
        Thread thread = new Thread(Deadline::watch, "LiveCoins deadline watchdog");
        thread.setDaemon(true);
        watchdog = thread;
        thread.start();
      } else if (deadline - wakeAt < 0) {
        wakeAt = deadline;
        signals++;
        lock.notify(); // nearer than the watchdog's planned wake-up: have it re-plan
      }
    }
  }

  /** Stops the clock; returns whether the deadline passed (and {@link #onDeadline()} ran or runs). */
  final boolean exit() {
    synchronized (lock) {
      if (inList) unlink(this);
    }
    return fired;
  }

  /** How often entering a deadline has woken the watchdog so far (for tests). */
  static long signals() {
    synchronized (lock) {
      return signals;
    }
  }

  /** Whether the deadline passed before {@link #exit()}. */
  final boolean fired() {
    return fired;
  }

  private static void unlink(Deadline d) {
    d.prev.next = d.next;
    d.next.prev = d.prev;
    d.prev = null;
    d.next = null;
    d.inList = false;
  }

  /** The watchdog: wakes at the nearest deadline, fires what passed, plans the next wake-up. */
  private static void watch() {
    while (true) {
      Deadline due = null;
      synchronized (lock) {
        long now = System.nanoTime();
        long nearest = now + LINGER_NANOS;
        boolean pending = false;
        for (Deadline d = entered.next; d != entered; ) {
          Deadline following = d.next;
          if (d.deadlineNanos - now <= 0) {
            unlink(d);
            d.fired = true;
            d.next = due; // a private singly linked list of the due ones
            due = d;
          } else {
            pending = true;
            if (d.deadlineNanos - nearest < 0) nearest = d.deadlineNanos;
          }
          d = following;
        }
        if (due == null) {
          if (!pending) {
            if (now - lastEnterNanos >= LINGER_NANOS) {
              watchdog = null; // nothing entered for a whole linger: end; enter() starts another
              return;
            }
            // Plan to wake when the next call like the last one would be due, at the earliest, so
            // that it needs no signal; else at the end of the linger.
            nearest = lastEnterNanos + Math.min(lastTimeoutNanos, LINGER_NANOS);
            if (nearest - now <= 0) nearest = lastEnterNanos + LINGER_NANOS;
          }
          wakeAt = nearest;
          long waitNanos = Math.max(1L, nearest - now);
          try {
            lock.wait(waitNanos / 1_000_000L, (int) (waitNanos % 1_000_000L));
          } catch (InterruptedException e) {
            // Nobody interrupts this thread; look again.
          }
          continue;
        }
      }
      while (due != null) { // outside the lock: cancelling closes sockets
        Deadline following = due.next;
        due.next = null;
        try {
          due.onDeadline();
        } catch (RuntimeException ignored) {
          // A broken cancel must not end the watchdog of every other call.
        }
        due = following;
      }
    }
  }
}
