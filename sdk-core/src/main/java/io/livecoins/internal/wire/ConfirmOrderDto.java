package io.livecoins.internal.wire;

import org.jspecify.annotations.Nullable;

/** Body of {@code POST /v1/recharge-orders/{id}/confirm}: {@code {paymentToken}} (a secret: never logged). */
public final class ConfirmOrderDto {
  public @Nullable String paymentToken;
}
