package io.livecoins.recharge;

import io.livecoins.internal.Strings;
import io.livecoins.Money;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A coin package of the catalog for one region: {@code coins} plus {@code bonusCoins} for {@code
 * price}, payable through the listed {@linkplain #providers() providers}. Immutable.
 */
public final class CoinPackage {
  private final String id;
  private final long coins;
  private final long bonusCoins;
  private final Money price;
  private final List<String> providers;

  /**
   * Creates a package.
   *
   * @throws IllegalArgumentException if the id is blank, counts are negative, there are no coins,
   *     or the total overflows
   */
  public CoinPackage(String id, long coins, long bonusCoins, Money price, List<String> providers) {
    this.id = Objects.requireNonNull(id, "id == null");
    if (Strings.isBlank(id)) throw new IllegalArgumentException("id is blank");
    if (coins <= 0) throw new IllegalArgumentException("coins <= 0: " + coins);
    if (bonusCoins < 0) throw new IllegalArgumentException("bonusCoins < 0: " + bonusCoins);
    Math.addExact(coins, bonusCoins);
    this.coins = coins;
    this.bonusCoins = bonusCoins;
    this.price = Objects.requireNonNull(price, "price == null");
    this.providers = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(providers, "providers == null")));
  }

  /** The package id, such as {@code "coins-700"}. */
  public String id() {
    return id;
  }

  /** Coins bought. */
  public long coins() {
    return coins;
  }

  /** Extra coins credited on top of {@link #coins()}. */
  public long bonusCoins() {
    return bonusCoins;
  }

  /** Coins credited in all: {@code coins + bonusCoins}. */
  public long totalCoins() {
    return coins + bonusCoins;
  }

  /** The price in the region's currency. */
  public Money price() {
    return price;
  }

  /** Ids of the payment providers that may pay for this package, such as {@code "sandbox"}. */
  public List<String> providers() {
    return providers;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof CoinPackage)) return false;
    CoinPackage that = (CoinPackage) o;
    return coins == that.coins
        && bonusCoins == that.bonusCoins
        && id.equals(that.id)
        && price.equals(that.price)
        && providers.equals(that.providers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, coins, bonusCoins, price, providers);
  }

  @Override
  public String toString() {
    return "CoinPackage{id=" + id + ", coins=" + coins + ", bonusCoins=" + bonusCoins
        + ", price=" + price + ", providers=" + providers + '}';
  }
}
