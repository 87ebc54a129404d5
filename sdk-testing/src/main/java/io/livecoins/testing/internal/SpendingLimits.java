package io.livecoins.testing.internal;

import io.livecoins.testing.MockUser;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every user's spending limits in layers (backend, parent, self) with the self-set layer's pending raise,
 * and the day window they are counted in (the UTC calendar day of the server's clock). Guarded by the
 * state lock.
 *
 * <p>Rules (docs/account.md): the effective limit of a kind is the lowest of its layers. The user changes
 * only the self layer: lowering (or setting a first self limit) takes effect at once and cancels a pending
 * raise; raising or clearing takes effect after the cooling-off period (24 h by default).
 */
public final class SpendingLimits {
  /** The order in which sources win a tie (the one the user can least change first). */
  private static final List<String> SOURCES = List.of("parent", "backend", "self");
  /** The kinds in the order the account read lists them. */
  private static final List<String> KINDS =
      List.of("recharge_daily", "recharge_per_purchase", "gifting_daily", "gifting_per_send");

  /** One kind's layers for one user (mutable). */
  static final class Layers {
    final Map<String, Long> bySource = new HashMap<>();
    boolean pending;
    Long pendingSelf; // null with pending: the self limit is removed at pendingAt
    Instant pendingAt;
  }

  /** The effective limit of one kind: its value, who set it, and a pending self-set change. */
  public record Effective(String kind, long value, String setBy, boolean pending, Long pendingValue,
      Instant pendingAt) {}

  private final Map<String, Map<String, Layers>> byUser = new HashMap<>();
  private Duration coolingOff = Duration.ofHours(24);

  SpendingLimits(List<MockUser> users) {
    for (MockUser u : users) {
      for (MockUser.SpendingLimit l : u.spendingLimits()) {
        layers(u.id(), l.kind()).bySource.put(l.setBy(), l.value());
      }
    }
  }

  /** Sets how long a self-set raise or removal waits before it applies. */
  public void coolingOff(Duration coolingOff) {
    if (coolingOff.isNegative()) {
      throw new IllegalArgumentException("coolingOff < 0");
    }
    this.coolingOff = coolingOff;
  }

  public Duration coolingOff() {
    return coolingOff;
  }

  private Layers layers(String userId, String kind) {
    return byUser.computeIfAbsent(userId, u -> new LinkedHashMap<>()).computeIfAbsent(kind, k -> new Layers());
  }

  /** Applies a pending self-set change that is due. */
  private void applyDue(Layers layers, Instant now) {
    if (layers.pending && !now.isBefore(layers.pendingAt)) {
      if (layers.pendingSelf == null) {
        layers.bySource.remove("self");
      } else {
        layers.bySource.put("self", layers.pendingSelf);
      }
      layers.pending = false;
      layers.pendingSelf = null;
      layers.pendingAt = null;
    }
  }

  /** The effective limit of {@code kind} for {@code userId} now, or null when there is none. */
  public Effective effective(String userId, String kind, Instant now) {
    Map<String, Layers> mine = byUser.get(userId);
    Layers layers = mine == null ? null : mine.get(kind);
    if (layers == null) {
      return null;
    }
    applyDue(layers, now);
    Long best = null;
    String setBy = null;
    for (String source : SOURCES) {
      Long v = layers.bySource.get(source);
      if (v != null && (best == null || v < best)) {
        best = v;
        setBy = source;
      }
    }
    if (best == null) {
      return null; // no layer, or only a pending removal of a limit that no longer exists
    }
    return new Effective(kind, best, setBy, layers.pending, layers.pendingSelf, layers.pendingAt);
  }

  /** Every effective limit of {@code userId}, in a stable order. */
  public List<Effective> all(String userId, Instant now) {
    List<Effective> out = new ArrayList<>();
    for (String kind : KINDS) {
      Effective e = effective(userId, kind, now);
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * Sets ({@code value} non-null) or clears the self-set limit: lowering applies at once, raising or
   * clearing after the cooling-off period.
   */
  public void setSelf(String userId, String kind, Long value, Instant now) {
    Layers layers = layers(userId, kind);
    applyDue(layers, now);
    Long current = layers.bySource.get("self");
    boolean lowering = value != null && (current == null || value <= current);
    if (lowering) {
      layers.bySource.put("self", value);
      layers.pending = false;
      layers.pendingSelf = null;
      layers.pendingAt = null;
    } else if (current != null) {
      layers.pending = true;
      layers.pendingSelf = value;
      layers.pendingAt = now.plus(coolingOff);
    }
    // Clearing a self limit that does not exist changes nothing.
  }

  /** The start of the next UTC day: when daily limits reset. */
  public static Instant resetsAt(Instant now) {
    return LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  /** Whether {@code at} falls on the same UTC day as {@code now}. */
  public static boolean sameDay(Instant at, Instant now) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC).equals(LocalDate.ofInstant(now, ZoneOffset.UTC));
  }

  /** Whether {@code kind} is counted in money (recharge) rather than coins (gifting). */
  public static boolean isMoney(String kind) {
    return Objects.requireNonNull(kind).startsWith("recharge");
  }
}
