package io.livecoins.testing.internal;

import io.livecoins.testing.Fault;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The scheduled faults: one-shot scripts and seeded probabilities, per route or global. Order of
 * precedence for a request on route R: R's script, the global script, R's probability, the global
 * probability. Thread-safe (one monitor).
 */
public final class FaultPlan {
  /** The route key that matches every request. */
  public static final String ANY = "*";

  private final SplittableRandom random;
  private final Map<String, Deque<Fault>> scripts = new HashMap<>();
  private final Map<String, Random> randoms = new HashMap<>();
  private final List<String> applied = new ArrayList<>();

  private record Random(double probability, List<Fault> choices) {}

  public FaultPlan(long seed) {
    this.random = new SplittableRandom(seed);
  }

  public synchronized void script(String route, List<Fault> faults) {
    scripts.computeIfAbsent(route, r -> new ArrayDeque<>()).addAll(faults);
  }

  public synchronized void randomly(String route, double probability, List<Fault> choices) {
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability not in [0, 1]: " + probability);
    }
    if (choices.isEmpty()) {
      throw new IllegalArgumentException("no faults to choose from");
    }
    if (probability == 0) {
      randoms.remove(route);
    } else {
      randoms.put(route, new Random(probability, List.copyOf(choices)));
    }
  }

  public synchronized void clear() {
    scripts.clear();
    randoms.clear();
  }

  public synchronized int pendingScripted() {
    int n = 0;
    for (Deque<Fault> d : scripts.values()) {
      n += d.size();
    }
    return n;
  }

  /** The fault for the next request on {@code route} (a template like {@code POST /v1/gifts/send}). */
  public synchronized Fault next(String route) {
    Fault f = poll(route);
    if (f == null) {
      f = poll(ANY);
    }
    if (f == null) {
      f = roll(route);
    }
    if (f == null) {
      f = roll(ANY);
    }
    if (f == null) {
      return Fault.none();
    }
    if (f.kind() != Fault.Kind.NONE) {
      applied.add(route + " -> " + f);
    }
    return f;
  }

  /** Descriptions of the faults applied so far ({@code route -> fault}), oldest first. */
  public synchronized List<String> applied() {
    return List.copyOf(applied);
  }

  private Fault poll(String route) {
    Deque<Fault> d = scripts.get(route);
    return d == null ? null : d.pollFirst();
  }

  private Fault roll(String route) {
    Random r = randoms.get(route);
    if (r == null) {
      return null;
    }
    double draw = random.nextDouble();
    int pick = random.nextInt(r.choices().size());
    return draw < r.probability() ? r.choices().get(pick) : null;
  }
}
