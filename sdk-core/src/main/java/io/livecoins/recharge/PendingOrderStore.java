package io.livecoins.recharge;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Records purchases between order creation and confirmation so they survive a crash or a lost
 * response; {@link RechargeApi#resumePending()} finishes what it finds here.
 *
 * <p>The SDK saves a record <em>before</em> asking the payment provider to pay, replaces it when the
 * provider returns a payment token, and removes it when the order completes or definitely fails.
 * Records hold no card data and no bearer token; the payment token they may hold is single-use and
 * bound to its order.
 *
 * <p>Use {@link FilePendingOrderStore} on a device or desktop (crash-safe), {@link
 * InMemoryPendingOrderStore} in tests, or implement this interface over your own storage (say, an
 * Android Room table): a {@link #save} must be durable when it returns, because the SDK charges the
 * user right after it.
 *
 * <p>Records carry their owner ({@link PendingOrder#userId()}): one store may hold the records of
 * several users of one device, and the SDK resumes only the signed-in user's.
 *
 * <p>Implementations must be thread-safe, and safe when several instances or processes use the same
 * storage at once (several clients of one device share one store file): never write back a copy of
 * the records cached before another instance changed them. Methods may throw {@link PendingOrderStoreException} when
 * the storage fails; the SDK then stops before payment where it can.
 */
public interface PendingOrderStore {
  /**
   * Inserts {@code order}, or replaces the record with the same {@linkplain PendingOrder#orderId()
   * order id}; durable when it returns.
   *
   * @param order the record to store
   * @throws PendingOrderStoreException if the storage fails
   */
  void save(PendingOrder order);

  /**
   * Removes the record of {@code orderId}; does nothing if there is none.
   *
   * @param orderId the order whose record to remove
   * @throws PendingOrderStoreException if the storage fails
   */
  void remove(String orderId);

  /**
   * {@return the record of {@code orderId}, or null if there is none}
   *
   * @param orderId the order whose record to read
   * @throws PendingOrderStoreException if the storage cannot be read
   */
  @Nullable PendingOrder get(String orderId);

  /**
   * {@return every record, oldest first; an unmodifiable snapshot}
   *
   * @throws PendingOrderStoreException if the storage cannot be read
   */
  List<PendingOrder> all();
}
