package io.livecoins.recharge;

import io.livecoins.wallet.Wallet;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of {@link RechargeApi#purchase} or of one order finished by {@link
 * RechargeApi#resumePending()}: the order as the server last reported it, the coins it credited,
 * and the wallet after it.
 *
 * <p>Check {@link #isCompleted()}: a purchase whose payment the processor had not settled when the
 * poll deadline passed returns with {@link #isPending()} true and {@link #coinsCredited()} 0. Its
 * record stays in the {@link PendingOrderStore}; {@link RechargeApi#resumePending()} finishes it
 * later (or {@link RechargeApi#order(String)} shows its progress). Immutable and thread-safe.
 */
public final class PurchaseResult {
  private final Order order;
  private final @Nullable Wallet wallet;

  /**
   * Creates a result.
   *
   * @param order the order as last reported by the server
   * @param wallet the wallet the server sent with it, or null if none was received
   * @throws NullPointerException if {@code order} is null
   */
  public PurchaseResult(Order order, @Nullable Wallet wallet) {
    this.order = Objects.requireNonNull(order, "order == null");
    this.wallet = wallet;
  }

  /** The order as last reported by the server. */
  public Order order() {
    return order;
  }

  /** The order's status: a shortcut for {@code order().status()}. */
  public OrderStatus status() {
    return order.status();
  }

  /** True if the order completed: its coins (with bonus) are in the wallet. */
  public boolean isCompleted() {
    return order.status() == OrderStatus.COMPLETED;
  }

  /**
   * True if the order is not finished yet (payment pending, or awaiting a payment that could not be
   * confirmed now): its record stays in the {@link PendingOrderStore} for {@link
   * RechargeApi#resumePending()}.
   */
  public boolean isPending() {
    return !order.status().isTerminal();
  }

  /**
   * Coins credited by the order, bonus included ({@code order().totalCoins()}) once it completed;
   * 0 if it did not (yet).
   */
  public long coinsCredited() {
    return isCompleted() ? order.totalCoins() : 0;
  }

  /** The wallet after the order, as sent by the server with the order's last state; null if none arrived. */
  public @Nullable Wallet wallet() {
    return wallet;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof PurchaseResult)) return false;
    PurchaseResult that = (PurchaseResult) o;
    return order.equals(that.order) && Objects.equals(wallet, that.wallet);
  }

  @Override
  public int hashCode() {
    return 31 * order.hashCode() + Objects.hashCode(wallet);
  }

  @Override
  public String toString() {
    return "PurchaseResult{order=" + order + ", coinsCredited=" + coinsCredited() + ", wallet="
        + wallet + '}';
  }
}
