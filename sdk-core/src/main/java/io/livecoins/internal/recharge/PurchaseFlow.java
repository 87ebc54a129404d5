package io.livecoins.internal.recharge;

import io.livecoins.errors.CallCancelledException;
import io.livecoins.errors.ConflictException;
import io.livecoins.errors.Effect;
import io.livecoins.errors.ErrorContext;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.errors.MalformedResponseException;
import io.livecoins.errors.NetworkException;
import io.livecoins.errors.PaymentCancelledException;
import io.livecoins.errors.PaymentDeclinedException;
import io.livecoins.errors.PaymentUncertainException;
import io.livecoins.errors.ServerException;
import io.livecoins.internal.Redactor;
import io.livecoins.internal.http.ApiRequest;
import io.livecoins.internal.http.FlowCall;
import io.livecoins.internal.recharge.OrderClient.OrderSnapshot;
import io.livecoins.payment.DeclineReason;
import io.livecoins.payment.PaymentProvider;
import io.livecoins.payment.PaymentResult;
import io.livecoins.recharge.Order;
import io.livecoins.recharge.OrderStatus;
import io.livecoins.recharge.PendingOrder;
import io.livecoins.recharge.PurchaseRequest;
import io.livecoins.recharge.PurchaseResult;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * One purchase: create → record → authorize → confirm → poll → forget. Built when the call is
 * created and shared by the call and its clones, so every run sends the same create request (same
 * bytes, same key) and confirms under the same key.
 */
final class PurchaseFlow {
  private final OrderClient orders;
  private final PendingRecords records;
  private final Payments payments;
  private final Settlement settlement;
  private final Set<String> inFlight;
  private final PurchaseRequest request;
  private final PaymentProvider provider;
  private final ApiRequest<Order> createRequest;
  private final String confirmKey = ApiRequest.newIdempotencyKey();
  private final AtomicBoolean ranBefore = new AtomicBoolean();
  // The order the first run of this purchase created (and may have paid); null before.
  private volatile @Nullable Order firstOrder;

  PurchaseFlow(OrderClient orders, PendingRecords records, Payments payments, Settlement settlement,
      Set<String> inFlight, PurchaseRequest request, PaymentProvider provider) {
    this.orders = orders;
    this.records = records;
    this.payments = payments;
    this.settlement = settlement;
    this.inFlight = inFlight;
    this.request = request;
    this.provider = provider;
    this.createRequest = orders.createRequest(request);
  }

  PurchaseResult run(FlowCall<PurchaseResult> call) {
    Order created;
    try {
      created = call.step(orders.api().newCall(createRequest));
    } catch (LiveCoinsException e) {
      throw beforePayment(e);
    }
    boolean firstRun = ranBefore.compareAndSet(false, true);
    Order first = firstOrder;
    if (first == null) {
      firstOrder = created;
    } else if (!first.id().equals(created.id())) {
      // The server no longer replays the first creation (its key expired) and made another order:
      // a retry is the same purchase, never a second one, so it finishes the first order; the new
      // one is never paid and expires.
      created = first;
    }
    inFlight.add(created.id());
    try {
      return outcome(pay(call, created, firstRun));
    } finally {
      inFlight.remove(created.id());
    }
  }

  private PurchaseResult pay(FlowCall<PurchaseResult> call, Order created, boolean firstRun) {
    String orderId = created.id();
    PendingOrder record = records.get(orderId);
    if (record == null && (!firstRun || created.status().isTerminal())) {
      // A retry of this purchase after the earlier run finished or forgot it: look before paying.
      // A new order already closed (an out-of-contract answer) is never paid.
      OrderSnapshot current = firstRun ? new OrderSnapshot(created, null) : orders.get(call, orderId);
      if (current.order.status() != OrderStatus.AWAITING_PAYMENT) {
        return settlement.poll(call, current, request.pollTimeout(), null);
      }
    }
    String token = null;
    if (record == null) {
      record = PendingOrder.builder().orderId(orderId).userId(records.userId())
          .packageId(created.packageId()).providerId(provider.id()).region(created.region())
          .price(created.price()).state(PendingOrder.State.CREATED).confirmKey(confirmKey)
          .createdAt(Instant.ofEpochMilli(orders.api().clock().millis()))
          .build();
      records.save(record, Effect.NOT_APPLIED); // before payment: if this fails, nothing was charged
    } else {
      token = record.paymentToken();
      if (token == null) token = payments.recover(provider.id(), orderId);
    }
    if (token == null) {
      if (call.isCanceled()) {
        records.remove(orderId); // nothing was paid
        call.checkCanceled();
      }
      PaymentResult payment = payments.authorize(provider, created, request.paymentMethod());
      if (payment.outcome() == PaymentResult.Outcome.COMPLETED_BY_BACKEND) {
        // Hosted checkout: the backend completes the order itself; there is no token to confirm.
        // The record (without a token) stays until the order settles; resumePending() reads it.
        call.effectIfCancelled(Effect.UNKNOWN);
        return settleCompletedByBackend(call, orderId, record);
      }
      token = tokenOf(payment, orderId);
    }
    call.effectIfCancelled(Effect.UNKNOWN);
    if (!token.equals(record.paymentToken())) {
      record = record.withPaymentToken(token);
      records.saveAuthorized(record);
    }
    return settlement.confirm(call, record, request.pollTimeout());
  }

  /** Reads an order the backend completes itself until it settles; a failed read leaves it open. */
  private PurchaseResult settleCompletedByBackend(
      FlowCall<PurchaseResult> call, String orderId, PendingOrder record) {
    OrderSnapshot first;
    try {
      first = orders.get(call, orderId);
    } catch (LiveCoinsException e) {
      if (e instanceof CallCancelledException) throw e;
      throw new PaymentUncertainException(
          ErrorContext.of(
              "order " + orderId + " was paid on the checkout page but reading it failed ("
                  + e.code() + "); resumePending() finishes it",
              Effect.UNKNOWN),
          orderId,
          e);
    }
    return settlement.poll(call, first, request.pollTimeout(), record);
  }

  private String tokenOf(PaymentResult payment, String orderId) {
    // if/else rather than switches on enums here and in outcome(): no synthetic switch-map class.
    PaymentResult.Outcome paid = payment.outcome();
    if (paid == PaymentResult.Outcome.AUTHORIZED) {
      return Objects.requireNonNull(payment.token());
    }
    if (paid == PaymentResult.Outcome.CANCELLED) {
      records.remove(orderId);
      throw new PaymentCancelledException(
          ErrorContext.of("the user cancelled the payment of order " + orderId, Effect.NOT_APPLIED),
          orderId);
    }
    if (paid == PaymentResult.Outcome.DECLINED) {
      records.remove(orderId);
      DeclineReason reason = Objects.requireNonNull(payment.declineReason());
      // The provider's text goes through serverMessage: redacted like anything a server says.
      throw new PaymentDeclinedException(
          ErrorContext.builder()
              .serverMessage(
                  "payment of order " + orderId + " declined by provider " + provider.id() + ": "
                      + Redactor.redact(payment.message()))
              .build(),
          reason,
          orderId);
    }
    throw new PaymentUncertainException(
        ErrorContext.builder()
            .serverMessage(
                "provider " + provider.id() + " cannot tell whether order " + orderId
                    + " was paid: " + Redactor.redact(payment.message())
                    + "; resumePending() finishes it")
            .effect(Effect.UNKNOWN)
            .build(),
        orderId,
        null);
  }

  /** Whether the signed-in user's store still holds a record of {@code orderId} (or cannot tell). */
  private boolean mayHaveBeenPaid(String orderId) {
    try {
      return records.get(orderId) != null;
    } catch (RuntimeException e) {
      return true;
    }
  }

  /** A purchase reports credited, late-credited, voided and pending orders; the rest are typed errors. */
  private static PurchaseResult outcome(PurchaseResult result) {
    Order order = result.order();
    PurchaseResult.Outcome outcome = result.outcome();
    if (outcome == PurchaseResult.Outcome.FAILED) {
      throw new PaymentDeclinedException(
          ErrorContext.builder()
              .serverMessage("payment of order " + order.id() + " failed: " + order.failureReason())
              .build(),
          DeclineReason.fromWireName(order.failureReason()),
          order.id());
    }
    if (outcome == PurchaseResult.Outcome.EXPIRED) {
      throw new ConflictException(
          ErrorContext.builder()
              .message("order " + order.id() + " expired before it was paid")
              .httpStatus(409)
              .build(),
          "invalid_state");
    }
    if (outcome == PurchaseResult.Outcome.UNSETTLED) {
      throw new PaymentUncertainException(
          ErrorContext.of(
              "order " + order.id() + " was paid but the backend has not settled the payment"
                  + " (order " + order.status() + "); the record is kept and resumePending()"
                  + " presents it again",
              Effect.UNKNOWN),
          order.id(),
          null);
    }
    return result;
  }

  /**
   * A failure of the order creation. On the first run the provider was not asked to pay: whatever
   * became of the order (an unpaid order expires), no money moved, so the purchase reports {@link
   * Effect#NOT_APPLIED}, keeping the type. On a retry or clone whose earlier run left a record (it
   * may have paid), it is a {@link PaymentUncertainException} ({@link Effect#UNKNOWN}).
   */
  private LiveCoinsException beforePayment(LiveCoinsException e) {
    Order first = firstOrder;
    String earlier = first == null ? null : first.id();
    if (earlier != null && mayHaveBeenPaid(earlier)) {
      if (e instanceof CallCancelledException) return new CallCancelledException(Effect.UNKNOWN);
      // A retry or clone (the create is replayed first) of a purchase whose earlier run may have
      // paid: its failure says nothing about that money, so never "not charged".
      return new PaymentUncertainException(
          ErrorContext.of(
              "an earlier attempt of this purchase may have paid order " + earlier + " and its"
                  + " replayed creation failed (" + e.code() + "); resumePending() finishes it",
              Effect.UNKNOWN),
          earlier,
          e);
    }
    if (e.effect() == Effect.NOT_APPLIED) return e;
    // e.getMessage() holds only text its own context already cleaned; the copy keeps that context
    // (code, status, request id, support reference) with effect NOT_APPLIED.
    ErrorContext context =
        e.context()
            .withMessage("creating the order failed before any payment: " + e.getMessage())
            .withEffect(Effect.NOT_APPLIED);
    if (e instanceof MalformedResponseException) {
      return new MalformedResponseException(context, e);
    } else if (e instanceof NetworkException) {
      return new NetworkException(context, e);
    } else if (e instanceof ServerException) {
      return new ServerException(context);
    } else if (e instanceof ConflictException) {
      return new ConflictException(context, ((ConflictException) e).reason());
    } else if (e instanceof CallCancelledException) {
      return new CallCancelledException(Effect.NOT_APPLIED);
    }
    return new LiveCoinsException(context, e);
  }
}
