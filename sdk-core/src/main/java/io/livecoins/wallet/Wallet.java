package io.livecoins.wallet;

import io.livecoins.internal.Strings;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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

  private Wallet(Builder b) {
    if (b.coinDebt < 0) throw new IllegalArgumentException("coinDebt < 0: " + b.coinDebt);
    if (b.coinDebt > 0 && b.coins > 0) {
      throw new IllegalArgumentException(
          "a wallet in debt has no coins: coins " + b.coins + ", debt " + b.coinDebt);
    }
    this.userId = Objects.requireNonNull(b.userId, "userId == null");
    if (Strings.isBlank(userId)) throw new IllegalArgumentException("userId is blank");
    if (b.coins < 0) throw new IllegalArgumentException("coins < 0: " + b.coins);
    if (b.diamonds < 0) throw new IllegalArgumentException("diamonds < 0: " + b.diamonds);
    if (b.version < 0) throw new IllegalArgumentException("version < 0: " + b.version);
    this.coins = b.coins;
    this.diamonds = b.diamonds;
    this.version = b.version;
    this.coinDebt = b.coinDebt;
  }

  /**
   * Starts a wallet snapshot, for tests and fakes (the SDK reads real ones from the server).
   *
   * <pre>{@code
   * Wallet wallet = Wallet.builder().userId("bob").coins(500).version(3).build();
   * }</pre>
   *
   * @return a new builder with no user id, 0 coins, 0 diamonds, version 0 and no coin debt
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this snapshot's values, to derive a changed copy (such as the next
   * version).
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.userId = userId;
    b.coins = coins;
    b.diamonds = diamonds;
    b.version = version;
    b.coinDebt = coinDebt;
    return b;
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

  /** Builds a {@link Wallet}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String userId;
    private long coins;
    private long diamonds;
    private long version;
    private long coinDebt;

    private Builder() {}

    /**
     * Sets the owner. Required.
     *
     * @param userId the owner's user id; not blank
     * @return this builder
     */
    public Builder userId(String userId) {
      this.userId = userId;
      return this;
    }

    /**
     * Sets the coins available to spend.
     *
     * @param coins whole coins, not negative; must be 0 when {@link #coinDebt(long)} is above 0.
     *     Defaults to 0
     * @return this builder
     */
    public Builder coins(long coins) {
      this.coins = coins;
      return this;
    }

    /**
     * Sets the diamonds earned from gifts (creators).
     *
     * @param diamonds whole diamonds, not negative. Defaults to 0
     * @return this builder
     */
    public Builder diamonds(long diamonds) {
      this.diamonds = diamonds;
      return this;
    }

    /**
     * Sets the version, which grows on every change of the wallet; compare versions, never
     * balances, to order snapshots.
     *
     * @param version not negative; higher is newer. Defaults to 0
     * @return this builder
     */
    public Builder version(long version) {
      this.version = version;
      return this;
    }

    /**
     * Sets the coins owed after a refunded or charged-back purchase had been spent.
     *
     * @param coinDebt whole coins, not negative; 0 (the default) for none. A wallet in debt has no
     *     coins
     * @return this builder
     */
    public Builder coinDebt(long coinDebt) {
      this.coinDebt = coinDebt;
      return this;
    }

    /**
     * Builds the snapshot.
     *
     * @return the wallet
     * @throws NullPointerException if the user id was not set
     * @throws IllegalArgumentException if the user id is blank, a count is negative, or there are
     *     both coins and a debt (recharges repay a debt first, so a wallet in debt has no coins)
     */
    public Wallet build() {
      return new Wallet(this);
    }
  }
}
