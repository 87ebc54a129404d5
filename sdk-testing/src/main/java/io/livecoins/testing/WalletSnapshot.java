package io.livecoins.testing;

/**
 * A user's balances at one moment.
 *
 * @param userId the user
 * @param coins coin balance
 * @param diamonds diamond balance
 * @param version grows on every change of this wallet
 */
public record WalletSnapshot(String userId, long coins, long diamonds, long version) {}
