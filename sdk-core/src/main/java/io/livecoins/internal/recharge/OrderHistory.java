package io.livecoins.internal.recharge;

import io.livecoins.Call;
import io.livecoins.Page;
import io.livecoins.internal.PageIterator;
import io.livecoins.internal.Strings;
import io.livecoins.internal.http.ApiClient;
import io.livecoins.internal.http.ApiRequest;
import io.livecoins.internal.http.Urls;
import io.livecoins.internal.json.JsonCodec;
import io.livecoins.internal.wire.OrderDto;
import io.livecoins.internal.wire.OrderEnvelopeDto;
import io.livecoins.internal.wire.OrderPageDto;
import io.livecoins.internal.wire.ReceiptRefsDto;
import io.livecoins.internal.wire.Wire;
import io.livecoins.recharge.Order;
import io.livecoins.recharge.OrderQuery;
import io.livecoins.recharge.OrderStatus;
import io.livecoins.recharge.Receipt;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The purchase history: pages of orders with their receipts ({@code GET /v1/recharge-orders}) and
 * one order's receipt ({@code GET /v1/recharge-orders/{id}}). Reads only: never touches the
 * pending-order store or the wallet cache. Stateless and thread-safe.
 */
public final class OrderHistory {
  private final ApiClient api;

  public OrderHistory(ApiClient api) {
    this.api = Objects.requireNonNull(api, "api == null");
  }

  /** One page of receipts for {@code query}. */
  public Call<Page<Receipt>> orders(OrderQuery query) {
    Objects.requireNonNull(query, "query == null");
    return page(query, query.cursor());
  }

  /** Every receipt of {@code query}, page after page, from its cursor on. */
  public Iterable<Receipt> allOrders(OrderQuery query) {
    Objects.requireNonNull(query, "query == null");
    return () -> new PageIterator<>(cursor -> page(query, cursor), "orders", query.cursor());
  }

  /** The receipt of one of the user's orders. */
  public Call<Receipt> receipt(String orderId) {
    Strings.requireNonBlank(orderId, "orderId");
    return api.newCall(
        ApiRequest.get(
            "/v1/recharge-orders/" + Urls.pathSegment(orderId),
            (body, json) -> {
              Order order = Wire.require(json.decode(body, OrderEnvelopeDto.class).order, "order").toOrder();
              if (!order.id().equals(orderId)) {
                throw new IllegalArgumentException("the response carries another order");
              }
              ReceiptRefsDto refs = Wire.require(json.decode(body, ReceiptRefsDto.Envelope.class).order, "order");
              return receipt(order, refs);
            }));
  }

  private Call<Page<Receipt>> page(OrderQuery query, @Nullable String cursor) {
    StringBuilder path = new StringBuilder("/v1/recharge-orders?limit=").append(query.limit());
    if (!query.statuses().isEmpty()) {
      path.append("&status=");
      boolean first = true;
      for (OrderStatus status : query.statuses()) {
        if (!first) path.append(',');
        path.append(status.name());
        first = false;
      }
    }
    if (cursor != null) path.append("&cursor=").append(Urls.queryValue(cursor));
    return api.newCall(ApiRequest.get(path.toString(), (body, json) -> decodePage(body, json, query)));
  }

  private static Page<Receipt> decodePage(byte[] body, JsonCodec json, OrderQuery query) throws IOException {
    OrderPageDto orders = json.decode(body, OrderPageDto.class);
    List<OrderDto> dtos = Wire.requireList(orders.items, "items");
    List<ReceiptRefsDto> refs = Wire.requireList(json.decode(body, ReceiptRefsDto.Page.class).items, "items");
    List<Receipt> receipts = new ArrayList<>(dtos.size());
    for (int i = 0; i < dtos.size(); i++) {
      Order order = dtos.get(i).toOrder();
      if (!query.statuses().isEmpty() && !query.statuses().contains(order.status())) {
        throw new IllegalArgumentException("the server listed an order in a status that was not asked for");
      }
      receipts.add(receipt(order, refs.get(i)));
    }
    return new Page<>(receipts, orders.nextCursor);
  }

  private static Receipt receipt(Order order, ReceiptRefsDto refs) {
    String support = refs.supportReference != null ? refs.supportReference : order.id();
    return new Receipt(order, refs.providerReference, support);
  }
}
