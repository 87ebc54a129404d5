package io.livecoins.internal.recharge;

import io.livecoins.errors.Effect;
import io.livecoins.errors.ErrorContext;
import io.livecoins.errors.MalformedResponseException;
import io.livecoins.errors.ConflictException;
import io.livecoins.errors.NotFoundException;
import io.livecoins.errors.PaymentDeclinedException;
import io.livecoins.internal.http.ApiRequest;
import io.livecoins.internal.http.FlowCall;
import io.livecoins.internal.recharge.OrderClient.OrderPage;
import io.livecoins.internal.recharge.OrderClient.OrderSnapshot;
import io.livecoins.recharge.Order;
import io.livecoins.recharge.OrderStatus;
import io.livecoins.recharge.PendingOrder;
import io.livecoins.recharge.PurchaseResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes the signed-in user's interrupted purchases: their records first, then orders the backend
 * still lists as open whose record was lost. Reports every outcome as a result (never an exception
 * that loses what happened to the money) and leaves other users' records alone.
 */
final class Recovery {
  private static final Logger log = LoggerFactory.getLogger("io.livecoins.recharge");
  static final Duration POLL_TIMEOUT = Duration.ofSeconds(30);
  private static final int MAX_SERVER_PAGES = 20;

  private final OrderClient orders;
  private final PendingRecords records;
  private final Payments payments;
  private final Settlement settlement;
  private final Set<String> inFlight;

  Recovery(OrderClient orders, PendingRecords records, Payments payments, Settlement settlement,
      Set<String> inFlight) {
    this.orders = orders;
    this.records = records;
    this.payments = payments;
    this.settlement = settlement;
    this.inFlight = inFlight;
  }

  List<PurchaseResult> resumeAll(FlowCall<?> call) {
    List<PurchaseResult> results = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (PendingOrder record : records.mine()) {
      if (!seen.add(record.orderId()) || inFlight.contains(record.orderId())) continue;
      PurchaseResult result = resumeRecord(call, record);
      if (result != null) results.add(result);
    }
    String cursor = null;
    for (int page = 0; page < MAX_SERVER_PAGES; page++) {
      OrderPage open = orders.unsettledPage(call, cursor);
      for (Order order : open.items) {
        if (!seen.add(order.id()) || inFlight.contains(order.id())) continue;
        PurchaseResult result = resumeUnrecorded(call, order);
        if (result != null) results.add(result);
      }
      cursor = open.nextCursor;
      if (cursor == null) break;
    }
    return Collections.unmodifiableList(results);
  }

  PurchaseResult resumeOne(FlowCall<?> call, String orderId) {
    if (inFlight.contains(orderId)) {
      // A purchase of this client is paying it right now (its sheet may be open): report the
      // order's state, never act on it; that purchase records, confirms and settles it.
      OrderSnapshot now = orders.get(call, orderId);
      return new PurchaseResult(now.order, now.wallet);
    }
    PendingOrder record = records.get(orderId);
    if (record != null) {
      PurchaseResult result = resumeRecord(call, record);
      if (result != null) return result;
      throw new NotFoundException(
          ErrorContext.builder()
              .message("order " + orderId + " is unknown to the backend; its record is kept")
              .httpStatus(404)
              .build(),
          "order");
    }
    OrderSnapshot snapshot = orders.get(call, orderId);
    if (snapshot.order.status().isTerminal() && snapshot.order.status() != OrderStatus.EXPIRED) {
      return new PurchaseResult(snapshot.order, snapshot.wallet);
    }
    PurchaseResult result = resumeUnrecorded(call, snapshot.order);
    return result != null ? result : new PurchaseResult(snapshot.order, snapshot.wallet);
  }

  /** Finishes a recorded order; null if the backend does not know it (a paid record is kept). */
  private @Nullable PurchaseResult resumeRecord(FlowCall<?> call, PendingOrder record) {
    String orderId = record.orderId();
    OrderSnapshot snapshot;
    try {
      snapshot = orders.get(call, orderId);
    } catch (NotFoundException e) {
      if (record.paymentToken() != null) {
        log.warn("order {} holds a payment but is unknown to the backend; record kept", orderId);
      } else if (payments.recover(record.providerId(), orderId) == null) {
        log.debug("unpaid order {} is unknown to the backend; record removed", orderId);
        records.remove(orderId);
      }
      return null;
    }
    checkMatches(snapshot.order, record);
    OrderStatus status = snapshot.order.status();
    if (status != OrderStatus.AWAITING_PAYMENT && status != OrderStatus.EXPIRED) {
      return settlement.poll(call, snapshot, POLL_TIMEOUT, record);
    }
    if (record.paymentToken() == null) {
      String token = payments.recover(record.providerId(), orderId);
      if (token == null) {
        if (status == OrderStatus.EXPIRED) return settlement.settled(snapshot, record); // never paid
        log.debug("order {} has no payment to confirm yet; kept", orderId);
        return new PurchaseResult(snapshot.order, snapshot.wallet);
      }
      record = record.withPaymentToken(token);
      records.saveAuthorized(record);
    }
    // AWAITING_PAYMENT, or EXPIRED with a payment: the backend credits it late or voids it.
    log.debug("resuming order {}: confirming its payment", orderId);
    return confirm(call, record);
  }

  /**
   * Refuses an answer that names the recorded order with another package, price or provider: the
   * user agreed to pay the recorded ones, so such an order is neither confirmed nor settled here
   * (its record is kept).
   */
  private static void checkMatches(Order order, PendingOrder record) {
    if (!order.packageId().equals(record.packageId())
        || !order.price().equals(record.price())
        || !order.provider().equals(record.providerId())) {
      throw new MalformedResponseException(
          ErrorContext.of(
              "the backend reports order " + order.id() + " with another package, price or provider"
                  + " than the purchase recorded; nothing was confirmed and the record is kept",
              Effect.NOT_APPLIED),
          null);
    }
  }

  /** Finishes an order the backend lists but this store has no record of; null if nothing to do. */
  private @Nullable PurchaseResult resumeUnrecorded(FlowCall<?> call, Order order) {
    OrderStatus status = order.status();
    if (status != OrderStatus.AWAITING_PAYMENT && status != OrderStatus.EXPIRED) {
      return settlement.poll(call, orders.get(call, order.id()), POLL_TIMEOUT, null);
    }
    PendingOrder existing = records.anyOwners(order.id());
    if (existing != null) {
      if (!existing.userId().equals(records.userId())) {
        log.warn("order {} is listed for this user but recorded for another; record left alone", order.id());
        return null;
      }
      return resumeRecord(call, existing); // saved meanwhile by another client or process: its key
    }
    String token = payments.recover(order.provider(), order.id());
    if (token == null) {
      log.debug("order {} awaits a payment no provider recovers; left to expire", order.id());
      return null;
    }
    // The first confirmation of this token from here: a fresh key (a settled order is never settled twice).
    PendingOrder record =
        PendingOrder.builder().orderId(order.id()).userId(records.userId()).packageId(order.packageId())
            .providerId(order.provider()).region(order.region()).price(order.price())
            .state(PendingOrder.State.AUTHORIZED).paymentToken(token)
            .confirmKey(ApiRequest.newIdempotencyKey())
            .createdAt(Instant.ofEpochMilli(orders.api().clock().millis()))
            .build();
    records.saveAuthorized(record);
    return confirm(call, record);
  }

  /** Confirms for resume: a definite failure is a FAILED result, not an exception. */
  private PurchaseResult confirm(FlowCall<?> call, PendingOrder record) {
    try {
      return settlement.confirm(call, record, POLL_TIMEOUT);
    } catch (PaymentDeclinedException | ConflictException e) {
      if (e instanceof ConflictException && !"invalid_state".equals(((ConflictException) e).reason())) {
        throw e;
      }
      return settlement.current(call, record);
    }
  }
}
