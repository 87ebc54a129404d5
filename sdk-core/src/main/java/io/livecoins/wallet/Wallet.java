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

  /**
   * Creates a snapshot.
   *
   * @throws IllegalArgumentException if the user id is blank or a count is negative
   */
  public Wallet(String userId, long coins, long diamonds, long version) {
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

  /** The owner's user id. */
  public String userId() {
    return userId;
  }

  /** Coins available to spend. */
  public long coins() {
    return coins;
  }

  /** Diamonds earned from gifts (creators). */
  public long diamonds() {
    return diamonds;
  }

  /** Grows on every change of this wallet; compare versions, never balances, to order snapshots. */
  public long version() {
    return version;
  }

  /** True if this snapshot is newer than {@code other}. */
  public boolean isNewerThan(Wallet other) {
    return version > other.version;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof Wallet)) return false;
    Wallet that = (Wallet) o;
    return coins == that.coins && diamonds == that.diamonds && version == that.version
        && userId.equals(that.userId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(userId, coins, diamonds, version);
  }

  @Override
  public String toString() {
    return "Wallet{userId=" + userId + ", coins=" + coins + ", diamonds=" + diamonds
        + ", version=" + version + '}';
  }
}
