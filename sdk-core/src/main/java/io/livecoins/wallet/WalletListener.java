package io.livecoins.wallet;

/**
 * Hears about newer wallet snapshots. Every response that carries a wallet (a purchase, a gift, a
 * withdrawal, a balance read) updates the client's cached snapshot; each listener then gets each
 * newer version once, in version order, on the client's callback executor. An older snapshot
 * never replaces a newer one.
 */
@FunctionalInterface
public interface WalletListener {
  /**
   * Called with a snapshot newer than any this listener has seen. Must not block.
   *
   * @param wallet the new snapshot
   */
  void onWalletChanged(Wallet wallet);
}
