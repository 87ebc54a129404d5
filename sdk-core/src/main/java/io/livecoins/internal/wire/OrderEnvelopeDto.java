package io.livecoins.internal.wire;

import org.jspecify.annotations.Nullable;

/**
 * Wire form of {@code {order}} (create) and {@code {order, wallet}} (confirm, get). Map with {@link
 * OrderDto#toOrder()} and {@link WalletDto#toWallet()}.
 */
public final class OrderEnvelopeDto {
  public @Nullable OrderDto order;
  public @Nullable WalletDto wallet;
}
