package io.livecoins.internal.recharge;

import io.livecoins.errors.CallCancelledException;
import io.livecoins.errors.ConflictException;
import io.livecoins.errors.Effect;
import io.livecoins.errors.ErrorContext;
import io.livecoins.errors.InvalidRequestException;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.errors.NotFoundException;
import io.livecoins.errors.PaymentDeclinedException;
import io.livecoins.errors.PaymentUncertainException;
import io.livecoins.internal.http.FlowCall;
import io.livecoins.internal.recharge.OrderClient.OrderSnapshot;
import io.livecoins.recharge.Order;
import io.livecoins.recharge.OrderStatus;
import io.livecoins.recharge.PendingOrder;
import io.livecoins.recharge.PurchaseResult;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Confirms a recorded payment and follows the order until the backend settles it, applying the one
 * rule for records: a record holding a payment token is removed only when the backend settled that
 * money (COMPLETED, VOIDED, REFUNDED, CHARGED_BACK, or FAILED: declined, nothing taken); never on a 404, an expiry, a refused
 * token or a local doubt. A record without a token is removed once its order can no longer be paid.
 */
final class Settlement {
  private static final Logger log = LoggerFactory.getLogger("io.livecoins.recharge");
  static final Duration POLL_INITIAL = Duration.ofMillis(500);
  static final Duration POLL_MAX = Duration.ofSeconds(5);

  private final OrderClient orders;
  private final PendingRecords records;

  Settlement(OrderClient orders, PendingRecords records) {
    this.orders = orders;
    this.records = records;
  }

  /**
   * Confirms {@code record}'s token under its key, then polls. Returns the result (CREDITED,
   * CREDITED_LATE, VOIDED, PENDING or UNSETTLED). Throws {@link PaymentDeclinedException} or a
   * {@code invalid_state} {@link ConflictException} for a FAILED order (record removed), {@link
   * NotFoundException} (record kept), {@link PaymentUncertainException} when the backend refused the
   * confirmation for now (record kept), and transport errors (record kept).
   */
  PurchaseResult confirm(FlowCall<?> call, PendingOrder record, Duration pollTimeout) {
    String orderId = record.orderId();
    OrderSnapshot snapshot;
    try {
      snapshot = orders.confirm(call, record);
    } catch (PaymentDeclinedException e) {
      records.remove(orderId); // FAILED: the processor took nothing
      throw e;
    } catch (NotFoundException e) {
      log.warn("order {} with a recorded payment is unknown to the backend; record kept", orderId);
      throw e;
    } catch (InvalidRequestException e) {
      log.warn("the backend refused the recorded payment token of order {}; record kept", orderId);
      return current(call, record);
    } catch (ConflictException e) {
      if (!"invalid_state".equals(e.reason())) throw e; // in progress: outcome open, record kept
      PurchaseResult now = current(call, record);
      if (now.status() == OrderStatus.FAILED) throw e; // (current() removed the record)
      return now;
    } catch (LiveCoinsException e) {
      if (e.effect() != Effect.NOT_APPLIED || e instanceof CallCancelledException) throw e;
      // Refused for now (rate limited, signed out, ...) after the provider took the payment: the
      // record keeps the token, so this is "we're checking your payment", never "not charged".
      throw new PaymentUncertainException(
          ErrorContext.of(
              "order " + orderId + " was paid but its confirmation failed (" + e.code()
                  + "); resumePending() finishes it",
              Effect.UNKNOWN),
          orderId,
          e);
    }
    return poll(call, snapshot, pollTimeout, record);
  }

  /**
   * Polls a non-terminal order until it settles or {@code pollTimeout} passes, then applies the
   * record rule to {@code record} (null if there is none). A failed poll of a paid order is a
   * {@link PaymentUncertainException}.
   */
  PurchaseResult poll(
      FlowCall<?> call, OrderSnapshot snapshot, Duration pollTimeout, @Nullable PendingOrder record) {
    Clock clock = orders.api().clock();
    // Time spent polling, counted so that a device clock set back while we wait never stretches the
    // deadline: each round counts at least its wait, and a clock moved forward ends the poll early.
    long elapsed = 0;
    long last = clock.millis();
    Duration delay = POLL_INITIAL;
    OrderSnapshot current = snapshot;
    while (!current.order.status().isTerminal()) {
      if (elapsed + delay.toMillis() > pollTimeout.toMillis()) {
        log.debug("order {} still {} at the poll deadline; kept for resumePending()",
            current.order.id(), current.order.status());
        return new PurchaseResult(current.order, current.wallet);
      }
      call.sleep(delay);
      long now = clock.millis();
      elapsed += Math.max(delay.toMillis(), now - last);
      last = now;
      Duration doubled = delay.multipliedBy(2);
      delay = doubled.compareTo(POLL_MAX) > 0 ? POLL_MAX : doubled;
      try {
        current = orders.get(call, current.order.id());
      } catch (LiveCoinsException e) {
        if (e.effect() != Effect.NOT_APPLIED || e instanceof CallCancelledException) throw e;
        // The payment was handed over: a failed poll leaves the outcome open.
        throw new PaymentUncertainException(
            ErrorContext.of(
                "lost contact while order " + current.order.id() + " was settling (" + e.code()
                    + "); resumePending() finishes it",
                Effect.UNKNOWN),
            current.order.id(),
            e);
      }
    }
    return settled(current, record);
  }

  /** The order's state now, with the record rule applied. */
  PurchaseResult current(FlowCall<?> call, PendingOrder record) {
    return settled(orders.get(call, record.orderId()), record);
  }

  /** Applies the record rule to a terminal (or final-for-now) order. */
  PurchaseResult settled(OrderSnapshot snapshot, @Nullable PendingOrder record) {
    Order order = snapshot.order;
    boolean paid = record != null && record.paymentToken() != null;
    OrderStatus status = order.status(); // if/else, not a switch: no synthetic switch-map class
    if (status == OrderStatus.COMPLETED
        || status == OrderStatus.VOIDED
        || status == OrderStatus.FAILED
        || status == OrderStatus.REFUNDED // paid, credited, then refunded or charged back before this client saw it
        || status == OrderStatus.CHARGED_BACK) {
      if (record != null) records.remove(order.id());
      log.debug("order {} settled: {}", order.id(), status);
      return new PurchaseResult(order, snapshot.wallet);
    }
    if (status == OrderStatus.EXPIRED) {
      if (paid) {
        log.warn("order {} is EXPIRED but holds an unsettled payment; record kept", order.id());
        return new PurchaseResult(order, snapshot.wallet, true);
      }
      if (record != null) records.remove(order.id()); // nothing was paid
      return new PurchaseResult(order, snapshot.wallet);
    }
    // Still open: AWAITING_PAYMENT after a refused token is unsettled; otherwise pending.
    return new PurchaseResult(order, snapshot.wallet, paid && status == OrderStatus.AWAITING_PAYMENT);
  }
}
