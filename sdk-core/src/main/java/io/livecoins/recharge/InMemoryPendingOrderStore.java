package io.livecoins.recharge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@link PendingOrderStore} in memory: it survives lost responses and retries within one process,
 * but not a crash. The client's default; apps should pass a {@link FilePendingOrderStore} or their
 * own durable store. Thread-safe.
 */
public final class InMemoryPendingOrderStore implements PendingOrderStore {
  private final Map<String, PendingOrder> orders = new LinkedHashMap<>();

  /** Creates an empty store. */
  public InMemoryPendingOrderStore() {}

  @Override
  public synchronized void save(PendingOrder order) {
    Objects.requireNonNull(order, "order == null");
    orders.put(order.orderId(), order);
  }

  @Override
  public synchronized void remove(String orderId) {
    Objects.requireNonNull(orderId, "orderId == null");
    orders.remove(orderId);
  }

  @Override
  public synchronized @Nullable PendingOrder get(String orderId) {
    Objects.requireNonNull(orderId, "orderId == null");
    return orders.get(orderId);
  }

  @Override
  public synchronized List<PendingOrder> all() {
    return Collections.unmodifiableList(new ArrayList<>(orders.values()));
  }

  @Override
  public synchronized String toString() {
    return "InMemoryPendingOrderStore{size=" + orders.size() + '}';
  }
}
