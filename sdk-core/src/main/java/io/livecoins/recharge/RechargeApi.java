package io.livecoins.recharge;

/** Recharge: the coin catalog, purchases and recovery. Obtain from {@code LiveCoins.recharge()}. */
public interface RechargeApi {}
