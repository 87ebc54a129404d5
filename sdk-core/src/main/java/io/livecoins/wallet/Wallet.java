package io.livecoins.wallet;

import io.livecoins.internal.Strings;
import java.util.Objects;

/**
 * A snapshot of one user's wallet: coins to spend, diamonds earned (creators), and the {@linkplain
 * #version() version} that grows on every change, so that a newer snapshot always wins. Immutable.
 */
public final class Wallet {
  private final String userId;
  private final long coins;
  private final long diamonds;
  private final long version;
  private final long coinDebt;

  /**
   * Creates a snapshot.
   *
   * @param userId the owner's user id
   * @param coins coins available to spend
   * @param diamonds diamonds earned from gifts (creators)
   * @param version grows on every change of this wallet; compare versions, never balances, to order
   *     snapshots
   * @throws IllegalArgumentException if the user id is blank or a count is negative
   */
  public Wallet(String userId, long coins, long diamonds, long version) {
    this(userId, coins, diamonds, version, 0);
  }

  /**
   * Creates a snapshot with a coin debt.
   *
   * @param coinDebt coins owed after a refunded or charged-back purchase had been spent; 0 for none
   * @param userId the owner's user id
   * @param coins coins available to spend
   * @param diamonds diamonds earned from gifts (creators)
   * @param version grows on every change of this wallet; compare versions, never balances, to order
   *     snapshots
   * @throws IllegalArgumentException if the user id is blank, a count is negative, or there are both
   *     coins and a debt (recharges repay a debt first, so a wallet in debt has no coins)
   */
  public Wallet(String userId, long coins, long diamonds, long version, long coinDebt) {
    if (coinDebt < 0) throw new IllegalArgumentException("coinDebt < 0: " + coinDebt);
    if (coinDebt > 0 && coins > 0) {
      throw new IllegalArgumentException("a wallet in debt has no coins: coins " + coins + ", debt " + coinDebt);
    }
    this.coinDebt = coinDebt;
    Objects.requireNonNull(userId, "userId == null");
    if (Strings.isBlank(userId)) throw new IllegalArgumentException("userId is blank");
    if (coins < 0) throw new IllegalArgumentException("coins < 0: " + coins);
    if (diamonds < 0) throw new IllegalArgumentException("diamonds < 0: " + diamonds);
    if (version < 0) throw new IllegalArgumentException("version < 0: " + version);
    this.userId = userId;
    this.coins = coins;
    this.diamonds = diamonds;
    this.version = version;
  }

  /** {@return the owner's user id} */
  public String userId() {
    return userId;
  }

  /** {@return coins available to spend} */
  public long coins() {
    return coins;
  }

  /** {@return diamonds earned from gifts (creators)} */
  public long diamonds() {
    return diamonds;
  }

  /**
   * Grows on every change of this wallet; compare versions, never balances, to order
   * snapshots.
   *
   * @return the version of this snapshot; higher is newer
   */
  public long version() {
    return version;
  }

  /**
   * {@return coins the user owes because a purchase was refunded or charged back after its coins
   * were spent ("money after the sale"); 0 normally} While it is above 0 the wallet has no coins,
   * every spend fails with {@link io.livecoins.errors.CoinDebtException}, and the next recharges
   * repay it first ({@link TransactionType#DEBT_REPAYMENT}).
   */
  public long coinDebt() {
    return coinDebt;
  }

  /**
   * {@return true if {@link #coinDebt()} is above 0: spending is blocked until recharges repay it}
   */
  public boolean isInDebt() {
    return coinDebt > 0;
  }

  /**
   * {@return true if this snapshot is newer than {@code other}}
   *
   * @param other another snapshot of the same user's wallet
   */
  public boolean isNewerThan(Wallet other) {
    return version > other.version;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof Wallet)) return false;
    Wallet that = (Wallet) o;
    return coins == that.coins && diamonds == that.diamonds && version == that.version
        && coinDebt == that.coinDebt && userId.equals(that.userId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(userId, coins, diamonds, version, coinDebt);
  }

  @Override
  public String toString() {
    return "Wallet{userId=" + userId + ", coins=" + coins + ", diamonds=" + diamonds
        + ", version=" + version + (coinDebt == 0 ? "" : ", coinDebt=" + coinDebt) + '}';
  }
}
