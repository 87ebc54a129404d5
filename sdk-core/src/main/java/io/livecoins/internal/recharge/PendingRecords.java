package io.livecoins.internal.recharge;

import io.livecoins.AuthTokenProvider;
import io.livecoins.errors.Effect;
import io.livecoins.recharge.PendingOrder;
import io.livecoins.recharge.PendingOrderStore;
import io.livecoins.recharge.PendingOrderStoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signed-in user's view of the {@link PendingOrderStore}: it reads only the records that user
 * owns (a device's store may hold another account's paid records, which are left intact for their
 * owner), and reports a failing host store as a typed {@link PendingOrderStoreException}.
 * Thread-safe.
 */
final class PendingRecords {
  private static final Logger log = LoggerFactory.getLogger("io.livecoins.recharge");

  private final PendingOrderStore store;
  private final AuthTokenProvider auth;

  PendingRecords(PendingOrderStore store, AuthTokenProvider auth) {
    this.store = Objects.requireNonNull(store, "store == null");
    this.auth = Objects.requireNonNull(auth, "auth == null");
  }

  /** The signed-in user, asked each time (a client may switch accounts). */
  String userId() {
    return auth.userId();
  }

  /** The current user's record of {@code orderId}, or null (also when another user owns it). */
  @Nullable PendingOrder get(String orderId) {
    PendingOrder record = anyOwners(orderId);
    return record != null && record.userId().equals(userId()) ? record : null;
  }

  /** The record of {@code orderId} whoever owns it, or null: to leave another user's record alone. */
  @Nullable PendingOrder anyOwners(String orderId) {
    PendingOrder record;
    try {
      record = store.get(orderId);
    } catch (PendingOrderStoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new PendingOrderStoreException("PendingOrderStore.get failed: " + e, e);
    }
    if (record != null && !record.orderId().equals(orderId)) {
      // Never act on it: a purchase would confirm that other order's payment instead of paying this one.
      throw new PendingOrderStoreException(
          "PendingOrderStore.get(" + orderId + ") returned the record of order " + record.orderId(), null);
    }
    return record;
  }

  /** The current user's records, oldest first. */
  List<PendingOrder> mine() {
    List<PendingOrder> all;
    try {
      all = store.all();
    } catch (PendingOrderStoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new PendingOrderStoreException("PendingOrderStore.all failed: " + e, e);
    }
    if (all == null) throw new PendingOrderStoreException("PendingOrderStore.all returned null", null);
    String user = userId();
    List<PendingOrder> mine = new ArrayList<>(all.size());
    for (PendingOrder record : all) {
      if (record == null) throw new PendingOrderStoreException("PendingOrderStore.all returned a null record", null);
      if (record.userId().equals(user)) mine.add(record);
    }
    return mine;
  }

  /** Saves before payment: a failure stops the purchase with {@code effect} (nothing charged). */
  void save(PendingOrder record, Effect effect) {
    try {
      store.save(record);
    } catch (PendingOrderStoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new PendingOrderStoreException("PendingOrderStore.save failed: " + e, effect, e);
    }
  }

  /** Records the token; if the store fails, goes on (the provider can still recover it) rather than strand a payment. */
  void saveAuthorized(PendingOrder record) {
    try {
      save(record, Effect.UNKNOWN);
    } catch (PendingOrderStoreException e) {
      log.warn("could not record the payment token of order {}; confirming anyway: {}",
          record.orderId(), e.getMessage());
    }
  }

  /**
   * Removes a record whose money is settled (credited, voided, declined) or that never held a
   * payment. Callers decide that; this only swallows a failing store (the record then stays, and a
   * later resume sees the order's final state and removes it).
   */
  void remove(String orderId) {
    try {
      store.remove(orderId);
    } catch (RuntimeException e) {
      log.warn("could not remove the pending record of order {}: {}", orderId, String.valueOf(e));
    }
  }
}
