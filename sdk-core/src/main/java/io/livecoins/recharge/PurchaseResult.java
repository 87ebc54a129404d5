package io.livecoins.recharge;

import io.livecoins.wallet.Wallet;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of {@link RechargeApi#purchase} or of one order finished by {@link
 * RechargeApi#resumePending()}: the order as the server last reported it, what became of the money
 * ({@link #outcome()}), the coins it credited, and the wallet after it.
 *
 * <p>Switch on {@link #outcome()}: {@link Outcome#CREDITED} and {@link Outcome#CREDITED_LATE} put
 * coins in the wallet; {@link Outcome#VOIDED} means the payment came too late and the backend
 * refunded it; {@link Outcome#PENDING} and {@link Outcome#UNSETTLED} keep the order's record in the
 * {@link PendingOrderStore} for {@link RechargeApi#resumePending()}. Immutable and thread-safe.
 */
public final class PurchaseResult {
  /** What became of the purchase's money. */
  public enum Outcome {
    /** Paid and credited: {@link #coinsCredited()} coins are in the wallet. */
    CREDITED,
    /**
     * Paid before the order expired, confirmed after it, and credited anyway (the backend's
     * late-credit policy): the coins are in the wallet.
     */
    CREDITED_LATE,
    /**
     * Paid after the order expired and voided (refunded) by the backend: nothing credited, the money
     * goes back to the payer; {@link Order#refundReference()} names the refund.
     */
    VOIDED,
    /**
     * Paid and credited, then refunded or charged back (the order is {@link OrderStatus#REFUNDED} or
     * {@link OrderStatus#CHARGED_BACK}): the coins were taken back out of the wallet, once.
     */
    REVERSED,
    /** The payment was declined or failed: nothing charged, nothing credited. */
    FAILED,
    /** The order expired and no payment for it is known: nothing charged, nothing credited. */
    EXPIRED,
    /**
     * Not settled yet (the processor has not settled the payment, or it awaits a payment no provider
     * could confirm now): the record stays; {@link RechargeApi#resumePending()} finishes it.
     */
    PENDING,
    /**
     * The user may have paid (the record holds a payment token) but the backend neither credited nor
     * voided the payment: it refused the token or answered a state the contract does not allow for
     * it. The record stays with the proof of payment and every {@link RechargeApi#resumePending()}
     * presents it again; show "we are checking your payment" and offer support with the order id.
     */
    UNSETTLED
  }

  private final Order order;
  private final @Nullable Wallet wallet;
  private final Outcome outcome;

  /**
   * Creates a result whose outcome follows from the order's status.
   *
   * @param order the order as last reported by the server
   * @param wallet the wallet the server sent with it, or null if none was received
   * @throws NullPointerException if {@code order} is null
   */
  public PurchaseResult(Order order, @Nullable Wallet wallet) {
    this(order, wallet, false);
  }

  /**
   * Creates a result.
   *
   * @param order the order as last reported by the server
   * @param wallet the wallet the server sent with it, or null if none was received
   * @param paymentUnsettled true if a payment token is held for the order and the backend has
   *     neither credited nor voided it; the outcome is then {@link Outcome#UNSETTLED} unless the
   *     order is credited or voided
   * @throws NullPointerException if {@code order} is null
   */
  public PurchaseResult(Order order, @Nullable Wallet wallet, boolean paymentUnsettled) {
    this.order = Objects.requireNonNull(order, "order == null");
    this.wallet = wallet;
    this.outcome = outcomeOf(order, paymentUnsettled);
  }

  private static Outcome outcomeOf(Order order, boolean paymentUnsettled) {
    OrderStatus status = order.status(); // if/else, not a switch: no synthetic switch-map class
    if (status == OrderStatus.COMPLETED) {
      return order.creditedLate() ? Outcome.CREDITED_LATE : Outcome.CREDITED;
    }
    if (status == OrderStatus.VOIDED) return Outcome.VOIDED;
    if (status == OrderStatus.REFUNDED || status == OrderStatus.CHARGED_BACK) return Outcome.REVERSED;
    if (status == OrderStatus.FAILED) return Outcome.FAILED;
    if (status == OrderStatus.EXPIRED) return paymentUnsettled ? Outcome.UNSETTLED : Outcome.EXPIRED;
    return paymentUnsettled ? Outcome.UNSETTLED : Outcome.PENDING;
  }

  /** {@return the order as last reported by the server} */
  public Order order() {
    return order;
  }

  /** {@return the order's status: a shortcut for {@code order().status()}} */
  public OrderStatus status() {
    return order.status();
  }

  /** {@return what became of the money} */
  public Outcome outcome() {
    return outcome;
  }

  /**
   * {@return true if the order completed (on time or late): its coins (with bonus) are in the
   * wallet}
   */
  public boolean isCompleted() {
    return order.status() == OrderStatus.COMPLETED;
  }

  /**
   * {@return true if the outcome is {@link Outcome#PENDING}: its record stays in the {@link
   * PendingOrderStore} for {@link RechargeApi#resumePending()}}
   */
  public boolean isPending() {
    return outcome == Outcome.PENDING;
  }

  /**
   * {@return coins credited by the order, bonus included ({@code order().totalCoins()}) once it
   * completed; 0 if it did not (yet)}
   */
  public long coinsCredited() {
    return isCompleted() ? order.totalCoins() : 0;
  }

  /**
   * {@return the wallet after the order, as sent by the server with the order's last state; null if
   * none arrived}
   */
  public @Nullable Wallet wallet() {
    return wallet;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof PurchaseResult)) return false;
    PurchaseResult that = (PurchaseResult) o;
    return order.equals(that.order) && Objects.equals(wallet, that.wallet) && outcome == that.outcome;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * order.hashCode() + Objects.hashCode(wallet)) + outcome.hashCode();
  }

  @Override
  public String toString() {
    return "PurchaseResult{outcome=" + outcome + ", order=" + order + ", coinsCredited=" + coinsCredited()
        + ", wallet=" + wallet + '}';
  }
}
