package io.livecoins.wallet;

/** Wallet. Obtain from {@code LiveCoins.wallet()}. */
public interface WalletApi {}
