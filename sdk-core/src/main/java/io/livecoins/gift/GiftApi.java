package io.livecoins.gift;

/** Gifts. Obtain from {@code LiveCoins.gifts()}. */
public interface GiftApi {}
