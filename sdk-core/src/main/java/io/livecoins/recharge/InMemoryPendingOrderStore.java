package io.livecoins.recharge;

/** A {@link PendingOrderStore} in memory. */
public final class InMemoryPendingOrderStore implements PendingOrderStore {}
