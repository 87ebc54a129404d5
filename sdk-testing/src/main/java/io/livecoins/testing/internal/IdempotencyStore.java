package io.livecoins.testing.internal;

import io.livecoins.testing.IdempotencyRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Idempotency records per (user, key). A first request reserves the key (in flight); it then either
 * stores its response ({@link #complete}) or releases the key ({@link #release}, for 5xx/429/401 and
 * faults that prevent processing). Thread-safe (one monitor).
 */
public final class IdempotencyStore {
  /** A stored response: status, headers and body, replayed verbatim. */
  public record Stored(int status, Map<String, String> headers, String body) {}

  /** The outcome of {@link #begin}. */
  public enum Outcome { PROCEED, IN_PROGRESS, REUSED, REPLAY }

  /** A reservation or a stored record. */
  public static final class Entry {
    final String userId;
    final String key;
    final String method;
    final String path;
    final String fingerprint;
    final Instant createdAt;
    volatile Stored stored;

    Entry(String userId, String key, String method, String path, String fingerprint, Instant createdAt) {
      this.userId = userId;
      this.key = key;
      this.method = method;
      this.path = path;
      this.fingerprint = fingerprint;
      this.createdAt = createdAt;
    }

    public Stored stored() {
      return stored;
    }

    /** {@code userId/key}, as recorded on ledger entries. */
    public String scope() {
      return userId + "/" + key;
    }
  }

  /** What {@link #begin} decided, with the entry (reserved or existing). */
  public record Begin(Outcome outcome, Entry entry) {}

  private final Map<String, Entry> entries = new LinkedHashMap<>();

  /** Reserves (user, key) for a request with {@code fingerprint}, or says why not. */
  public synchronized Begin begin(String userId, String key, String method, String path, String fingerprint,
      Instant now) {
    String id = userId + "\u0000" + key;
    Entry existing = entries.get(id);
    if (existing == null) {
      Entry e = new Entry(userId, key, method, path, fingerprint, now);
      entries.put(id, e);
      return new Begin(Outcome.PROCEED, e);
    }
    if (!existing.fingerprint.equals(fingerprint)) {
      return new Begin(Outcome.REUSED, existing);
    }
    if (existing.stored == null) {
      return new Begin(Outcome.IN_PROGRESS, existing);
    }
    return new Begin(Outcome.REPLAY, existing);
  }

  public synchronized void complete(Entry entry, Stored stored) {
    entry.stored = stored;
  }

  public synchronized void release(Entry entry) {
    entries.remove(entry.userId + "\u0000" + entry.key, entry);
  }

  public synchronized List<IdempotencyRecord> records() {
    List<IdempotencyRecord> out = new ArrayList<>();
    for (Entry e : entries.values()) {
      Stored s = e.stored;
      out.add(new IdempotencyRecord(e.userId, e.key, e.method, e.path, s == null, s == null ? 0 : s.status(),
          s == null ? null : s.body(), e.createdAt));
    }
    return out;
  }
}
