package io.livecoins.internal.wire;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The receipt fields of an {@code Order} ({@code id}, {@code providerReference}, {@code
 * supportReference}), decoded from the same bytes as {@link OrderDto} so that the order keeps every
 * field {@link OrderDto} knows. {@link Page} and {@link Envelope} are the list and single shapes.
 */
public final class ReceiptRefsDto {
  public @Nullable String id;
  public @Nullable String providerReference;
  public @Nullable String supportReference;

  /** {@code {items: [Order]}} of {@code GET /v1/recharge-orders}. */
  public static final class Page {
    public @Nullable List<@Nullable ReceiptRefsDto> items;
  }

  /** {@code {order}} of {@code GET /v1/recharge-orders/{id}}. */
  public static final class Envelope {
    public @Nullable ReceiptRefsDto order;
  }
}
