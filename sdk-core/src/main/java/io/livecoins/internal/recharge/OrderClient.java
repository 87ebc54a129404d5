package io.livecoins.internal.recharge;

import com.squareup.moshi.JsonDataException;
import io.livecoins.internal.Strings;
import io.livecoins.internal.http.ApiClient;
import io.livecoins.internal.http.ApiRequest;
import io.livecoins.internal.http.FlowCall;
import io.livecoins.internal.http.Urls;
import io.livecoins.internal.wallet.WalletCache;
import io.livecoins.internal.wire.ConfirmOrderDto;
import io.livecoins.internal.wire.CreateOrderDto;
import io.livecoins.internal.wire.OrderDto;
import io.livecoins.internal.wire.OrderEnvelopeDto;
import io.livecoins.internal.wire.OrderPageDto;
import io.livecoins.internal.wire.Wire;
import io.livecoins.recharge.CoinPackage;
import io.livecoins.recharge.Order;
import io.livecoins.recharge.PendingOrder;
import io.livecoins.recharge.PurchaseRequest;
import io.livecoins.wallet.Wallet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The recharge-order endpoints on the wire: create, confirm, read, list. Every request it builds is
 * frozen (path, body bytes, idempotency key) when it is built, so retries and clones send the same
 * bytes; every wallet an answer carries is offered to the wallet cache. Thread-safe.
 */
final class OrderClient {
  private final ApiClient api;
  private final WalletCache wallets;

  OrderClient(ApiClient api, WalletCache wallets) {
    this.api = Objects.requireNonNull(api, "api == null");
    this.wallets = Objects.requireNonNull(wallets, "wallets == null");
  }

  ApiClient api() {
    return api;
  }

  /** {@code POST /v1/recharge-orders} for {@code request}, encoded now under a fresh key. */
  ApiRequest<Order> createRequest(PurchaseRequest request) {
    CoinPackage pack = request.coinPackage();
    CreateOrderDto create = new CreateOrderDto();
    create.packageId = pack.id();
    create.provider = request.providerId();
    create.region = pack.region();
    create.expectedPrice = pack.price();
    return ApiRequest.post(
        "/v1/recharge-orders",
        api.json().encode(create, CreateOrderDto.class),
        (body, json) -> checkCreated(json.decode(body, OrderEnvelopeDto.class), request));
  }

  /** {@code POST /v1/recharge-orders/{id}/confirm} of the record's token under the record's key. */
  ApiRequest<OrderSnapshot> confirmRequest(PendingOrder record) {
    String orderId = record.orderId();
    ConfirmOrderDto confirm = new ConfirmOrderDto();
    confirm.paymentToken = Objects.requireNonNull(record.paymentToken(), "paymentToken == null");
    return ApiRequest.post(
        "/v1/recharge-orders/" + Urls.pathSegment(orderId) + "/confirm",
        api.json().encode(confirm, ConfirmOrderDto.class),
        record.confirmKey(),
        (body, json) -> snapshot(json.decode(body, OrderEnvelopeDto.class), orderId));
  }

  /** {@code GET /v1/recharge-orders/{id}}. */
  ApiRequest<OrderSnapshot> getRequest(String orderId) {
    return ApiRequest.get(
        "/v1/recharge-orders/" + Urls.pathSegment(orderId),
        (body, json) -> snapshot(json.decode(body, OrderEnvelopeDto.class), orderId));
  }

  /** Reads one order as a step of {@code call}. */
  OrderSnapshot get(FlowCall<?> call, String orderId) {
    return fetch(call, getRequest(orderId));
  }

  /** Confirms the record's token as a step of {@code call}. */
  OrderSnapshot confirm(FlowCall<?> call, PendingOrder record) {
    return fetch(call, confirmRequest(record));
  }

  /** One page of the caller's orders that may still need a payment confirmed. */
  OrderPage unsettledPage(FlowCall<?> call, @Nullable String cursor) {
    String path = "/v1/recharge-orders?status=AWAITING_PAYMENT,PENDING&limit=100"
        + (cursor == null ? "" : "&cursor=" + Urls.queryValue(cursor));
    return call.step(api.newCall(ApiRequest.get(path, (body, json) -> page(json.decode(body, OrderPageDto.class)))));
  }

  private OrderSnapshot fetch(FlowCall<?> call, ApiRequest<OrderSnapshot> request) {
    OrderSnapshot snapshot = call.step(api.newCall(request));
    if (snapshot.wallet != null) wallets.offer(snapshot.wallet);
    return snapshot;
  }

  private static Order checkCreated(OrderEnvelopeDto envelope, PurchaseRequest request) {
    Order order = Wire.require(envelope.order, "order").toOrder();
    CoinPackage pack = request.coinPackage();
    if (!order.packageId().equals(pack.id())
        || !order.price().equals(pack.price())
        || !order.provider().equals(request.providerId())) {
      throw new JsonDataException(
          "created order " + order.id() + " does not match the request (package, price or provider)");
    }
    return order;
  }

  private OrderSnapshot snapshot(OrderEnvelopeDto envelope, String orderId) {
    Order order = Wire.require(envelope.order, "order").toOrder();
    if (!order.id().equals(orderId)) {
      throw new JsonDataException("asked for order " + orderId + " but got " + order.id());
    }
    Wallet wallet = wallets.checkOwner(Wire.require(envelope.wallet, "wallet").toWallet());
    return new OrderSnapshot(order, wallet);
  }

  private static OrderPage page(OrderPageDto dto) {
    List<OrderDto> items = Wire.requireList(dto.items, "items");
    List<Order> orders = new ArrayList<>(items.size());
    for (OrderDto item : items) orders.add(item.toOrder());
    if (dto.nextCursor != null && Strings.isBlank(dto.nextCursor)) {
      throw new JsonDataException("nextCursor is blank");
    }
    return new OrderPage(orders, dto.nextCursor);
  }

  /** An order with the wallet sent along with it. */
  static final class OrderSnapshot {
    final Order order;
    final @Nullable Wallet wallet;

    OrderSnapshot(Order order, @Nullable Wallet wallet) {
      this.order = order;
      this.wallet = wallet;
    }
  }

  /** One page of orders. */
  static final class OrderPage {
    final List<Order> items;
    final @Nullable String nextCursor;

    OrderPage(List<Order> items, @Nullable String nextCursor) {
      this.items = items;
      this.nextCursor = nextCursor;
    }
  }
}
