package io.livecoins.internal.wire;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Wire form of {@code GET /v1/recharge-orders}: {@code {items: [Order], nextCursor}}. */
public final class OrderPageDto {
  public @Nullable List<@Nullable OrderDto> items;
  public @Nullable String nextCursor;
}
