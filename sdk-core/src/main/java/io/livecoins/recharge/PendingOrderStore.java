package io.livecoins.recharge;

/** Records purchases between payment and confirmation so they survive a crash. */
public interface PendingOrderStore {}
